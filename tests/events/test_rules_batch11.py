"""Rules from the eighth session's review of the GSR dev false alarms (our own sentences,
not the GSR's)."""

from __future__ import annotations

import pytest
from event_helpers import analysed


@pytest.mark.parametrize(
    "text",
    [
        "أحبطت الأجهزة الأمنية مخططا لتفجير مبنى البلدية.",
        "تمكنت قوات الأمن من إحباط هجوم انتحاري استهدف سوقا شعبية.",
        "قالت الشرطة إنها أحبطت هجوما على مركز اقتراع.",
    ],
)
def test_who_foiled_an_attack_is_not_its_actor(text: str) -> None:
    (attack,) = [e for e in analysed(text) if e.type == "ASSAULT"]
    assert attack.factuality == "planned"
    assert attack.actor is None


def test_the_subject_of_a_plot_noun_stays_its_actor() -> None:
    (attack,) = [e for e in analysed("وضعت الجماعة مخططا لتفجير مبنى البلدية.") if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.text == "الجماعة"


def test_a_light_verb_does_not_reach_past_its_own_noun_and_a_preposition() -> None:
    # قدم carries استقالته; إسقاط الدعوى (dropping a lawsuit) is no shooting down.
    events = analysed("قدم الوزير استقالته من الحكومة مقابل إسقاط الدعوى المرفوعة ضده.")
    assert [(e.type, e.trigger.text) for e in events] == [("CONCEDE", "قدم الوزير استقالته")]


def test_a_light_verb_still_carries_its_noun_past_the_subject() -> None:
    (attack,) = analysed("شنت طائرات التحالف غارات على مواقع المسلحين في الجبل.")
    assert attack.type == "ASSAULT" and attack.actor is not None and attack.actor.text == "طائرات التحالف"


def test_a_prepositional_light_verb_does_not_reach_through_another_act() -> None:
    # أعرب عن takes its noun through عن; the من phrase after مقتل belongs to the killing.
    events = analysed("وأعرب السفير في بيانه عن حزنه الشديد لمقتل ثلاثة من المتظاهرين مساء الجمعة.")
    assert all(not e.trigger.text.startswith("وأعرب") for e in events)
    assert "PROTEST" not in {e.type for e in events}
    (march,) = analysed("خرج آلاف المتظاهرين في مسيرة حاشدة وسط العاصمة.")
    assert march.trigger.text == "خرج آلاف المتظاهرين في مسيرة"


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # the noun before a verb with an object pronoun is its target, the phrase after its subject
        ("أفرجت السلطات عن سفينة تجارية خطفها قراصنة قبالة السواحل الصومالية.", "قراصنة", "سفينة تجارية"),
        ("قالت الشرطة إن الطفلة التي خطفها مسلحون عادت إلى أسرتها.", "مسلحون", "الطفلة"),
        # no subject after the verb: the main clause's subject is in it
        ("أعلنت الحكومة طرد دبلوماسيين اتهمتهم بالتجسس.", "الحكومة", "دبلوماسيين"),
        # a plural verb may agree with the noun before it as its subject
        ("أصيب ثلاثة مزارعين على يد مستوطنين هاجموهم بالحجارة.", "مستوطنين", "ثلاثة مزارعين"),
    ],
)
def test_a_relative_verb_with_an_object_pronoun_resumes_its_target(text: str, actor: str, target: str) -> None:
    event = next(e for e in analysed(text) if e.trigger.text in ("خطفها", "اتهمتهم", "هاجموهم"))
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and event.target.text == target


def test_another_or_a_second_is_the_nouns_adjective() -> None:
    # قُتل جندي آخر: an unmarked passive whose subject is the soldier, not a VSO subject
    (attack,) = analysed("وقتل جندي آخر في انفجار عبوة ناسفة.")
    assert attack.actor is None
    assert attack.target is not None and attack.target.text == "جندي آخر"


def test_a_plural_participle_with_its_nun_takes_no_genitive() -> None:
    # متظاهرون keeps its ن: السفارة after it is the verb's object, not the protest's doer
    events = analysed("هاجم متظاهرون السفارة البريطانية في العاصمة وألحقوا بها أضرارا.")
    protest = next(e for e in events if e.type == "PROTEST")
    assert protest.actor is not None and protest.actor.text == "متظاهرون"


