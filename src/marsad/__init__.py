"""Marsad: Arabic news to structured, verifiable event data.

Every field Marsad outputs carries character offsets into the original text.
"""

from marsad.model import SCHEMA_VERSION, Analysis
from marsad.pipeline import Pipeline, Record, analyze

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Analysis", "Pipeline", "Record", "__version__", "analyze"]
