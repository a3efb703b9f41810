"""Rules read from the eighth and ninth blind batches (our own sentences, not the batches')."""

from __future__ import annotations

from event_helpers import analysed, first_of


def test_a_denied_part_in_an_attack_does_not_deny_the_attack() -> None:
    attack = first_of("نفت الجماعة أي صلة لها بالتفجير الذي استهدف سوق المدينة أمس.", "ASSAULT")
    assert attack.factuality != "negated"
    assert attack.actor is None  # the denier is not the doer
    assert attack.attribution is None
    assert (
        first_of(
            "نفت الجماعة أي صلة لها بالتفجير الذي استهدف سوق المدينة أمس.", "REJECT"
        ).actor.text
        == "الجماعة"
    )  # type: ignore[union-attr]


def test_a_denied_involvement_keeps_the_act_and_its_target() -> None:
    attack = first_of("نفى الجيش تورط وحداته في قصف المستشفى الميداني.", "ASSAULT")
    assert attack.factuality != "negated"
    assert attack.target is not None and attack.target.text.startswith("المستشفى")


def test_a_denied_act_is_still_negated() -> None:
    arrest = first_of("نفت وزارة الداخلية اعتقال الصحفي في العاصمة.", "COERCE")
    assert arrest.factuality == "negated"
    assert arrest.actor is not None and arrest.actor.text == "وزارة الداخلية"


def test_a_name_after_a_title_belongs_to_the_participant() -> None:
    threat = first_of(
        "هدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو بتوسيع العملية العسكرية.", "THREATEN"
    )
    assert (
        threat.actor is not None and threat.actor.text == "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"
    )
    assert threat.actor.name_en == "Benjamin Netanyahu"  # the person, not the country of the title


def test_a_dateline_names_no_participant() -> None:
    demand = first_of(
        "طرابلس (وال) - رفض المجلس الرئاسي المقترح الأممي، مطالبا البرلمان بمراجعته.", "REQUEST"
    )
    assert demand.actor is not None and demand.actor.text.startswith("المجلس الرئاسي")
    assert demand.target is not None and demand.target.text == "البرلمان"


def test_a_name_after_a_conjunction_keeps_its_first_letter() -> None:
    boycott = first_of("قاطعت تونس والمغرب القمة الطارئة.", "SANCTION")
    assert boycott.actor is not None and not boycott.actor.text.startswith("ل")
    assert "المغرب" in boycott.actor.text or (
        boycott.target is not None and boycott.target.text == "المغرب"
    )


def test_the_act_a_call_asks_for_is_generic_past_a_long_subject_and_object() -> None:
    aid = first_of("دعت منظمة الصحة العالمية الدول المانحة والمؤسسات الدولية إلى تقديم مساعدات طبية عاجلة للمستشفيات.", "AID")
    assert aid.factuality == "generic"
    release = first_of("طالبت نقابة الصحفيين في البلاد السلطات الأمنية بالإفراج عن الصحفيين المعتقلين.", "RETREAT")
    assert release.factuality == "generic"


def test_a_negated_verb_reaches_any_act_past_its_subject() -> None:
    protest = first_of("لم تشهد مدينة البصرة الجنوبية أي احتجاجات يوم الجمعة.", "PROTEST")
    assert protest.factuality == "negated"


def test_goods_caught_are_a_seizure_and_people_an_arrest() -> None:
    assert first_of("ضبطت قوات حرس الحدود 200 ألف حبة مخدرة قرب المعبر.", "COERCE").mode == "seizure"
    assert first_of("أعلنت الجمارك ضبط 40 كيلوغراما من الذهب المهرب.", "COERCE").mode == "seizure"
    assert first_of("احتجزت البحرية سفينة تجارية في المضيق.", "COERCE").mode == "seizure"
    assert first_of("اعتقلت الشرطة ثلاثة آلاف متظاهر في العاصمة.", "COERCE").mode == "arrest"


def test_the_accused_of_an_act_is_its_actor() -> None:
    attack = first_of("اتهمت وزارة الصحة، في بيان مساء أمس، قوات الاحتلال بقصف مستشفى الشفاء.", "ASSAULT")
    assert attack.actor is not None and attack.actor.text == "قوات الاحتلال"
    assert attack.target is not None and attack.target.text.startswith("مستشفى")
    blamed = first_of("حمّل الرئيس الجماعة المسلحة مسؤولية الهجوم على القافلة.", "ASSAULT")
    assert blamed.actor is not None and blamed.actor.text == "الجماعة المسلحة"
    unclear = first_of("اتهم الجيش بقصف القرية.", "ASSAULT")
    assert unclear.actor is None  # accuser or accused: the text does not say


