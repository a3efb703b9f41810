"""marsad.times.v1 on forms met outside the project's own sentences: Maghreb, Gulf and Levant
usage, Hijri numeric dates, parts and weeks of months, day-only dates; fresh-set floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.recognize.times import find_times

PUBLISHED = dt.date(2024, 6, 10)  # a Monday
DATA = Path(__file__).parents[1] / "data"


def _times(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(Document(text, "d", published=published))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first-day words
        ("افتتح الموسم في فاتح أكتوبر 2021.", [("فاتح أكتوبر 2021", "2021-10-01")]),
        ("يعلن عن غرة شوال بعد تحري الهلال.", [("غرة شوال", "2024-04-10")]),
        # the last N units with الأخيرة
        ("تراجعت الحوادث خلال الأيام الخمسة الأخيرة.", [("الأيام الخمسة الأخيرة", "2024-06-05/2024-06-10")]),
        ("وقعت هزات خلال الساعات الـ24 الأخيرة.", [("الساعات الـ24 الأخيرة", "2024-06-09/2024-06-10")]),
        ("ارتفعت الأسعار في الأسابيع الأخيرة.", []),
        # weeks of a month
        ("تنطلق الامتحانات في الأسبوع الثاني من يوليو.", [("الأسبوع الثاني من يوليو", "2024-07-08/2024-07-14")]),
        ("تدفع المنح في الأسبوع الأخير من فبراير 2024.", [("الأسبوع الأخير من فبراير 2024", "2024-02-23/2024-02-29")]),
        ("تزداد الرحلات في الأسبوع الأول من رمضان 1445 هـ.", [("الأسبوع الأول من رمضان 1445 هـ", "2024-03-11/2024-03-17")]),
        # الموافق joins both calendars
        ("ولد في 1 رجب 1445 هـ الموافق 13 يناير 2024 م.", [("1 رجب 1445 هـ الموافق 13 يناير 2024 م", "2024-01-13")]),
        # decades without the article, with their century
        ("ازدهرت الصناعة في سبعينيات القرن الماضي.", [("سبعينيات القرن الماضي", "1970/1979")]),
        ("بلغ ستينات عمره.", []),
        ("هذه الليلة يعلن القرار.", [("هذه الليلة", "2024-06-10")]),
        # weekday and numeric date, day with only the month's direction
        ("أعلن الجيش الخميس 6/6/2024 انتهاء العملية.", [("الخميس 6/6/2024", "2024-06-06")]),
        ("تنعقد الجلسة يوم 25 الجاري.", [("يوم 25 الجاري", "2024-06-25")]),
        ("صدر المرسوم في الثالث من الماضي.", [("الثالث من الماضي", "2024-05-03")]),
        ("يلتقي الوفدان الاثنين المقبل.", [("الاثنين المقبل", "2024-06-17")]),
        ("يعقد المؤتمر الرابع المقبل في عمان.", []),
        ("عاد في الخامس من الشهر ذاته.", []),
        ("تراجعت المبيعات خلال شهري مارس وأبريل.", [("شهري مارس وأبريل", "2024-03/2024-04")]),
        # intervals without من/بين
        ("تظاهروا ليل السبت-الأحد.", [("ليل السبت-الأحد", "2024-06-08/2024-06-09")]),
        ("يقام المعرض في 4 و5 يوليو.", [("4 و5 يوليو", "2024-07-04/2024-07-05")]),
        ("يبدأ الموسم 2024/2025 قريبا.", [("2024/2025", "2024/2025")]),
        # parts of a Hijri month, a year after من
        ("تكثر العمرة في العشر الأواخر من رمضان 1445 هـ.", [("العشر الأواخر من رمضان 1445 هـ", "2024-03-31/2024-04-09")]),
        ("تعود الوثيقة إلى مارس من العام 2019.", [("مارس من العام 2019", "2019-03")]),
        # a share of a period is no day
        ("تعقد الدورة في النصف الثاني من يوليو.", [("يوليو", "2024-07")]),
        # chained leads, Levantine month names, two weeks/years away
        ("وصلوا مساء يوم الأحد.", [("مساء يوم الأحد", "2024-06-09")]),
        ("وقع الاتفاق في 9 تشرين ثاني 2023.", [("9 تشرين ثاني 2023", "2023-11-09")]),
        ("جرت الانتخابات العام قبل الماضي.", [("العام قبل الماضي", "2022")]),
        ("يصل الوفد الأحد بعد المقبل.", [("الأحد بعد المقبل", "2024-06-23")]),
        ("ستنعقد القمة يوم الأربعاء.", [("يوم الأربعاء", "2024-06-12")]),
        ("تعطلت الشبكة ليلة الجمعة إلى السبت.", [("ليلة الجمعة إلى السبت", "2024-06-07/2024-06-08")]),
        ("أرجئ الاجتماع الثلاثاء إلى الأربعاء.", [("الثلاثاء", "2024-06-04"), ("الأربعاء", "2024-06-05")]),
        ("يحتفل به في الخامس من مايو من كل عام.", []),
        # holidays: their first day in the year nearest to publication
        ("تمدد العطلة بمناسبة عيد الأضحى.", [("عيد الأضحى", "2024-06-16")]),
        ("صلى المصلون عيد الفطر 1444 هـ في الساحات.", [("عيد الفطر 1444 هـ", "2023-04-21")]),
        # Hijri numeric dates
        ("صدر القرار بتاريخ 1445/12/1هـ.", [("1445/12/1هـ", "2024-06-07")]),
        ("صدر القرار في 1/12/1445.", [("1/12/1445", "2024-06-07")]),
    ],
)
def test_times_fresh_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("name", "size"), [("times_fresh.jsonl", 120), ("times_fresh2.jsonl", 45), ("times_fresh3.jsonl", 30)])
def test_times_fresh_set_floor(name: str, size: int) -> None:
    from marsad.evaluate.times import evaluate_times
    from marsad.evaluate.tq_data import load_cases

    score = evaluate_times(load_cases(DATA / name, "times"))
    assert score.gold >= size
    assert score.accuracy >= 0.95, score.failures[:10]
    assert score.f1 >= 0.95, score.failures[:10]
