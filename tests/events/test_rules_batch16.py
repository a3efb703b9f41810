"""Rules of the fourteenth session (acts listed in one sentence, doers and targets read
further, truces only mentioned, figures of speech), on our own sentences."""

from __future__ import annotations

import pytest
from event_helpers import analysed, coded, only


def test_verbal_nouns_listed_with_wa_are_acts_of_their_own() -> None:
    text = "أعلنت الحكومة إغلاق المعبر الحدودي مع الجارة الشمالية وطرد الدبلوماسيين التابعين لها."
    assert coded(text, "COERCE") == [("blockade", "الحكومة", "المعبر الحدودي"), ("expulsion", "الحكومة", "الدبلوماسيين")]
    text = "أعلن خفر السواحل احتجاز سفينة شحن تحمل وقودا مهربا، واعتقال أفراد طاقمها."
    assert [m for m, _a, _t in coded(text, "COERCE")] == ["seizure", "arrest"]
    # synonyms of one mode stay one act; cooperation nouns listed tell one relation
    assert len(coded("أعلنت الشرطة اعتقال وتوقيف المشتبه بهم.", "COERCE")) == 1
    assert len(coded("اتفق البلدان على التعاون وتبادل المعلومات الأمنية.", "COOPERATE")) == 1


def test_the_act_an_act_answers_and_the_next_step() -> None:
    text = "طردت الحكومة سبعة دبلوماسيين، ردا على توقيف السلطات الفرنسية موظفا قنصليا في العاصمة."
    assert coded(text, "COERCE") == [
        ("expulsion", "الحكومة", "سبعة دبلوماسيين"),
        ("arrest", "السلطات الفرنسية", "موظفا قنصليا"),
    ]
    text = "اقتحمت قوة أمنية، فجر اليوم، منزلا يختبئ فيه مطلوبون، قبل أن تتمكن من القبض على ثلاثة منهم."
    assert [m for m, _a, _t in coded(text, "COERCE")] == ["raid", "arrest"]
    text = "اقتحمت القوات القرية ونصبت حاجزا عسكريا، قبل أن تعتقل شابين من سكانها."
    assert coded(text, "COERCE")[1] == ("arrest", "القوات", "شابين")


