"""Matching normalisation: every folding rule and the offset map back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from marsad.text.normalize import (
    _SPECIAL_RE,
    _TABLE,
    fold_char,
    fold_chars,
    fold_text,
    normalize,
    normalize_key,
)

from .strategies import any_text, arabic_text


@pytest.mark.parametrize(
    ("original", "key"),
    [
        ("مُحَمَّدٌ", "محمد"),  # harakat
        ("قُرْآنٌ", "قران"),  # sukun, madda
        ("هٰذا", "هذا"),  # superscript alef
        ("الجـــيش", "الجيش"),  # tatweel
        ("أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله"),  # alef variants
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("الحكومة", "الحكومه"),  # ta marbuta
        ("مسؤول رئيس بريء", "مسوول رييس بريء"),  # hamza carriers (ء alone stays)
        ("شئون", "شيون"),
        ("کرمانشاه", "كرمانشاه"),  # Persian kaf
        ("ایران", "ايران"),  # Persian yeh
        ("گروه پژوهش چهار", "كروه بزوهش جهار"),  # gaf, peh, jeh, tcheh
        ("ھذہ", "هذه"),  # Urdu heh variants
        ("ﺍﻟﻌﺮﺍﻕ", "العراق"),  # presentation forms B
        ("ﻻ", "لا"),  # lam-alef ligature expands to two letters
        ("ﻷن", "لان"),
        ("ﷲ", "الله"),  # presentation forms A
        ("عمر\u200cو", "عمرو"),  # ZWNJ
        ("\u200fبغداد\u200e", "بغداد"),  # RLM / LRM
        ("\u2067دمشق\u2069", "دمشق"),  # bidi isolates
        ("\u202bحلب\u202c", "حلب"),  # bidi embedding
        ("\ufeffغزة", "غزه"),  # BOM
        ("\u061cعدن", "عدن"),  # Arabic letter mark
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic digits
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Extended Arabic-Indic digits
        ("١٬٥٠٠ و٣٫٥ و٥٠٪", "1,500 و3.5 و50%"),  # Arabic separators
        ("UN\u00a0Iraq", "un iraq"),  # no-break space, case
        ("  كلمة   أخرى ", "كلمه اخري"),  # whitespace collapsed in keys
    ],
)
def test_normalize_key_folds(original: str, key: str) -> None:
    assert normalize_key(original) == key


@pytest.mark.parametrize("char", ["\ufe70", "\ufe72", "\ufc5e"])
def test_isolated_harakat_forms_are_dropped(char: str) -> None:
    assert fold_char(char) == ""


@pytest.mark.parametrize("char", ["\ufd3e", "\ufd3f", "\ufdfd"])
def test_presentation_forms_without_decomposition_are_kept(char: str) -> None:
    assert fold_char(char) == char


def test_offsets_point_to_each_source_character() -> None:
    text = "قُتِلَ ﻻ ١٢"
    norm = normalize(text)
    assert norm.text == "قتل لا 12"
    assert norm.offsets == (0, 2, 4, 6, 7, 7, 8, 9, 10, 11)


def test_ligature_halves_map_to_the_whole_ligature() -> None:
    text = "وﻻية"
    norm = normalize(text)
    assert norm.text == "ولايه"
    assert norm.to_original(1, 2) == (1, 2)  # ل
    assert norm.to_original(2, 3) == (1, 2)  # ا
    assert norm.to_original(0, 5) == (0, 4)


def test_span_keeps_marks_after_its_last_letter() -> None:
    text = "جَيْشٌ كبير"
    norm = normalize(text)
    start, end = norm.to_original(0, 3)
    assert text[start:end] == "جَيْشٌ"


def test_span_does_not_take_marks_before_its_first_letter() -> None:
    text = "بـــغداد"
    norm = normalize(text)
    assert norm.text == "بغداد"
    start, end = norm.to_original(1, 5)
    assert text[start:end] == "غداد"


def test_empty_span_maps_to_a_point() -> None:
    norm = normalize("أبو ظبي")
    assert norm.to_original(3, 3) == (3, 3)
    assert norm.to_original(len(norm.text), len(norm.text)) == (7, 7)


def test_empty_text() -> None:
    norm = normalize("")
    assert norm.text == ""
    assert norm.offsets == (0,)


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_offset_map_is_monotonic_and_in_range(text: str) -> None:
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    assert list(norm.offsets) == sorted(norm.offsets)
    assert all(0 <= o <= len(text) for o in norm.offsets)
    assert norm.offsets[-1] == len(text)


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_each_normalised_char_comes_from_its_source(text: str) -> None:
    norm = normalize(text)
    for i, ch in enumerate(norm.text):
        start, end = norm.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert ch in fold_char(text[start])
        assert all(fold_char(c) == "" for c in text[start + 1 : end])


@settings(max_examples=150, deadline=None)
@given(arabic_text)
def test_key_of_text_is_its_normalised_text_collapsed(text: str) -> None:
    assert normalize_key(text) == " ".join(normalize(text).text.split())


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


def _reference(text: str) -> tuple[str, tuple[int, ...]]:
    """Character by character normalisation, the definition `normalize` speeds up."""
    chars = [(fold_char(ch), i) for i, ch in enumerate(text)]
    offsets = (*(i for folded, i in chars for _ in folded), len(text))
    return "".join(folded for folded, _ in chars), offsets


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_fast_normalisation_equals_the_character_fold(text: str) -> None:
    norm = normalize(text)
    assert (norm.text, norm.offsets) == _reference(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_fold_chars_is_the_one_to_one_translation(text: str) -> None:
    assert fold_chars(text) == text.translate(_TABLE)


@pytest.mark.parametrize("text", ["", "UN\ud800أ", "أ\U0001f600B", "\U00010000"])
def test_fold_chars_on_empty_surrogate_and_astral_text(text: str) -> None:
    assert fold_chars(text) == text.translate(_TABLE)


def test_one_to_one_folds_leave_special_characters_alone() -> None:
    assert not any(_SPECIAL_RE.match(chr(code)) for code in _TABLE)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_fold_text_is_the_normalised_text(text: str) -> None:
    assert fold_text(text) == normalize(text).text
