"""Tokeniser: kinds, numbers in three scripts, punctuation, and exact original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from marsad.text.normalize import fold_char, normalize, normalize_key
from marsad.text.tokenize import Token, tokenize, tokenize_norm

from .strategies import any_text, arabic_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text(text)) for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("قتل 1,500 شخص", "1,500"),
        ("قتل ١٬٥٠٠ شخص", "١٬٥٠٠"),
        ("بلغ ۱۲۰۰۰ نازح", "۱۲۰۰۰"),
        ("نحو 3.5 مليون", "3.5"),
        ("نحو ٣٫٥ مليون", "٣٫٥"),
        ("قرابة 12,000.75 دولار", "12,000.75"),
        ("في عام 2024.", "2024"),
        ("خسائر بقيمة 1.500.000 دولار", "1.500.000"),
        ("خسائر بقيمة ١٫٥٠٠٫٠٠٠ دينار", "١٫٥٠٠٫٠٠٠"),
    ],
)
def test_numbers_are_single_tokens(text: str, number: str) -> None:
    assert ("number", number) in _pairs(text)


def test_number_norm_is_ascii() -> None:
    (tok,) = [t for t in tokenize("أصيب ١٬٥٠٠ جندي") if t.kind == "number"]
    assert tok.norm == "1,500"


def test_list_of_small_numbers_is_not_a_thousands_group() -> None:
    assert [t.norm for t in tokenize("1,5000") if t.kind == "number"] == ["1", "5000"]


def test_words_punctuation_and_quotes() -> None:
    text = "قال «المتحدث»: هل انتهى الأمر؟ لا، ليس بعد؛ (ربما)."
    kinds = _pairs(text)
    assert ("punct", "«") in kinds and ("punct", "»") in kinds
    assert ("punct", "؟") in kinds and ("punct", "،") in kinds and ("punct", "؛") in kinds
    assert ("word", "المتحدث") in kinds
    assert [k for k, s in kinds if s in "()."] == ["punct", "punct", "punct"]


def test_latin_words_and_ellipsis() -> None:
    text = "نقلت وكالة Reuters... عن UN"
    assert _pairs(text) == [
        ("word", "نقلت"),
        ("word", "وكالة"),
        ("latin", "Reuters"),
        ("punct", "..."),
        ("word", "عن"),
        ("latin", "UN"),
    ]


def test_word_with_harakat_tatweel_and_zwnj_is_one_token() -> None:
    text = "الجَيْـــش\u200cالوطني"
    (tok,) = tokenize(text)
    assert tok.kind == "word"
    assert tok.norm == "الجيشالوطني"
    assert (tok.start, tok.end) == (0, len(text))


def test_token_keeps_its_trailing_marks() -> None:
    text = "جنودٌ، قتلى"
    first = tokenize(text)[0]
    assert first.text(text) == "جنودٌ"


def test_ligature_token_spans_the_ligature() -> None:
    text = "ﻻ يزال"
    first = tokenize(text)[0]
    assert (first.norm, first.start, first.end) == ("لا", 0, 1)


def test_symbols() -> None:
    assert _pairs("50٪ + $") == [
        ("number", "50"),
        ("symbol", "٪"),
        ("symbol", "+"),
        ("symbol", "$"),
    ]


def test_indices_are_positions() -> None:
    tokens = tokenize("وصل الوفد إلى القاهرة.")
    assert [t.index for t in tokens] == list(range(len(tokens)))


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_token_spans_match_their_norm(text: str) -> None:
    norm = normalize(text)
    tokens = tokenize_norm(norm)
    last_end = 0
    for tok in tokens:
        assert 0 <= tok.start < tok.end <= len(text)
        assert norm.text[tok.nstart : tok.nend] == tok.norm
        key = normalize_key(text[tok.start : tok.end])
        if all(len(fold_char(c)) <= 1 for c in text[tok.start : tok.end]):
            assert key == tok.norm
        else:  # a ligature that expands to several words (ﷺ) maps back whole
            assert tok.norm in key
        shared = tok.start == last_end - 1 and len(fold_char(text[tok.start])) > 1
        assert tok.start >= last_end or shared  # only an expanding ligature is shared
        last_end = tok.end


@settings(max_examples=100, deadline=None)
@given(arabic_text)
def test_tokens_cover_every_non_space_character(text: str) -> None:
    norm = normalize(text)
    covered = "".join(t.norm for t in tokenize_norm(norm))
    assert covered == "".join(norm.text.split())


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_token_spans_are_the_offset_maps_spans(text: str) -> None:
    norm = normalize(text)
    for tok in tokenize_norm(norm):
        assert (tok.start, tok.end) == norm.to_original(tok.nstart, tok.nend)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_tokens_cover_the_normalised_text_but_its_whitespace(text: str) -> None:
    norm = normalize(text)
    pos = 0
    for i, tok in enumerate(tokenize_norm(norm)):
        assert type(tok) is Token and tok == Token(*tok) and tok.index == i
        assert norm.text[pos : tok.nstart].isspace() or pos == tok.nstart
        assert tok.norm == norm.text[tok.nstart : tok.nend] and not any(c.isspace() for c in tok.norm)
        pos = tok.nend
    assert norm.text[pos:].isspace() or pos == len(norm.text)