@pytest.mark.parametrize(
    ("text", "type_", "role", "expected"),
    [
        # the announcer past a long name
        ("أعلنت القيادة العامة للقوات المسلحة العربية الليبية رفع حالة الاستنفار في صفوف وحداتها بالجنوب.", "MOBILIZE", "actor",
         "القيادة العامة للقوات المسلحة العربية الليبية"),
        # a verb describing the subject ends it
        ("خطف مسلحون يرتدون زيا مدنيا، مساء الأحد، تاجرا من أمام متجره.", "ASSAULT", "actor", "مسلحون"),
        # who launched the weapon did the attack
        ("أعلنت الشركة توقف المحطة عن العمل، إثر استهدافها ليلا بمسيرات أطلقتها جماعة مسلحة.", "ASSAULT", "actor", "جماعة مسلحة"),
        # who carried out the operations
        ("توقيف 20 مهربا في المنطقة الحدودية، خلال عمليات نفذتها وحدات الجيش.", "COERCE", "actor", "وحدات الجيش"),
        # a quoted short form after the subject
        ("قالت مصادر محلية إن قوات المقاومة الشعبية «مقاومة» انسحبت من القرية.", "RETREAT", "actor", "قوات المقاومة الشعبية"),
        # a clash told with مع only: the clause's subject is the other side
        ("فرضت الشرطة حظر تجول في البلدة، عقب اشتباكات مع مسلحين مجهولين.", "ASSAULT", "actor", "الشرطة"),
        # blame told by a participle after و
        ("رفض الحزب القرار، ومحملا الحكومة مسؤولية الأزمة.", "ACCUSE", "actor", "الحزب"),
        # an adjective with no agreement ending before the doer clause
        ("قتل جنديان في هجوم مضاد شنه الجيش على المدينة.", "ASSAULT", "actor", "الجيش"),
        # the post an attack with casualties struck; the victims' own posts leave them
        ("قتل ثلاثة جنود في هجوم شنه مسلحون بطائرات مسيرة على مواقع عسكرية قرب الحدود.", "ASSAULT", "target", "مواقع عسكرية"),
        ("قتل ثلاثة جنود في هجوم شنه مسلحون على مواقعهم قرب الحدود.", "ASSAULT", "target", "ثلاثة جنود"),
        # whose broadcast a suspension stops
        ("علقت هيئة الإعلام بث قناة الفجر الفضائية لمدة شهر.", "COERCE", "target", "قناة الفجر الفضائية"),
        # the party after the lemma's preposition, past an aside holding another trigger
        ("أشاد الوزير، خلال زيارته الميدانية، بالجهود التي تبذلها فرق الدفاع المدني.", "SUPPORT", "target", "فرق الدفاع المدني"),
        # a threat's act reached past quotes
        ("هدد القائد بتوجيه «ضربات قاسية» إلى القواعد المعادية.", "THREATEN", "target", "القواعد المعادية"),
        # sides set out by من جهة ... من جهة أخرى
        ("معارك ضارية تدور بين الجيش والقوات الحليفة له من جهة والمتمردين من جهة أخرى.", "ASSAULT", "target", "المتمردين"),
        # a cordon and migrants held at sea
        ("فرضت القوات طوقا أمنيا حول الحي.", "COERCE", "target", "الحي"),
        ("اعترضت البحرية قاربا على متنه 40 مهاجرا قبالة السواحل.", "COERCE", "target", "مهاجرا"),
    ],
)
def test_arguments_read_further(text: str, type_: str, role: str, expected: str) -> None:
    party = getattr(only(text, type_), role)
    assert party is not None and party.text == expected


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a truce only mentioned; its إطلاق is no shooting either
        ("أدان البرلمان خرق وقف إطلاق النار في الجنوب.", "AGREE"),
        ("أدان البرلمان خرق وقف إطلاق النار في الجنوب.", "ASSAULT"),
        ("رفضت الحركة المقترح الأخير لوقف إطلاق النار.", "AGREE"),
        # figures of speech, weather, names, sport, dams
        ("شنت أسعار المحروقات هجوما جديدا على جيوب المواطنين.", "ASSAULT"),
        ("حذرت هيئة الأرصاد من أمطار غزيرة على المناطق الساحلية.", "THREATEN"),
        ("اعتقلت الشرطة زعيم ما يسمى «كتيبة الهجوم» في المدينة.", "ASSAULT"),
        ("اقتحم المنتخب الوطني منطقة جزاء منافسه مرارا في الشوط الثاني.", "COERCE"),
        ("خطفت الفنانة الأضواء في حفل الافتتاح.", "ASSAULT"),
        ("بحث الوزيران زيادة الإطلاقات المائية في النهر.", "ASSAULT"),
        # a bare or background battle, an operation named by a word far away
        ("انسحبت القوات من المدينة بعد معركة استمرت أسابيع.", "ASSAULT"),
        ("أوقفت الشرطة عشرة مطلوبين خلال عمليات نفذتها في الأحياء الشرقية للمدينة.", "ASSAULT"),
    ],
)
def test_no_event(text: str, type_: str) -> None:
    assert not [e for e in analysed(text) if e.type == type_]


def test_a_one_word_dateline_no_list_knows_holds_no_trigger() -> None:
    assert [e.trigger.text for e in analysed("سيدكان - قصفت المدفعية القرية أمس.") if e.type == "ASSAULT"] == ["قصفت"]


def test_a_truce_agreed_to_keeps_its_mode() -> None:
    assert only("وافق الطرفان على مقترح هدنة لمدة شهر.", "AGREE").mode == "ceasefire"


def test_money_given_is_economic_aid_and_sentences_have_no_mode() -> None:
    aid = only("قدمت المملكة 50 مليون دولار للحكومة.", "AID")
    assert aid.mode == "economic" and aid.actor is not None and aid.actor.text == "المملكة"
    pledge = only("تعهدت المملكة بتقديم 500 مليون دولار إلى الحكومة الانتقالية.", "AGREE")
    assert pledge.target is not None and pledge.target.text == "الحكومة الانتقالية"
    assert only("قضت المحكمة بسجن ثلاثة متهمين خمس سنوات حبسا نافذا.", "COERCE").mode is None
    sentence = only("أصدرت المحكمة أحكاما بإعدام أربعة مدانين.", "COERCE")
    assert sentence.target is not None and sentence.target.text == "أربعة مدانين"
    assert not [e for e in analysed("أصدرت المحكمة أحكاما بإعدام أربعة مدانين.") if e.type == "ASSAULT"]


def test_a_foiled_smuggling_is_a_seizure_and_the_foiler_acts_next() -> None:
    text = "أحبطت الدوريات البرية محاولة تهريب شحنة أسلحة، وقبضت على ثلاثة مهربين."
    assert coded(text, "COERCE") == [
        ("seizure", "الدوريات البرية", "شحنة أسلحة"),
        ("arrest", "الدوريات البرية", "ثلاثة مهربين"),
    ]


def test_a_possessed_meeting_noun_names_the_party_met() -> None:
    text = "بحث رئيس الوزراء، خلال استقباله وزير الخارجية الفرنسي، تطورات الأوضاع في المنطقة."
    event = only(text, "CONSULT")
    assert event.target is not None and event.target.text == "وزير الخارجية الفرنسي"
