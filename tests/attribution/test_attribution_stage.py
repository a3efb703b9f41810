"""The attribution stage: sources, kinds, chains, outlet lists, content spans."""

from __future__ import annotations

import pytest
from conftest import Analyse
from hypothesis import given, settings
from hypothesis import strategies as st


def _one(analyse: Analyse, text: str) -> tuple[str, str, str, bool]:
    doc = analyse(text)
    assert len(doc.attributions) == 1, doc.attributions
    a = doc.attributions[0]
    return a.source.text, a.source_kind, text[a.content.start : a.content.end], a.direct_quote


@pytest.mark.parametrize(
    ("text", "source", "kind", "content"),
    [
        ("قال وزير الدفاع لويد أوستن في بيان إن القوات ستبقى في العراق.",
         "وزير الدفاع لويد أوستن", "person", "القوات ستبقى في العراق"),
        ("أكد مصدر أمني أن الانفجار نجم عن عطل فني.", "مصدر أمني", "anonymous", "الانفجار نجم عن عطل فني"),
        ("وقالت مصادر مطلعة إن الوفد غادر العاصمة.", "مصادر مطلعة", "anonymous", "الوفد غادر العاصمة"),
        ("ويرى محللون أن الأسعار ستواصل الارتفاع.", "محللون", "collective", "الأسعار ستواصل الارتفاع"),
        ("وأفادت وكالة الأناضول بأن الجسر أغلق أمام السيارات.", "وكالة الأناضول", "media", "الجسر أغلق أمام السيارات"),
        ("الوزارة أكدت أن المدارس ستفتح الأحد.", "الوزارة", "organization", "المدارس ستفتح الأحد"),
        ("وأغلقت المدارس يوم الأحد، بحسب وزارة التربية.", "وزارة التربية", "organization", "وأغلقت المدارس يوم الأحد"),
        ("وفقا لوزارة الصحة، ارتفع عدد الإصابات إلى مئة.", "وزارة الصحة", "organization", "ارتفع عدد الإصابات إلى مئة"),
        ("السوق لن تتعافى قبل الصيف يؤكد خبراء.", "خبراء", "collective", "السوق لن تتعافى قبل الصيف"),
    ],
)
def test_attribution_source_kind_and_content(
    analyse: Analyse, text: str, source: str, kind: str, content: str
) -> None:
    assert _one(analyse, text)[:3] == (source, kind, content)


def test_attribution_direct_quote_after_cue(analyse: Analyse) -> None:
    text = "وقال المتحدث: «لن نتراجع عن موقفنا». وانتهى المؤتمر."
    assert _one(analyse, text) == ("المتحدث", "person", "لن نتراجع عن موقفنا", True)


def test_attribution_quote_before_cue(analyse: Analyse) -> None:
    text = "«الوضع تحت السيطرة»، قال ضابط في الشرطة للصحفيين."
    source, _, content, direct = _one(analyse, text)
    assert source.startswith("ضابط") and content == "الوضع تحت السيطرة" and direct


def test_attribution_multi_sentence_quote_followed(analyse: Analyse) -> None:
    text = "وقال الوزير: «الطريق مغلق.\nلن يفتح قبل أسبوع». ثم غادر القاعة."
    doc = analyse(text)
    a = doc.attributions[0]
    assert text[a.content.start : a.content.end] == "الطريق مغلق.\nلن يفتح قبل أسبوع"
    assert [s.kind for s in doc.sentences][:2] == ["attributed", "attributed"]


def test_attribution_chain_keeps_both_links(analyse: Analyse) -> None:
    doc = analyse("نقلت رويترز عن مصدر أمني قوله إن الهجوم وقع ليلا.")
    outer, inner = doc.attributions
    assert (outer.source.text, outer.source_kind, outer.via) == ("رويترز", "media", None)
    assert (inner.source.text, inner.source_kind, inner.via) == ("مصدر أمني", "anonymous", outer.id)
    assert inner.cue.text == "قوله" and inner.content == outer.content


def test_attribution_outlet_list_one_per_outlet(analyse: Analyse) -> None:
    text = "ونشرت وسائل إعلام غربية بينها صحيفة الغارديان وموقع أكسيوس تقارير عن خطة جديدة."
    doc = analyse(text)
    assert [a.source.text for a in doc.attributions] == ["صحيفة الغارديان", "موقع أكسيوس"]
    assert {a.cue.start for a in doc.attributions} == {text.index("ونشرت")}
    assert all(a.source_kind == "media" for a in doc.attributions)


def test_attribution_continued_speaker(analyse: Analyse) -> None:
    doc = analyse("قال رئيس البلدية إن المياه عادت. وأضاف أن الكهرباء ستعود غدا.")
    first, second = doc.attributions
    assert second.source == first.source and second.sentence == 1


def test_attribution_negated_cue_is_not_a_claim(analyse: Analyse) -> None:
    assert analyse("ولم يكشف المصدر عن تفاصيل الاتفاق.").attributions == []


def test_attribution_entity_refines_source(analyse: Analyse) -> None:
    text = "قال المسؤول الأمريكي جون كيربي إن المحادثات مستمرة."
    doc = analyse(text, [("جون كيربي", "PERSON")])
    a = doc.attributions[0]
    assert a.source_kind == "person" and a.source.entity == "e1" and a.source.name_en == "name1"


def test_attribution_impersonal_passive_is_outlet_voice(analyse: Analyse) -> None:
    assert analyse("ويشار إلى أن الطريق أغلق منذ أسبوع.").attributions == []


WORDS = ["قال", "الوزير", "إن", "«", "»", "بحسب", "مصدر", "،", "أن", "الجيش", "وأضاف", "نقلت", "عن", "قوله", "."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_attribution_spans_are_evidence(analyse: Analyse, words: list[str]) -> None:
    text = " ".join(words)
    doc = analyse(text)
    for a in doc.attributions:
        assert text[a.source.start : a.source.end] == a.source.text
        assert text[a.cue.start : a.cue.end] == a.cue.text
        assert 0 <= a.content.start <= a.content.end <= len(text)
    for f in doc.framing:
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وقال الرئيس للصحفيين في القصر إن الاتفاق قريب.", "الرئيس"),
        ("وصرح وزير المالية لقناة العربية بأن العجز تراجع.", "وزير المالية"),
    ],
)
def test_attribution_addressee_not_in_source(analyse: Analyse, text: str, source: str) -> None:
    assert _one(analyse, text)[0] == source


def test_attribution_parenthetical_relay(analyse: Analyse) -> None:
    doc = analyse("وأشارت الوكالة، نقلا عن مصادر في الشرطة، إلى أن المشتبه به اعتقل.")
    outer, inner = doc.attributions
    assert (outer.source.text, inner.source.text, inner.via) == ("الوكالة", "مصادر في الشرطة", outer.id)


def test_a_subjectless_cue_opening_a_sentence_takes_the_person_named_before(analyse: Analyse) -> None:
    text = "استقبل الوزير أحمد سالم وفدا من النقابة. وقال في تصريح صحفي: «نحن منفتحون على الحوار»."
    doc = analyse(text, entities=[("أحمد سالم", "PERSON")])
    assert [(a.source.text, a.source_kind, a.direct_quote) for a in doc.attributions] == [("الوزير أحمد سالم", "person", True)]


def test_a_subjectless_cue_names_no_one_after_a_sentence_without_a_person(analyse: Analyse) -> None:
    assert analyse("ارتفعت الأسعار في الأسواق. وقال في تصريح صحفي: «الوضع صعب».").attributions == []
