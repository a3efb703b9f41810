"""The framing stage: loaded terms and their voice, distancing, evaluative words,
predictions, unsourced claims and sentence kinds."""

from __future__ import annotations

import pytest
from conftest import Analyse


def _items(analyse: Analyse, text: str, kind: str) -> list[tuple[str, str]]:
    return [(f.text, f.voice) for f in analyse(text).framing if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("اقتحمت قوات الاحتلال بلدة في الضفة.", "قوات الاحتلال"),
        ("وقصف العدو الصهيوني مواقع في الجنوب.", "العدو الصهيوني"),
        ("وتقدمت قوات النظام السوري نحو البلدة.", "قوات النظام"),
        ("وهاجمت ميليشيا الحوثي سفينة تجارية.", "ميليشيا الحوثي"),
        ("وسقط ثلاثة شهداء في القصف.", "شهداء"),
        ("وقتل الجنود إرهابيا في الاشتباك.", "إرهابيا"),
        ("وتحدث البيان عن عمليات للاحتلال في المدينة.", "لاحتلال"),
    ],
)
def test_framing_loaded_term_in_outlet_voice(analyse: Analyse, text: str, term: str) -> None:
    assert (term, "outlet") in _items(analyse, text, "loaded_term")


def test_framing_loaded_term_note_has_neutral_and_side(analyse: Analyse) -> None:
    item = next(f for f in analyse("وانسحبت قوات الاحتلال الأمريكي من القاعدة.").framing)
    assert item.text == "قوات الاحتلال الأمريكي"
    assert item.neutral == "القوات الأمريكية" and "resistance_axis" in (item.note or "")


def test_framing_quoted_term_credited_to_speaker(analyse: Analyse) -> None:
    doc = analyse("وقال القيادي: «الكيان الصهيوني إلى زوال». وانتهى اللقاء.")
    item = next(f for f in doc.framing if f.kind == "loaded_term")
    assert item.voice == "quoted" and item.attribution == doc.attributions[0].id
    assert "not the outlet" in (item.note or "")


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("ودخلت القوات البلدة بذريعة ملاحقة المسلحين.", "بذريعة"),
        ("وخصصت الوزارة المبلغ لمكافحة الإرهاب وفق زعمها.", "وفق زعمها"),
        ("وأعلن ما يسمى بالمجلس العسكري حل الحكومة.", "ما يسمى"),
        ("وكرر روايته المزعومة عن الهجوم.", "المزعومة"),
    ],
)
def test_framing_distancing_markers(analyse: Analyse, text: str, marker: str) -> None:
    assert (marker, "outlet") in _items(analyse, text, "distancing")


def test_framing_scare_quotes_suppress_loaded_term(analyse: Analyse) -> None:
    text = "وعاد «المخربون» إلى الشوارع مساء الأحد."
    assert ("«المخربون»", "outlet") in _items(analyse, text, "distancing")
    assert _items(analyse, text, "loaded_term") == []


def test_framing_term_quoted_after_describing_cue_is_the_sources(analyse: Analyse) -> None:
    text = "ووصفت السلطات المحتجين بأنهم «مخربون» في بيانها."
    assert _items(analyse, text, "loaded_term") == [("مخربون", "quoted")]
    assert _items(analyse, text, "distancing") == []


def test_framing_evaluative_voice_is_the_outlets_or_the_quoted_sources(analyse: Analyse) -> None:
    assert ("وحشيا", "outlet") in _items(analyse, "وشن الجيش هجوما وحشيا على القرية.", "evaluative")
    assert _items(analyse, "وقال الشيخ: «إنه هجوم وحشي». ثم صمت.", "evaluative") == [("وحشي", "quoted")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقتل خمسة أشخاص في انفجار بالسوق.", "report"),
        ("وقالت الشرطة إن خمسة أشخاص قتلوا.", "attributed"),
        ("هل تنجح المبادرة الجديدة؟", "question"),
        ("يبدو أن المبادرة ولدت ميتة.", "opinion"),
        ("وستخرج القوات الأجنبية بالقوة عاجلا أم آجلا.", "prediction"),
        ("وسيزور الوزير القاهرة الأسبوع المقبل.", "report"),
        ("ومن المتوقع أن ترتفع الأسعار.", "report"),
        ("وعقد الوزيران محادثات استمرت ساعتين.", "report"),
    ],
)
def test_framing_sentence_kinds(analyse: Analyse, text: str, kind: str) -> None:
    assert analyse(text).sentences[0].kind == kind


def test_framing_prediction_item(analyse: Analyse) -> None:
    assert ("عاجلا أم آجلا", "outlet") in _items(analyse, "وسترحل عاجلا أم آجلا.", "prediction")


def test_framing_unsourced_claim_only_without_source(analyse: Analyse) -> None:
    assert _items(analyse, "وتخطط الحكومة سرا لرفع الضرائب.", "unsourced_claim")
    assert not _items(analyse, "وقال مسؤول إن الحكومة تخطط لرفع الضرائب.", "unsourced_claim")


def test_framing_loaded_term_inside_organisation_name_skipped(analyse: Analyse) -> None:
    text = "وتبنت كتائب شهداء الأقصى الهجوم."
    assert _items(analyse, text, "loaded_term")
    assert _items(analyse, text, "loaded_term") != [] and not [
        f for f in analyse(text, [("كتائب شهداء الأقصى", "ARMED_GROUP")]).framing if f.kind == "loaded_term"
    ]
