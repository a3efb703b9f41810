"""Every attribution/framing data file loads, validates and has its header."""

from __future__ import annotations

import pytest

from marsad.attribution.cues import CUES_FILE, load_cues
from marsad.attribution.schema import SourceNoun
from marsad.attribution.sources import SOURCES_FILE
from marsad.framing.lexicons import FILES, LoadedTerm, load_framing
from marsad.resources import load_packaged

ALL = [CUES_FILE, SOURCES_FILE, *FILES.values()]


@pytest.mark.parametrize("path", ALL)
def test_framing_data_header(path: str) -> None:
    data = load_packaged(path)
    assert data.version and data.source and data.header.get("kind")
    assert data.entries


def test_framing_data_loaded_terms_size_and_sides() -> None:
    data = load_packaged(FILES["loaded_term"])
    terms = [LoadedTerm(**e) for e in data.entries]
    sides = data.header["sides"]
    assert len(terms) >= 300
    assert len({t.term for t in terms}) == len(terms)
    assert {t.side for t in terms} <= set(sides)
    assert len({t.side for t in terms}) >= 12


def test_framing_data_source_nouns_valid() -> None:
    assert all(SourceNoun(**e) for e in load_packaged(SOURCES_FILE).entries)


def test_framing_data_lexicons_build() -> None:
    assert len(load_framing().matcher) > 1000
    assert len(load_cues().verbs) > 1000
