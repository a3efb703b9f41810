"""Pipeline: analyse one or many texts; unusable input gives coded errors, never a crash."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from marsad.document import Document
from marsad.errors import EmptyText, InvalidDate, NoArabic
from marsad.model import Analysis, ErrorRecord
from marsad.pipeline import INTERNAL_ERROR, Pipeline, Record, analyze, parse_published
from marsad.registry import Component

TEXT = (
    "أعلن الجيش صباح الثلاثاء انسحاب ٣ كتائب من محيط المدينة. "
    "وقال المتحدث باسم الحكومة إن «الانسحاب تم دون حوادث.» "
    "وأضاف أن 1,200 عائلة عادت إلى منازلها خلال أسبوعين."
)


@pytest.fixture(scope="module")
def sentences_only() -> Pipeline:
    return Pipeline(["marsad.sentences.v1"])


def _spans(value: Any) -> list[dict[str, Any]]:
    """Every dumped object that carries text + start + end, at any depth."""
    if isinstance(value, dict):
        own = [value] if {"text", "start", "end"} <= value.keys() else []
        return own + [s for v in value.values() for s in _spans(v)]
    if isinstance(value, list):
        return [s for v in value for s in _spans(v)]
    return []


def test_analyze_fills_doc_info_and_sentences(sentences_only: Pipeline) -> None:
    result = sentences_only.analyze(TEXT, published="2024-06-11", doc_id="a1", title="عنوان")
    assert result.doc.id == "a1"
    assert result.doc.published == "2024-06-11"
    assert result.doc.title == "عنوان"
    assert result.doc.length == len(TEXT)
    assert [TEXT[s.start : s.end][:4] for s in result.sentences] == ["أعلن", "وقال", "وأضا"]


def test_default_pipeline_output_spans_are_evidence() -> None:
    result = analyze(TEXT, published=dt.date(2024, 6, 11))
    assert isinstance(result, Analysis)
    assert result.sentences
    for span in _spans(result.model_dump()):
        assert TEXT[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    ("text", "published", "error"),
    [
        ("", None, EmptyText),
        ("   \n\t ", None, EmptyText),
        ("The army withdrew three battalions.", None, NoArabic),
        ("12345 !!!", None, NoArabic),
        (TEXT, "11/06/2024", InvalidDate),
        (TEXT, "2024-13-01", InvalidDate),
    ],
)
def test_unusable_input_raises_a_coded_error(
    sentences_only: Pipeline, text: str, published: str | None, error: type[Exception]
) -> None:
    with pytest.raises(error):
        sentences_only.analyze(text, published=published)


def test_analyze_many_keeps_order_and_isolates_bad_records(sentences_only: Pipeline) -> None:
    records = [
        Record(TEXT, "good-1"),
        Record("", "empty"),
        Record("no Arabic here", "latin"),
        Record(TEXT, "bad-date", published="yesterday"),
        Record(TEXT, "good-2", published="2024-06-11T08:30:00"),
    ]
    results = list(sentences_only.analyze_many(records))
    assert [r.doc.id for r in results] == [r.id for r in records]
    codes = [r.error.code if isinstance(r, ErrorRecord) else None for r in results]
    assert codes == [None, "empty_text", "no_arabic", "invalid_date", None]
    last = results[-1]
    assert isinstance(last, Analysis) and last.doc.published == "2024-06-11"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("2024-02-29", dt.date(2024, 2, 29)),
        (" 2024-02-29T10:00:00Z", dt.date(2024, 2, 29)),
        (dt.date(2023, 1, 5), dt.date(2023, 1, 5)),
    ],
)
def test_parse_published(value: str | dt.date | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


def _with_stage(step: Component) -> Pipeline:
    """A sentences-only pipeline followed by `step`, registered as 'test.step'."""
    pipeline = Pipeline(["marsad.sentences.v1"])
    pipeline.components.append(("test.step", step))
    return pipeline


def _crash(doc: Document) -> None:
    """A stage with a bug on the document with id 'bad'."""
    if doc.id == "bad":
        raise RuntimeError("stage bug")


def test_a_crashing_stage_costs_one_record_and_is_named() -> None:
    results = list(_with_stage(_crash).analyze_many([Record(TEXT, "ok"), Record(TEXT, "bad"), Record(TEXT, "ok2")]))
    assert [r.doc.id for r in results] == ["ok", "bad", "ok2"]
    failed = results[1]
    assert isinstance(failed, ErrorRecord) and failed.error.code == INTERNAL_ERROR
    assert failed.error.message == "test.step: RuntimeError: stage bug"
    assert isinstance(results[0], Analysis) and isinstance(results[2], Analysis)


def test_strict_reraises_a_crashing_stage() -> None:
    with pytest.raises(RuntimeError, match="stage bug"):
        _with_stage(_crash).analyze_record(Record(TEXT, "bad"), strict=True)


def test_a_coded_error_raised_in_a_stage_keeps_its_code_even_when_strict() -> None:
    def refuse(doc: Document) -> None:
        raise NoArabic("nothing to read")

    result = _with_stage(refuse).analyze_record(Record(TEXT, "x"), strict=True)
    assert isinstance(result, ErrorRecord) and result.error.code == "no_arabic"


def test_tune_gc_for_batch_freezes_loaded_data_and_spaces_young_collections() -> None:
    import gc

    from marsad.pipeline import BATCH_GC_THRESHOLD, tune_gc_for_batch

    before = gc.get_threshold()
    try:
        tune_gc_for_batch()
        assert gc.get_threshold()[0] == BATCH_GC_THRESHOLD
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
