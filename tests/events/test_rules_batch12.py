"""Rules from the ninth session's blind batch (fresh16: Maghreb, Lebanese, Jordanian,
Yemeni, Sudanese and UN styles), on our own sentences."""

from __future__ import annotations

import pytest
from event_helpers import analysed, only

import marsad


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قُتل سبعة مدنيين في غارة نفذها الطيران الحربي التابع للجيش على سوق البلدة.", "الطيران الحربي التابع للجيش"),
        ("هاجمت الفصائل الموالية للحكومة مواقع المعارضة قرب المدينة.", "الفصائل الموالية للحكومة"),
    ],
)
def test_a_definite_tabi_adjective_keeps_its_owner(text: str, actor: str) -> None:
    event = only(text, "ASSAULT")
    assert event.actor is not None and event.actor.text == actor


def test_a_definite_adjective_that_governs_nothing_does_not_take_a_la_phrase() -> None:
    # العام لـ is "general of", not "belonging to": the phrase is not cut inside the quote.
    event = only("هدد الأمين العام لـ«الحركة الشعبية» خالد ناصر باستهداف القاعدة.", "THREATEN")
    assert event.actor is not None and event.actor.text == "الأمين العام"


def test_a_prep_light_verb_reaches_past_a_long_subject() -> None:
    text = "تمكنت عناصر الفرقة الجهوية للشرطة القضائية بولاية أمن مكناس، مساء الخميس، من توقيف أربعة أشخاص."
    event = only(text, "COERCE")
    assert event.mode == "arrest"
    assert event.actor is not None and event.actor.text.startswith("عناصر الفرقة")
    assert event.target is not None and event.target.text == "أربعة أشخاص"


def test_a_prep_light_verb_does_not_reach_through_another_preposition() -> None:
    # من belongs to تتمكن; قطع after عن is no act of the authorities.
    events = analysed("لم تتمكن الشرطة البلدية من تحديد هوية الجهة المسؤولة عن قطع الأشجار.")
    assert not [e for e in events if e.actor is not None and e.actor.text == "الشرطة البلدية"]


def test_dahama_is_a_raid_verb() -> None:
    event = only("دهمت وحدة من الجيش حي البساتين في المدينة فجر اليوم.", "COERCE")
    assert event.mode == "raid"
    assert event.target is not None and event.target.text == "حي البساتين"


def test_a_name_with_dahama_in_it_is_no_raid() -> None:
    assert not analysed("قال مدير المستشفى سليم الدهماني إن الوضع مستقر.")


def test_searching_for_someone_is_no_talks() -> None:
    events = analysed("انتشرت دوريات الشرطة في الأحياء بحثا عن السجناء الفارين.")
    assert "CONSULT" not in {e.type for e in events}


def test_discussing_with_a_counterpart_is_still_talks() -> None:
    event = only("بحث وزير الداخلية مع نظيره التونسي تأمين الحدود.", "CONSULT")
    assert event.mode == "talks"


def test_lifting_a_curfew_is_a_concession() -> None:
    event = only("قررت السلطات رفع حظر التجول عن المدينة بعد عودة الهدوء.", "CONCEDE")
    assert event.mode == "ease"
    assert event.actor is not None and event.actor.text == "السلطات"


@pytest.mark.parametrize(
    "text",
    [
        "نفى المتحدث باسم الوزارة إغلاق المعبر، واصفا ما نشرته المواقع بأنه «كذب».",
        "نفت الوزارة «جملة وتفصيلا» ما أوردته صحف أجنبية بشأن إغلاق المعبر.",
    ],
)
def test_a_denial_of_what_others_published_is_the_denier_s_own_act(text: str) -> None:
    # ما نشرته المواقع is what is denied: no report whose content is the denial itself.
    event = only(text, "REJECT")
    assert event.factuality == "asserted"


def test_according_to_what_an_agency_published_still_reports() -> None:
    event = only("قصفت المدفعية مواقع المسلحين، بحسب ما نقلته وكالة الأنباء الرسمية.", "ASSAULT")
    assert event.factuality == "reported"


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("أوقفت الشرطة شابين بتهمة السرقة والتهديد بالسلاح الأبيض.", "THREATEN"),
        ("أوقفت الدورية رجلا مطلوبا بموجب مذكرات توقيف بجرائم إطلاق نار وتهريب.", "ASSAULT"),
        ("وجهت النيابة للموقوفين تهم القتل العمد والخطف.", "ASSAULT"),
    ],
)
def test_an_offence_someone_is_charged_with_is_no_event(text: str, dropped: str) -> None:
    assert dropped not in {e.type for e in analysed(text)}


