"""Exports of the corpus: csv, parquet, geojson, plover-json and acled-csv, with filters.

Every row keeps the article id and the evidence offsets of its fields.
"""

from marsad.export.writers import FORMATS, ExportError, export

__all__ = ["FORMATS", "ExportError", "export"]
