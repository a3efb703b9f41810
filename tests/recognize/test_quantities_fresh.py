"""marsad.quantities.v1 on forms met outside the project's own sentences: Maghreb number
writing, more currencies and units, hedges, running counts; fresh-set floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.recognize.quantities import find_quantities
from marsad.recognize.times import find_times

DATA = Path(__file__).parents[1] / "data"
Row = tuple[str, float, str | None, str, str | None, float | None]


def _quantities(text: str) -> list[Row]:
    doc = Document(text, "d", published=dt.date(2024, 1, 25))
    doc.times = find_times(doc)
    return [(q.text, q.value, q.counted, q.approx, q.unit, q.value_max) for q in find_quantities(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Maghreb writing: decimal comma, dots grouping thousands
        ("بلغت الكلفة 7,25 مليون درهم.", [("7,25 مليون درهم", 7.25e6, "money", "exact", None, None)]),
        ("ارتفعت البطالة إلى 13,7 في المائة.", [("13,7 في المائة", 13.7, "percent", "exact", "%", None)]),
        ("شارك 25.000 متظاهر في المسيرة.", [("25.000 متظاهر", 25000, "people", "exact", None, None)]),
        ("رصدت 1.500 مليون دولار.", [("1.500 مليون دولار", 1.5e6, "money", "exact", "USD", None)]),
        ("بلغت نسبة المشاركة %62.", [("%62", 62, "percent", "exact", "%", None)]),
        # currencies and units
        ("دفعت الشركة 5 مليارات ين ياباني.", [("5 مليارات ين ياباني", 5e9, "money", "exact", "JPY", None)]),
        ("تبرعت بمليون دولار كندي.", [("مليون دولار كندي", 1e6, "money", "exact", "CAD", None)]),
        ("أحرقت النيران 300 هكتار.", [("300 هكتار", 300, "hectares", "exact", "ha", None)]),
        ("جرفت الآليات 40 دونما.", [("40 دونما", 40, "dunams", "exact", "dunam", None)]),
        ("تبلغ مساحة الجزيرة 12 كيلومترا مربعا.", [("12 كيلومترا مربعا", 12, "km2", "exact", "km2", None)]),
        ("ضبطت 80 كيلوغراما من الحشيش.", [("80 كيلوغراما", 80, "kg", "exact", "kg", None)]),
        ("تأخر القطار 45 دقيقة.", [("45 دقيقة", 45, "minutes", "exact", "minutes", None)]),
        # nouns, duals, event words
        ("أودت العاصفة بحياة 14 شخصا.", [("14 شخصا", 14, "killed", "exact", None, None)]),
        ("أفرج عن 24 أسيرة.", [("24 أسيرة", 24, "detainees", "exact", None, None)]),
        ("احتجزت القوات سفينتين.", [("سفينتين", 2, "ships", "exact", None, None)]),
        ("أوقفت عناصر الشرطة القضائية 9 أشخاص.", [("9 أشخاص", 9, "detainees", "exact", None, None)]),
        ("قتل إحدى وعشرون امرأة.", [("إحدى وعشرون امرأة", 21, "killed", "exact", None, None)]),
        ("انقلبت حافلة تقل 33 راكبا.", [("33 راكبا", 33, "people", "exact", None, None)]),
        ("ارتفع عدد الوفيات جراء الحرائق إلى 64.", [("64", 64, "killed", "exact", None, None)]),
        ("بلغ عدد النازحين في الإقليم نحو 3 ملايين شخص.", [("نحو 3 ملايين شخص", 3e6, "displaced", "about", None, None)]),
        ("قتل 6 أشخاص من أسرة واحدة.", [("6 أشخاص", 6, "killed", "exact", None, None)]),
        ("ارتفعت حصيلة ضحايا الفيضانات إلى 73.", [("73", 73, "killed", "exact", None, None)]),
        ("بلغت قيمة العقد $40 مليون.", [("$40 مليون", 40e6, "money", "exact", "USD", None)]),
        ("قتل جنديان من الفرقة 9 في الكمين.", [("جنديان", 2, "killed", "exact", None, None)]),
        ("سقطت قذيفة على الطابق 7 من المبنى.", []),
        ("نزح ما بين ألفين وثلاثة آلاف شخص.", [("بين ألفين وثلاثة آلاف شخص", 2000, "displaced", "exact", None, 3000)]),
        ("قتل 5 أشخاص بينهم امرأة وطفلان.", [("5 أشخاص", 5, "killed", "exact", None, None), ("طفلان", 2, "children", "exact", None, None)]),
        ("أودت جائحة كوفيد-19 بحياة 7 آلاف شخص.", [("7 آلاف شخص", 7000, "killed", "exact", None, None)]),
        ("توفي 4 أشخاص بفيروس H1N1.", [("4 أشخاص", 4, "killed", "exact", None, None)]),
        ("أصيب 4 عناصر من الجيش و2 من المدنيين.", [("4 عناصر", 4, "injured", "exact", None, None), ("2 من المدنيين", 2, "injured", "exact", None, None)]),
        ("قضت المحكمة بإعدام 4 متهمين.", [("4 متهمين", 4, "people", "exact", None, None)]),
        ("أعدمت السلطات 3 مدانين.", [("3", 3, "killed", "exact", None, None)]),
        # hedges
        ("اعتقلت الشرطة في حدود 70 شخصا.", [("في حدود 70 شخصا", 70, "detainees", "about", None, None)]),
        ("أطلقت ما ينيف على 40 قذيفة.", [("ما ينيف على 40 قذيفة", 40, "shells", "more_than", None, None)]),
        ("سقط ثلاثون ونيف قتيلا.", [("ثلاثون ونيف قتيلا", 30, "killed", "more_than", None, None)]),
        ("قتل 9 جنود على أقل تقدير.", [("9 جنود على أقل تقدير", 9, "killed", "at_least", None, None)]),
        ("لا يتجاوز الراتب 300 دينار.", [("300 دينار", 300, "money", "at_most", None, None)]),
        # time expressions are stepped over; numbers and time words are not reused
        ("اعتقلت الشرطة فجر اليوم 11 شابا.", [("11 شابا", 11, "detainees", "exact", None, None)]),
        ("ارتفع عدد الأسرى منذ 3 أيار الماضي إلى 640.", [("640", 640, "detainees", "exact", None, None)]),
        ("نما بنسبة 1,5 في المائة سنة 2022.", [("1,5 في المائة", 1.5, "percent", "exact", "%", None)]),
        ("أعلن أن 4 جنود من الكتيبة الثانية لقوا حتفهم.", [("4 جنود", 4, "killed", "exact", None, None)]),
        # a running count before a hedge; release words; more units and currencies
        ("ارتفعت حصيلة قتلى الفيضانات في المدينة إلى أكثر من ألف.", [("أكثر من ألف", 1000, "killed", "more_than", None, None)]),
        ("أفرجت الجماعة عن 13 صيادا.", [("13 صيادا", 13, "detainees", "exact", None, None)]),
        ("تتسع المدرجات لـ45 ألف متفرج.", [("45 ألف متفرج", 45000, "people", "exact", None, None)]),
        ("تنتج المحطة 500 ميغاواط.", [("500 ميغاواط", 500, "megawatts", "exact", "MW", None)]),
        ("سجلت المحطة 120 ملم من الأمطار.", [("120 ملم", 120, "mm", "exact", "mm", None)]),
        ("بلغت الميزانية 900 مليون أوقية.", [("900 مليون أوقية", 9e8, "money", "exact", "MRU", None)]),
        ("أنتج المنجم 200 ألف أوقية من الذهب.", [("200 ألف أوقية من الذهب", 2e5, "ounces", "exact", "oz", None)]),
        ("ضبطت الشرطة طنين من الحشيش.", [("طنين", 2, "tonnes", "exact", "t", None)]),
        # a running count before a range
        ("يتراوح عدد الجرحى بين 40 و50.", [("بين 40 و50", 40, "injured", "exact", None, 50)]),
    ],
)
def test_quantities_fresh_forms(text: str, expected: list[Row]) -> None:
    assert _quantities(text) == expected


def test_a_casualty_verb_after_a_long_complement_counts_the_dead() -> None:
    text = "وقال المرصد إن 7 مقاتلين من الفصائل الموالية للحكومة قتلوا في الاشتباك."
    assert [(q[0], q[2]) for q in _quantities(text)] == [("7 مقاتلين", "killed")]


@pytest.mark.parametrize(("name", "size"), [("quantities_fresh.jsonl", 100), ("quantities_fresh2.jsonl", 40), ("quantities_fresh3.jsonl", 20), ("quantities_fresh4.jsonl", 75), ("quantities_fresh5.jsonl", 80), ("quantities_fresh6.jsonl", 85)])
def test_quantities_fresh_set_floor(name: str, size: int) -> None:
    from marsad.evaluate.quantities import evaluate_quantities
    from marsad.evaluate.tq_data import load_cases

    score = evaluate_quantities(load_cases(DATA / name, "quantities"))
    assert score.gold >= size
    assert score.f1 >= 0.95, score.failures[:10]
