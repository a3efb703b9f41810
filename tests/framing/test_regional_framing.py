"""Framing found with the second blind batch: emphatic words (لا شك، من المؤكد) are the
outlet's opinion and a prediction only of a sentence about the future, op-ed formulas
(يخطئ من يظن), and terms of the Moroccan and Palestinian press."""

from __future__ import annotations

import pytest
from conftest import Analyse


def _kinds(analyse: Analyse, text: str) -> list[str]:
    return [str(s.kind) for s in analyse(text).sentences]


def _items(analyse: Analyse, text: str, kind: str) -> list[str]:
    return [f.text for f in analyse(text).framing if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    ["لا شك أن الإصلاح الضريبي تأخر كثيرا.", "ومن المؤكد أن المسؤولية تقع على الحكومة السابقة."],
)
def test_emphatic_present_claim_is_an_opinion(analyse: Analyse, text: str) -> None:
    assert _kinds(analyse, text) == ["opinion"]
    assert _items(analyse, text, "prediction") == []


def test_emphatic_claim_about_the_future_is_a_prediction(analyse: Analyse) -> None:
    text = "ولا شك أن الحكومة لن تصمد طويلا أمام هذه الضغوط."
    assert _kinds(analyse, text) == ["prediction"]
    assert _items(analyse, text, "prediction") == ["لا شك"]


@pytest.mark.parametrize("text", ["يخطئ من يظن أن الأزمة انتهت.", "وواهم من يعتقد أن الحصار كسر إرادة الناس."])
def test_op_ed_formulas_are_opinions(analyse: Analyse, text: str) -> None:
    assert _kinds(analyse, text) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("ويعرقل الجار الشرقي حل النزاع المفتعل منذ عقود.", "النزاع المفتعل"),
        ("وتتوالى الاعترافات الدولية بمغربية الصحراء.", "مغربية الصحراء"),
        ("واقتحم مستعمرون أطراف القرية فجرا.", "مستعمرون"),
        ("وتصدى مجاهدو الكتائب لقوة متوغلة.", "مجاهدو"),
    ],
)
def test_regional_loaded_terms(analyse: Analyse, text: str, term: str) -> None:
    assert term in _items(analyse, text, "loaded_term")


def test_crime_of_genocide_is_one_term(analyse: Analyse) -> None:
    text = "ووصف التقرير ما جرى بأنه جريمة إبادة جماعية."
    assert [t for t in _items(analyse, text, "loaded_term") if "جريمة" in t] == ["جريمة إبادة جماعية"]
