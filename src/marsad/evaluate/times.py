"""`marsad evaluate times`: exact-value accuracy and span detection F1 of marsad.times.v1."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.evaluate.tq_data import Case, overlaps
from marsad.model import Time
from marsad.pipeline import Pipeline

STAGES = ("marsad.sentences.v1", "marsad.times.v1")


@dataclass
class TimeScore:
    """Counts behind the time scores, and one line per failure."""

    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold expressions overlapped by a prediction
    correct: int = 0  # ... whose value is exactly the gold value
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of gold expressions found with exactly the gold value."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Span detection F1 (overlap)."""
        p = self.found / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_times(cases: list[Case], pipeline: Pipeline | None = None) -> TimeScore:
    """Score the time recogniser on annotated cases."""
    pipe = pipeline or Pipeline(STAGES)
    score = TimeScore()
    for case in cases:
        times = pipe.analyze(case.text, published=case.published, doc_id=case.id).times
        _score_case(case, times, score)
    return score


def _score_case(case: Case, times: list[Time], score: TimeScore) -> None:
    """Add one sentence's matches and failures to the score."""
    score.gold += len(case.gold)
    score.predicted += len(times)
    used: set[str] = set()
    for g in case.gold:
        best = max(times, key=lambda t: overlaps(g, t.start, t.end), default=None)
        if best is None or not overlaps(g, best.start, best.end):
            score.failures.append(f"{case.id} MISSED {g['text']!r} expected {g['value']}")
            continue
        score.found += 1
        used.add(best.id)
        if best.value == g["value"]:
            score.correct += 1
        else:
            score.failures.append(
                f"{case.id} WRONG {g['text']!r} expected {g['value']} got {best.value} ({best.text!r})"
            )
    for t in times:
        if t.id not in used:
            score.failures.append(f"{case.id} SPURIOUS {t.text!r} = {t.value}")
