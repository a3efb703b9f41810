"""Printable tables and error listings for `marsad evaluate ner`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from marsad.evaluate.ner import CLASSES, MICRO, Counts, Sample, Score, Span, hit


def _row(name: str, c: Counts) -> str:
    p, r, f = c.prf()
    return f"{name:<10} {p:6.3f} {r:6.3f} {f:6.3f} {c.n_gold:6d} {c.n_pred:6d}"


def table_lines(score: Score, n_sentences: int) -> Iterator[str]:
    """One block per matching mode: a row per class, then the PER+ORG+LOC micro average."""
    yield f"{n_sentences} sentences"
    for mode in ("exact", "overlap"):
        yield f"\n[{mode}]    {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"
        for cls in CLASSES:
            yield _row(cls, score.counts.get((mode, cls), Counts()))
        yield _row("micro", score.micro(mode, MICRO)) + "   (PER+ORG+LOC)"


def error_lines(samples: Sequence[Sample], preds: Sequence[Sequence[Span]], limit: int) -> Iterator[str]:
    """Up to `limit` missed gold entities and `limit` spurious predictions (overlap mode)."""
    if limit <= 0:
        return
    missed: list[str] = []
    spurious: list[str] = []
    for sample, pred in zip(samples, preds, strict=True):
        missed += [f"  {g.cls} {sample.text[g.start:g.end]}" for g in sample.gold if not hit(g, pred, False)]
        spurious += [f"  {p.cls} {sample.text[p.start:p.end]}" for p in pred if not hit(p, sample.gold, False)]
    yield "\nmissed:"
    yield from missed[:limit]
    yield "\nspurious:"
    yield from spurious[:limit]
