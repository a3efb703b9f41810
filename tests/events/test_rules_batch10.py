"""Targets and declared acts read from the seventh session's review of every blind batch
(our own sentences, not the batches')."""

from __future__ import annotations

import pytest
from event_helpers import analysed, first_of

import marsad


def _target(text: str, type_: str) -> str | None:
    ev = first_of(text, type_)
    return ev.target.text if ev.target else None


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("أشاد رئيس الوزراء بالجهود التي تبذلها مصر في إيصال المساعدات.", "SUPPORT", "مصر"),
        ("أشاد الرئيس بدور القوات المسلحة في حماية الحدود.", "SUPPORT", "دور القوات المسلحة"),
        ("رحب المجلس بالاتفاق الموقع بين البلدين.", "SUPPORT", "الاتفاق الموقع"),
        ("أعلنت الجامعة العربية تأييدها الكامل لمبادرة الجزائر.", "SUPPORT", "مبادرة الجزائر"),
        ("جدد الوزير دعمه لجهود الأمم المتحدة في ليبيا.", "SUPPORT", "الأمم المتحدة"),  # the efforts stand for their party
        ("انتقدت النقابة بشدة قرار وزارة الصحة تقليص عدد المستشفيات.", "ACCUSE", "قرار وزارة الصحة"),
        ("رفض البرلمان خطة الحكومة لخصخصة الموانئ.", "REJECT", "خطة الحكومة"),
    ],
)
def test_a_stance_is_taken_on_its_object_or_the_party_behind_it(text: str, type_: str, target: str) -> None:
    assert _target(text, type_) == target


def test_an_act_refused_is_no_party() -> None:
    assert _target("رفضت الحركة الانسحاب من المدينة رغم الضغوط.", "REJECT") is None


def test_a_denial_has_no_target() -> None:
    assert _target("نفت الوزارة وجود أي اتفاق سري مع المعارضة.", "REJECT") is None
    assert _target("نفى المتحدث ما تداولته مواقع التواصل الاجتماعي عن اعتقال صحفي.", "REJECT") is None


def test_talks_between_two_parties_have_both_sides() -> None:
    talks = first_of("تستضيف الدوحة الأسبوع المقبل جولة من المفاوضات بين الحكومة والمتمردين.", "CONSULT")
    assert talks.actor is not None and talks.actor.text == "الحكومة"
    assert talks.target is not None and talks.target.text == "المتمردين"


def test_both_sides_in_one_word_name_no_actor() -> None:
    talks = first_of("استؤنفت المفاوضات بين الطرفين في جنيف.", "CONSULT")
    assert talks.actor is None and talks.target is None


def test_an_agreement_with_a_party_targets_it() -> None:
    assert _target("وقعت وزارة النفط اتفاقا مع شركة أرامكو لتطوير الحقل.", "AGREE") == "شركة أرامكو"
    assert _target("توصلت النقابة إلى اتفاق مع الحكومة ينهي الإضراب.", "AGREE") == "الحكومة"


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("حمّلت الحكومة اليمنية جماعة الحوثي مسؤولية انهيار الهدنة.", "ACCUSE", "جماعة الحوثي"),
        ("سلمت ألمانيا أوكرانيا منظومتي دفاع جوي.", "AID", "أوكرانيا"),
    ],
)
def test_the_first_of_two_objects_is_the_target(text: str, type_: str, target: str) -> None:
    assert _target(text, type_) == target


def test_a_second_subject_is_no_object() -> None:
    assert _target("وقعت الحكومة وجماعة متمردة اتفاقا لوقف إطلاق النار.", "AGREE") is None


def test_aid_for_a_state_or_on_behalf_of_people() -> None:
    assert _target("وافق البنك الدولي على منحة بقيمة 146 مليون دولار لسوريا لإعادة تأهيل الطرق.", "AID") == "سوريا"
    assert _target("قدمت اليابان مساعدات إنسانية لصالح اللاجئين في الأردن.", "AID") == "اللاجئين"
    assert _target("أرسلت تركيا مساعدات لدعم المتضررين.", "AID") is None  # a purpose


