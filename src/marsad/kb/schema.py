"""Pydantic schema of one knowledge-base entry, as written in `kb/data/*.yaml|tsv`.

The format is the one agreed for the KB files: a stable id "<prefix>/<slug>", a contract
entity type, English and Arabic names, and optional country, role, coordinates,
metonymy (`stands_for`), demonyms and `parent` links.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from marsad.model import EntityType

ID_PREFIXES = ("country", "place", "group", "gov", "igo", "media", "person", "org")
ID_PATTERN = r"^(" + "|".join(ID_PREFIXES) + r")/[a-z0-9]+(?:[-_.][a-z0-9]+)*$"
PLACE_TYPES = frozenset({"COUNTRY", "GPE", "LOC", "FACILITY"})
LIST_FIELDS = ("names", "aliases", "aliases_en", "demonyms")
_ISO_FILE = Path(__file__).with_name("iso3166.tsv")


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    """Valid ISO 3166-1 alpha-3 codes (upper case), from the shipped table."""
    with _ISO_FILE.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return frozenset(row["iso3"] for row in csv.DictReader(lines, delimiter="\t"))


class KBEntry(BaseModel):
    """One actor, place, organisation, outlet or person."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=ID_PATTERN)
    type: EntityType
    name_en: str = Field(min_length=1)
    names: tuple[str, ...] = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    country: str | None = None
    role: str | None = Field(None, pattern=r"^[A-Z]{2,4}$")
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    admin1: str | None = None
    population: int | None = Field(None, ge=0)
    wikidata: str | None = Field(None, pattern=r"^Q[1-9][0-9]*$")
    stands_for: str | None = Field(None, pattern=ID_PATTERN)
    demonyms: tuple[str, ...] = ()
    ambiguous: bool = False
    parent: str | None = Field(None, pattern=ID_PATTERN)

    @field_validator("country")
    @classmethod
    def _iso3(cls, value: str | None) -> str | None:
        """Country codes are ISO alpha-3, stored upper case."""
        if value is None:
            return None
        code = value.strip().upper()
        if code not in iso3_codes():
            raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 code")
        return code

    @field_validator("names", "aliases", "demonyms")
    @classmethod
    def _arabic_nonempty(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        """Arabic names are non-empty strings without surrounding spaces."""
        cleaned = tuple(v.strip() for v in values)
        if any(not v for v in cleaned):
            raise ValueError("empty name")
        return cleaned

    @model_validator(mode="after")
    def _coherent(self) -> KBEntry:
        """Coordinates come in pairs; demonyms belong to countries."""
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon must be given together")
        if self.demonyms and self.type != "COUNTRY":
            raise ValueError("demonyms are for COUNTRY entries only")
        return self

    @property
    def is_place(self) -> bool:
        """True for countries, cities, regions, natural features and facilities."""
        return self.type in PLACE_TYPES


def coerce_row(row: dict[str, Any]) -> dict[str, Any]:
    """Turn a raw TSV row (all strings) into KBEntry fields: lists split on '|', blanks dropped."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or value == "":
            continue
        if key in LIST_FIELDS:
            out[key] = [v for v in (p.strip() for p in value.split("|")) if v]
        elif key == "ambiguous":
            out[key] = value.strip().lower() in ("1", "true", "yes")
        else:
            out[key] = value
    return out
