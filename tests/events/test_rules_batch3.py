"""Rules added after the third blind batch, each on a sentence written for this test and
run through the whole default pipeline (the rules read entities, numbers and cues)."""

from __future__ import annotations

import pytest

from marsad.model import Analysis, Event
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str, published: str = "2025-06-01") -> list[Event]:
    analysis: Analysis = pipe.analyze(text, published=published)
    return analysis.events


def _one(pipe: Pipeline, text: str, type_: str, published: str = "2025-06-01") -> Event:
    return next(e for e in _events(pipe, text, published) if e.type == type_)


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("انتشرت وحدات الجيش في أحياء المدينة بعد الاشتباكات.", "MOBILIZE", "deployment"),
        ("نشرت البحرية الفرنسية فرقاطتين وسفن دعم في البحر الأحمر.", "MOBILIZE", "deployment"),
        ("قضت المحكمة بسجن المتهمين الأربعة خمس سنوات.", "COERCE", None),
        ("قررت النيابة حبس المشتبه به أربعة أيام.", "COERCE", "arrest"),
        ("تبادل الطرفان عشرات الأسرى عند المعبر.", "RETREAT", "release"),
        ("أمهل المحافظ المعتصمين يومين لفتح الطريق.", "THREATEN", "ultimatum"),
        ("أجرت القوات البحرية للبلدين مناورات مشتركة قبالة الساحل.", "COOPERATE", "security"),
        ("استهدفت مسيّرة سيارة على الطريق الساحلي.", "ASSAULT", "drone"),
    ],
)
def test_new_triggers_and_modes(pipe: Pipeline, text: str, type_: str, mode: str | None) -> None:
    ev = _one(pipe, text, type_)
    assert ev.mode == mode


@pytest.mark.parametrize(
    ("text", "type_", "factuality"),
    [
        ("قد تشن القوات هجوما جديدا على البلدة.", "ASSAULT", "hypothetical"),
        ("يخشى الأهالي أن تندلع اشتباكات جديدة في الحي.", "ASSAULT", "hypothetical"),
        ("توعدت الجماعة بالرد على أي هجوم يستهدف مواقعها.", "ASSAULT", "hypothetical"),
        ("يزور وزير الخارجية العاصمة الأردنية مطلع الشهر المقبل.", "CONSULT", "planned"),
        ("قتلت قوة من جهاز مكافحة الإرهاب ثلاثة مسلحين في الصحراء.", "ASSAULT", "asserted"),
    ],
)
def test_factuality_rules(pipe: Pipeline, text: str, type_: str, factuality: str) -> None:
    assert _one(pipe, text, type_).factuality == factuality


def test_received_call_makes_the_caller_the_actor(pipe: Pipeline) -> None:
    ev = _one(pipe, "تلقى رئيس الوزراء اتصالا هاتفيا من نظيره الإيطالي.", "CONSULT")
    assert ev.actor is not None and ev.actor.text.startswith("نظيره")
    assert ev.target is not None and ev.target.text.startswith("رئيس الوزراء")


def test_pronoun_subject_after_complementizer(pipe: Pipeline) -> None:
    ev = _one(pipe, "أعلنت الشرطة أنها ضبطت كميات كبيرة من الأسلحة في المخزن.", "COERCE")
    assert ev.actor is not None and ev.actor.text == "الشرطة"
    assert ev.target is not None and ev.target.text.startswith("كميات كبيرة")


def test_reporting_participle_defers_to_the_main_subject(pipe: Pipeline) -> None:
    ev = _one(pipe, "وقالت الشرطة في بيان، مؤكدة أنها اعتقلت خمسة أشخاص.", "COERCE")
    assert ev.actor is not None and ev.actor.text == "الشرطة"


def test_movement_noun_passes_to_what_moves(pipe: Pipeline) -> None:
    ev = _one(pipe, "منعت السلطات دخول الشاحنات إلى المدينة.", "COERCE")
    assert ev.target is not None and ev.target.text.startswith("الشاحنات")


def test_coordinated_subject_before_a_dual_verb(pipe: Pipeline) -> None:
    ev = _one(pipe, "الجيش والشرطة يعتقلان عشرة مطلوبين في حملة أمنية.", "COERCE")
    assert ev.actor is not None and ev.actor.text == "الجيش والشرطة"


def test_group_counted_among_victims_is_no_attacker(pipe: Pipeline) -> None:
    ev = _one(pipe, "أصيب عشرون شخصا، بينهم ثمانية من قوات الأمن، خلال المواجهات.", "ASSAULT")
    assert ev.actor is None or "قوات الأمن" not in ev.actor.text


def test_released_is_no_shooting(pipe: Pipeline) -> None:
    types = {e.type for e in _events(pipe, "تم إطلاق سراح الصحفي بعد احتجازه يومين.")}
    assert "RETREAT" in types and "ASSAULT" not in types


def test_announcer_of_its_own_act_is_the_actor(pipe: Pipeline) -> None:
    ev = _one(pipe, "أعلنت الشرطة اعتقال ثلاثة مهربين على الحدود.", "COERCE")
    assert ev.actor is not None and ev.actor.text == "الشرطة"
    toll = _one(pipe, "أعلنت وزارة الصحة مقتل سبعة أشخاص في القصف.", "ASSAULT")
    assert toll.actor is None or "وزارة" not in toll.actor.text


def test_source_named_after_the_clause_makes_it_reported(pipe: Pipeline) -> None:
    ev = _one(pipe, "قتل أربعة مدنيين في قصف على السوق، بحسب ما أفاد به مسعفون.", "ASSAULT")
    assert ev.factuality == "reported"


def test_arms_deliveries_are_military_aid(pipe: Pipeline) -> None:
    ev = _one(pipe, "أعلنت وزارة الدفاع تسليم الجيش منظومتي دفاع جوي.", "AID")
    assert ev.mode == "military" and ev.actor is not None and ev.actor.text == "وزارة الدفاع"
    assert _one(pipe, "زودت الحكومة الفصائل بأسلحة خفيفة.", "AID").mode == "military"
