"""Number reader: values, kinds and original offsets of digits and number words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.resources import load_packaged
from marsad.text.numbers import number_lexicon, read_numbers
from marsad.text.schema import NumberEntry


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(text[n.start : n.end], n.value, n.kind) for n in read_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل 1,500 عامل", [("1,500", 1500, "cardinal")]),
        ("وصل ١٬٥٠٠ عامل", [("١٬٥٠٠", 1500, "cardinal")]),
        ("وصل ۱۲۰ عاملا", [("۱۲۰", 120, "cardinal")]),
        ("نسبة ٣٫٥ تقريبا", [("٣٫٥", 3.5, "cardinal")]),
        ("أرسلت ألفي جندي", [("ألفي", 2000, "cardinal")]),
        ("بنى مئتين منزل", [("مئتين", 200, "cardinal")]),
        ("ثلاثة رجال وثلاث نساء", [("ثلاثة", 3, "cardinal"), ("ثلاث", 3, "cardinal")]),
        ("سبعة عشر طالبا", [("سبعة عشر", 17, "cardinal")]),
        ("إحدى عشرة سيارة", [("إحدى عشرة", 11, "cardinal")]),
        ("خمسة وأربعون شخصا", [("خمسة وأربعون", 45, "cardinal")]),
        ("مائة وخمسون", [("مائة وخمسون", 150, "cardinal")]),
        ("ثلاثمئة مقاتل", [("ثلاثمئة", 300, "cardinal")]),
        ("ثلاث مئة مقاتل", [("ثلاث مئة", 300, "cardinal")]),
        ("ألف وخمسمئة دولار", [("ألف وخمسمئة", 1500, "cardinal")]),
        ("7 آلاف نازح", [("7 آلاف", 7000, "cardinal")]),
        ("ستون ألفا", [("ستون ألفا", 60000, "cardinal")]),
        ("2.5 مليون", [("2.5 مليون", 2_500_000, "cardinal")]),
        ("مليون ونصف", [("مليون ونصف", 1_500_000, "cardinal")]),
        ("أربعة ملايين ونصف المليون", [("أربعة ملايين ونصف المليون", 4_500_000, "cardinal")]),
        ("نصف مليون", [("نصف مليون", 500_000, "cardinal")]),
        ("ثلاثة مليارات", [("ثلاثة مليارات", 3e9, "cardinal")]),
        ("بمليوني دولار", [("مليوني", 2_000_000, "cardinal")]),
        ("اليوم الأول", [("الأول", 1, "ordinal")]),
        ("للمرة الثالثة", [("الثالثة", 3, "ordinal")]),
        ("في الحادي عشر من الشهر", [("الحادي عشر", 11, "ordinal")]),
        ("الثامنة عشرة", [("الثامنة عشرة", 18, "ordinal")]),
        ("والعشرين من الشهر", [("العشرين", 20, "ordinal")]),
        ("الثالث والعشرين", [("الثالث والعشرين", 23, "ordinal")]),
        ("ربع السكان", [("ربع", 0.25, "fraction")]),
        ("ثلث المساحة", [("ثلث", 1 / 3, "fraction")]),
        ("أحد الجنود", []),
        ("واحد من الجنود", [("واحد", 1, "cardinal")]),
    ],
)
def test_numbers_read_values(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = _read(text)
    assert [(t, k) for t, _, k in got] == [(t, k) for t, _, k in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


def test_numbers_keep_proclitics_out_of_span() -> None:
    text = "وصل بألفي جندي وثلاثة ضباط"
    assert [text[n.start : n.end] for n in read_numbers(text)] == ["ألفي", "ثلاثة"]


def test_numbers_token_indices_cover_span() -> None:
    from marsad.document import Document

    doc = Document("قتل خمسة وعشرون شخصا", "d")
    (n,) = read_numbers(doc)
    assert doc.tokens[n.token_start].start <= n.start < n.end == doc.tokens[n.token_end - 1].end


def test_numbers_data_file_validates() -> None:
    data = load_packaged("ar/numbers.yaml")
    assert data.version and data.source
    for raw in data.entries:
        NumberEntry.model_validate(raw)
    assert number_lexicon().lookup("ثلاثه")


_PIECES = st.sampled_from(
    ["ثلاثة", "عشر", "و", "وعشرون", "ألف", "آلاف", "مليون", "ونصف", "المليون", "الحادي", "الثامن",
     "مئة", "ألفي", "نصف", "1,500", "٣٫٥", "۱۲", "0", " ", "،", "ـ", "\u064e", "أحد", "عشرة", "-", "/"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=12).map(" ".join))
def test_numbers_never_raise_and_spans_are_exact(text: str) -> None:
    previous_end = 0
    for n in read_numbers(text):
        assert previous_end <= n.start < n.end <= len(text)
        assert text[n.start : n.end].strip() == text[n.start : n.end]
        previous_end = n.end
