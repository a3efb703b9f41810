"""Schemas of the text layer's data files (numbers.yaml, abbreviations.yaml): pydantic
models, kept apart from the rule modules so that those can be compiled (setup.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Role = Literal[
    "unit", "teen_unit", "teen", "ten", "hundred", "mult", "mult_dual", "mult_plural",
    "fraction", "ordinal", "ordinal_teen_unit",
]


class NumberEntry(BaseModel):
    """Schema of one entry of numbers.yaml."""

    model_config = ConfigDict(extra="forbid")
    role: Role
    value: float
    forms: list[str]


class AbbreviationEntry(BaseModel):
    """One line of an abbreviations file."""

    model_config = ConfigDict(extra="forbid")
    form: str
    gloss: str | None = None
    kind: Literal["abbreviation", "era"] = "abbreviation"
