"""Actor and target rules: word orders, passive, agent phrases, claims, demonyms."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.document import Document
from marsad.model import Entity

Coder = Callable[..., Document]


def _ev(doc, type_: str = "ASSAULT"):  # type: ignore[no-untyped-def]
    return next(e for e in doc.events if e.type == type_)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("هاجم المسلحون دورية للشرطة في المدينة.", "المسلحون", "دورية"),
        ("المسلحون هاجموا دورية للشرطة.", "المسلحون", "دورية"),
        ("استُهدفت القاعدة بقذائف الهاون.", None, "القاعدة"),
        ("قُتل جنديان على يد مسلحين مجهولين.", "مسلحين مجهولين", "جنديان"),
        ("تعرضت القافلة لهجوم من قبل عناصر الجماعة.", "عناصر الجماعة", "القافلة"),
        ("شنت الطائرات هجوما على مواقع المتمردين.", "الطائرات", "مواقع المتمردين"),
        # an agent phrase makes an undiacritised verb passive, even with a definite patient
        ("قتل الصحفي على يد مسلحين مجهولين.", "مسلحين مجهولين", "الصحفي"),
        # irregular armed doers are the subject, and take a من phrase
        ("اختطف متمردون من الحركة والد لاعب معروف.", "متمردون من الحركة", "والد"),
    ],
)
def test_actor_and_target(code: Coder, text: str, actor: str | None, target: str | None) -> None:
    ev = _ev(code(text))
    assert (ev.actor.text if ev.actor else None) == actor
    assert ev.target is not None and target is not None and ev.target.text.startswith(target)


def test_claim_of_responsibility_gives_actor(code: Coder) -> None:
    ev = _ev(code("تبنت الجماعة الهجوم على المطار."))
    assert ev.actor is not None and ev.actor.text == "الجماعة"


def test_demonym_military_name(code: Coder, entity: Callable[..., Entity]) -> None:
    text = "قصفت القوات الأمريكية مخزنا للأسلحة."
    nor = entity("الأمريكية", text, "NORP", "United States", "USA")
    ev = _ev(code(text, entities=[nor]))
    assert ev.actor is not None and ev.actor.name_en == "United States military"
    assert ev.actor.entity == nor.id


def test_location_prefers_specific_place(code: Coder, entity: Callable[..., Entity]) -> None:
    text = "هاجم المسلحون حاجزا في مدينة الرمادي غرب العراق."
    ents = [entity("الرمادي", text, "GPE", "Ramadi"), entity("العراق", text, "COUNTRY", "Iraq")]
    ev = _ev(code(text, entities=ents))
    assert ev.location is not None and ev.location.name_en == "Ramadi"


def test_actor_place_named_after_what_it_stands_for(code: Coder) -> None:
    text = "قصفت واشنطن مواقع للمسلحين قرب الحدود."
    start = text.index("واشنطن")
    capital = Entity(
        id="n1", text="واشنطن", start=start, end=start + 6, sentence=0, type="GPE",
        kb_id="place/washington-usa", name_en="Washington, D.C.", stands_for="gov/usa",
    )  # fmt: skip
    ev = _ev(code(text, entities=[capital]))
    assert ev.actor is not None and ev.actor.entity == "n1"
    assert ev.actor.name_en not in (None, "Washington, D.C.")


def test_actor_prefers_entity_linked_to_kb(code: Coder, entity: Callable[..., Entity]) -> None:
    text = "هاجمت قوات الفرقة الرابعة مواقع المعارضين."
    loose = entity("قوات", text, "ORG", "Forces")
    linked = entity("الفرقة الرابعة", text, "ORG", "4th Division").model_copy(
        update={"kb_id": "org/fourth-division"}
    )
    ev = _ev(code(text, entities=[loose, linked]))
    assert ev.actor is not None and ev.actor.name_en == "4th Division"


def test_place_in_operation_name_is_not_the_location(
    code: Coder, entity: Callable[..., Entity]
) -> None:
    text = "شنت القوات هجوما ضمن عملية «درع الفرات» في بلدة الباب."
    river = entity("الفرات", text, "LOC", "Euphrates")
    town = entity("الباب", text, "GPE", "Al-Bab")
    ev = _ev(code(text, entities=[river, town]))
    assert ev.location is not None and ev.location.name_en == "Al-Bab"


def test_shots_into_the_air_or_ground_have_no_target(code: Coder) -> None:
    ev = _ev(code("وقال شاهد إن الجنود أطلقوا النار في الهواء وعلى الأرض لتفريق الحشد."))
    assert ev.target is None
    ev = _ev(code("أطلق الجنود النار على المحتجين قرب الجسر."))
    assert ev.target is not None and ev.target.text == "المحتجين"


def test_a_nisba_adjective_after_an_event_noun_is_no_participant(code: Coder) -> None:
    doc = code("وحذرت المنظمة من تهجير قسري للسكان في المنطقة.")
    ev = _ev(doc, "COERCE")
    assert ev.actor is None and ev.target is not None and ev.target.text.endswith("سكان")
    ev = _ev(code("وتحدث التقرير عن تهجير قسري."), "COERCE")
    assert ev.actor is None and ev.target is None


def test_participle_of_state_is_an_act_of_the_main_subject(code: Coder) -> None:
    doc = code("قطعت الحكومة علاقاتها مع جارتها، متهمة إياها بدعم المتمردين.")
    ev = _ev(doc, "ACCUSE")
    assert ev.actor is not None and ev.actor.text == "الحكومة"
    assert ev.target is not None and ev.target.text == "جارتها"  # إياها: the other party named before
    assert ev.factuality == "asserted"  # the accusation is the government's own act


@pytest.mark.parametrize(
    ("text", "type_", "count"),
    [
        ("داهمت قوة من الجيش المخيم فجرا واعتقلت أربعة شبان.", "COERCE", 2),  # raid, then arrest
        ("رفع الجيش حالة التأهب على الحدود ودفع بتعزيزات إلى الإقليم.", "MOBILIZE", 2),
        ("اقتحمت القوات المدينة وداهمت عددا من المنازل.", "COERCE", 1),  # two raids: one act
        ("هاجم المسلحون القرية وقتلوا خمسة من سكانها.", "ASSAULT", 1),  # a result of the attack
    ],
)
def test_two_acts_of_one_type(code: Coder, text: str, type_: str, count: int) -> None:
    doc = code(text)
    assert sum(1 for e in doc.events if e.type == type_) == count


def test_irregular_armed_doers_assault_rather_than_coerce(code: Coder) -> None:
    doc = code("اقتحم مسلحون ملثمون مقر الإذاعة في المدينة، واحتجزوا عددا من العاملين فيها.")
    assert [(e.type, e.mode) for e in doc.events] == [("ASSAULT", None), ("ASSAULT", "abduction")]


def test_damage_after_a_natural_hazard_is_no_attack(code: Coder) -> None:
    doc = code("ضرب زلزال عنيف المنطقة، ما أدى إلى تدمير مئات المنازل ومقتل عشرين شخصا.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        # a claim of responsibility names the group behind unnamed doers
        ("فجّر انتحاري سيارة مفخخة قرب حافلة للجنود، وأعلن جيش التحرير مسؤوليته عن الهجوم.", "ASSAULT", "جيش التحرير"),
        # لجأ إلى carries its event noun
        ("يخشى مراقبون أن يلجأ الجيش إلى قصف المدن.", "ASSAULT", "الجيش"),
        # the act's first verb has the subject of its و-joined second verb
        ("ضبطت البحرية غواصة تحمل مخدرات، واعتقلت أفراد طاقمها.", "COERCE", "البحرية"),
        # the owner of an event noun in a time adjunct is the main subject
        ("ثمّن الملك مواقف الاتحاد الأوروبي خلال لقائه رئيسة المفوضية.", "CONSULT", "الملك"),
    ],
)
def test_actor_rules_of_the_fifth_batch(code: Coder, text: str, type_: str, actor: str) -> None:
    ev = _ev(code(text), type_)
    assert ev.actor is not None and ev.actor.text == actor
