"""The JSON contract: schema generation, round-trips, and refusal of unknown fields."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from marsad.model import (
    SCHEMA_VERSION,
    Analysis,
    DocInfo,
    Entity,
    ErrorDoc,
    ErrorInfo,
    ErrorRecord,
    Event,
    Evidence,
    Quantity,
    Ref,
    Sentence,
    json_schema,
)

TEXT = "قصفت طائرات مواقع قرب حلب وقتل 12 مسلحا."


def _analysis() -> Analysis:
    city = TEXT.index("حلب")
    num = TEXT.index("12")
    verb = TEXT.index("قصفت")
    return Analysis(
        doc=DocInfo(id="m1", published="2024-01-09", length=len(TEXT)),
        sentences=[Sentence(index=0, start=0, end=len(TEXT), kind="report")],
        entities=[
            Entity(
                id="e1",
                text="حلب",
                start=city,
                end=city + 3,
                sentence=0,
                type="GPE",
                country="SYR",
                lat=36.2,
                lon=37.16,
            )
        ],
        quantities=[
            Quantity(
                id="q1",
                text="12",
                start=num,
                end=num + 2,
                sentence=0,
                value=12.0,
                unit="person",
                counted="مسلحا",
            )
        ],
        events=[
            Event(
                id="v1",
                type="ASSAULT",
                trigger=Evidence(text="قصفت", start=verb, end=verb + 4),
                sentence=0,
                location=Ref(text="حلب", start=city, end=city + 3, entity="e1"),
                quantities=["q1"],
            )
        ],
    )


def test_schema_describes_every_layer() -> None:
    schema = json_schema()
    json.dumps(schema)  # serialisable
    props = schema["properties"]
    assert isinstance(props, dict)
    for layer in (
        "doc",
        "sentences",
        "entities",
        "times",
        "quantities",
        "events",
        "attributions",
        "framing",
    ):
        assert layer in props


def test_round_trip_through_json() -> None:
    analysis = _analysis()
    again = Analysis.model_validate_json(analysis.model_dump_json())
    assert again == analysis
    assert again.schema_version == SCHEMA_VERSION


def test_empty_layers_are_present_as_lists() -> None:
    dumped = json.loads(Analysis(doc=DocInfo(id="x")).model_dump_json())
    for layer in (
        "sentences",
        "entities",
        "times",
        "quantities",
        "events",
        "attributions",
        "framing",
    ):
        assert dumped[layer] == []


def test_offsets_in_the_example_are_evidence() -> None:
    analysis = _analysis()
    for item in [*analysis.entities, *analysis.quantities]:
        assert TEXT[item.start : item.end] == item.text
    trigger = analysis.events[0].trigger
    assert TEXT[trigger.start : trigger.end] == trigger.text


def test_unknown_fields_and_bad_literals_are_refused() -> None:
    with pytest.raises(ValidationError):
        DocInfo.model_validate({"id": "x", "colour": "red"})
    with pytest.raises(ValidationError):
        Sentence(index=0, start=0, end=1, kind="rumour")  # type: ignore[arg-type]


def test_error_record_round_trip() -> None:
    record = ErrorRecord(doc=ErrorDoc(id="r7"), error=ErrorInfo(code="no_arabic", message="m"))
    assert json.loads(record.model_dump_json()) == {
        "doc": {"id": "r7"},
        "error": {"code": "no_arabic", "message": "m"},
    }
