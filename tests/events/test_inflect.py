"""The inflection generator and the clitic splitter."""

from __future__ import annotations

import pytest

from marsad.events.inflect import noun_forms, participle_forms, verb_forms
from marsad.events.tokens import splits, stems
from marsad.text.normalize import normalize_key


@pytest.mark.parametrize("form", ["استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "يستهدفون"])
def test_verb_forms(form: str) -> None:
    assert normalize_key(form) in verb_forms("استهدف", "ستهدف")


def test_defective_verb_forms() -> None:
    forms = verb_forms("اعتدى", "عتدي")
    assert {"اعتدوا", "اعتدت", "يعتدي", "يعتدون"} <= set(forms)


@pytest.mark.parametrize(
    ("noun", "form"), [("هجوم", "هجوما"), ("مظاهرة", "مظاهرات"), ("غارة", "غارتين")]
)
def test_noun_forms(noun: str, form: str) -> None:
    assert normalize_key(form) in noun_forms(noun)


def test_participle_forms() -> None:
    assert {"متظاهرون", "متظاهرين", "متظاهره"} <= participle_forms("متظاهر")


@pytest.mark.parametrize(
    ("word", "stem"), [("وبالهجمات", "هجمات"), ("ستقصفها", "تقصف"), ("لقواتها", "قوات")]
)
def test_clitic_splits(word: str, stem: str) -> None:
    assert stem in stems(word)


def test_splits_least_stripped_first() -> None:
    assert splits("والهجوم")[0].stem == "والهجوم"
