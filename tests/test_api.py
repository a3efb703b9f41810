"""The Python API: `marsad.analyze` and `Pipeline.analyze_many`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import marsad
from marsad import Analysis, Pipeline, Record
from marsad.errors import EmptyText, InvalidDate, NoArabic
from marsad.model import ErrorRecord

TEXT = (
    "أعلن الجيش صباح أمس السبت أن وحداته انسحبت من 3 مواقع قرب الحدود. "
    "وقال مصدر محلي لوكالة الأنباء إن نحو ألفي عائلة عادت إلى منازلها."
)


def spans(obj: Any) -> list[dict[str, Any]]:
    """Every dict in a JSON tree that has text, start and end."""
    found: list[dict[str, Any]] = []
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys():
            found.append(obj)
        for value in obj.values():
            found.extend(spans(value))
    elif isinstance(obj, list):
        for value in obj:
            found.extend(spans(value))
    return found


def test_analyze_returns_contract_with_metadata() -> None:
    result = marsad.analyze(
        TEXT, published="2024-03-10", doc_id="n1", title="عنوان", url="https://e.org/1", source="وكالة"
    )
    assert isinstance(result, Analysis)
    assert result.schema_version == marsad.SCHEMA_VERSION
    doc = result.doc
    assert (doc.id, doc.published, doc.title, doc.url, doc.source) == (
        "n1", "2024-03-10", "عنوان", "https://e.org/1", "وكالة"
    )
    assert doc.length == len(TEXT) and doc.language == "ar"
    assert result.sentences and result.sentences[0].start == 0


def test_analyze_accepts_a_date_object() -> None:
    assert marsad.analyze(TEXT, published=dt.date(2024, 1, 2)).doc.published == "2024-01-02"


def test_analyze_every_span_is_evidence() -> None:
    dumped = marsad.analyze(TEXT, published="2024-03-10").model_dump(mode="json")
    for span in spans(dumped):
        assert TEXT[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    ("text", "kwargs", "error"),
    [
        ("", {}, EmptyText),
        ("  \n ", {}, EmptyText),
        ("only latin text", {}, NoArabic),
        (TEXT, {"published": "10/03/2024"}, InvalidDate),
    ],
)
def test_analyze_raises_coded_errors(text: str, kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        marsad.analyze(text, **kwargs)


def test_analyze_many_keeps_order_and_replaces_bad_records() -> None:
    pipeline = Pipeline()
    records = [Record(TEXT, "a", "2024-03-10"), Record("", "b"), Record("abc", "c"), Record(TEXT, "d")]
    results = list(pipeline.analyze_many(records))
    assert [r.doc.id for r in results] == ["a", "b", "c", "d"]
    assert [type(r) for r in results] == [Analysis, ErrorRecord, ErrorRecord, Analysis]
    assert isinstance(results[1], ErrorRecord) and results[1].error.code == "empty_text"
    assert isinstance(results[2], ErrorRecord) and results[2].error.code == "no_arabic"


def test_pipeline_is_deterministic() -> None:
    first = Pipeline().analyze(TEXT, published="2024-03-10").model_dump_json()
    second = Pipeline().analyze(TEXT, published="2024-03-10").model_dump_json()
    assert first == second
