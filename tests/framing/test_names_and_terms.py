"""Loaded terms inside and at the start of names, likelihood markers (own example sentences)."""

from __future__ import annotations

from conftest import Analyse

from marsad.document import Document
from marsad.model import Entity
from marsad.registry import get
from marsad.resources import Resources


def _loaded(doc: Document) -> list[str]:
    return [f.text for f in doc.framing if f.kind == "loaded_term"]


def test_a_term_inside_a_name_split_in_two_entities_is_not_flagged(analyse: Analyse) -> None:
    text = "ونقل الجرحى إلى مستشفى شهداء النصر في المدينة."
    doc = analyse(text, [("مستشفى شهداء", "ORG"), ("النصر", "FACILITY")])
    assert "شهداء" not in _loaded(doc)


def test_a_known_name_opening_with_a_term_keeps_the_term() -> None:
    text = "وداهمت قوات الاحتلال الإسرائيلي بلدة في ريف نابلس."
    res = Resources()
    stages = [get(n).factory(res) for n in ("marsad.sentences.v1", "marsad.attribution.v1", "marsad.framing.v1")]
    doc = Document(text=text, id="t")
    stages[0](doc)
    start = text.index("قوات")
    end = start + len("قوات الاحتلال الإسرائيلي")
    doc.entities.append(Entity(id="e1", text=text[start:end], start=start, end=end, sentence=0, type="GOV", kb_id="Q1"))
    for stage in stages[1:]:
        stage(doc)
    assert any(t.startswith("قوات الاحتلال") for t in _loaded(doc))


def test_the_outlets_odds_on_an_outcome_make_a_prediction(analyse: Analyse) -> None:
    doc = analyse("ومن غير المرجح أن يقر البرلمان الموازنة قبل الصيف.")
    assert doc.sentences[0].kind == "prediction"
    assert [f.text for f in doc.framing if f.kind == "prediction"] == ["من غير المرجح"]
    assert analyse("ومن المرجح أن يرتفع سعر الخبز مطلع الأسبوع المقبل.").sentences[0].kind == "report"


def test_a_future_verb_in_an_embedded_question_is_no_prediction(analyse: Analyse) -> None:
    doc = analyse("وسئل المتحدث عما إذا كانت الشركة ستغلق فرعها في المدينة.")
    assert doc.sentences[0].kind == "report"
    assert [f for f in doc.framing if f.kind == "prediction"] == []


def test_a_bare_hostile_adjective_is_not_a_loaded_term(analyse: Analyse) -> None:
    assert _loaded(analyse("وأكد القائد أن قواته سترد على أي تصرف معاد في المنطقة.")) == []
    assert _loaded(analyse("وحلقت طائرات معادية فوق القرى الحدودية.")) == ["معادية"]


def test_an_expected_outcome_is_a_prediction_unless_dated(analyse: Analyse) -> None:
    assert analyse("ومن المنتظر أن يناقش البرلمان القانون في دورته المقبلة.").sentences[0].kind == "prediction"
    assert analyse("ومن المنتظر أن يناقش البرلمان القانون الشهر المقبل.").sentences[0].kind == "report"


def test_corrupt_lobbies_is_a_loaded_term(analyse: Analyse) -> None:
    assert _loaded(analyse("وتتحكم اللوبيات الفاسدة في مسالك توزيع الحليب.")) == ["اللوبيات الفاسدة"]


def test_terms_around_a_name_are_one_loaded_phrase(analyse: Analyse) -> None:
    doc = analyse("وطاردت القوات فلول عصابات داعش الإرهابية في الصحراء.", [("داعش", "ARMED_GROUP")])
    assert "عصابات داعش الإرهابية" in _loaded(doc)


def test_a_militia_noun_with_its_qualifier_is_one_loaded_phrase(analyse: Analyse) -> None:
    assert _loaded(analyse("وتسيطر الميليشيات الانقلابية على الميناء منذ أشهر.")) == ["الميليشيات الانقلابية"]


def test_a_phrase_every_side_uses_is_not_loaded(analyse: Analyse) -> None:
    assert _loaded(analyse("وتعهدت الحكومة بحصر السلاح المنفلت خلال عام.")) == []


def test_an_expected_outcome_with_a_date_is_a_plan() -> None:
    from marsad.pipeline import Pipeline

    doc = Pipeline().analyze("ومن المنتظر أن يصل الوفد إلى العاصمة بعد أسبوعين.")
    assert doc.sentences[0].kind == "report"