def test_a_name_after_l_is_no_nationality_adjective() -> None:
    (protest,) = analysed("خرجت مظاهرة مؤيدة لإسرائيل في شيكاغو.")
    assert protest.actor is None  # the march supports Israel; Israel did not march
    (raid,) = analysed("نفذت طائرات حربية غارة إسرائيلية على القرية.")
    assert raid.actor is not None


@pytest.mark.parametrize(
    "text",
    [
        "قررت الحكومة قطع العلاقات مع الفاتيكان بعد أسابيع من طرد السفير البابوي.",  # no verb after من
        "أعلن المجلس العسكري، الثلاثاء، طرد السفير السويدي من البلاد.",  # the verbal noun past an adjunct
    ],
)
def test_a_form_that_may_be_a_verb_or_its_noun_is_the_noun_here(text: str) -> None:
    expulsion = next(e for e in analysed(text) if e.type == "COERCE")
    assert expulsion.target is not None and expulsion.target.text.startswith("السفير")
    assert expulsion.actor is None or not expulsion.actor.text.startswith("السفير")


def test_an_imperfect_in_alif_is_the_passive_past_of_a_form_iv_verb() -> None:
    # أُصيب مصور: the photographer was wounded, not "I wound a photographer"
    (attack,) = analysed("أصيب مصور صحفي بجروح في المدينة.")
    assert attack.actor is None
    assert attack.target is not None and attack.target.text.startswith("مصور")
    # a form IV past (ألقى) and a light verb (أقدم) keep their active reading
    (arrest,) = analysed("ألقى الأمن القبض على قيادي في الحزب.")
    assert arrest.actor is not None and arrest.actor.text == "الأمن"
    (stabbing,) = analysed("أقدم شخص على طعن رجل أمن أمام السفارة.")
    assert stabbing.actor is not None and stabbing.actor.text == "شخص"


@pytest.mark.parametrize(
    "text",
    [
        "نفت القيادة العامة، في بيان، شن أي غارات جوية على المدينة.",
        "نفت القيادة العامة للقوات المسلحة، في بيان، شنّ أي غارات جوية على المدينة.",
    ],
)
def test_the_denier_of_its_own_act_is_its_actor_past_an_adjunct(text: str) -> None:
    attack = next(e for e in analysed(text) if e.type == "ASSAULT")
    assert attack.factuality == "negated"
    assert attack.actor is not None and attack.actor.text.startswith("القيادة العامة")


@pytest.mark.parametrize(
    "text",
    [
        "دفع الجيش بتعزيزات كبيرة إلى المحور الشمالي استعدادا لشن هجوم على مواقع المتمردين.",
        "أرسلت الحكومة قوات إلى الحدود تمهيدا لشن عملية عسكرية.",
    ],
)
def test_an_act_prepared_for_is_the_main_clauses_subjects(text: str) -> None:
    attack = next(e for e in analysed(text) if e.type == "ASSAULT")
    assert attack.factuality == "planned"
    assert attack.actor is not None and attack.actor.text in ("الجيش", "الحكومة")


def test_an_act_braced_against_is_not_the_subjects() -> None:
    protest = next(e for e in analysed("انتشار أمني كثيف في محيط السفارة تحسبا لتظاهرات.") if e.type == "PROTEST")
    assert protest.actor is None


def test_a_cancelled_act_is_negated_and_a_postponed_one_planned() -> None:
    march = next(e for e in analysed("ألغت النقابة المسيرة التي دعت إليها.") if e.type == "PROTEST")
    assert march.factuality == "negated"
    assert march.actor is not None and march.actor.text == "النقابة"
    call = next(e for e in analysed("ألغت النقابة المسيرة التي دعت إليها.") if e.type == "REQUEST")
    assert call.factuality != "negated"  # the call was made
    (strike,) = analysed("أرجأت النقابة الإضراب إلى الشهر المقبل.")
    assert strike.factuality == "planned"


def test_a_possessed_noun_takes_no_genitive() -> None:
    visit = next(e for e in analysed("ألغى الرئيس زيارته المقررة إلى باريس.") if e.type == "CONSULT")
    assert visit.factuality == "negated"
    assert visit.target is None or visit.target.text != "المقررة"


def test_a_verb_describing_the_noun_before_it_has_the_main_subject() -> None:
    text = "خرج آلاف الشبان إلى الشوارع في مسيرات حاشدة طالبوا خلالها باستقالة الرئيس."
    demand = next(e for e in analysed(text) if e.type == "REQUEST")
    assert demand.actor is not None and demand.actor.text == "آلاف الشبان"


