"""Rules of the twelfth session (whom aid is given to, counted accusatives), on our own
sentences."""

from __future__ import annotations

import pytest
from event_helpers import analysed, only


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the object is an amount of goods or money: the recipient is after إلى / ل
        ("أرسلت الكويت 40 طنا من المواد الطبية والمساعدات إلى لبنان.", "لبنان"),
        ("قدمت قطر 20 مليون دولار من المساعدات للشعب اليمني.", "شعب اليمني"),
        # ل before people in need names whom the aid is for
        ("وزعت جمعية الهلال الأحمر مساعدات غذائية للأسر النازحة في المخيمات.", "أسر النازحة"),
        ("أرسلت النرويج مساعدات طبية للاجئين في تشاد.", "لاجئين"),
    ],
)
def test_aid_goes_to_its_recipient_not_to_the_goods(text: str, target: str) -> None:
    event = only(text, "AID")
    assert event.target is not None and event.target.text == target


def test_a_purpose_after_lam_is_no_recipient() -> None:
    event = only("قدمت الحكومة مساعدات لإعادة إعمار الجسور.", "AID")
    assert event.target is None


@pytest.mark.parametrize(
    "text",
    [
        "اختطف مسلحون 15 طالبا من مدرسة داخلية في شمال البلاد.",
        "خطفت العصابة عشرين طالبا من الحافلة.",
    ],
)
def test_a_counted_accusative_is_no_dual_verb(text: str) -> None:
    assert [e.type for e in analysed(text)] == ["ASSAULT"]


def test_a_verb_after_a_year_is_still_a_verb() -> None:
    event = only("في عام 2019 اعتقلت الشرطة 40 متظاهرا.", "COERCE")
    assert event.actor is not None and event.actor.text == "الشرطة"


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("اتفقت الحكومة اليمنية وجماعة الحوثي على تبادل الأسرى.", "الحكومة اليمنية", "جماعة الحوثي"),
        ("وقعت مصر والسودان مذكرة تفاهم في مجال الري.", "مصر", "السودان"),
    ],
)
def test_the_second_party_of_a_joint_agreement_is_its_target(text: str, actor: str, target: str) -> None:
    event = only(text, "AGREE")
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and event.target.text == target


def test_two_adjectives_sharing_one_noun_stay_one_party() -> None:
    event = only("نفذت القوات البحرية الأردنية والمصرية تدريبا مشتركا في خليج العقبة.", "COOPERATE")
    assert event.target is None


@pytest.mark.parametrize(
    "text",
    [
        "قالت منظمات إغاثة إن الأوضاع في المخيم تتدهور.",
        "نقل المعتقلون إلى مراكز الاحتجاز في الصحراء.",
    ],
)
def test_an_event_noun_naming_what_a_body_does_is_no_event(text: str) -> None:
    assert analysed(text) == []


def test_an_unless_word_describing_the_companion_cancels_nothing() -> None:
    # السياسية describes the parties; حل سياسي (a political solution) is no ban
    event = only("أصدر الرئيس مرسوما بحل جميع الأحزاب السياسية.", "COERCE")
    assert event.mode == "ban"
    assert [e.type for e in analysed("دعا الوزير إلى حل سياسي للأزمة مع الحزب.")] == ["REQUEST"]


def test_closing_the_borders_is_a_blockade() -> None:
    event = only("أغلقت السلطات حدودها البرية مع الجارة الشمالية.", "COERCE")
    assert event.mode == "blockade"


def test_a_raid_operation_is_one_raid() -> None:
    event = only("نفذت قوة من الجيش عملية دهم في حي الزهور.", "COERCE")
    assert event.mode == "raid" and analysed("نفذت قوة من الجيش عملية دهم في حي الزهور.") == [event]


@pytest.mark.parametrize(
    "text",
    [
        "وجاء في بيان صادر عن وزارة الخارجية أن الوفد وصل.",  # صادر عن: issued by, no confiscation
        "توافد ملايين الزوار على المدينة لإحياء زيارة الأربعين.",  # a pilgrimage, no state visit
    ],
)
def test_words_that_only_look_like_acts(text: str) -> None:
    assert analysed(text) == []


def test_a_conviction_is_no_condemnation() -> None:
    text = "قضت محكمة بسجن ثلاثة رجال عشر سنوات بعد إدانتهم بالانتماء إلى جماعة مسلحة."
    assert [e.type for e in analysed(text)] == ["COERCE"]


def test_the_offence_someone_is_held_for_is_no_event() -> None:
    text = "أمرت النيابة بحبس رجل أربعة أيام لاتهامه بضرب جاره."
    assert [e.type for e in analysed(text)] == ["COERCE"]


def test_a_group_named_in_quotes_after_min_belongs_to_the_subject() -> None:
    event = only("هاجم مسلحون من «جبهة التحرير» معسكرا للجيش في الشمال.", "ASSAULT")
    assert event.actor is not None and event.actor.text == "مسلحون من «جبهة التحرير»"
    assert event.target is not None and event.target.text.startswith("معسكرا")


def test_a_time_word_is_no_verb() -> None:
    text = "قتل أربعة جنود، فجر اليوم، في هجوم بسيارة مفخخة شنه مسلحون على حاجز للجيش."
    event = only(text, "ASSAULT")
    assert not event.trigger.text.startswith("فجر")


def test_a_visit_to_a_place_targets_it() -> None:
    event = only("يبدأ الرئيس الأحد المقبل زيارة رسمية إلى نيروبي تستمر يومين.", "CONSULT")
    assert event.target is not None and event.target.text == "نيروبي"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        # أفراد keeps its indefinite genitive: one phrase, not an actor and a target
        ("هاجم أفراد عصابات مسلحة بلدة صغيرة في الشمال.", "ASSAULT", "أفراد عصابات مسلحة", "بلدة صغيرة"),
        # a protest noun in the accusative of purpose is the main clause subject's act
        ("أغلق مزارعون غاضبون الطريق الدولي احتجاجا على ارتفاع أسعار الأسمدة.", "PROTEST", "مزارعون غاضبون", None),
        # after لكنها the verb's subject is the pronoun: the phrase after it is its object
        ("رحبت الحكومة بالمبادرة لكنها رفضت الشروط الأمريكية.", "REJECT", "الحكومة", "الشروط الأمريكية"),
        # bare فرق is teams, the verb's subject, not the verb "dispersed"
        ("حجزت فرق المراقبة الاقتصادية أكثر من 300 طن من المواد الغذائية.", "COERCE", "فرق المراقبة الاقتصادية", None),
        # the companion is no part of the VSO subject
        ("فرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع.", "ASSAULT", "قوات الأمن", "المتظاهرين"),
        # a relational adjective after an event noun is no patient
        ("أصدرت المحكمة مذكرة توقيف غيابية بحق رجل أعمال.", "COERCE", None, "رجل أعمال"),
    ],
)
def test_who_did_it_and_to_whom(text: str, type_: str, actor: str | None, target: str | None) -> None:
    """Each case checks the participants it names (None: not checked)."""
    event = only(text, type_)
    if actor is not None:
        assert event.actor is not None and event.actor.text == actor
    if target is not None:
        assert event.target is not None and event.target.text == target
