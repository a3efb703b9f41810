"""The seed article (read from ../shared, never copied into the project): issue 6 checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Analyse

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_ac03df6f9c98c04f.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article ../shared/seed not available")


@pytest.fixture(scope="module")
def seed_doc(analyse: Analyse):  # type: ignore[no-untyped-def]
    return analyse(SEED.read_text(encoding="utf-8"))


def test_seed_two_outlets_one_cue(seed_doc) -> None:  # type: ignore[no-untyped-def]
    media = [a for a in seed_doc.attributions if a.source_kind == "media"]
    assert len(media) == 2 and media[0].cue == media[1].cue
    assert "المونيتور" in media[0].source.text and "فورين بوليسي" in media[1].source.text


def test_seed_collective_and_announcement(seed_doc) -> None:  # type: ignore[no-untyped-def]
    text = seed_doc.text
    by_source = {a.source.text: a for a in seed_doc.attributions}
    assert by_source["مراقبون"].source_kind == "collective"
    us = by_source["الولايات المتحدة"]
    assert "900" in text[us.content.start : us.content.end]


def test_seed_framing(seed_doc) -> None:  # type: ignore[no-untyped-def]
    found = {(f.kind, f.text) for f in seed_doc.framing}
    assert ("loaded_term", "قوات الاحتلال الأمريكي") in found
    assert any(k == "loaded_term" and t.startswith("عدوان") for k, t in found)
    assert {("distancing", "بذريعة"), ("distancing", "وفق زعمها")} <= found
    assert seed_doc.sentences[-1].kind in ("prediction", "opinion")
