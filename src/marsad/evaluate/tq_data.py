"""Reading the JSON Lines test sets of times and quantities (tests/data/*.jsonl).

One object per line: ``{"id", "text", "published", "times": [{"text", "value"}]}`` or
``{"id", "text", "published", "quantities": [{"text", "value", "counted", "approx",
"unit", "value_max"}]}``. Each gold item's ``text`` is found in the sentence (in order)
to give its span.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import InvalidRecord


@dataclass(frozen=True)
class Case:
    """One annotated sentence: text, publication date, gold items with their spans."""

    id: str
    text: str
    published: str | None
    gold: list[dict[str, Any]]


def load_cases(path: str | Path, layer: str) -> list[Case]:
    """Cases of a test set; `layer` is 'times' or 'quantities'."""
    cases: list[Case] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(_case(raw, layer))
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidRecord(f"{path}:{n}: {exc}") from exc
    return cases


def _case(raw: dict[str, Any], layer: str) -> Case:
    """A case with gold spans located in the text."""
    text = raw["text"]
    gold: list[dict[str, Any]] = []
    pos = 0
    for item in raw[layer]:
        start = text.find(item["text"], pos)
        if start < 0:
            raise ValueError(f"{item['text']!r} not found in {raw['id']}")
        gold.append({**item, "start": start, "end": start + len(item["text"])})
        pos = start + 1
    return Case(str(raw["id"]), text, raw.get("published"), gold)


def overlaps(a: dict[str, Any], start: int, end: int) -> int:
    """Characters shared by a gold span and [start, end)."""
    return max(0, min(a["end"], end) - max(a["start"], start))
