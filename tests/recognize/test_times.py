"""marsad.times.v1: values of absolute, relative and Hijri expressions, spans, evaluation floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.recognize.times import _NUMERIC, _numeric_matches, find_times
from marsad.text.numbers import read_numbers

PUBLISHED = dt.date(2024, 1, 25)  # a Thursday
TEST_SET = Path(__file__).parents[1] / "data" / "times.jsonl"


def _times(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(Document(text, "d", published=published))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سلم التقرير في 5/2/2023 للجنة.", [("5/2/2023", "2023-02-05")]),
        ("افتتح الجسر في 9 تشرين الثاني 2022.", [("9 تشرين الثاني 2022", "2022-11-09")]),
        ("افتتح الجسر في 9 نوفمبر 2022.", [("9 نوفمبر 2022", "2022-11-09")]),
        ("افتتح الجسر في 9 جويلية 2022.", [("9 جويلية 2022", "2022-07-09")]),
        ("عاد في أغسطس (آب) 2021.", [("أغسطس (آب) 2021", "2021-08")]),
        ("دخل المدينة في الرابع عشر من شباط.", [("الرابع عشر من شباط", "2024-02-14")]),
        ("رحل قبل أربعة أيام.", [("قبل أربعة أيام", "2024-01-21")]),
        ("تحدث مساء أمس الأربعاء.", [("مساء أمس الأربعاء", "2024-01-24")]),
        ("اجتمعوا الأحد الماضي.", [("الأحد الماضي", "2024-01-21")]),
        ("يجتمعون الأحد المقبل.", [("الأحد المقبل", "2024-01-28")]),
        ("رفعت الأسعار في الخامس من الشهر الجاري.", [("الخامس من الشهر الجاري", "2024-01-05")]),
        ("انسحبت القوات أواخر عام 2019.", [("أواخر عام 2019", "2019-12")]),
        ("تتجدد المعارك مطلع شباط المقبل.", [("مطلع شباط المقبل", "2024-02-01/2024-02-10")]),
        ("تضاعف الرقم خلال الأيام الخمسة الماضية.", [("الأيام الخمسة الماضية", "2024-01-20/2024-01-25")]),
        ("يحاصرون البلدة منذ الخميس الماضي.", [("منذ الخميس الماضي", "2024-01-18/..")]),
        ("تسلم المنصب بين عامي 2015 و2019.", [("عامي 2015 و2019", "2015/2019")]),
        ("صدر الحكم في 3 شعبان 1445 هـ.", [("3 شعبان 1445 هـ", "2024-02-13")]),
        ("نشأ الحزب في الخمسينيات.", [("الخمسينيات", "1950/1959")]),
        ("ارتفعت البطالة في النصف الأول من العام الماضي.", [("العام الماضي", "2023")]),
        ("تراجعت الصادرات منذ مطلع العام.", [("منذ مطلع العام", "2024-01/..")]),
        ("عاد السفير قبل نحو أسبوعين.", [("قبل نحو أسبوعين", "2024-W02")]),
        ("تصل البعثة صباح الغد.", [("صباح الغد", "2024-01-26")]),
        ("وقعت الاتفاقية صيف عام 2016.", [("صيف عام 2016", "2016-06/2016-08")]),
        ("اجتمع نواب قوى 14 آذار في البرلمان.", []),
        ("قتل مسؤولها بعد سقوط الحكم بأيام.", []),
        ("في اليوم التالي انسحبوا.", []),
        ("رأى أن أباه مارس السياسة.", []),
    ],
)
def test_times_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


def test_times_unresolved_without_publication_date() -> None:
    doc = Document("قالت الوزارة أمس إن الاتفاق وقع في 3 آذار 2021.", "d")
    first, second = find_times(doc)
    assert (first.value, first.resolved, first.granularity) == (None, False, None)
    assert (second.value, second.resolved) == ("2021-03-03", True)


def test_times_ids_sentences_and_granularity() -> None:
    doc = Document("وصل الوفد أمس. ويغادر الشهر المقبل.", "d", published=PUBLISHED)
    from marsad.resources import Resources
    from marsad.text.sentences import SentenceSplitter

    SentenceSplitter(Resources())(doc)
    times = find_times(doc)
    assert [(t.id, t.sentence, t.granularity) for t in times] == [("t1", 0, "day"), ("t2", 1, "month")]


def test_times_evaluation_floor() -> None:
    from marsad.evaluate.times import evaluate_times
    from marsad.evaluate.tq_data import load_cases

    score = evaluate_times(load_cases(TEST_SET, "times"))
    assert score.gold >= 200
    assert score.accuracy >= 0.95, score.failures[:10]


_WORDS = st.sampled_from(
    ["أمس", "الأول", "السبت", "الماضي", "منذ", "من", "إلى", "و", "بين", "عامي", "2024", "18", "/",
     "يناير", "(", "تموز", ")", "الثامن", "عشر", "الشهر", "الحالي", "نهاية", "عام", "قبل", "ثلاثة",
     "أيام", "الـ24", "الساعات", "رمضان", "1445", "هـ", "الثمانينيات", "القرن", "يوم", "-", "31"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=3)), max_size=14).map(" ".join), st.booleans())
def test_times_never_raise_and_spans_are_exact(text: str, dated: bool) -> None:
    doc = Document(text, "d", published=PUBLISHED if dated else None)
    for t in find_times(doc):
        assert text[t.start : t.end] == t.text
        assert t.resolved == (t.value is not None)


_DATE_PIECES = st.sampled_from(
    ["1", "12", "123", "2024", "1445", "05", "0", "/", "-", ".", ",", "٫", "٬", " ", "و", "مئة", "ثلاثة",
     "A", "1,500", "4,5", "12.000", "٣"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=16).map("".join))
def test_numeric_dates_are_tried_only_where_they_can_start(text: str) -> None:
    """Matching at digit tokens finds what a scan of the whole text finds (18/1/2024، 4,5/1/2024)."""
    doc = Document(text, "d")
    spans = [m.span() for m in _numeric_matches(doc, read_numbers(doc))]
    assert spans == [m.span() for m in _NUMERIC.finditer(doc.norm.text)]
