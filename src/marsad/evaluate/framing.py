"""Scoring framing items and sentence kinds against the annotated JSONL set
(format in `marsad.evaluate.attribution`). Items match when their spans overlap and
their kinds agree; the voice of matched loaded terms is checked separately."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from marsad.evaluate.attribution import Counts, GoldDoc, kind_accuracy, match
from marsad.model import Analysis

FRAMING_KINDS = ("loaded_term", "distancing", "evaluative", "prediction", "unsourced_claim")


def score_kind(docs: Sequence[GoldDoc], preds: Sequence[Analysis], kind: str) -> tuple[Counts, int]:
    """Counts for one framing kind, and how many matched items also agree on voice."""
    counts = Counts()
    voice_ok = 0
    for doc, ana in zip(docs, preds, strict=True):
        gold = [f for f in doc.framing if f.kind == kind]
        pred = [f for f in ana.framing if f.kind == kind]
        pairs = match([g.span for g in gold], [(p.start, p.end) for p in pred])
        counts.tp += len(pairs)
        counts.gold += len(gold)
        counts.pred += len(pred)
        voice_ok += sum(gold[g].voice == pred[p].voice for g, p in pairs)
    return counts, voice_ok


def confusion(docs: Sequence[GoldDoc], preds: Sequence[Analysis]) -> Counter[tuple[str, str]]:
    """(gold kind, predicted kind) counts over aligned sentences that disagree."""
    out: Counter[tuple[str, str]] = Counter()
    for doc, ana in zip(docs, preds, strict=True):
        if len(ana.sentences) == len(doc.kinds):
            for g, s in zip(doc.kinds, ana.sentences, strict=True):
                if g != s.kind:
                    out[(g, str(s.kind))] += 1
    return out


def framing_lines(docs: Sequence[GoldDoc], preds: Sequence[Analysis]) -> list[str]:
    """The report printed by `marsad evaluate framing`."""
    ok, total, bad = kind_accuracy(docs, preds)
    lines = [f"sentence-kind accuracy {ok / total if total else 0:.3f} ({ok}/{total}, {bad} texts misaligned)"]
    for kind in FRAMING_KINDS:
        counts, voice_ok = score_kind(docs, preds, kind)
        p, r, f = counts.prf()
        extra = f"  voice agrees {voice_ok}/{counts.tp}" if kind == "loaded_term" else ""
        label = "loaded-term" if kind == "loaded_term" else kind
        lines.append(
            f"{label:<16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {counts.gold}, pred {counts.pred}){extra}"
        )
    for (g, s), n in confusion(docs, preds).most_common(6):
        lines.append(f"kind confusion: gold {g} -> predicted {s}: {n}")
    return lines
