"""Schema of the source nouns data file: a pydantic model, kept apart from the rule
modules so that those can be compiled (setup.py)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from marsad.model import SourceKind


class SourceNoun(BaseModel):
    """One head noun or name and the kind of source it makes."""

    model_config = ConfigDict(extra="forbid")
    phrase: str
    kind: SourceKind
