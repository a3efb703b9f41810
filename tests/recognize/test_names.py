"""Name rules of the entity recogniser (our own sentences)."""

from __future__ import annotations

from marsad import analyze


def test_a_definite_head_needs_an_adjective_not_a_noun() -> None:
    # أدانت المفوضية | الهجوم: the attack is the object, not part of a name
    found = [(e.text, e.type) for e in analyze("أدانت المفوضية الهجوم على الثكنة.").entities]
    assert not any("الهجوم" in text for text, _ in found)
    assert ("المجلس العسكري الانتقالي", "GOV") in [
        (e.text, e.type) for e in analyze("أعلن المجلس العسكري الانتقالي حظر التجول.").entities
    ]


def test_an_accusative_object_after_a_title_is_no_name() -> None:
    assert not analyze("أصدر الرئيس قرارا بالعفو عن خمسة معتقلين.").entities
