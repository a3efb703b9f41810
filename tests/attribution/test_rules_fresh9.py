"""Source phrases read further in the fifteenth session: adjectives that are also time words
(مطلع), nisba adjectives joined by و, and a cue verb's preposition before أن."""

from __future__ import annotations

import pytest
from conftest import Analyse


def _sources(analyse: Analyse, text: str) -> list[str]:
    return [a.source.text for a in analyse(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأفاد مصدر سياسي مطلع بأن الحكومة ستستقيل.", ["مصدر سياسي مطلع"]),
        ("وقال مصدر أمني مسؤول إن الحكومة ستستقيل.", ["مصدر أمني مسؤول"]),
        # مطلع before a definite noun is the time word
        ("وقال مصدر دبلوماسي مطلع الشهر الماضي إن الحكومة ستستقيل.", ["مصدر دبلوماسي"]),
        # two adjectives joined by و describe one source
        ("وقالت مصادر أمنية ودبلوماسية إن الهدنة انهارت.", ["مصادر أمنية ودبلوماسية"]),
        ("وقالت مصادر مصرية وقطرية إن المفاوضات توقفت.", ["مصادر مصرية وقطرية"]),
        # a second source joined by و stays a second source
        ("وقالت الوزارة ووسائل إعلام محلية إن الهدنة انهارت.", ["الوزارة", "وسائل إعلام محلية"]),
    ],
)
def test_source_phrase(analyse: Analyse, text: str, expected: list[str]) -> None:
    assert _sources(analyse, text) == expected


def test_preposition_of_the_cue_is_no_source(analyse: Analyse) -> None:
    text = "قال المتحدث إن الوساطة مستمرة. وشدد على أن قطر لن تتخلى عن دورها."
    assert _sources(analyse, text) == ["المتحدث", "المتحدث"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report named after the source is its channel, not part of it
        ("وقالت منظمة العفو الدولية في تقرير جديد إن السلطات اعتقلت عشرين صحفيا.", ["منظمة العفو الدولية"]),
        # an indefinite noun with a definite genitive after a definite source is the object
        ("ودعت المنظمة سلطات الإقليم إلى الإفراج عن المحتجزين.", ["المنظمة"]),
        # appeals are calls
        ("وناشدت الأسرة السلطات الإفراج عن ابنها.", ["الأسرة"]),
    ],
)
def test_source_and_object(analyse: Analyse, text: str, expected: list[str]) -> None:
    assert _sources(analyse, text) == expected


def test_genitives_joined_in_a_title_stay_in_the_source(analyse: Analyse) -> None:
    text = "أكد وزير الخارجية وشؤون المغتربين أيمن الصفدي ضرورة وقف التصعيد."
    doc = analyse(text, entities=[("أيمن الصفدي", "PERSON")])
    assert [a.source.text for a in doc.attributions] == ["وزير الخارجية وشؤون المغتربين أيمن الصفدي"]
