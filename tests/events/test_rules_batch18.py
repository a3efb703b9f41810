"""Rules of the sixteenth session, on our own sentences."""

from __future__ import annotations

import pytest
from event_helpers import analysed, coded


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # a subject ending in a quoted name (group noun + من + «name»)
        ("قال مصدر محلي إن عناصر من «قسد» اعتقلوا خمسة شبان من القرية.", "COERCE", ("arrest", "قسد", "خمسة شبان")),
        ("أفادت شبكة محلية بأن مقاتلين من «قوات سوريا الديمقراطية» اعتقلوا معلما في البلدة.", "COERCE",
         ("arrest", "قوات سوريا الديمقراطية", "معلما")),
        # a condemnation accuses the doer of the act it condemns
        ("أدانت الوزارة بشدة الهجوم الذي نفذه مستوطنون على مدرسة في القرية.", "ACCUSE", ("condemn", "الوزارة", "مستوطنون")),
        ("ندد الحزب بالقصف الذي تشنه القوات التركية على القرى الحدودية.", "ACCUSE", ("condemn", "الحزب", "القوات التركية")),
        ("أدان الاتحاد الهجوم على الصحفيين.", "ACCUSE", ("condemn", "الاتحاد", None)),
        # an outlet credited after the dateline's dash is no subject
        ("بغداد - الصباح: يتوجه وزير الخارجية غدا إلى أنقرة في زيارة رسمية.", "CONSULT",
         ("visit", "وزير الخارجية", "أنقرة")),
        # relational adjectives of the فعالي shape stay in the phrase (المكتب السياسي)
        ("أدان المكتب السياسي للحزب اعتقال الصحفي.", "ACCUSE", ("condemn", "المكتب السياسي", None)),
        # a vague count after a force's name is the object, not part of the name
        ("اعتقلت قوات الأمن العشرات في العاصمة.", "COERCE", ("arrest", "قوات الأمن", "العشرات")),
        # a relative verb with a pronoun for the noun before it: the phrase after is its subject
        ("قالت الأسرة إن الصحفي الذي أفرجت عنه السلطات أمس وصل إلى منزله.", "RETREAT", ("release", "السلطات", "الصحفي")),
        ("وصل إلى المطار 40 أسيرا أفرجت عنهم الحكومة في صفقة تبادل.", "RETREAT", ("release", "الحكومة", "40 أسيرا")),
        # a threat and the act it threatens with: the threatener would do it, to the party threatened
        ("توعد وزير الدفاع الجماعة بضربات قاسية في معاقلها.", "ASSAULT", (None, "وزير الدفاع", "الجماعة")),
        ("هدد الرئيس بفرض رسوم جمركية بنسبة 30 في المئة على كندا.", "THREATEN", ("force", "الرئيس", "كندا")),
        ("هدد الرئيس بفرض رسوم جمركية بنسبة 30 في المئة على كندا.", "SANCTION", ("sanctions", "الرئيس", "كندا")),
        # استشهد: killed, its subject the victim, the agent after برصاص
        ("استشهد شاب برصاص قوات الاحتلال قرب الحاجز.", "ASSAULT", ("firearms", "قوات الاحتلال", "شاب")),
        # a verbal noun's pronoun after خلال is the doer of the act before it
        ("استشهد شاب برصاص الجنود خلال اقتحامهم البلدة فجرا.", "COERCE", ("raid", "الجنود", "البلدة")),
        # the verbal noun منع after a decision's ب is a ban
        ("أصدرت السلطات قرارا بمنع الإمام من دخول المسجد لمدة شهر.", "COERCE", ("ban", "السلطات", "الإمام")),
        # an activity's noun in construct: its genitive is whom the ban is on
        ("منعت السلطات سفر المعارضين إلى الخارج.", "COERCE", ("ban", "السلطات", "المعارضين")),
        ("فرضت الشرطة حظر تجول كاملا في المدينة.", "COERCE", ("ban", "الشرطة", None)),
        # a place's name in apposition to a definite place noun and its adjective
        ("يزور الرئيس العاصمة الفرنسية باريس الأسبوع المقبل.", "CONSULT", ("visit", "الرئيس", "العاصمة الفرنسية باريس")),
        # a source described by an adjective is a party (نفى مصدر عسكري)
        ("نفى مصدر عسكري الأنباء عن سقوط المدينة.", "REJECT", ("deny", "مصدر عسكري", None)),
        # a quoted second party written apart from its و
        ("وقعت الحكومة و«قوات سوريا الديمقراطية» اتفاقا لوقف القتال.", "AGREE", ("settlement", "الحكومة", "قوات سوريا الديمقراطية")),
        ("نفى مصدر في وزارة الداخلية الأنباء عن فرار السجناء.", "REJECT", ("deny", "مصدر في وزارة الداخلية", None)),
        # a red card is no expulsion; بدون طيار alone names a drone
        ("فاز الفريق في مباراة شهدت طرد لاعبين اثنين.", "COERCE", None),
        ("أسقطت الدفاعات الجوية طائرة استطلاع مسلحة بدون طيار قرب الحدود.", "ASSAULT",
         ("drone", "الدفاعات الجوية", "طائرة")),
        # فجّر with a building after it blows it up; فجر اليوم is dawn
        ("فجر الجيش، قرابة الثالثة فجرا، منزلين في البلدة.", "ASSAULT", ("bombing", "الجيش", "منزلين")),
        ("استهدفت غارة فجر الأحد منزلين في المخيم.", "ASSAULT", ("aerial", None, "منزلين")),
        # a negation before a comma does not reach past it; a pronoun object may stand for an outlet
        ("أوقفت السلطات بث قناة الجزيرة لمدة غير محددة، متهمة إياها بنشر أخبار كاذبة.", "ACCUSE",
         ("accuse", "السلطات", "الجزيرة")),
    ],
)
def test_sixteenth_session_rules(
    text: str, type_: str, expected: tuple[str | None, str | None, str | None] | None
) -> None:
    found = coded(text, type_)
    assert expected in found if expected is not None else not found


def test_a_negation_does_not_reach_past_a_comma() -> None:
    events = analysed("أوقفت السلطات بث القناة لمدة غير محددة، متهمة إياها بنشر أخبار كاذبة.")
    assert [e.factuality for e in events if e.type == "ACCUSE"] == ["asserted"]
