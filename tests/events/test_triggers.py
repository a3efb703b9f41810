"""Trigger detection: inflections, clitics, multi-word and light-verb triggers, merging."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import marsad
from marsad.document import Document

Coder = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("شنت الطائرات الحربية غارات على مواقع المسلحين.", "ASSAULT", "aerial"),
        ("استُهدفت القاعدة بصاروخين مساء أمس.", "ASSAULT", "missile"),
        ("أطلق مسلحون النار على حافلة للركاب.", "ASSAULT", "firearms"),
        ("لقي ثلاثة جنود حتفهم في انفجار عبوة ناسفة.", "ASSAULT", "bombing"),
        ("نفذ مقاتلو الجماعة عملية ضد موقع للجيش.", "ASSAULT", None),
        ("تظاهر المئات في الساحة الرئيسية.", "PROTEST", "demonstration"),
        ("اعتصم العمال أمام مقر الشركة.", "PROTEST", "sit-in"),
        ("أعلن الأطباء الإضراب عن العمل.", "PROTEST", "strike"),
        ("اعتقلت الشرطة ثلاثة مشتبه بهم.", "COERCE", "arrest"),
        ("أرسلت الحكومة تعزيزات عسكرية إلى الحدود.", "MOBILIZE", "reinforcement"),
        ("سحبت الدولة قواتها من المنطقة العازلة.", "RETREAT", "withdrawal"),
        ("زار الوزير العاصمة الليبية.", "CONSULT", "visit"),
        ("فرضت الحكومة عقوبات على المصارف.", "SANCTION", "sanctions"),
    ],
)
def test_trigger_type_and_mode(code: Coder, text: str, type_: str, mode: str | None) -> None:
    events = [e for e in code(text).events if e.type == type_]
    assert len(events) == 1
    assert events[0].mode == mode
    assert (
        code(text).text[events[0].trigger.start : events[0].trigger.end] == events[0].trigger.text
    )


def test_triggers_of_one_act_merge(code: Coder) -> None:
    doc = code("شن المسلحون هجوما بطائرة مسيرة استهدف مطار المدينة.")
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].mode == "drone"
    assert not [e for e in doc.events if e.type == "PROTEST"]  # مسيرة is the drone here


def test_ministry_is_not_a_visit(code: Coder) -> None:
    assert not code("قالت وزارة الصحة إن الوضع مستقر.").events


def test_no_event_in_plain_text(code: Coder) -> None:
    assert not code("ارتفعت درجات الحرارة في معظم المناطق اليوم.").events


def test_a_hospital_receiving_casualties_is_no_meeting(code: Coder) -> None:
    assert not [e for e in code("وقال الطبيب إن المستشفى استقبل ثمانية مدنيين مصابين.").events if e.type == "CONSULT"]
    assert not [e for e in code("واستقبلت مستشفيات المدينة عشرات الجرحى.").events if e.type == "CONSULT"]
    met = [e for e in code("استقبل الرئيس وفدا من التجار في القصر.").events if e.type == "CONSULT"]
    assert met and met[0].mode == "meeting"


def test_an_accusative_event_noun_is_not_a_dual_verb(code: Coder) -> None:
    (ev,) = [e for e in code("ورصد المراقبون قصفا مدفعيا على الأحياء.").events if e.type == "ASSAULT"]
    assert ev.actor is None or ev.actor.text != "ورصد المراقبون"
    (ev,) = [e for e in code("الطائرتان قصفتا المواقع ليلا.").events if e.type == "ASSAULT"]
    assert ev.actor is not None and ev.actor.text == "الطائرتان"


def test_protests_or_a_situation_that_erupt_are_no_explosion(code: Coder) -> None:
    assert [e.type for e in code("وانفجرت عدة مظاهرات في أنحاء المدينة.").events] == ["PROTEST"]
    assert not [e for e in code("وانفجر الوضع في الحي بعد الحادث.").events if e.mode == "bombing"]
    assert [e.mode for e in code("انفجرت عبوة ناسفة في السوق.").events] == ["bombing"]


def test_a_hospital_as_the_subject_before_the_verb_hosts_no_meeting(code: Coder) -> None:
    text = "وقالت المنظمة إن مستشفى المدينة الجنوبي استقبل خلال يومين أكثر من مئة جريح."
    assert not [e for e in code(text).events if e.type == "CONSULT"]
    met = [e for e in code("وصل الرئيس إلى المطار واستقبل الوفد الزائر.").events if e.type == "CONSULT"]
    assert met


def test_an_aside_between_commas_does_not_use_up_the_with_words_window() -> None:
    text = "وقعت وزارة الطاقة وشركة الكهرباء الوطنية، بعد مشاورات طويلة استمرت أشهرا في العاصمة، اتفاقا لتطوير الشبكة."
    assert "AGREE" in [e.type for e in marsad.analyze(text, published="2025-01-01").events]
