"""`marsad evaluate quantities`: F1 of marsad.quantities.v1 on (value, counted) pairs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from marsad.evaluate.tq_data import Case, overlaps
from marsad.model import Quantity
from marsad.pipeline import Pipeline

STAGES = ("marsad.sentences.v1", "marsad.times.v1", "marsad.quantities.v1")


@dataclass
class QuantityScore:
    """Counts behind the quantity scores, and one line per failure."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0  # same value and counted
    approx_ok: int = 0  # ... and the same approx and value_max
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted (value, counted) pairs that are gold."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold (value, counted) pairs predicted."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_quantities(cases: list[Case], pipeline: Pipeline | None = None) -> QuantityScore:
    """Score the quantity recogniser on annotated cases."""
    pipe = pipeline or Pipeline(STAGES)
    score = QuantityScore()
    for case in cases:
        found = pipe.analyze(case.text, published=case.published, doc_id=case.id).quantities
        _score_case(case, found, score)
    return score


def _score_case(case: Case, found: list[Quantity], score: QuantityScore) -> None:
    """Add one sentence's matches and failures to the score."""
    score.gold += len(case.gold)
    score.predicted += len(found)
    pred = Counter((q.value, q.counted) for q in found)
    for g in case.gold:
        key = (g["value"], g["counted"])
        if pred[key] > 0:
            pred[key] -= 1
            score.matched += 1
            score.approx_ok += _details_ok(g, found)
        else:
            score.failures.append(f"{case.id} MISSED {g['text']!r} {key} got {_near(g, found)}")
    for (value, counted), n in pred.items():
        if n > 0:
            score.failures.append(f"{case.id} SPURIOUS value={value} counted={counted}")


def _details_ok(g: dict, found: list[Quantity]) -> int:
    """1 if the matching prediction also has the gold approx and value_max."""
    for q in found:
        if (q.value, q.counted) == (g["value"], g["counted"]):
            return int(q.approx == g.get("approx", "exact") and q.value_max == g.get("value_max"))
    return 0


def _near(g: dict, found: list[Quantity]) -> str:
    """The prediction overlapping a missed gold item, for the failure list."""
    for q in found:
        if overlaps(g, q.start, q.end):
            return f"{q.text!r} ({q.value}, {q.counted})"
    return "nothing"