def test_a_standalone_object_pronoun_is_the_party_named_before() -> None:
    text = "أعلنت الحكومة قطع علاقاتها الدبلوماسية مع إيران، متهمة إياها بدعم المتمردين بالسلاح."
    assert _target(text, "ACCUSE") == "إيران"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("أعلن وزير المالية استقالته من منصبه بعد خلاف مع الحكومة.", "CONCEDE"),
        ("أعلنت الحكومة قطع العلاقات الدبلوماسية مع الدولة الجارة.", "SANCTION"),
    ],
)
def test_an_act_done_by_declaring_it_is_asserted(text: str, type_: str) -> None:
    ev = first_of(text, type_)
    assert ev.factuality == "asserted" and ev.actor is not None


def test_an_announced_arrest_stays_the_announcers_report() -> None:
    assert first_of("أعلنت الشرطة اعتقال خمسة مشتبه بهم في السرقة.", "COERCE").factuality == "reported"


def test_a_group_noun_heads_its_construct_chain() -> None:
    request = first_of("طالبت رابطة أمهات المختطفين الحكومة بالكشف عن مصير أبنائهن.", "REQUEST")
    assert request.actor is not None and request.actor.text == "رابطة أمهات المختطفين"
    assert request.target is not None and request.target.text == "الحكومة"


def test_a_participle_after_a_broken_plural_is_its_adjective() -> None:
    threat = first_of("هددت فصائل مسلحة عراقية باستهداف القواعد.", "THREATEN")
    assert threat.actor is not None and threat.actor.text == "فصائل مسلحة عراقية"
    shelling = first_of("هددت قوات الدعم السريع بقصف مدينة الأبيض.", "ASSAULT")
    assert shelling.target is not None and shelling.target.text == "مدينة الأبيض"  # a noun in م-ة


def test_a_dual_verb_after_two_names_takes_both() -> None:
    talks = first_of("قال مصدر إن واشنطن وطهران عقدتا جولة محادثات في مسقط.", "CONSULT")
    # the two parties of a mutual act: the first is its actor, the second its target
    assert talks.actor is not None and talks.actor.text == "واشنطن"
    assert talks.target is not None and talks.target.text == "طهران"


def test_the_act_an_ultimatum_asks_for_is_the_addressees_and_generic() -> None:
    withdrawal = first_of("أمهل الجيش المجموعات المسلحة 72 ساعة للانسحاب من المدينة.", "RETREAT")
    assert withdrawal.factuality == "generic"
    assert withdrawal.actor is not None and withdrawal.actor.text == "المجموعات المسلحة"


def test_a_news_verb_after_a_demonym_is_no_surname() -> None:
    doc = marsad.analyze("الطيران الحربي الإسرائيلي يشن سلسلة غارات على المخيم.", published="2025-06-10")
    assert not [e for e in doc.entities if e.type == "PERSON"]
    raid = next(e for e in doc.events if e.type == "ASSAULT")
    assert raid.actor is not None and raid.actor.text == "الطيران الحربي الإسرائيلي"


def test_a_manner_adverb_is_no_object() -> None:
    assert _target("اعتقلت قوات الأمن تعسفيا عشرات الناشطين.", "COERCE") == "عشرات الناشطين"


def test_a_report_published_deploys_nothing() -> None:
    text = "قالت المنظمة، في تقرير نشرته اليوم، إن قوات الأمن اعتقلت عشرات الناشطين."
    assert not [e for e in analysed(text) if e.type == "MOBILIZE"]
    assert first_of("نشر الجيش قوات إضافية على الحدود.", "MOBILIZE").factuality == "asserted"


def test_deciding_an_act_done_by_declaring_it_does_it() -> None:
    assert first_of("قررت الحكومة قطع علاقاتها الدبلوماسية مع الدولة الجارة.", "SANCTION").factuality == "asserted"
    assert first_of("قررت النقابة خوض إضراب وطني الأسبوع المقبل.", "PROTEST").factuality == "planned"


def test_charges_brought_against_someone() -> None:
    text = "وجّه المدعي العام تهما بالفساد إلى رئيس البلدية المعزول."
    assert _target(text, "ACCUSE") == "رئيس البلدية المعزول"
    assert not [e for e in analysed("اعتقلت الشرطة خمسة أشخاص بتهمة التهريب إلى الخارج.") if e.type == "ACCUSE"]


def test_efforts_of_named_parties_are_those_parties() -> None:
    text = "أشاد الأمين العام بجهود قطر ومصر والولايات المتحدة التي أفضت إلى الاتفاق."
    assert _target(text, "SUPPORT") == "قطر ومصر والولايات المتحدة"