def test_a_time_adjunct_holding_a_trigger_word_is_still_skipped() -> None:
    # فجر الأحد is a time, not the verb فجّر: the light verb reaches its subject and noun
    (raid,) = analysed("شنت، فجر الأحد، طائرات حربية سلسلة غارات على ميناء الحديدة.")
    assert raid.actor is not None and raid.actor.text == "طائرات حربية"


def test_a_light_verb_with_a_pronoun_ends_in_alif_maqsura() -> None:
    # أجراها = أجرى + ها: the visit's doer is the subject after it, not the main clause's
    text = "أفرجت السلطات عن سجناء عقب زيارة أجراها مبعوث أمريكي إلى العاصمة."
    visit = next(e for e in analysed(text) if e.type == "CONSULT")
    assert visit.actor is not None and visit.actor.text == "مبعوث أمريكي"


def test_an_operation_named_by_the_act_after_it_is_that_act() -> None:
    (bombing,) = analysed("نفذ مسلحون عملية تفجير استهدفت حافلة.")
    assert bombing.mode == "bombing"


def test_a_decision_verb_takes_the_verbal_noun_past_a_long_subject() -> None:
    # قررت الحكومة المؤقتة في بنغلاديش | حظر: the ban is the decision's object, not a verb
    ban = next(e for e in analysed("قررت الحكومة المؤقتة في بنغلاديش حظر جميع أنشطة الحزب.") if e.type == "COERCE")
    assert ban.trigger.text == "حظر" and ban.factuality == "planned"
    assert ban.actor is not None and ban.actor.text == "الحكومة المؤقتة"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وأفادت مصادر محلية بأن قناصا حوثيا قتل امرأة في حي الروضة.", "قناصا حوثيا"),
        ("أصيب شرطيان بجروح طفيفة حين رشق ملثمون دوريتهما بالحجارة.", "ملثمون"),
    ],
)
def test_a_verb_opening_its_own_clause_stays_a_verb(text: str, actor: str) -> None:
    attack = next(e for e in analysed(text) if e.trigger.text in ("قتل", "رشق"))
    assert attack.actor is not None and attack.actor.text == actor


def test_a_coordinated_verb_skips_a_relative_clause_for_its_subject() -> None:
    text = "أدانت الوزارة الهجوم الذي استهدف ثكنة للجيش، ودعت دول الجوار إلى تعزيز التنسيق."
    call = next(e for e in analysed(text) if e.type == "REQUEST")
    assert call.actor is not None and call.actor.text == "الوزارة"


@pytest.mark.parametrize(
    "text",
    [
        "استقبل رئيس الوزراء، الأربعاء، في قصر مونكلوا رئيس الحكومة الموريتانية.",
        "استقبل أمير الكويت في قصر بيان رئيس وزراء الهند.",
    ],
)
def test_the_object_follows_a_palace_and_its_name(text: str) -> None:
    meeting = next(e for e in analysed(text) if e.type == "CONSULT")
    assert meeting.target is not None and meeting.target.text.startswith("رئيس")


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("أعلن جهاز الأمن الداخلي القبض على خلية مسلحة في المدينة.", "COERCE", "خلية مسلحة"),
        ("قبضت الشرطة على ثلاثة مطلوبين.", "COERCE", "ثلاثة مطلوبين"),
        ("قضت المحكمة الدستورية بحل حزب المعارضة الرئيسي.", "COERCE", "حزب المعارضة الرئيسي"),
        ("سلمت القوات الفرنسية قاعدة عسكرية إلى الجيش السنغالي.", "RETREAT", "الجيش السنغالي"),
        ("رفعت الحكومة تجميد الأصول عن المصرف المركزي.", "CONCEDE", None),
    ],
)
def test_arrests_dissolutions_handovers_and_lifted_freezes(text: str, type_: str, target: str | None) -> None:
    event = next(e for e in analysed(text) if e.type == type_)
    assert (event.target.text if event.target else None) == target


def test_a_political_solution_is_no_dissolution() -> None:
    assert "COERCE" not in {e.type for e in analysed("يبحث الطرفان عن حل سياسي للأزمة داخل البرلمان.")}