def test_a_place_genitive_before_a_lam_phrase_is_the_target() -> None:
    attack = first_of("أدانت المنظمة قصف مخيم زمزم للنازحين.", "ASSAULT")
    assert attack.actor is None or "مخيم" not in attack.actor.text


def test_a_verbal_noun_after_a_verb_and_its_subject_is_its_object() -> None:
    attack = first_of("أدانت وزارة الخارجية الأردنية قصف المستشفى في المدينة.", "ASSAULT")
    assert attack.actor is None  # the condemner did not shell
    assert attack.target is not None and attack.target.text == "المستشفى"


def test_a_title_and_an_office_noun_are_one_phrase() -> None:
    resignation = first_of("قدم مدير شرطة المحافظة استقالته إلى الوزير.", "CONCEDE")
    assert resignation.actor is not None and resignation.actor.text == "مدير شرطة المحافظة"
    resignation = first_of("قدم وزير المالية والاقتصاد استقالته إلى رئيس الحكومة.", "CONCEDE")
    assert resignation.actor is not None and resignation.actor.text == "وزير المالية والاقتصاد"
    arrest = first_of("اعتقلت الشرطة رئيس بلدية المدينة سمير الحلبي.", "COERCE")
    assert arrest.target is not None and arrest.target.text.startswith("رئيس بلدية المدينة")


def test_new_lexicon_entries_of_the_eighth_and_ninth_batches() -> None:
    assert first_of("سلمت الخارجية السفير احتجاجا رسميا على تصريحات وزير الدفاع.", "ACCUSE").mode == "criticize"
    assert all(e.type != "PROTEST" for e in analysed("سلمت الخارجية السفير احتجاجا رسميا على التصريحات."))
    pardon = first_of("أصدر الرئيس عفوا رئاسيا عن 300 سجين بمناسبة العيد.", "RETREAT")
    assert (pardon.mode, pardon.actor.text if pardon.actor else None) == ("release", "الرئيس")
    assert first_of("أجرت البحرية مناورات عسكرية بالذخيرة الحية قرب الجزيرة.", "MOBILIZE").mode == "alert"
    assert all(e.type != "MOBILIZE" for e in analysed("أجرت القوات الأردنية والعراقية مناورات عسكرية مشتركة."))
    assert first_of("رفعت قيادة الجيش درجة الاستعداد القصوى في الوحدات.", "MOBILIZE").mode == "alert"
    assert any(e.type == "THREATEN" for e in analysed("أعلن المتحدث قصف الموقع، مهددا بتوسيع العمليات."))
    assert not analysed("يرى الباحث أن التعليم يعكس حيوية المجتمع المدني.")


def test_the_second_side_of_a_clash_is_its_target() -> None:
    clash = first_of("اندلعت اشتباكات عنيفة بين الجيش النظامي ومقاتلين قبليين شرق المدينة.", "ASSAULT")
    assert clash.actor is not None and clash.actor.text == "الجيش النظامي"
    assert clash.target is not None and clash.target.text.startswith("مقاتلين")  # without its و
    named = first_of("دارت مواجهات بين قوات الدعم السريع والجيش السوداني قرب المدينة.", "ASSAULT")
    assert (named.actor.text if named.actor else None, named.target.text if named.target else None) == (
        "قوات الدعم السريع", "الجيش السوداني"
    )


def test_a_quoted_title_a_few_words_after_a_works_noun_is_no_event() -> None:
    assert not analysed("وقع الكاتب روايته الجديدة «الهجوم الأخير» في معرض الكتاب.")
    assert not analysed("يعرض المهرجان فيلما وثائقيا بعنوان «حصار المدينة» الليلة.")


def test_aid_goes_to_a_recipient_after_ila_but_not_to_a_place() -> None:
    aid = first_of("سلمت ألمانيا منظومات دفاع جوي إلى أوكرانيا في إطار حزمة مساعدات.", "AID")
    assert aid.target is not None and aid.target.text == "أوكرانيا"
    convoy = first_of("أرسلت مصر قافلة مساعدات طبية إلى قطاع غزة عبر المعبر.", "AID")
    assert convoy.target is None
    extradition = first_of("سلمت السلطات التركية إلى العراق ثلاثة مطلوبين.", "COOPERATE")
    assert extradition.target is not None and extradition.target.text == "العراق"