def test_the_arrest_itself_is_kept_beside_its_charge() -> None:
    event = only("أوقفت الشرطة شابين بتهمة السرقة والتهديد بالسلاح الأبيض.", "COERCE")
    assert event.mode == "arrest"
    assert event.target is not None and event.target.text == "شابين"


def test_punctuation_ends_the_charge_s_offence_list() -> None:
    # Punctuation ends the offence list: the attack after it is told by the sentence.
    events = analysed("أوقفت الشرطة رجلا بتهمة السرقة، وهاجم مسلحون مركز الشرطة بعد ساعات.")
    assert "ASSAULT" in {e.type for e in events}


@pytest.mark.parametrize(
    "text",
    ["أصيبت امرأة برصاص قناص في الحي الشرقي.", "أصيبت ثلاث نساء بجروح في قصف مدفعي على البلدة."],
)
def test_the_feminine_passive_of_asaba_is_a_wound(text: str) -> None:
    event = only(text, "ASSAULT")
    assert event.target is not None and event.target.text in ("امرأة", "ثلاث نساء")


@pytest.mark.parametrize("text", ["أصيبت الحكومة بخيبة أمل من نتائج الاجتماع.", "أصيب الوزير بفيروس كورونا."])
def test_an_illness_or_a_disappointment_is_no_wound(text: str) -> None:
    assert "ASSAULT" not in {e.type for e in analysed(text)}


def test_hajaza_seizes_goods_in_maghreb_usage() -> None:
    event = only("حجزت المصالح الجمركية أطنانا من السلع المهربة في ميناء صفاقس.", "COERCE")
    assert event.mode == "seizure"


def test_booking_seats_is_no_seizure() -> None:
    assert not analysed("حجزت الشركة مقاعد لموظفيها على الرحلة.")


def test_awda_al_habs_is_a_remand() -> None:
    event = only("أودعت النيابة الموقوفين السجن في انتظار محاكمتهم.", "COERCE")
    assert event.mode == "arrest"
    assert event.actor is not None and event.actor.text == "النيابة"


def test_an_svo_subject_keeps_its_tabia_phrase() -> None:
    text = "قالت المنظمة إن قافلة تابعة لبرنامج الأغذية العالمي تعرضت لهجوم مسلح قرب الفاشر."
    event = only(text, "ASSAULT")
    assert event.target is not None and event.target.text == "قافلة تابعة لبرنامج الأغذية العالمي"


@pytest.mark.parametrize(
    "text",
    [
        "بحث الرئيس، في قصر الضيافة صباح اليوم، مع رئيس الوزراء الإيطالي، العلاقات الثنائية.",
        "بحث وزير الخارجية العلاقات الثنائية مع نظيره الإيطالي.",
    ],
)
def test_talks_are_held_with_the_party_after_maa_not_the_topic(text: str) -> None:
    event = only(text, "CONSULT")
    assert event.target is not None and "الإيطالي" in event.target.text


def test_a_gulf_agency_dateline_is_no_actor() -> None:
    text = "الرياض 12 رجب 1447 هـ الموافق 1 يناير 2026 م واس استقبل وزير الخارجية في مقر الوزارة سفير اليابان."
    event = only(text, "CONSULT")
    assert event.actor is not None and event.actor.text == "وزير الخارجية"


def test_a_light_verb_after_a_title_is_no_name_and_carries_its_noun() -> None:
    analysis = marsad.analyze("قالت مصادر إن وزير الداخلية قدم استقالته إلى رئيس الحكومة.", published="2025-06-10")
    assert not [e for e in analysis.entities if e.type == "PERSON" and "قدم" in e.text]
    (event,) = [e for e in analysis.events if e.type == "CONCEDE"]
    assert event.trigger.text == "قدم استقالته"
    assert event.actor is not None and event.actor.text == "وزير الداخلية"


def test_a_title_before_a_government_or_court_is_one_phrase() -> None:
    event = only("التقى رئيس حكومة إقليم كوردستان مسرور بارزاني، الخميس، الرئيس التركي رجب طيب أردوغان.", "CONSULT")
    assert event.actor is not None and event.actor.text.startswith("رئيس حكومة إقليم")
    assert event.target is not None and event.target.text.startswith("الرئيس التركي")


