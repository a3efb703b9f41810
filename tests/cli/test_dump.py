"""`dump` (the JSON `marsad analyze` writes) is byte-identical to json.dumps of the model dump,
whichever of its two paths runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.cli.analyze import dump
from marsad.model import Analysis, DocInfo, ErrorDoc, ErrorInfo, ErrorRecord, Quantity
from marsad.pipeline import Pipeline

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def reference(result: Analysis | ErrorRecord, indent: int | None) -> str:
    """The output format as first defined: json.dumps of the JSON-mode model dump."""
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def _with_quantity(value: float, text: str = "عدد") -> Analysis:
    """An analysis holding one quantity of `value` written as `text`."""
    q = Quantity(id="q1", text=text, start=0, end=len(text), sentence=0, value=value, value_max=None)
    return Analysis(doc=DocInfo(id="x", published=None, length=len(text)), quantities=[q], summary=None)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_examples_dump_as_json_dumps_would(path: Path) -> None:
    result = Pipeline().analyze(path.read_text(encoding="utf-8"), doc_id=path.stem, published="2024-05-01")
    for indent in (2, None):
        assert dump(result, indent) == reference(result, indent)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_float_dumps_as_json_dumps_would(value: float) -> None:
    result = _with_quantity(value)
    assert dump(result) == reference(result, 2)


@pytest.mark.parametrize("value", [1e-05, 2.5e-07, -3e-05, 9.99e-05, 1e-4, 1e16, 1e22, 0.5, 0.0])
def test_small_and_large_floats_dump_as_json_dumps_would(value: float) -> None:
    result = _with_quantity(value)
    assert dump(result) == reference(result, 2)


def test_text_pydantic_cannot_encode_dumps_as_json_dumps_would() -> None:
    result = _with_quantity(3.0, "a\ud800b \x00\x1f\x7f \u2028 «»")
    assert dump(result) == reference(result, 2)


def test_error_records_dump_as_json_dumps_would() -> None:
    result = ErrorRecord(doc=ErrorDoc(id=None), error=ErrorInfo(code="empty_text", message="text is empty"))
    for indent in (2, None):
        assert dump(result, indent) == reference(result, indent)
