"""`trusted` builds contract objects without validating them: they must equal, and serialise
exactly like, the objects pydantic validates from the same values."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from marsad.model import (
    Analysis,
    Attribution,
    ContentSpan,
    Entity,
    Event,
    Evidence,
    Framing,
    Quantity,
    Ref,
    Sentence,
    SourceSummary,
    Time,
)
from marsad.pipeline import analyze
from marsad.trusted import assign, trusted

TRIGGER = Evidence(text="قصف", start=0, end=3)
SOURCE = Ref(text="وزارة الدفاع", start=10, end=22, entity="e1", name_en="Ministry of Defence")
CASES: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (Evidence, {"text": "قصف", "start": 0, "end": 3}),
    (Ref, {"text": "الجيش", "start": 4, "end": 9}),
    (Ref, {"text": "الجيش", "start": 4, "end": 9, "entity": "e2", "name_en": "Army"}),
    (Sentence, {"index": 0, "start": 0, "end": 40}),
    (ContentSpan, {"start": 3, "end": 30}),
    (Entity, {"id": "e1", "text": "دمشق", "start": 1, "end": 5, "sentence": 0, "type": "GPE",
              "kb_id": "Q3766", "name_en": "Damascus", "country": "SYR", "lat": 33.5, "lon": 36.3}),
    (Time, {"id": "t1", "text": "أمس", "start": 0, "end": 3, "sentence": 0, "value": "2024-04-30",
            "granularity": "day", "resolved": True}),
    (Quantity, {"id": "q1", "text": "900 جندي", "start": 0, "end": 8, "sentence": 0, "value": 900.0,
                "unit": "troops", "counted": "military"}),
    (Event, {"id": "ev1", "type": "ASSAULT", "trigger": TRIGGER, "sentence": 0, "actor": SOURCE}),
    (Attribution, {"id": "a1", "source": SOURCE, "source_kind": "organization", "cue": TRIGGER,
                   "content": ContentSpan(start=3, end=30), "sentence": 0}),
    (Framing, {"id": "f1", "text": "ذريعة", "start": 0, "end": 5, "sentence": 0, "kind": "loaded_term",
               "neutral": "سبب"}),
    (SourceSummary, {"text": "وزارة الدفاع", "kind": "organization", "claims": 2}),
]


@pytest.mark.parametrize(("cls", "fields"), CASES, ids=[f"{c.__name__}-{i}" for i, (c, _) in enumerate(CASES)])
def test_trusted_equals_validated(cls: type[BaseModel], fields: dict[str, Any]) -> None:
    built, validated = trusted(cls, **fields), cls(**fields)
    assert built == validated
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_fields_set == validated.model_fields_set
    assert repr(built) == repr(validated)


def test_factory_defaults_are_fresh() -> None:
    a = trusted(Event, id="ev1", type="ASSAULT", trigger=TRIGGER, sentence=0)
    b = trusted(Event, id="ev2", type="ASSAULT", trigger=TRIGGER, sentence=0)
    a.quantities.append("q1")
    assert b.quantities == []


def test_unknown_and_missing_fields_are_errors() -> None:
    with pytest.raises(TypeError, match="unknown fields \\['colour'\\]"):
        trusted(Evidence, text="قصف", start=0, end=3, colour="red")
    with pytest.raises(TypeError, match="missing fields \\['end'\\]"):
        trusted(Evidence, text="قصف", start=0)


def test_built_objects_stay_assignable() -> None:
    event = trusted(Event, id="ev1", type="ASSAULT", trigger=TRIGGER, sentence=0)
    event.coref = "c1"
    assert event.model_dump()["coref"] == "c1"


def test_assign_is_setattr() -> None:
    by_assign, by_setattr = (Event(id="ev1", type="ASSAULT", trigger=TRIGGER, sentence=0) for _ in range(2))
    assign(by_assign, "coref", "c2")
    by_setattr.coref = "c2"
    assert by_assign == by_setattr
    assert by_assign.model_fields_set == by_setattr.model_fields_set
    assert by_assign.model_dump_json() == by_setattr.model_dump_json()
    with pytest.raises(AttributeError, match="no field 'colour'"):
        assign(by_assign, "colour", "red")


def test_a_whole_analysis_validates_back_to_itself() -> None:
    text = (
        "قصفت طائرات حربية مواقع في ريف إدلب أمس، ما أسفر عن مقتل 12 مسلحا، وفق ما أعلنته وزارة "
        "الدفاع. وقال المتحدث باسم الوزارة إن «العملية ستستمر».\nوتظاهر مئات في دمشق احتجاجا على "
        "ارتفاع الأسعار."
    )
    analysis = analyze(text, published="2024-05-02")
    assert analysis.events and analysis.attributions and analysis.entities and analysis.quantities
    body = analysis.model_dump_json()
    again = Analysis.model_validate_json(body)
    assert again == analysis
    assert again.model_dump_json() == body