def test_water_cannons_and_hoses_are_force() -> None:
    (force,) = analysed("استخدمت الشرطة خراطيم المياه لتفريق المحتجين أمام البرلمان.")[:1]
    assert force.type == "ASSAULT" and force.actor is not None and force.actor.text == "الشرطة"


def test_the_other_side_follows_the_first_sides_complement() -> None:
    text = "اندلعت اشتباكات عنيفة بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب واللواء 444 قتال في طرابلس."
    (clash,) = analysed(text)
    assert clash.actor is not None and clash.actor.text.startswith("جهاز الردع")
    assert clash.target is not None and clash.target.text.startswith("اللواء 444")


def test_a_listed_passive_perfect_has_its_subject_as_target() -> None:
    text = "اغتيل ضابط في جهاز الأمن العام، مساء اليوم، برصاص مسلحين مجهولين استهدفوا سيارته."
    killing = next(e for e in analysed(text) if e.mode == "assassination")
    assert killing.target is not None and killing.target.text.startswith("ضابط")
    assert killing.actor is not None and killing.actor.text == "مسلحين مجهولين"


def test_a_coordinated_demand_with_its_own_subject_and_object() -> None:
    text = "اختطف ثلاثة تجار على يد مسلحين مجهولين، وطالب الخاطفون ذويهم بفدية كبيرة."
    demand = next(e for e in analysed(text) if e.type == "REQUEST")
    assert demand.actor is not None and demand.actor.text == "الخاطفون"
    assert demand.target is not None and demand.target.text == "ذويهم"
    # one phrase after the verb is the addressee, the speaker is the earlier verb's
    call = next(e for e in analysed("أدانت الحكومة القصف، وطالبت بغداد باتخاذ موقف حازم.") if e.type == "REQUEST")
    assert call.actor is not None and call.actor.text == "الحكومة"


def test_the_object_follows_a_title_a_rank_and_a_name() -> None:
    text = "استقبل ولي العهد الأمير محمد بن سلمان في الرياض الرئيس السوري أحمد الشرع."
    (meeting,) = analysed(text)
    assert meeting.target is not None and meeting.target.text.startswith("الرئيس السوري")


def test_a_word_in_waw_after_a_party_is_no_second_side_outside_bayna() -> None:
    # وزير is a word, not و + زير: after من there is no second side to split off
    text = "تلقى رئيس الوزراء اتصالا هاتفيا من السيد ماركو روبيو وزير خارجية الولايات المتحدة."
    call = next(e for e in analysed(text) if e.type == "CONSULT")
    for ref in (call.actor, call.target):
        assert ref is None or not ref.text.startswith("زير")


def test_a_chain_of_acts_shares_the_first_verbs_subject() -> None:
    text = "اقتحم الجيش، فجر الأربعاء، مدينة طوباس وحاصر مستشفى طوباس الحكومي، واعتقل عددا من الشبان."
    events = analysed(text)
    assert [e.actor.text if e.actor else None for e in events] == ["الجيش"] * 3
    assert [e.target.text if e.target else None for e in events] == [
        "مدينة طوباس", "مستشفى طوباس الحكومي", "عددا من الشبان",
    ]


def test_a_pledge_after_a_meeting_keeps_its_own_subject() -> None:
    text = "استقبل الرئيس في القصر نظيره السوداني، وتعهد الجانبان في ختام المباحثات بتنسيق المواقف."
    pledge = next(e for e in analysed(text) if e.type == "AGREE")
    assert pledge.actor is not None and pledge.actor.text == "الجانبان"


def test_ministerial_is_no_visit() -> None:
    text = "وصل رئيس الوزراء، صباح اليوم، إلى العاصمة الجزائرية في زيارة رسمية على رأس وفد وزاري رفيع."
    visit = next(e for e in analysed(text) if e.type == "CONSULT")
    assert visit.trigger.text == "زيارة"
    assert visit.actor is not None and visit.actor.text == "رئيس الوزراء"


def test_a_light_verb_reaches_past_a_name_and_its_long_title() -> None:
    text = "أجرى الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشؤون المصريين بالخارج اتصالا هاتفيا بنظيره الإيراني."
    (call,) = analysed(text)
    assert call.actor is not None and call.actor.text.endswith("بدر عبد العاطي")
    assert call.target is not None and call.target.text.startswith("نظيره")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("لقي ثلاثة عناصر مصرعهم إثر مداهمة بؤرة إجرامية يختبئون بها.", "بؤرة إجرامية"),  # بؤرة: ب is no preposition
        ("نفذت الشرطة مداهمة واسعة في الحي.", None),  # واسعة: an adjective, no genitive
    ],
)
def test_a_noun_in_ta_marbuta_after_an_event_noun_is_its_genitive(text: str, target: str | None) -> None:
    raid = next(e for e in analysed(text) if e.type == "COERCE")
    assert (raid.target.text if raid.target else None) == target