def test_the_sides_a_meeting_gathered() -> None:
    meeting = first_of("نفت الوزارة تقارير عن لقاء جمع الوزير عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف.", "CONSULT")
    assert meeting.actor is not None and meeting.actor.text == "الوزير عباس عراقجي"
    assert meeting.target is not None and meeting.target.text == "المبعوث الأمريكي ستيف ويتكوف"
    meeting = first_of("أعلنت النقابة تعليق إضرابها بعد لقاء جمعها بوزير التربية.", "CONSULT")
    assert meeting.actor is not None and meeting.actor.text == "النقابة"
    assert meeting.target is not None and meeting.target.text == "وزير التربية"


def test_a_doer_genitive_before_the_verbal_nouns_object() -> None:
    raid = first_of("اشتبك مسلحون مع الجيش خلال اقتحام قوات الاحتلال مخيم طولكرم.", "COERCE")
    assert raid.actor is not None and raid.actor.text == "قوات الاحتلال"
    assert raid.target is not None and raid.target.text == "مخيم طولكرم"
    arrest = first_of("أدانت الوزارة اعتقال الصحفيين الأجانب.", "COERCE")
    assert arrest.actor is None  # the journalists are arrested, not arresting


def test_a_party_put_on_a_list_is_the_target() -> None:
    assert _target("أدرجت الحكومة الحركة على قائمة الإرهاب.", "SANCTION") == "الحركة"


def test_a_cessation_of_hostilities_is_a_ceasefire() -> None:
    truce = first_of("اتفق الطرفان على وقف الأعمال العدائية في الإقليم.", "AGREE")
    assert truce.mode == "ceasefire"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("قتل جنديان وأصيب ثالث في هجوم نفذه مسلحون على حاجز عسكري قرب المدينة.", "حاجز عسكري"),
        ("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دورية عسكرية جنوب البلاد.", "دورية عسكرية"),
        ("قتل خمسة جنود في انفجار عبوة ناسفة على طريق المطار.", "خمسة جنود"),  # a road is where
        ("أصيب سبعة أطفال بجروح في قصف مدفعي على المدينة.", "سبعة أطفال"),
    ],
)
def test_a_post_struck_is_the_target_before_the_casualties(text: str, target: str) -> None:
    assert _target(text, "ASSAULT") == target



@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وصلت إلى الميناء سفينة محملة بالمساعدات الغذائية مقدمة من المملكة العربية السعودية.", "المملكة العربية السعودية"),
        ("سيّرت الهيئة الخيرية قافلة مساعدات جديدة إلى قطاع غزة.", "الهيئة الخيرية"),
        ("وافق البنك الدولي على منحة بقيمة مئة مليون دولار لليمن.", "البنك الدولي"),
    ],
)
def test_the_giver_of_aid(text: str, actor: str) -> None:
    aid = first_of(text, "AID")
    assert aid.actor is not None and aid.actor.text == actor


def test_no_giver_for_aid_asked_for_or_not_arriving() -> None:
    asked = first_of("ناشد الهلال الأحمر المنظمات الدولية تقديم مساعدات عاجلة.", "AID")
    assert asked.actor is None or asked.actor.text != "الهلال الأحمر"
    assert first_of("لم تدخل أي شاحنة مساعدات إلى المدينة منذ شهر.", "AID").actor is None


def test_aid_pledged_is_planned() -> None:
    aid = first_of("تعهدت هولندا بتقديم حزمة مساعدات عسكرية جديدة لأوكرانيا.", "AID")
    assert aid.factuality == "planned"
    assert aid.actor is not None and aid.actor.text == "هولندا"
    assert aid.target is not None and aid.target.text == "أوكرانيا"


def test_valued_is_praise_but_a_price_is_not() -> None:
    text = "ثمّن مجلس الوزراء، خلال جلسته، الجهود التي تبذلها الكويت لاحتواء التوتر."
    praise = first_of(text, "SUPPORT")
    assert praise.actor is not None and praise.actor.text == "مجلس الوزراء"
    assert praise.target is not None and praise.target.text == "الكويت"
    assert not analysed("ارتفع ثمن الخبز في الأسواق.")
    assert not [e for e in analysed("قال إنها ستدفع ثمنا باهظا إذا لم تنسحب.") if e.type == "SUPPORT"]


def test_a_field_of_study_is_no_meeting() -> None:
    assert not [e for e in analysed("قال أستاذ علم الاجتماع إن المدينة تتغير.") if e.type == "CONSULT"]


