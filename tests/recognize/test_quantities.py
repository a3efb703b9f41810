"""marsad.quantities.v1: counted nouns, hedges, ranges, exclusions, evaluation floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.recognize.quantities import find_quantities
from marsad.recognize.times import find_times

TEST_SET = Path(__file__).parents[1] / "data" / "quantities.jsonl"


def _quantities(text: str) -> list[tuple[str, float, str | None, str]]:
    doc = Document(text, "d", published=dt.date(2024, 1, 25))
    doc.times = find_times(doc)
    return [(q.text, q.value, q.counted, q.approx) for q in find_quantities(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل 640 جنديا إلى القاعدة.", [("640 جنديا", 640, "troops", "exact")]),
        ("قتل 9 مدنيين في القصف.", [("9 مدنيين", 9, "killed", "exact")]),
        ("أصيب نحو عشرين شخصا.", [("نحو عشرين شخصا", 20, "injured", "about")]),
        ("رصدت 80 مليون يورو للمشروع.", [("80 مليون يورو", 80e6, "money", "exact")]),
        ("نزح ما لا يقل عن 3 آلاف شخص.", [("ما لا يقل عن 3 آلاف شخص", 3000, "displaced", "at_least")]),
        ("أطلقت أكثر من 60 قذيفة.", [("أكثر من 60 قذيفة", 60, "shells", "more_than")]),
        ("انخفضت بنسبة 8 في المئة.", [("8 في المئة", 8, "percent", "exact")]),
        ("استمر الإضراب 40 يوما.", [("40 يوما", 40, "days", "exact")]),
        ("تقدموا مسافة 12 كيلومترا.", [("12 كيلومترا", 12, "km", "exact")]),
        ("ارتفعت حصيلة القتلى إلى 31.", [("31", 31, "killed", "exact")]),
        ("اعتقلت الشرطة خمسة محتجين.", [("خمسة محتجين", 5, "detainees", "exact")]),
        ("نزحت 300 عائلة من الحي.", [("300 عائلة", 300, "families", "exact")]),
        ("قتل 6 جنود و4 مدنيين.", [("6 جنود", 6, "killed", "exact"), ("4 مدنيين", 4, "killed", "exact")]),
        ("ثمانية أشخاص قتلوا في الهجوم.", [("ثمانية أشخاص", 8, "killed", "exact")]),
        ("قتل 13 وجرح 45 في التفجير.", [("13", 13, "killed", "exact"), ("45", 45, "injured", "exact")]),
        ("نزح أربعة ملايين ونصف المليون شخص.", [("أربعة ملايين ونصف المليون شخص", 4.5e6, "displaced", "exact")]),
        ("جرى ذلك عام 2019.", []),
        ("هاتف المكتب 0112345678.", []),
        ("قال أحد الضباط إن الطريق آمن.", []),
        ("في الثامن من الشهر الحالي وصلوا.", []),
    ],
)
def test_quantities_values(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert _quantities(text) == expected


def test_quantities_range_and_unit() -> None:
    doc = Document("سقط ما بين 12 و18 قتيلا وخسائر بقيمة 5 ملايين دولار.", "d")
    doc.times = find_times(doc)
    first, second = find_quantities(doc)
    assert (first.value, first.value_max, first.counted) == (12, 18, "killed")
    assert (second.value, second.unit, second.counted) == (5e6, "USD", "money")
    assert [q.id for q in (first, second)] == ["q1", "q2"]


def test_quantities_evaluation_floor() -> None:
    from marsad.evaluate.quantities import evaluate_quantities
    from marsad.evaluate.tq_data import load_cases

    score = evaluate_quantities(load_cases(TEST_SET, "quantities"))
    assert score.gold >= 150
    assert score.f1 >= 0.95, score.failures[:10]


_WORDS = st.sampled_from(
    ["قتل", "نحو", "أكثر", "من", "بين", "و", "20", "30", "قتيلا", "ألف", "مليون", "دولار", "%",
     "في", "المئة", "على", "الأقل", "عدد", "القتلى", "إلى", "يومين", "0933", "-", "123", "ثلاثة",
     "جنود", "أحد", "الـ", "40", "عام", "2014", "ليرة", "سورية"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=3)), max_size=14).map(" ".join))
def test_quantities_never_raise_and_spans_are_exact(text: str) -> None:
    doc = Document(text, "d", published=dt.date(2024, 1, 25))
    doc.times = find_times(doc)
    for q in find_quantities(doc):
        assert text[q.start : q.end] == q.text
        assert q.value > 0
