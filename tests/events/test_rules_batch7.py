"""Rules read from the seventh blind batch (our own sentences, not the batch's)."""

from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    result = marsad.analyze(text, published="2025-03-02")
    return [(e.type, e.mode, e.actor.text if e.actor else None, e.target.text if e.target else None) for e in result.events]


def test_talks_on_the_telephone_are_a_call() -> None:
    assert _events("أجرى وزير الخارجية التونسي أمس مباحثات هاتفية مع نظيره الإيطالي.") == [
        ("CONSULT", "call", "وزير الخارجية التونسي", "نظيره الإيطالي")
    ]


def test_a_feminine_past_verb_after_a_title_is_no_name() -> None:
    result = marsad.analyze("التقى الوزير نظيره الفرنسي استعرضت المحادثات الملفات.", published="2025-03-02")
    assert all(e.type != "PERSON" for e in result.entities)


def test_verbs_with_an_object_pronoun_share_the_first_verbs_subject_and_object() -> None:
    events = _events("انتقدت النقابة الوزارة واتهمتها بالمماطلة، ودعتها إلى فتح حوار جاد.")
    assert ("ACCUSE", "accuse", "النقابة", "الوزارة") in events
    assert ("REQUEST", "appeal", "النقابة", "الوزارة") in events


def test_a_pronoun_verb_with_its_own_subject_keeps_it() -> None:
    events = _events("دعا البرلمان الحكومة إلى الاستقالة، واتهمها النواب بالفساد.")
    assert ("ACCUSE", "accuse", "النواب", None) in events
