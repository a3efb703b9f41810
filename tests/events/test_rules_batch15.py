"""Rules of the thirteenth session (noun phrases of bodies' names, relational adjectives
after broken plurals), on our own sentences."""

from __future__ import annotations

import pytest
from event_helpers import analysed, only


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        # a party adjective or a relational one agrees with the name's head, not with the
        # genitive it follows: it is the name's, and the object comes after it
        ("طالب حزب الأمة المعارض الحكومة بفتح تحقيق.", "REQUEST", "حزب الأمة المعارض", "الحكومة"),
        ("طالب حزب الأمة القومي الحكومة بالاستقالة.", "REQUEST", "حزب الأمة القومي", "الحكومة"),
        (
            "دعت حركة النهضة الإسلامية المعارضة أنصارها إلى التظاهر.",
            "REQUEST",
            "حركة النهضة الإسلامية المعارضة",
            "أنصارها",
        ),
        # a short relational adjective after a broken plural is its adjective
        ("هاجمت قبائل محلية مقر البلدية في المدينة.", "ASSAULT", "قبائل محلية", "مقر البلدية"),
        # a name in quotes right after the verb is its subject; the object follows the quote
        ("نفى «حزب الله» مسؤوليته عن الهجوم.", "REJECT", "حزب الله", None),
        ("اتهمت «حركة النهضة» الحكومة بالتقصير.", "ACCUSE", "حركة النهضة", "الحكومة"),
        # an indefinite head and the quoted name after it are one phrase
        ("اتهمت منظمة «أطباء بلا حدود» خفر السواحل بإعادة المهاجرين قسرا.", "ACCUSE", "منظمة «أطباء بلا حدود»", "خفر السواحل"),
        # a count or a title after a verbal noun's doing genitive is its object
        ("أدانت النقابة اعتقال قوات الأمن 20 صحفيا في المدينة.", "COERCE", "قوات الأمن", "20 صحفيا"),
        ("أدانت النقابة اعتقال قوات الأمن رئيس بلدية المدينة.", "COERCE", "قوات الأمن", "رئيس بلدية المدينة"),
        # a possessed call after a participle of state: its addressee, and the main subject
        ("أدانت المملكة الهجوم، مجددة دعوتها الأطراف السودانية إلى ضبط النفس.", "REQUEST", "المملكة", "الأطراف السودانية"),
    ],
)
def test_actor_and_target(text: str, type_: str, actor: str, target: str | None) -> None:
    event = only(text, type_)
    assert event.actor is not None and event.actor.text == actor
    assert (event.target.text if event.target else None) == target


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        # a participle of state takes the main subject, after the dateline
        ("الكويت - كونا: أعربت دولة الكويت عن رفضها للقرار، داعية الحكومة إلى احترام الاتفاقيات.", "REQUEST", "دولة الكويت"),
        # خاض is a light verb
        ("خاض العمال إضرابا مفتوحا عن العمل.", "PROTEST", "العمال"),
        # a plural participle of state takes the plural doers before it
        (
            "أعلنت المؤسسة حالة القوة القاهرة في الحقل، بعد أن أغلق محتجون صمامات الحقل، مطالبين الحكومة بتوفير فرص عمل.",
            "REQUEST",
            "محتجون",
        ),
    ],
)
def test_actor(text: str, type_: str, actor: str) -> None:
    event = only(text, type_)
    assert event.actor is not None and event.actor.text == actor


def test_a_prepositional_word_after_a_name_is_no_adjective() -> None:
    event = only("قصفت قوات الدعم السريع بالمدفعية الثقيلة أحياء سكنية في المدينة.", "ASSAULT")
    assert event.actor is not None and event.actor.text == "قوات الدعم السريع"


def test_a_counted_noun_is_no_verb() -> None:
    assert analysed("أعلنت الوزارة موعد الامتحانات بمشاركة أكثر من 300 ألف طالب وطالبة.") == []


def test_finishing_them_off_is_an_attack_a_court_sentence_is_not() -> None:
    assert [e.type for e in analysed("قال الجيش إن القوات قضت عليهم بغارة دقيقة.")] == ["ASSAULT"]
    assert "ASSAULT" not in [e.type for e in analysed("قضت المحكمة عليه بالسجن خمس سنوات.")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a threat's target is what the threatened act is done to, also through a light verb
        ("توعدت الجماعة بشن هجمات على القوات الحكومية في الشمال.", "القوات الحكومية"),
        ("هدد الوزير بشن ضربات على مخابئ المسلحين.", "مخابئ المسلحين"),
        ("هدد قائد الميليشيا باجتياح مدينة الأبيض خلال الأيام المقبلة.", "مدينة الأبيض"),
    ],
)
def test_a_threat_targets_what_the_threatened_act_is_done_to(text: str, target: str) -> None:
    event = only(text, "THREATEN")
    assert event.target is not None and event.target.text == target


def test_an_incursion_is_a_raid() -> None:
    event = only("توغلت قوة إسرائيلية صباح اليوم في قرية حدودية.", "COERCE")
    assert event.mode == "raid"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a house, bus or place of worship an attack with casualties struck is its target
        ("قتل سبعة من عناصر الشرطة في تفجير عبوة ناسفة استهدف حافلة كانت تقلهم.", "حافلة"),
        ("قتل 18 شخصا في غارة جوية على دير كان يؤوي نازحين.", "دير"),
        ("استشهد ثلاثة مواطنين وأصيب آخرون جراء قصف مدفعي استهدف منزلا في البلدة.", "منزلا"),
    ],
)
def test_a_struck_building_or_vehicle_is_the_target_of_a_toll(text: str, target: str) -> None:
    event = next(e for e in analysed(text) if e.type == "ASSAULT")
    assert event.target is not None and event.target.text.startswith(target)