def test_who_called_a_protest_tells_no_request() -> None:
    assert not [e for e in analysed("تظاهر الآلاف بدعوة من النقابات.") if e.type == "REQUEST"]


def test_a_routine_session_is_no_meeting() -> None:
    text = "أكد مجلس الوزراء في اجتماعه الأسبوعي دعمه للحكومة الشرعية."
    assert not [e for e in analysed(text) if e.type == "CONSULT"]
    support = first_of(text, "SUPPORT")
    assert support.target is not None and support.target.text == "حكومة الشرعية"  # للحكومة: not لحكومة


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("قالت مصادر إن السعودية ستودع ملياري دولار في البنك المركزي اليمني.", "البنك المركزي اليمني"),
        ("وافق صندوق النقد على صرف شريحة بقيمة مليار دولار لباكستان.", "باكستان"),
    ],
)
def test_money_deposited_or_disbursed_is_aid(text: str, target: str) -> None:
    aid = first_of(text, "AID")
    assert aid.mode == "economic" and aid.target is not None and aid.target.text == target


def test_wages_paid_are_no_aid() -> None:
    assert not [e for e in analysed("تظاهر معلمون يطالبون بصرف رواتبهم المتأخرة.") if e.type == "AID"]


def test_the_speaker_owns_the_act_told_with_its_pronoun() -> None:
    text = "أعلن الأمين العام لجامعة الدول العربية أحمد أبو الغيط تأييده الكامل لخطة مصر لإعادة الإعمار."
    support = first_of(text, "SUPPORT")
    assert support.actor is not None and support.actor.text.endswith("أحمد أبو الغيط")
    assert support.target is not None and support.target.text == "خطة مصر"
    assert support.factuality == "asserted"


def test_who_is_pressed_to_act_does_the_act() -> None:
    release = first_of("دعت الحركة الوسطاء إلى الضغط على الاحتلال للإفراج عن الأسرى.", "RETREAT")
    assert release.actor is not None and release.actor.text == "الاحتلال"
    assert release.factuality == "generic"


def test_a_name_after_a_titles_complement() -> None:
    praise = first_of("أشاد الأمين العام للأمم المتحدة أنطونيو غوتيريش بجهود قطر.", "SUPPORT")
    assert praise.actor is not None and praise.actor.text.endswith("أنطونيو غوتيريش")
    meeting = first_of("من المقرر أن يلتقي المبعوث الأممي إلى اليمن هانس غروندبرغ وفدا من الحركة في مسقط.", "CONSULT")
    assert meeting.actor is not None and meeting.actor.text.endswith("هانس غروندبرغ")
    assert meeting.target is not None and meeting.target.text == "وفدا من الحركة"


def test_unless_is_a_condition_not_a_negation() -> None:
    text = "الحكومة لن تشارك في المحادثات ما لم تنسحب القوات من المدن."
    assert first_of(text, "RETREAT").factuality == "hypothetical"
    threat = "هددت القوات بقصف المدينة ما لم ينسحب الجيش منها."
    assert first_of(threat, "ASSAULT").factuality == "hypothetical"
    assert first_of("لم تنسحب القوات من المدينة.", "RETREAT").factuality == "negated"


def test_an_adverb_after_an_svo_verb_is_no_object() -> None:
    text = "قالت المنظمة إن قوات الأمن اعتقلت تعسفيا عشرات الناشطين."
    assert _target(text, "COERCE") == "عشرات الناشطين"


def test_a_contrasting_clause_tells_another_act() -> None:
    text = "أفرجت السلطات فجر اليوم عن 90 أسيرا، بينما سلمت الحركة ثلاث رهائن إلى الصليب الأحمر."
    releases = [e for e in analysed(text) if e.type == "RETREAT"]
    assert [(e.actor.text if e.actor else None, e.target.text if e.target else None) for e in releases] == [
        ("السلطات", "90 أسيرا"),
        ("الحركة", "رهائن"),
    ]


def test_an_accusative_after_a_coordinated_verb_is_its_object() -> None:
    text = "شنت إدارة الأمن العام حملة مداهمات في أحياء المدينة، واعتقلت عددا من المطلوبين."
    arrests = [e for e in analysed(text) if e.mode == "arrest"]
    assert arrests
    assert arrests[0].actor is not None and arrests[0].actor.text == "إدارة الأمن العام"
    assert arrests[0].target is not None and arrests[0].target.text == "عددا من المطلوبين"


