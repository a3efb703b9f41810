"""Rules of the eleventh session (court sentences, lists a name is put on, ultimatums), on
our own sentences."""

from __future__ import annotations

import pytest
from event_helpers import analysed, only


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("قضت محكمة الجنايات بسجن الناشط الحقوقي خمس سنوات.", "الناشط الحقوقي"),
        ("قضت محكمة الاستئناف بإعدام قاتل الطفلة.", "قاتل الطفلة"),
        # a definite companion takes no genitive: the target is the على phrase
        ("قضت المحكمة العسكرية بالسجن المؤبد على ثلاثة متهمين.", "ثلاثة متهمين"),
    ],
)
def test_a_court_sentence_targets_whom_it_sentences(text: str, target: str) -> None:
    event = only(text, "COERCE")
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "أدرجت وزارة الخزانة الأمريكية ثلاثة مسؤولين في الحرس الثوري على قائمة العقوبات.",
            "وزارة الخزانة الأمريكية", "ثلاثة مسؤولين",
        ),
        (
            "أدرج مجلس الأمن الدولي أمس خمسة قادة من الميليشيا المتهمة بارتكاب مجازر على القائمة السوداء.",
            "مجلس الأمن الدولي", "خمسة قادة",
        ),
    ],
)
def test_a_list_far_after_its_verb_still_makes_the_sanction(text: str, actor: str, target: str) -> None:
    event = only(text, "SANCTION")
    assert event.trigger.text.startswith("أدرج")
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and event.target.text == target


def test_a_far_sanctions_word_without_a_list_noun_is_no_blacklisting() -> None:
    text = "أدرجت الوزارة بندا جديدا في الموازنة العامة للعام المقبل لدعم الأسر المتضررة من العقوبات."
    assert not [e for e in analysed(text) if e.trigger.text.startswith("أدرجت")]


def test_an_ultimatum_names_no_addressee_after_a_bare_preposition() -> None:
    # من البلدة is where they should leave, not whom the threat addresses
    event = only("هدد الجيش بقصف مواقع المسلحين إذا لم ينسحبوا من البلدة خلال يومين.", "THREATEN")
    assert event.target is not None and event.target.text == "مواقع المسلحين"


def test_an_ultimatum_still_names_the_subject_of_its_condition() -> None:
    event = only("توعدت الجماعة باستهداف السفن ما لم ينسحب الأسطول من المنطقة.", "THREATEN")
    assert event.target is not None and event.target.text == "الأسطول"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("هاجم مسلحون نقطة تفتيش قرب الحدود.", "نقطة تفتيش"),
        ("اقتحمت القوات مخيم لاجئين شرق المدينة.", "مخيم لاجئين"),
        ("استهدفت سيارة مفخخة مركز شرطة في البلدة.", "مركز شرطة"),
        ("رفض مجلس النواب مشروع قانون قدمته الحكومة.", "مشروع قانون"),
    ],
)
def test_a_container_head_keeps_its_indefinite_genitive(text: str, target: str) -> None:
    (event,) = [e for e in analysed(text) if e.type in ("ASSAULT", "COERCE", "REJECT")]
    assert event.target is not None and event.target.text == target


def test_a_tanker_resumed_by_a_pronoun_is_the_whole_phrase() -> None:
    events = analysed("أطلقت البحرية سراح ناقلة نفط احتجزتها الشهر الماضي في المضيق.")
    assert {e.target.text for e in events if e.target is not None} == {"ناقلة نفط"}


def test_a_container_followed_by_an_adjective_keeps_it() -> None:
    events = analysed("ضبطت الشرطة شاحنة محملة بالأسلحة.")
    (seizure,) = [e for e in events if e.type == "COERCE"]
    assert seizure.target is not None and seizure.target.text == "شاحنة محملة بالأسلحة"


def test_drones_are_one_phrase_with_their_adjective() -> None:
    event = only("هاجمت الطائرات المسيرة قافلة على الطريق الدولي.", "ASSAULT")
    assert event.actor is not None and event.actor.text == "الطائرات المسيرة"


@pytest.mark.parametrize(
    "text",
    [
        "شنت الطائرات الحربية أمس الأول أكثر من عشرين غارة على مواقع المسلحين.",
        "نفذت القوات الخاصة فجر اليوم الأحد ثلاث عمليات دهم في أحياء المدينة.",
    ],
)
def test_a_light_verb_reaches_past_a_time_and_the_acts_count(text: str) -> None:
    (event,) = [e for e in analysed(text) if e.type in ("ASSAULT", "COERCE")]
    assert event.actor is not None and event.actor.text in ("الطائرات الحربية", "القوات الخاصة")