def test_an_svo_subject_may_end_in_its_own_l_phrase() -> None:
    (seizure,) = analysed("الإدارة العامة لمكافحة المخدرات ضبطت شحنة كبيرة.")
    assert seizure.actor is not None and seizure.actor.text == "الإدارة العامة لمكافحة المخدرات"
    assert seizure.target is not None and seizure.target.text == "شحنة كبيرة"


def test_a_call_received_from_a_party() -> None:
    text = "تلقى الشيخ محمد بن عبدالرحمن رئيس مجلس الوزراء وزير الخارجية، اتصالا هاتفيا من نظيره الأمريكي."
    call = next(e for e in analysed(text) if e.type == "CONSULT")
    assert call.actor is not None and call.actor.text == "نظيره الأمريكي"
    assert call.target is not None and call.target.text.startswith("الشيخ محمد")
    appeal = next(e for e in analysed("أفرج الرئيس عن معتقلين استجابة لمناشدة من المجلس الوطني.") if e.type == "REQUEST")
    assert appeal.actor is not None and appeal.actor.text == "المجلس الوطني"


def test_an_armed_feud_is_a_clash_and_a_political_dispute_none() -> None:
    (feud,) = [e for e in analysed("اندلع نزاع عشائري مسلح بين عشيرتين في قضاء الشطرة.") if e.type == "ASSAULT"]
    assert feud.mode == "clash"
    assert not analysed("تصاعد النزاع السياسي بين الحكومة والبرلمان.")


def test_talks_with_a_counterpart_and_a_round_of_talks() -> None:
    call = analysed("بحث الرئيس مع نظيره الروسي، في مكالمة هاتفية طويلة، سبل إنهاء الحرب.")[0]
    assert call.target is not None and call.target.text == "نظيره الروسي"
    text = "أجرى وزير الخارجية، السبت، جولة ثالثة من المحادثات غير المباشرة مع المبعوث الأمريكي."
    (talks,) = analysed(text)
    assert talks.actor is not None and talks.actor.text == "وزير الخارجية"
    assert talks.target is not None and talks.target.text == "المبعوث الأمريكي"


def test_a_package_of_sanctions_is_carried_by_its_light_verb() -> None:
    (sanctions,) = analysed("أقر الاتحاد الأوروبي الحزمة التاسعة عشرة من العقوبات على روسيا.")
    assert sanctions.actor is not None and sanctions.actor.text == "الاتحاد الأوروبي"
    assert sanctions.target is not None and sanctions.target.text == "روسيا"


def test_the_addressee_of_a_call_imposes_the_sanctions_asked_for() -> None:
    text = "دعا الرئيس الفلسطيني محمود عباس مجلس الأمن الدولي إلى فرض عقوبات على إسرائيل لوقف عدوانها على غزة."
    events = analysed(text)
    sanctions = next(e for e in events if e.type == "SANCTION")
    assert sanctions.actor is not None and sanctions.actor.text == "مجلس الأمن الدولي"
    aggression = next(e for e in events if e.type == "ASSAULT")
    assert aggression.actor is None or "عباس" not in aggression.actor.text  # عدوانها: not his


def test_settlers_are_doers_before_the_object_of_their_act() -> None:
    text = "أدانت وزارة الخارجية، في بيان، اقتحام مستوطنين باحات المسجد الأقصى تحت حماية الشرطة."
    raid = next(e for e in analysed(text) if e.type == "COERCE")
    assert raid.actor is not None and raid.actor.text == "مستوطنين"
    assert raid.target is not None and raid.target.text == "باحات المسجد الأقصى"


def test_a_counted_object_put_on_a_list_is_the_target() -> None:
    (listing,) = analysed("أدرجت وزارة الخزانة الأمريكية 12 شركة على قائمة العقوبات.")
    assert listing.target is not None and listing.target.text == "12 شركة"