def test_accepting_a_truce_or_proposal_is_an_agreement() -> None:
    event = only("وافقت الحكومة على المقترح المصري لوقف إطلاق النار.", "AGREE")
    assert event.actor is not None and event.actor.text == "الحكومة"


def test_approving_a_bill_is_no_agreement() -> None:
    assert "AGREE" not in {e.type for e in analysed("وافق مجلس الوزراء على مشروع قانون الموازنة.")}


def test_what_a_ceasefire_stops_is_not_its_actor() -> None:
    text = "أعلنت الحركة موافقتها على الهدنة، مؤكدة استعدادها للبدء في ترتيبات وقف الأعمال العدائية."
    event = only(text, "AGREE")
    assert event.actor is not None and event.actor.text == "الحركة"


def test_a_date_naming_an_agreement_does_not_date_the_events() -> None:
    text = "اندلعت اشتباكات بين الجيش والفصائل، وتبادل الطرفان الاتهامات بخرق اتفاق العاشر من آذار."
    events = marsad.analyze(text, published="2026-01-20").events
    assert events and all(e.factuality == "asserted" and e.date_source == "published" for e in events)


def test_burning_a_place_after_aqdama_is_an_assault() -> None:
    event = only("أقدم مستوطنون، ليلة أمس، على إحراق مسجد في القرية.", "ASSAULT")
    assert event.actor is not None and event.actor.text == "مستوطنون"
    assert event.target is not None and event.target.text == "مسجد"


def test_akhla_sabil_is_a_release() -> None:
    event = only("أخلت النيابة العامة سبيل 38 متهما محبوسين احتياطيا.", "RETREAT")
    assert event.mode == "release"
    assert event.target is not None and event.target.text == "38 متهما"


def test_customs_duties_are_a_sanction_but_parking_fees_are_not() -> None:
    event = only("فرضت الصين رسوما جمركية إضافية على واردات الفحم من الولايات المتحدة.", "SANCTION")
    assert event.actor is not None and event.actor.text == "الصين"
    assert not analysed("فرضت البلدية رسوما على ركن السيارات.")


@pytest.mark.parametrize(
    ("text", "modes"),
    [
        ("ضبطت الشرطة شحنة من الأسلحة واعتقلت ثلاثة مهربين في الميناء.", ["seizure", "arrest"]),
        ("اعتقلت الشرطة ثلاثة مهربين وضبطت شحنة من الأسلحة.", ["arrest", "seizure"]),
        ("احتجزت البحرية ناقلة نفط أجنبية واعتقلت أفراد طاقمها.", ["seizure", "arrest"]),
    ],
)
def test_a_seizure_and_an_arrest_told_together_are_two_acts(text: str, modes: list[str]) -> None:
    assert [e.mode for e in analysed(text) if e.type == "COERCE"] == modes


def test_a_coordinated_passive_takes_its_own_subject_as_target() -> None:
    events = analysed("اعتقل الجيش أربعة متهمين، وضُبطت بحوزتهم كميات من المخدرات.")
    seizure = next(e for e in events if e.mode == "seizure")
    assert seizure.target is not None and seizure.target.text == "كميات"
    assert seizure.actor is None or seizure.actor.text != "أربعة متهمين"


def test_people_arrested_for_trafficking_goods_are_an_arrest() -> None:
    event = only("اعتقلت الشرطة تاجر مخدرات في حي الملاحة.", "COERCE")
    assert event.mode == "arrest"


def test_a_relative_clause_with_a_masculine_object_pronoun_names_the_target() -> None:
    event = only("الأسير الذي اعتقلته قوات الاحتلال أمس أفرج عنه اليوم.", "COERCE")
    assert event.actor is not None and event.actor.text == "قوات الاحتلال"
    assert event.target is not None and event.target.text == "الأسير"


def test_without_a_relative_pronoun_a_noun_before_tah_is_the_subject() -> None:
    event = only("لكن فصائل المعارضة اتهمته بمواصلة القصف.", "ACCUSE")
    assert event.actor is not None and event.actor.text == "فصائل المعارضة"


def test_a_verbal_noun_after_a_long_subject_with_a_place_is_the_object() -> None:
    event = only("أعلنت قوات المقاومة الوطنية في الساحل الغربي ضبط شحنة أسلحة على متن سفينة.", "COERCE")
    assert event.trigger.text == "ضبط"
    assert event.actor is None or event.actor.text != "الساحل الغربي"
    assert event.target is not None and event.target.text == "شحنة أسلحة"