def test_a_sum_of_money_still_counts_in_a_light_verbs_reach() -> None:
    text = "ستقدم الحكومة 100 مليون دولار لدعم خطة الاستجابة الإنسانية في البلاد."
    assert not [e for e in analysed(text) if e.type == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("استهدف صاروخ محطة كهرباء في الضاحية.", "محطة كهرباء"),
        ("أصابت قذيفة هاون منزلا في الحي الشرقي.", "منزلا"),
    ],
)
def test_a_munition_after_the_verb_is_its_subject_not_its_object(text: str, target: str) -> None:
    event = only(text, "ASSAULT")
    assert event.actor is None
    assert event.target is not None and event.target.text == target


def test_a_killed_man_before_the_next_clause_is_no_actor() -> None:
    # وقتل شرطي | وأصيب: an unmarked passive, the next clause after it
    event = only("قتل مدني وأصيب آخر في قصف مدفعي على البلدة.", "ASSAULT")
    assert event.actor is None
    assert event.target is not None and event.target.text == "مدني"


def test_an_unmarked_passive_before_a_wounded_clause_keeps_the_killed_as_target() -> None:
    event = only("قتل شرطي وأصيب اثنان آخران في هجوم مسلح استهدف دورية أمنية في سيناء.", "ASSAULT")
    assert event.actor is None
    assert event.target is not None and event.target.text == "شرطي"


def test_a_denied_responsibility_names_no_actor() -> None:
    event = only("نفت وزارة الدفاع مسؤوليتها عن قصف المستشفى.", "ASSAULT")
    assert event.actor is None
    claimed = only("أعلنت الجماعة مسؤوليتها عن تفجير السيارة المفخخة.", "ASSAULT")
    assert claimed.actor is not None and claimed.actor.text == "الجماعة"


def test_the_crime_of_a_charge_does_not_hide_whom_it_is_brought_against() -> None:
    event = only("وجهت النيابة العامة تهمة القتل العمد إلى المتهم الرئيسي في القضية.", "ACCUSE")
    assert event.target is not None and event.target.text == "المتهم الرئيسي"


def test_the_crowd_dispersed_is_the_target() -> None:
    (event,) = [
        e for e in analysed("فرقت قوات الأمن بالغاز المسيل للدموع مئات المحتجين أمام مقر الحكومة.")
        if e.type == "ASSAULT"
    ]
    assert event.actor is not None and event.actor.text == "قوات الأمن"
    assert event.target is not None and event.target.text == "مئات المحتجين"


@pytest.mark.parametrize(
    "text",
    [
        "لقي ثلاثة أشخاص حتفهم في حادث سير على الطريق الدولي.",
        "قتل خمسة أشخاص وأصيب عشرة آخرون في حادث تصادم بين حافلة وشاحنة.",
        "لقي طفلان حتفهما غرقا في النهر.",
    ],
)
def test_a_toll_of_an_accident_is_no_attack(text: str) -> None:
    assert not [e for e in analysed(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة جنود في هجوم على حاجز عسكري.",
        "أصيب عشرة أشخاص في انفجار سيارة مفخخة.",
    ],
)
def test_a_toll_of_an_attack_stays_an_attack(text: str) -> None:
    assert [e for e in analysed(text) if e.type == "ASSAULT"]


def test_summoning_an_ambassador_is_a_rebuke_of_the_envoy() -> None:
    events = analysed("استدعت وزارة الخارجية التركية السفير الأمريكي في أنقرة احتجاجا على تصريحاته.")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "criticize")]
    assert events[0].actor is not None and events[0].actor.text == "وزارة الخارجية التركية"
    assert events[0].target is not None and events[0].target.text == "السفير الأمريكي"


def test_a_coach_calling_up_players_summons_no_envoy() -> None:
    assert not analysed("استدعى المدرب ثلاثة لاعبين جدد إلى المنتخب.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("اعتقلت الشرطة ثلاثة مشتبه بهم في قضية تهريب آثار.", "ثلاثة مشتبه بهم"),
        ("اعتقلت الشرطة المشتبه به في الجريمة.", "المشتبه به"),
    ],
)
def test_a_suspect_keeps_its_preposition(text: str, target: str) -> None:
    event = only(text, "COERCE")
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("أقدم مجهولون على إضرام النار في مقر الحزب الحاكم.", "مقر الحزب الحاكم"),
        ("أضرم مجهولون النار في سيارة صحفي أمام منزله.", "سيارة"),
    ],
)
def test_arson_targets_what_was_set_on_fire(text: str, target: str) -> None:
    event = only(text, "ASSAULT")
    assert event.actor is not None and event.actor.text == "مجهولون"
    assert event.target is not None and event.target.text == target
