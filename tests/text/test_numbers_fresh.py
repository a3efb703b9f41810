"""Number reader on writings met outside the project's own sentences: the decimal comma
and dotted thousands of the Maghreb, أحد/إحدى + a ten."""

from __future__ import annotations

import pytest

from marsad.text.numbers import read_numbers


def _read(text: str) -> list[tuple[str, float]]:
    return [(text[n.start : n.end], n.value) for n in read_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نما الاقتصاد بنسبة 2,5", [("2,5", 2.5)]),
        ("خسر 4,75 مليار درهم", [("4,75 مليار", 4.75e9)]),
        ("وصل 1,500 عامل", [("1,500", 1500)]),
        ("اعتقل 3, 4 ثم 5", [("3", 3), ("4", 4), ("5", 5)]),
        ("دفع 12.000 دينار", [("12.000", 12000)]),
        ("سكن 1.250.000 نسمة", [("1.250.000", 1_250_000)]),
        ("رصد 2.500 مليون", [("2.500 مليون", 2_500_000)]),
        ("بلغ 3.5 مليون", [("3.5 مليون", 3_500_000)]),
        ("وقعت إحدى وعشرون دولة", [("إحدى وعشرون", 21)]),
        ("قتل أحد وثلاثون", [("أحد وثلاثون", 31)]),
        ("أحد الجنود", []),
        ("بين ألفين وثلاثة آلاف", [("ألفين", 2000), ("ثلاثة آلاف", 3000)]),
        ("مليار ونصف المليار", [("مليار ونصف المليار", 1.5e9)]),
        ("ألفين وثلاثة", [("ألفين وثلاثة", 2003)]),
        ("إحدى عشرة سيارة", [("إحدى عشرة", 11)]),
    ],
)
def test_numbers_fresh_writings(text: str, expected: list[tuple[str, float]]) -> None:
    got = _read(text)
    assert [t for t, _ in got] == [t for t, _ in expected]
    assert [v for _, v in got] == pytest.approx([v for _, v in expected])
