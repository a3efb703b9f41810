"""Rules of the fifteenth session (who orders an act does it, adjuncts of purpose, the party
met past a place and a time, drones as doers of verbal nouns), on our own sentences."""

from __future__ import annotations

import pytest
from event_helpers import coded


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # who orders an act does it (أمر / أوعز بـ)
        ("أمرت المحكمة بحبس ثلاثة متهمين أربعة أيام.", "COERCE", ("arrest", "المحكمة", "ثلاثة متهمين")),
        ("أوعز وزير الداخلية بترحيل عشرين مهاجرا.", "COERCE", ("expulsion", "وزير الداخلية", "عشرين مهاجرا")),
        ("أمرت النيابة العامة بالإفراج عن الصحفي بكفالة.", "RETREAT", ("release", "النيابة العامة", "الصحفي")),
        # an adjunct of purpose, relative verb and all, between the verb and its object
        ("أفرجت الجماعة، استجابة لوساطة قادتها قطر، عن أربعة صيادين.", "RETREAT", ("release", "الجماعة", "أربعة صيادين")),
        # the party met, past a place and a time
        ("بحث الرئيس خلال استقباله في القصر اليوم وزير الخارجية الفرنسي العلاقات الثنائية.", "CONSULT",
         ("meeting", "الرئيس", "وزير الخارجية الفرنسي")),
        # a drone as the genitive of a verbal noun with an object: the drone struck the object
        ("أسفر استهداف طائرة مسيرة تركية سيارة مدنية عن مقتل شخصين.", "ASSAULT", ("drone", "طائرة مسيرة تركية", "سيارة مدنية")),
        ("قتل ثلاثة جنود جراء استهداف طائرة مسيرة سيارة عسكرية كانت تقلهم.", "ASSAULT", ("drone", "طائرة مسيرة", "سيارة عسكرية")),
        # a feminine participle of state takes the feminine verb's subject, not the masculine main one
        ("شن الطيران غارات على الميناء، قالت الجماعة إنها أسفرت عن مقتل أربعة عمال، متوعدة بـ«رد مؤلم».", "THREATEN",
         ("force", "الجماعة", None)),
        ("قال المتحدث إن الجيش شن ضربات على ستة مواقع، متوعدا بالرد.", "THREATEN", ("force", "المتحدث", None)),
        # the head of a delegation belongs to it, not to the object
        ("التقى وفد من الحركة برئاسة رئيسها، مساء اليوم، رئيس جهاز المخابرات.", "CONSULT",
         ("meeting", "وفد من الحركة", "رئيس جهاز المخابرات")),
        # signing far from a long joint subject; the second party past the first one's name
        ("وقع رئيس الجمهورية أحمد الشرع وقائد قوات سوريا الديمقراطية مظلوم عبدي، مساء اليوم في قصر الشعب، اتفاقا يقضي بدمج المؤسسات.",
         "AGREE", ("settlement", "رئيس الجمهورية أحمد الشرع", "قائد قوات سوريا الديمقراطية مظلوم عبدي")),
        ("وقع الوزير ونظيره الأردني مذكرة تفاهم.", "AGREE", ("settlement", "الوزير", "نظيره الأردني")),
    ],
)
def test_arguments(text: str, type_: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert coded(text, type_)[0] == expected


def test_order_verb_forms_that_are_other_words() -> None:
    # امرأة (a woman) is no أمر + ها
    assert coded("قتل قناص امرأة في حي الروضة.", "ASSAULT")[0][2] == "امرأة"
    assert coded("أمر الله المؤمنين بالصبر.", "COERCE") == []


def test_a_shipment_genitive_is_what_is_seized() -> None:
    # only aircraft and drones do the act of their verbal noun
    text = "أعلنت قوات خفر السواحل ضبط شحنة أسلحة تضم صواريخ ومحركات لطائرات مسيرة."
    assert coded(text, "COERCE")[0][1] == "قوات خفر السواحل"


def test_a_visit_and_the_talks_held_during_it_are_two_acts() -> None:
    text = "يتوجه رئيس الوزراء مطلع الأسبوع المقبل إلى القاهرة في زيارة يلتقي خلالها الرئيس المصري."
    assert coded(text, "CONSULT") == [("visit", "رئيس الوزراء", "القاهرة"), ("meeting", "رئيس الوزراء", "الرئيس المصري")]
    text = "وصل الرئيس إلى القاهرة في زيارة رسمية تستغرق يومين، يجري خلالها محادثات مع الرئيس المصري."
    assert coded(text, "CONSULT") == [("visit", "الرئيس", "القاهرة"), ("talks", "الرئيس", "الرئيس المصري")]
    # the guest of a meeting, in a relative clause, visits the place; a working visit's kind is no target
    text = "استقبل الرئيس اليوم وزير الخارجية الإيطالي، الذي يقوم بزيارة عمل إلى الجزائر."
    assert coded(text, "CONSULT") == [
        ("meeting", "الرئيس", "وزير الخارجية الإيطالي"), ("visit", "وزير الخارجية الإيطالي", "الجزائر"),
    ]
    # a meeting held during a visit, told in one clause, stays one act
    assert len(coded("عقد الوزيران اجتماعا بحثا خلاله العلاقات.", "CONSULT")) == 1


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("اعتقلت الشرطة المسلحين الذين هاجموا القرية.", "ASSAULT", (None, "المسلحين", "القرية")),
        ("أعلنت الشرطة توقيف الشاب الذي طعن زميله.", "ASSAULT", (None, "الشاب", "زميله")),
        ("وصل المبعوث الأممي الذي يزور المنطقة إلى الجزائر.", "CONSULT", ("visit", "المبعوث الأممي", "الجزائر")),
        # no doer: an explosion, a missile; a verb with its object pronoun is an object relative
        ("أدى الانفجار الذي استهدف السوق إلى مقتل عشرة.", "ASSAULT", ("bombing", None, "السوق")),
        ("أدان الرئيس الهجوم الذي شنه المسلحون على القرية.", "ASSAULT", (None, "المسلحون", "القرية")),
    ],
)
def test_the_noun_a_subject_relative_clause_describes_does_its_act(
    text: str, type_: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert coded(text, type_)[0] == expected


def test_stances_on_a_creed_or_every_act_of_a_kind_are_no_events() -> None:
    text = "جدد مجلس وزراء الداخلية العرب رفضه القاطع للإرهاب بكافة أشكاله، وإدانته لكل أعمال العنف التي تستهدف المدنيين."
    assert coded(text, "REJECT") == [] and coded(text, "ACCUSE") == []
    assert coded("جدد المجلس رفضه للإرهاب.", "REJECT") == []
    # someone's violence is an act: its condemnation stays
    assert coded("أدانت الرابطة العنف الذي مارسته الشرطة ضد المتظاهرين.", "ACCUSE")[0][1] == "الرابطة"
    assert len(coded("أدانت الحكومة العنف الإسرائيلي في الضفة.", "ACCUSE")) == 1


def test_protesters_storming_a_building_riot() -> None:
    text = "اقتحم محتجون غاضبون مبنى ديوان المحافظة عصر اليوم."
    assert coded(text, "COERCE") == []
    assert [m for m, _a, _t in coded(text, "PROTEST")] == ["riot"]
    # security forces storming a building raid it
    assert coded("اقتحمت قوات الأمن مقر الحزب.", "COERCE") == [("raid", "قوات الأمن", "مقر الحزب")]


def test_a_siege_of_the_goal_is_football() -> None:
    assert coded("فرض الفريق حصارا خانقا على مرمى ضيفه طوال الشوط الثاني.", "COERCE") == []
    assert coded("فرضت القوات حصارا خانقا على المدينة.", "COERCE")[0][0] == "blockade"


def test_a_plural_verb_coordinated_inside_a_relative_clause_keeps_its_doers() -> None:
    text = "اعتقلت الشرطة المسلحين الذين اقتحموا البنك وأطلقوا النار على الحراس."
    assert coded(text, "ASSAULT") == [("firearms", "المسلحين", "الحراس")]
    text = "تعرضت دورية لاعتداء من قبل عدد من الأهالي الذين اعترضوا طريقها ورشقوها بالحجارة."
    assert [a for _m, a, _t in coded(text, "ASSAULT")] == ["الأهالي"]


def test_visits_of_a_kind_and_their_topic() -> None:
    # the kind of a visit is no target; the destination is
    text = "من المقرر أن يصل الرئيس إلى موسكو الأسبوع المقبل في زيارة دولة تستمر ثلاثة أيام، يجري خلالها محادثات مع نظيره الروسي."
    assert coded(text, "CONSULT") == [("visit", "الرئيس", "موسكو"), ("talks", "الرئيس", "نظيره الروسي")]
    # the subject after a verb's place and time; a topic discussed is no second act
    text = "وصل إلى أبوظبي مساء اليوم الرئيس الإندونيسي في زيارة دولة تستغرق يومين يبحث خلالها سبل تعزيز الشراكة."
    assert coded(text, "CONSULT") == [("visit", "الرئيس الإندونيسي", "أبوظبي")]


def test_doers_of_convoys_battles_and_first_visits() -> None:
    assert coded("دخلت إلى المدينة قافلة مساعدات سيرها الهلال الأحمر.", "AID")[0][1] == "الهلال الأحمر"
    text = "استعادت قوات الجيش السيطرة على البلدة بعد معارك عنيفة خاضتها ضد مسلحي الحركة."
    assert coded(text, "ASSAULT")[0][1:] == ("قوات الجيش", "مسلحي الحركة")
    text = "يتوجه رئيس الوزراء إلى القاهرة في أول زيارة خارجية له منذ توليه منصبه."
    assert coded(text, "CONSULT") == [("visit", "رئيس الوزراء", "القاهرة")]


def test_objects_past_time_phrases_and_asides() -> None:
    text = "اعتقل جهاز الأمن خلال الأسابيع الماضية سبعة مواطنين من سكان المدينة."
    assert coded(text, "COERCE")[0][2] == "سبعة مواطنين"
    assert coded("اعتقلت الشرطة خلال الحملة عشرين مطلوبا.", "COERCE")[0][2] == "عشرين مطلوبا"
    # a proclitic preposition inside an aside is no target; a party met inside one is
    text = "أشاد المبعوث، في تصريح صحفي بنواكشوط، بموريتانيا لاستضافتها اللاجئين."
    assert coded(text, "SUPPORT")[0][2].startswith("موريتانيا")
    text = "بحث الوزير، في اتصال هاتفي مع نظيره الإريتري، تطورات الأوضاع في المنطقة."
    assert coded(text, "CONSULT")[0][2] == "نظيره الإريتري"


def test_a_course_of_development_is_no_march() -> None:
    assert coded("ثمنت الوزارة الخطوة التي ستسهم في دعم مسيرة التعافي والبناء.", "PROTEST") == []
    assert coded("نظم الطلاب مسيرة حاشدة في وسط المدينة.", "PROTEST")[0][0] == "demonstration"