def test_an_opening_verb_has_its_subject_after_its_adjuncts() -> None:
    text = "وصل إلى الرياض، مساء اليوم، رئيس الوزراء العراقي في زيارة رسمية للمملكة."
    event = only(text, "CONSULT")
    assert event.actor is not None and event.actor.text.startswith("رئيس الوزراء العراقي")
    assert event.target is not None and event.target.text == "الرياض"


def test_a_case_names_a_past_act_not_an_event() -> None:
    types = [e.type for e in analysed("أصدر المحقق العدلي في قضية انفجار المرفأ مذكرة توقيف بحق وزير سابق.")]
    assert "ASSAULT" not in types


def test_a_chain_of_verbs_keeps_its_first_subject() -> None:
    text = "اقتحمت قوات الاحتلال بلدة قباطية، وداهمت عدة منازل وفتشتها، واعتقلت خمسة مواطنين."
    event = next(e for e in analysed(text) if e.mode == "arrest")
    assert event.actor is not None and event.actor.text == "قوات الاحتلال"


def test_a_light_verb_does_not_stand_for_a_companion_another_genitive_replaces() -> None:
    assert analysed("جرى خلال الاتصال تبادل الأحاديث الودية واستعراض المستجدات.") == []
    assert [e.type for e in analysed("نفذت القوات عملية عسكرية في المنطقة.")] == ["ASSAULT"]


def test_the_owner_of_a_voiced_stance_is_its_actor() -> None:
    event = only("أعربت وزارة الخارجية عن ترحيب المملكة العربية السعودية بالاتفاق الجديد.", "SUPPORT")
    assert event.actor is not None and event.actor.text == "المملكة العربية السعودية"
    assert event.factuality == "asserted"


def test_a_noun_beginning_with_ba_is_no_preposition() -> None:
    text = "أفرجت السلطات عن 12 ضابطا، في خطوة رحبت بها البعثة واعتبرتها «بادرة لبناء الثقة»."
    assert only(text, "SUPPORT").target is None


def test_a_courtesy_kinship_word_before_an_honorific_is_no_party() -> None:
    text = "تلقى أمير البلاد اتصالا هاتفيا من أخيه فخامة الرئيس عبدالفتاح السيسي."
    event = only(text, "CONSULT")
    assert event.actor is not None and event.actor.text.startswith("فخامة الرئيس عبدالفتاح السيسي")


def test_a_brandishing_participle_is_a_threat() -> None:
    text = "أعلن العمال الدخول في إضراب مفتوح، ملوحين بإغلاق المواقع النفطية إذا لم تستجب الوزارة لمطالبهم."
    event = only(text, "THREATEN")
    assert event.mode == "ultimatum" and event.actor is not None and event.actor.text == "العمال"


def test_a_word_whose_root_begins_with_waw_is_no_conjunct() -> None:
    event = only("التقى الرئيس رئيس وزراء باكستان في القصر.", "CONSULT")
    assert event.target is not None and event.target.text == "رئيس وزراء باكستان"


def test_a_deportation_is_an_expulsion_keeping_danger_away_is_not() -> None:
    event = only("أبعدت السلطات عشرين مقيما إلى بلدانهم.", "COERCE")
    assert event.mode == "expulsion"
    assert analysed("يسعى الاتفاق إلى إبعاد شبح الحرب عن المنطقة.") == []


def test_protesters_acting_tell_their_protest_though_a_pronoun_resumes_them() -> None:
    text = "أحرق محتجون غاضبون إطارات السيارات وسط المدينة، فيما أطلقت الشرطة الرصاص في الهواء لتفريقهم."
    assert sorted(e.type for e in analysed(text)) == ["ASSAULT", "PROTEST"]


def test_a_modes_adjective_is_no_patient() -> None:
    event = only("ردت القوات بقصف مدفعي على مصدر النيران.", "ASSAULT")
    assert event.target is None or event.target.text != "مدفعي"


def test_a_threat_with_no_one_threatening_is_a_danger() -> None:
    assert "THREATEN" not in [e.type for e in analysed("قال الوزير إن الاقتراب من الحدود شكل تهديدا فوريا للقوات.")]
    assert "THREATEN" not in [e.type for e in analysed("لن تنسحب القوات قبل القضاء على التهديدات الإرهابية.")]
    assert "THREATEN" in [e.type for e in analysed("هدد الوزير المسلحين برد قاس.")]


def test_asylum_seekers_demand_nothing() -> None:
    assert "REQUEST" not in [e.type for e in analysed("أعادت السلطات عشرات طالبي اللجوء إلى الحدود.")]


def test_a_leagues_top_match_is_no_summit() -> None:
    assert analysed("فاز النجم الساحلي على الترجي بهدفين في قمة الجولة العاشرة من الدوري.") == []
    assert [e.type for e in analysed("انطلقت في الرياض أعمال قمة مجلس التعاون الخليجي.")] == ["CONSULT"]


def test_systems_are_no_light_verb() -> None:
    text = "قال مسؤول إن هجوما سيبرانيا استهدف، فجر اليوم، أنظمة الدفع الإلكتروني في محطات الوقود."
    event = only(text, "ASSAULT")
    assert event.target is not None and event.target.text.startswith("أنظمة الدفع")