def test_a_weapon_between_subject_and_object() -> None:
    assert _target("هاجمت أوكرانيا بطائرات مسيرة مصفاة نفط في منطقة ساراتوف.", "ASSAULT") == "مصفاة"


def test_whom_a_campaign_reached() -> None:
    arrests = [e for e in analysed("اقتحمت القوات مدينة طولكرم، وشنت حملة اعتقالات طالت 15 مواطنا.") if e.mode == "arrest"]
    assert arrests and arrests[0].target is not None and arrests[0].target.text == "15 مواطنا"


def test_acts_listed_after_a_result_verb_are_the_clauses_doers() -> None:
    text = "اشتبكت قوات حرس الحدود مع مجموعة من المهربين، ما أسفر عن مقتل ثلاثة منهم وضبط 40 ألف حبة كبتاغون."
    seizure = first_of(text, "COERCE")
    assert seizure.actor is not None and seizure.actor.text == "قوات حرس الحدود"


def test_the_first_object_is_not_the_subjects_name() -> None:
    praise = first_of("ثمّن جلالة الملك عبدالله الثاني مواقف الاتحاد الأوروبي تجاه القضية.", "SUPPORT")
    assert praise.target is not None and praise.target.text == "مواقف الاتحاد الأوروبي"


def test_any_opens_the_refused_thing() -> None:
    text = "رفضت رئيسة المكسيك كلاوديا شينباوم أي تدخل عسكري أمريكي على أراضي بلادها."
    refusal = first_of(text, "REJECT")
    assert refusal.actor is not None and refusal.actor.text.endswith("كلاوديا شينباوم")
    assert refusal.target is not None and refusal.target.text.startswith("أي تدخل")


def test_who_organised_or_called_a_protest() -> None:
    sit_in = first_of("شهدت عدة ولايات وقفات احتجاجية نظمها شباب عاطلون عن العمل.", "PROTEST")
    assert sit_in.actor is not None and sit_in.actor.text.startswith("شباب")
    strike = first_of("شلّ إضراب عام دعت إليه النقابات الفرنسية حركة القطارات.", "PROTEST")
    assert strike.actor is not None and strike.actor.text == "النقابات الفرنسية"


def test_a_convoy_is_no_giver_of_its_aid() -> None:
    aid = first_of("وصلت قافلة مساعدات إلى المدينة.", "AID")
    assert aid.actor is None


def test_pounding_is_shelling_and_its_object_follows_the_weapon() -> None:
    shelling = first_of("قواتنا تدك بالمدفعية الثقيلة تجمعات الميليشيا شرق المدينة.", "ASSAULT")
    assert shelling.mode == "shelling"
    assert shelling.target is not None and shelling.target.text == "تجمعات الميليشيا"


def test_a_closed_crossing_is_the_target_and_a_curfew_has_none() -> None:
    assert _target("أغلقت السلطات معبر طورخم الحدودي مع أفغانستان.", "COERCE") == "معبر"
    assert _target("فرضت قوى الأمن الداخلي حظر تجول كاملا في المدينة.", "COERCE") is None
    assert _target("حظرت السلطات الحزب المعارض.", "COERCE") == "الحزب"


def test_a_detention_held_by_a_body() -> None:
    text = "تم إطلاق سراح الصحفي بعد احتجازه 48 ساعة لدى الأجهزة الأمنية."
    assert first_of(text, "COERCE").actor is not None and first_of(text, "COERCE").actor.text == "الأجهزة الأمنية"  # type: ignore[union-attr]
    assert first_of("اعتقل الأمن صحفيا في المطار لدى عودته من نيروبي.", "COERCE").actor.text == "الأمن"  # type: ignore[union-attr]


def test_a_decided_strike_is_the_deciders() -> None:
    strike = first_of("قررت النقابة خوض إضراب وطني الأسبوع المقبل.", "PROTEST")
    assert strike.actor is not None and strike.actor.text == "النقابة"


def test_whom_sanctions_aim_at_is_their_target_not_an_attack() -> None:
    text = "أقر وزراء خارجية الاتحاد الأوروبي حزمة عقوبات جديدة تستهدف قادة في الميليشيا."
    assert [e.type for e in analysed(text)] == ["SANCTION"]
    assert _target(text, "SANCTION") == "قادة"
    attack = "فرضت واشنطن عقوبات على جماعة استهدفت سفنا في البحر الأحمر."
    assert _target(attack, "ASSAULT") == "سفنا"  # the group's own attack stays
