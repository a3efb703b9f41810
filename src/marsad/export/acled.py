"""ACLED-style rows: PLOVER (type, mode) mapped through `data/plover_mapping.tsv`."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as ir

from pydantic import BaseModel, ConfigDict

from marsad.export.rows import Row
from marsad.resources import load_file, load_packaged

COLUMNS = [
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "iso3", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities",
    "article", "event", "trigger_start", "trigger_end", "actor1_start", "actor1_end",
    "actor2_start", "actor2_end", "location_start", "location_end",
]


class MappingRow(BaseModel):
    """One line of plover_mapping.tsv."""

    model_config = ConfigDict(extra="forbid")
    type: str
    mode: str
    acled_event_type: str
    acled_sub_event_type: str
    cameo_root: str


@lru_cache(maxsize=1)
def mapping() -> dict[tuple[str, str | None], MappingRow]:
    """(type, mode or None) -> ACLED event and sub-event type."""
    rows = map(MappingRow.model_validate, load_packaged("plover_mapping.tsv").entries)
    return {(r.type, r.mode or None): r for r in rows}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-3 code -> English country name (ACLED names countries)."""
    table = load_file(str(ir.files("marsad.kb").joinpath("iso3166.tsv")))
    return {row["iso3"]: row["name_en"] for row in table.entries}


def acled_row(row: Row, notes: str) -> Row | None:
    """The ACLED row of an event row, or None when its type has no ACLED counterpart."""
    table = mapping()
    m = table.get((row["type"], row["mode"])) or table.get((row["type"], None))
    if m is None:
        return None
    date = (row["date"] or row["published"] or "")[:10]
    return {
        "event_id_cnty": row["incident"] or f"{row['article']}#{row['event']}",
        "event_date": date, "year": date[:4] or None,
        "event_type": m.acled_event_type, "sub_event_type": m.acled_sub_event_type,
        "actor1": row["actor_en"] or row["actor"], "actor2": row["target_en"] or row["target"],
        "country": country_names().get(row["country"] or "", row["country"]),
        "iso3": row["country"], "admin1": None,
        "location": row["location_en"] or row["location"],
        "latitude": row["lat"], "longitude": row["lon"], "source": row["outlet"], "notes": notes,
        "fatalities": int(row["killed"] or 0), "article": row["article"], "event": row["event"],
        "trigger_start": row["trigger_start"], "trigger_end": row["trigger_end"],
        "actor1_start": row["actor_start"], "actor1_end": row["actor_end"],
        "actor2_start": row["target_start"], "actor2_end": row["target_end"],
        "location_start": row["location_start"], "location_end": row["location_end"],
    }
