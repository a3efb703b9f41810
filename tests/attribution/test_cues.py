"""Reporting cues: generated inflections, clitics and the packaged lexicon."""

from __future__ import annotations

import pytest

from marsad.attribution.cues import VerbEntry, load_cues, past_forms, verb_forms
from marsad.text.normalize import normalize_key


@pytest.mark.parametrize(
    ("entry", "form"),
    [
        ({"past": "قال", "present": "قول"}, "قالت"),
        ({"past": "قال", "present": "قول"}, "يقولون"),
        ({"past": "قال", "present": "قول"}, "وقالوا"),
        ({"past": "أكد", "present": "ؤكد"}, "يؤكد"),
        ({"past": "أكد", "present": "ؤكد"}, "فأكدت"),
        ({"past": "ادعى", "present": "دعي", "class": "defective"}, "ادعت"),
        ({"past": "ادعى", "present": "دعي", "class": "defective"}, "يدعون"),
        ({"past": "نفى", "present": "نفي", "class": "defective"}, "ونفوا"),
    ],
)
def test_cues_verb_forms_cover_inflections(entry: dict[str, str], form: str) -> None:
    assert normalize_key(form) in verb_forms(VerbEntry(**entry))


def test_cues_past_forms_exclude_imperfect() -> None:
    entry = VerbEntry(past="قال", present="قول")
    assert "وقال" in past_forms(entry)
    assert "يقول" not in past_forms(entry)


@pytest.mark.parametrize("word", ["قال", "وأضافت", "يؤكد", "أعلنت", "صرّح", "زعمت", "يتوقعون", "حذّرت"])
def test_cues_packaged_lexicon_knows_verbs(word: str) -> None:
    assert normalize_key(word) in load_cues().verbs


def test_cues_distancing_stance() -> None:
    assert load_cues().verbs[normalize_key("زعم")].stance == "distancing"


def test_cues_nominal_phrases_load() -> None:
    lex = load_cues()
    assert len(lex.nominal) >= 10
    assert lex.has("complementizers", normalize_key("بأن"))