def test_a_detached_lam_before_a_quoted_name_and_in_lam_conditions() -> None:
    text = "هدّد الأمين العام لـ«حزب الله» نعيم قاسم إسرائيل بـ«رد قاس» إن لم تنسحب من النقاط الخمس."
    threat, withdrawal = analysed(text)
    assert threat.actor is not None and threat.actor.text.endswith("نعيم قاسم")
    assert threat.target is not None and threat.target.text == "إسرائيل"
    assert withdrawal.factuality == "hypothetical"  # إن لم: "if not", not a negation


def test_several_and_live_bullets() -> None:
    text = "اقتحمت القوات مدينة نابلس وداهمت عدة منازل في البلدة القديمة، واعتقلت أربعة شبان."
    arrest = next(e for e in analysed(text) if e.mode == "arrest")
    assert arrest.actor is not None and arrest.actor.text == "القوات"
    (shot,) = analysed("أصيب شاب برصاص حي في المواجهات.")
    assert shot.actor is None  # حي: live, not a user of the bullets


def test_a_possessed_act_told_to_the_earlier_object() -> None:
    text = "استدعت وزارة الخارجية السفير المالطي، وأبلغته احتجاجها الرسمي على تصريحات مسؤول مالطي."
    protest = next(e for e in analysed(text) if e.type == "ACCUSE")
    assert protest.actor is not None and protest.actor.text == "وزارة الخارجية"
    assert protest.target is not None and protest.target.text == "السفير المالطي"


def test_a_verbal_noun_after_a_long_name_and_an_adjunct() -> None:
    text = "أعلن وزير الكهرباء عادل كريم الساعدي، اليوم، استقالته من منصبه."
    (resignation,) = analysed(text)
    assert resignation.factuality == "asserted"
    assert resignation.actor is not None and resignation.actor.text.endswith("الساعدي")


def test_aid_goes_to_the_people_after_ila_past_its_cargo() -> None:
    text = "سيّرت دولة الإمارات، أمس، طائرة مساعدات جديدة تحمل 40 طنا من المواد الغذائية إلى اللاجئين السودانيين في شرق تشاد."
    (aid,) = analysed(text)
    assert aid.target is not None and aid.target.text == "اللاجئين السودانيين"
    (convoy,) = analysed("أرسلت مصر قافلة مساعدات إلى قطاع غزة.")
    assert convoy.target is None  # a place below a country is where the aid goes


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("هددت قوات الدعم السريع بقصف مدينة الأبيض ما لم ينسحب الجيش منها خلال 48 ساعة.", "الجيش"),
        ("حذرت الجماعة من أنها ستقتحم المدينة ما لم تنسحب منها القوة المشتركة خلال يومين.", "القوة المشتركة"),
        ("هدد المجلس الأعلى للأعيان الحكومة بخطوات تصعيدية إذا لم تستجب لمطالب السكان.", "الحكومة"),
    ],
)
def test_a_threat_with_a_negative_condition_is_an_ultimatum_to_its_addressee(text: str, target: str) -> None:
    threat = next(e for e in analysed(text) if e.type == "THREATEN")
    assert threat.mode == "ultimatum"
    assert threat.target is not None and threat.target.text == target


def test_a_threat_with_a_plain_condition_stays_force() -> None:
    threat = next(e for e in analysed("هدد الوزير باستهداف السفن إذا هاجمت البحرية الموانئ.") if e.type == "THREATEN")
    assert threat.mode == "force" and threat.target is not None and threat.target.text == "السفن"


def test_a_pledge_names_its_recipient_after_ila() -> None:
    text = "تعهدت المملكة العربية السعودية بتقديم 500 مليون دولار إلى الحكومة اليمنية لدعم الموازنة."
    pledge = next(e for e in analysed(text) if e.type == "AGREE")
    assert pledge.target is not None and pledge.target.text == "الحكومة اليمنية"


@pytest.mark.parametrize(
    "text",
    [
        "هددت جماعة الحوثي اليمنية، في بيان، باستهداف السفن المرتبطة بإسرائيل في البحر الأحمر.",
        "هدد الزعيم الكوري الشمالي كيم جونغ أون باستهداف السفن الأمريكية.",
    ],
)
def test_the_threatened_act_past_an_adjunct_or_a_long_name(text: str) -> None:
    threat = next(e for e in analysed(text) if e.type == "THREATEN")
    assert threat.target is not None and threat.target.text.startswith("السفن")
