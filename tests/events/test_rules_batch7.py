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


def test_a_construct_chain_naming_a_body_is_one_actor() -> None:
    assert _events("أعلنت قيادة شرطة ذي قار اعتقال خمسة مطلوبين.")[0][2] == "قيادة شرطة ذي قار"


def test_a_noun_after_an_indefinite_subject_and_its_adjective_is_the_object() -> None:
    assert _events("استهدفت طائرة مسيرة شاحنة وقود قرب الحدود.")[0][1:] == ("drone", "طائرة مسيرة", "شاحنة")


def test_relational_adjectives_and_participles_still_extend_the_subject() -> None:
    events = _events("قصفت طائرات حربية روسية قرى في ريف إدلب.")
    assert events[0][2] == "طائرات حربية روسية"


def test_the_with_word_of_a_spreading_out_is_its_subject() -> None:
    assert _events("انتشرت وحدات من الجيش في شوارع المدينة.")[0][:3] == ("MOBILIZE", "deployment", "وحدات من الجيش")


def test_a_visit_in_an_adjunct_is_the_main_subjects_to_the_destination() -> None:
    assert _events("وصل رئيس الوزراء العراقي إلى عمّان مساء الأحد في زيارة رسمية.")[0] == (
        "CONSULT", "visit", "رئيس الوزراء العراقي", "عمّان"
    )
    assert _events("الرئيس التركي في زيارة مفاجئة إلى طرابلس")[0][2:] == ("الرئيس التركي", "طرابلس")


def test_the_group_a_victim_belongs_to_is_not_the_attacker() -> None:
    assert _events("قتل عنصر في جماعة الحوثي بغارة جوية قرب صعدة.")[0][2] is None


def test_a_threat_targets_what_the_threatened_act_is_done_to() -> None:
    assert _events("هددت الجماعة باستهداف ناقلات النفط في البحر الأحمر.")[0][3] == "ناقلات النفط"


def test_a_threat_of_no_act_takes_no_target_from_it() -> None:
    events = _events("تلقت السفارة تهديدات بوجود قنبلة في المبنى.")
    assert [e[3] for e in events if e[0] == "THREATEN"] == ["السفارة"]  # the one who received them


def test_a_definite_word_after_an_indefinite_adjective_starts_the_object() -> None:
    assert _events("قصفت طائرة حربية المطار العسكري شرق المدينة.")[0][2:] == ("طائرة حربية", "المطار العسكري")


def test_a_body_named_after_a_place_is_not_named_as_the_place() -> None:
    result = marsad.analyze("أعلنت قيادة شرطة البصرة اعتقال خمسة مطلوبين.", published="2025-03-02")
    actor = result.events[0].actor
    assert actor is not None and actor.text == "قيادة شرطة البصرة" and actor.name_en is None


def test_a_blockade_imposed_is_no_sanction() -> None:
    assert [e[0] for e in _events("تواصل الميليشيا فرض حصار على البلدة منذ شهرين.")] == ["COERCE"]


def test_an_event_noun_joined_to_a_ministers_portfolio_is_no_act() -> None:
    events = _events("استقبل وزير الشؤون الخارجية والتعاون الدولي سفير اليابان.")
    assert "COOPERATE" not in [e[0] for e in events]


def test_a_minister_of_a_country_keeps_its_governments_name() -> None:
    result = marsad.analyze("التقى وزير خارجية فرنسا نظيره الأردني.", published="2025-03-02")
    assert result.events[0].actor is not None and result.events[0].actor.name_en == "Government of France"
