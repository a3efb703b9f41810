"""Scoring the event coder on a JSONL test set of sentences with gold events.

Each line: {"text", "published", "events": [{"type", "mode", "actor", "target",
"factuality"}]} with actor/target as surface text (or null). Predicted and gold events
of a line are paired by type (in order). Reported: type precision/recall/F1 (micro, and
per type), and over paired events the accuracy of mode, factuality, actor and target. An
actor/target is right when both are empty, or when one normalised text contains the
other (surface spans differ by a clitic or an adjective).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.evaluate.gsr import prf
from marsad.model import Event
from marsad.text.normalize import normalize_key

FIELDS = ("mode", "factuality", "actor", "target")


@dataclass
class EventScores:
    """Counts accumulated over a test set."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    paired: int = 0

    def summary(self) -> dict[str, float]:
        """Micro P/R/F1 and per-field accuracy over paired events."""
        p, r, f = prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        out = {"precision": p, "recall": r, "f1": f, "paired": float(self.paired)}
        for name in FIELDS:
            out[f"{name}_accuracy"] = self.right[name] / self.paired if self.paired else 0.0
        return out

    def per_type(self) -> dict[str, tuple[float, float, float]]:
        """P/R/F1 for each type seen in gold or predictions."""
        types = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return {t: prf(self.tp[t], self.fp[t], self.fn[t]) for t in types}


def read_items(path: str | Path) -> list[dict[str, Any]]:
    """The test set's lines as dicts."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def same_span(gold: str | None, pred: str | None) -> bool:
    """Lenient participant match (both empty, or one contains the other)."""
    if not gold or not pred:
        return not gold and not pred
    g, p = normalize_key(gold), normalize_key(pred)
    return g in p or p in g


def _field(ev: Event, name: str) -> str | None:
    if name in ("actor", "target"):
        ref = getattr(ev, name)
        return ref.text if ref else None
    return getattr(ev, name)


def score_item(scores: EventScores, gold: list[dict[str, Any]], pred: list[Event]) -> None:
    """Pair gold and predicted events of one sentence by type and count."""
    left = list(pred)
    for g in gold:
        match = next((p for p in left if p.type == g["type"]), None)
        if match is None:
            scores.fn[g["type"]] += 1
            continue
        left.remove(match)
        scores.tp[g["type"]] += 1
        scores.paired += 1
        for name in FIELDS:
            value = _field(match, name)
            ok = (
                same_span(g.get(name), value)
                if name in ("actor", "target")
                else g.get(name) == value
            )
            scores.right[name] += ok
    for p in left:
        scores.fp[p.type] += 1


def evaluate(
    items: list[dict[str, Any]], code: Callable[[dict[str, Any]], list[Event]]
) -> EventScores:
    """Score `code` (item -> predicted events) over the test set."""
    scores = EventScores()
    for item in items:
        score_item(scores, item.get("events", []), code(item))
    return scores
