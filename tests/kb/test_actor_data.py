"""The hand-curated actor files of the KB: groups, governments, IGOs/NGOs, outlets and people."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from marsad.kb.loader import build_kb, packaged_files, parse_entries, read_file
from marsad.kb.schema import iso3_codes
from marsad.text.normalize import normalize_key

DATA = Path(__file__).resolve().parents[2] / "src" / "marsad" / "kb" / "data"

# file -> (id prefix, allowed entity types, minimum number of entries)
ACTOR_FILES: dict[str, tuple[str, frozenset[str], int]] = {
    "groups.yaml": ("group/", frozenset({"ARMED_GROUP", "ORG"}), 250),
    "government.yaml": ("gov/", frozenset({"GOV"}), 150),
    "igos.yaml": ("igo/", frozenset({"ORG"}), 80),
    "media.yaml": ("media/", frozenset({"MEDIA"}), 150),
    "people.yaml": ("person/", frozenset({"PERSON"}), 300),
    "people_public.yaml": ("person/", frozenset({"PERSON"}), 350),
}
STATE_ROLES = {"GOV", "MIL", "SEC", "LEG", "JUD"}
OTHER_ROLES = {"REB", "INS", "PTY", "MED", "CVL", "IGO", "NGO", "BUS", "REL", "SPT"}
ROLES = frozenset(STATE_ROLES | OTHER_ROLES)
ARABIC_NAME = re.compile(r"[\u0621-\u064A0-9 +\-]+")


@cache
def _load(name: str) -> dict[str, Any]:
    with (DATA / name).open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


def _entries(name: str) -> list[dict[str, Any]]:
    return list(_load(name)["entries"])


def _all_entries() -> list[dict[str, Any]]:
    return [e for name in ACTOR_FILES for e in _entries(name)]


def _surfaces(entry: dict[str, Any]) -> list[str]:
    return list(entry.get("names", [])) + list(entry.get("aliases", []))


@pytest.mark.parametrize("name", sorted(ACTOR_FILES))
def test_actor_data_header(name: str) -> None:
    doc = _load(name)
    assert doc["kind"] == "kb"
    assert str(doc["version"]) and str(doc["source"])


@pytest.mark.parametrize("name", sorted(ACTOR_FILES))
def test_actor_data_coverage(name: str) -> None:
    assert len(_entries(name)) >= ACTOR_FILES[name][2]


def test_actor_data_ids_unique_across_files() -> None:
    counts = Counter(e["id"] for e in _all_entries())
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", sorted(ACTOR_FILES))
def test_actor_data_prefix_type_and_required_fields(name: str) -> None:
    prefix, types, _ = ACTOR_FILES[name]
    for entry in _entries(name):
        assert re.fullmatch(re.escape(prefix) + r"[a-z0-9]+(-[a-z0-9]+)*", entry["id"]), entry["id"]
        assert entry["type"] in types, entry["id"]
        assert entry["name_en"] and entry["names"], entry["id"]
        assert entry.get("role") in ROLES, entry["id"]


def test_actor_data_country_codes_are_iso3() -> None:
    for entry in _all_entries():
        code = entry.get("country")
        if code is not None:
            assert re.fullmatch(r"[A-Z]{3}", code) and code in iso3_codes(), entry["id"]


def test_actor_data_names_are_arabic_and_not_repeated() -> None:
    for entry in _all_entries():
        keys = [normalize_key(s) for s in _surfaces(entry)]
        assert all(ARABIC_NAME.fullmatch(s) for s in _surfaces(entry)), entry["id"]
        assert len(keys) == len(set(keys)), f"{entry['id']}: variants that normalise alike"


def test_actor_data_shared_names_are_marked_ambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    ambiguous = {e["id"] for e in _all_entries() if e.get("ambiguous")}
    for entry in _all_entries():
        for surface in _surfaces(entry):
            owners[normalize_key(surface)].add(entry["id"])
    clashes = {k: ids for k, ids in owners.items() if len(ids) > 1 and not ids & ambiguous}
    assert clashes == {}


@pytest.mark.parametrize(
    ("surface", "kb_id"),
    [
        ("المقاومة الإسلامية في العراق", "group/islamic-resistance-in-iraq"),
        ("داعش", "group/isis"),
        ("الدولة الإسلامية في العراق والشام", "group/isis"),
        ("قسد", "group/sdf"),
        ("أنصار الله", "group/houthis"),
        ("الدعم السريع", "group/rsf"),
        ("البيت الأبيض", "gov/usa-white-house"),
        ("البنتاغون", "gov/usa-dod"),
        ("مجلس الأمن القومي", "gov/usa-nsc"),
        ("مجلس الأمن الدولي", "igo/unsc"),
        ("القيادة المركزية الأميركية", "gov/usa-centcom"),
        ("الكرملين", "gov/rus-kremlin"),
        ("الأونروا", "igo/unrwa"),
        ("المونيتور", "media/al-monitor"),
        ("مجلة فورين بوليسي", "media/foreign-policy"),
        ("فرانس برس", "media/afp"),
        ("ترامب", "person/donald-trump"),
        ("أبو محمد الجولاني", "person/ahmed-al-sharaa"),
        ("حميدتي", "person/hemedti"),
    ],
)
def test_actor_data_key_surfaces_link(surface: str, kb_id: str) -> None:
    index = {normalize_key(s): e["id"] for e in _all_entries() for s in _surfaces(e)}
    assert index.get(normalize_key(surface)) == kb_id


@pytest.mark.parametrize("name", sorted(ACTOR_FILES))
def test_actor_data_passes_the_kb_schema(name: str) -> None:
    entries, issues = parse_entries(read_file(DATA / name))
    assert [str(i) for i in issues] == []
    assert len(entries) == len(_entries(name))


def test_actor_data_links_resolve_in_the_packaged_kb() -> None:
    kb = build_kb(packaged_files())
    mine = {e["id"] for e in _all_entries()}
    assert [str(i) for i in kb.issues if i.entry in mine] == []