def test_two_names_side_by_side_are_subject_and_object() -> None:
    demand = first_of("طالبت روسيا فرنسا بتسليم المطلوبين.", "REQUEST")
    assert (demand.actor.text if demand.actor else None, demand.target.text if demand.target else None) == (
        "روسيا", "فرنسا"
    )


def test_a_light_verb_reaches_its_noun_over_an_adjunct_between_commas() -> None:
    drill = first_of("أجرت البحرية الإيرانية، صباح الاثنين، مناورات عسكرية في مضيق هرمز.", "MOBILIZE")
    assert drill.actor is not None and drill.actor.text == "البحرية الإيرانية"
    apology = first_of("قدمت الشركة اعتذارا رسميا للمسافرين.", "CONCEDE")
    assert apology.actor is not None and apology.actor.text == "الشركة"


def test_a_light_verb_does_not_reach_into_a_background_adjunct() -> None:
    protest = first_of("قدم الوزير استقالته بعد موجة الاحتجاجات.", "PROTEST")
    assert protest.actor is None


def test_a_rank_and_name_join_the_title_and_titles_after_a_name_are_appositions() -> None:
    meeting = first_of(
        "استقبل صاحب السمو الشيخ خالد بن سالم ولي العهد رئيس المجلس، في قصر الضيافة اليوم، دولة رئيس الوزراء اللبناني نواف سلام.",
        "CONSULT",
    )
    assert meeting.actor is not None and meeting.actor.text.endswith("خالد بن سالم")
    assert meeting.target is not None and meeting.target.text.startswith("دولة رئيس الوزراء")


def test_a_known_persons_name_holds_no_condition() -> None:
    visit = first_of("وصل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إلى القاهرة في زيارة رسمية.", "CONSULT")
    assert visit.factuality == "asserted"


def test_a_word_in_taa_marbuta_is_no_verb() -> None:
    arrest = first_of("داهمت الشرطة المنازل ضمن حملة ضد المهربين، واعتقلت خمسة أشخاص.", "COERCE")
    assert arrest.actor is not None and arrest.actor.text == "الشرطة"


def test_a_call_with_bi_names_its_other_side() -> None:
    call = first_of("أجرى الوزير اتصالا هاتفيا بنظيره القطري.", "CONSULT")
    assert call.target is not None and call.target.text == "نظيره القطري"


def test_the_addressee_of_a_call_is_the_actor_of_the_act_it_asks_for() -> None:
    release = first_of("دعت المنظمة السلطات المصرية إلى الإفراج عن الصحفيين المعتقلين.", "RETREAT")
    assert release.factuality == "generic"
    assert release.actor is not None and release.actor.text == "السلطات المصرية"


def test_a_time_between_a_doer_clause_and_its_target() -> None:
    raid = first_of("تسببت غارات شنها الطيران الحربي منذ فجر اليوم على منازل المخيم في دمار واسع.", "ASSAULT")
    assert raid.target is not None and raid.target.text == "منازل المخيم"


def test_an_attack_on_an_abstraction_is_a_figure_of_speech() -> None:
    assert not [e for e in analysed("شنت سلسلة متاجر كبرى هجوما كاسحا على الأسعار مع بدء التخفيضات.") if e.type == "ASSAULT"]
    assert not [e for e in analysed("شنت أسعار الخضر هجوما جديدا على جيوب المواطنين.") if e.type == "ASSAULT"]
    assert first_of("شن الجيش هجوما على مواقع المسلحين.", "ASSAULT").factuality == "asserted"


def test_a_third_name_joined_to_the_subject_is_no_object() -> None:
    boycott = first_of("قاطعت تونس وليبيا والجزائر الاجتماع الوزاري.", "SANCTION")
    assert boycott.target is None or "الجزائر" not in boycott.target.text


def test_a_long_personal_name_counts_as_one_word_for_a_light_verb() -> None:
    call = first_of(
        "أجرى صاحب السمو الشيخ خالد بن سالم بن حمد آل سعيد اتصالا هاتفيا مع الرئيس الفرنسي.", "CONSULT"
    )
    assert call.actor is not None and call.actor.text.startswith("صاحب السمو")
    assert call.target is not None and call.target.text.startswith("الرئيس الفرنسي")
