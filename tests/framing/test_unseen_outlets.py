"""Framing on outlets outside the tuning set: possessive forms, neutral names holding a
loaded word, descriptive entity spans, partial quotes, opinion openings and lexicon
entries from several camps."""

from __future__ import annotations

import pytest
from conftest import Analyse


def _items(analyse: Analyse, text: str, kind: str, entities: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [(f.text, f.voice) for f in analyse(text, entities).framing if f.kind == kind]


def test_one_word_term_with_a_possessive(analyse: Analyse) -> None:
    assert ("جرائمها", "outlet") in _items(analyse, "وتواصل الميليشيا جرائمها في القرى.", "loaded_term")


def test_ta_marbuta_is_not_a_possessive(analyse: Analyse) -> None:
    terms = _items(analyse, "وتقع مستوطنة جديدة قرب الطريق.", "loaded_term")
    assert all(t != "مستوطنة" for t, _ in terms)


@pytest.mark.parametrize("text", ["وطالبت لجان المقاومة في الحي بفتح الطرق.", "وتراجعت معدلات الجريمة هذا العام."])
def test_neutral_names_holding_a_loaded_word(analyse: Analyse, text: str) -> None:
    assert _items(analyse, text, "loaded_term") == []


def test_descriptive_entity_keeps_the_term(analyse: Analyse) -> None:
    text = "وقصفت ميليشيات الأسد الطائفية بلدات الريف."
    terms = _items(analyse, text, "loaded_term", (("ميليشيات الأسد الطائفية", "ARMED_GROUP"),))
    assert terms and terms[0][0].startswith("ميليشيات")


def test_term_inside_a_name_is_not_flagged(analyse: Analyse) -> None:
    text = "وتبنت سرايا الشهداء المستقلة الهجوم."
    assert _items(analyse, text, "loaded_term", (("سرايا الشهداء المستقلة", "ARMED_GROUP"),)) == []


def test_guillemets_inside_reported_content_are_the_source_words(analyse: Analyse) -> None:
    text = "وعلقت الحركة بأن القرار «غطاء لمواصلة المجازر» بحق المدنيين."
    assert ("المجازر", "quoted") in _items(analyse, text, "loaded_term")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("إن ما يجري في الأسواق فوضى لا تحتمل.", "opinion"),
        ("لقد أضاعت الحكومة فرصة ثمينة.", "opinion"),
        ("ليس سرا أن الموازنة تعاني عجزا كبيرا.", "opinion"),
        ("ومن المتوقع أن تنخفض الأسعار.", "report"),
        ("وتقع سنجة على ضفاف النيل الأزرق.", "report"),
    ],
)
def test_sentence_kinds_of_unseen_styles(analyse: Analyse, text: str, kind: str) -> None:
    assert analyse(text).sentences[0].kind == kind


@pytest.mark.parametrize(
    ("term", "neutral"),
    [
        ("الخليج الفارسي", "الخليج"),
        ("الخليج العربي", "الخليج"),
        ("المخزن", "السلطات المغربية"),
        ("الصحراء المغربية", "الصحراء الغربية"),
        ("الحكومة المقالة", "حكومة حماس في غزة"),
        ("ميليشيا الجنجويد", "قوات الدعم السريع"),
        ("المخطوف", "الرهائن"),
    ],
)
def test_loaded_terms_from_several_camps_have_neutral_wording(analyse: Analyse, term: str, neutral: str) -> None:
    items = [f for f in analyse(f"وتحدث التقرير عن {term} مطولا.").framing if f.kind == "loaded_term"]
    assert [(f.text, f.neutral) for f in items] == [(term, neutral)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ولم يتخل النظام يوما عن أوهامه القديمة.", "أوهامه"),
        ("وتكشف الخطة عن نزعة توسعية واضحة.", "توسعية"),
        ("وتقدم المقاتلون الأشاوس نحو التلال.", "الأشاوس"),
    ],
)
def test_evaluative_families_of_partisan_columns(analyse: Analyse, text: str, word: str) -> None:
    assert (word, "outlet") in _items(analyse, text, "evaluative")


def test_evaluative_words_are_not_read_inside_names(analyse: Analyse) -> None:
    assert _items(analyse, "واستقبل الوزير عبد المجيد السفير.", "evaluative") == []
    assert ("الحثيثة", "outlet") in _items(analyse, "وتواصل الحكومة جهودها الحثيثة.", "evaluative")



@pytest.mark.parametrize(
    "text",
    [
        "ويأتي ذلك في إطار سياسة التضييق على الصحافة.",
        "وتؤكد هذه الأرقام أن الإصلاحات فشلت.",
        "الجواب بسيط: غياب الإرادة.",
    ],
)
def test_the_outlet_framing_an_event_is_opinion(analyse: Analyse, text: str) -> None:
    assert analyse(text).sentences[0].kind == "opinion"


def test_a_background_sentence_without_a_frame_stays_a_report(analyse: Analyse) -> None:
    assert analyse("ويأتي التصعيد بعد أسبوع من الهدوء.").sentences[0].kind == "report"


def test_a_quoted_outlet_name_is_not_a_scare_quote(analyse: Analyse) -> None:
    assert _items(analyse, "وقال مسؤول لـ«الشروق» إن الاجتماع تأجل.", "distancing") == []
    assert _items(analyse, "وأفادت صحيفة «الأخبار» بأن الاجتماع تأجل.", "distancing") == []


def test_a_word_that_only_looks_like_clitic_plus_marker_is_not_flagged(analyse: Analyse) -> None:
    assert _items(analyse, "وتتهم أطراف سنية الحكومة بالتقصير.", "unsourced_claim") == []


def test_a_bare_pretext_word_is_distancing(analyse: Analyse) -> None:
    assert ("ذريعة", "outlet") in _items(analyse, "وما هذه الاتهامات إلا ذريعة للتصعيد.", "distancing")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("سيكون على الحكومة المقبلة أن تواجه ديونا ثقيلة.", "prediction"),
        ("وسيزور الوفد العاصمة الأسبوع المقبل.", "report"),
        ("والأرجح أن الطرفين يستعدان لجولة جديدة.", "opinion"),
    ],
)
def test_schedules_need_a_time_noun(analyse: Analyse, text: str, kind: str) -> None:
    assert analyse(text).sentences[0].kind == kind
