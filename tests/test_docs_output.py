"""docs/output.md documents every contract field, and its example is a valid analysis."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from marsad.model import Analysis, ErrorRecord

DOC = Path(__file__).resolve().parents[1] / "docs" / "output.md"


def blocks(lang: str) -> list[str]:
    """The fenced code blocks of docs/output.md in language `lang`."""
    return re.findall(rf"```{lang}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def fields_of(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[str]:
    """Names of all fields of `model` and of the models nested in it."""
    names: set[str] = set()
    for name, info in model.model_fields.items():
        names.add(name)
        for sub in re.findall(r"marsad\.model\.(\w+)", str(info.annotation)):
            nested = getattr(__import__("marsad.model", fromlist=[sub]), sub)
            if nested not in seen:
                seen.add(nested)
                names |= fields_of(nested, seen)
    return names


def spans(obj: Any) -> list[dict[str, Any]]:
    """Every dict in a JSON tree that has text, start and end."""
    found: list[dict[str, Any]] = []
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj["start"], int):
            found.append(obj)
        for value in obj.values():
            found.extend(spans(value))
    elif isinstance(obj, list):
        for value in obj:
            found.extend(spans(value))
    return found


def test_docs_output_mentions_every_field() -> None:
    text = DOC.read_text(encoding="utf-8")
    names = fields_of(Analysis, set()) | fields_of(ErrorRecord, set())
    missing = sorted(n for n in names if f"`{n}`" not in text and f".{n}`" not in text)
    assert missing == [], f"fields not documented in docs/output.md: {missing}"


def test_docs_output_example_is_valid_and_offsets_hold() -> None:
    (source,) = blocks("text")
    source = source.rstrip("\n")
    example = json.loads(blocks("json")[0])
    analysis = Analysis.model_validate(example)
    assert analysis.doc.length == len(source)
    for span in spans(example):
        assert source[span["start"] : span["end"]] == span["text"]
    for at in example["attributions"]:
        assert 0 <= at["content"]["start"] < at["content"]["end"] <= len(source)
