"""Scoring attributions and sentence kinds against an annotated JSONL set.

Each line of the set is one short text with its gold annotation; every span is a
``[start, end, text]`` triple checked against the text when loading:

    {"id": ..., "style": "wire|state|partisan|analysis", "text": ...,
     "kinds": ["attributed", "report", ...],            # one per sentence
     "attributions": [{"source": [s, e, t], "cue": [s, e, t], "content": [s, e, t],
                       "kind": "media", "direct": false, "via": null}],
     "framing": [{"span": [s, e, t], "kind": "loaded_term", "voice": "outlet"}]}

A predicted attribution matches a gold one when their source spans overlap in the same
text (one-to-one, largest overlap first). Content is scored by character overlap over
matched pairs: precision over all predicted content, recall over all gold content.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import DataFileError
from marsad.model import Analysis, Attribution

Span = tuple[int, int]
STAGES = (
    "marsad.sentences.v1", "marsad.entities.v1", "marsad.times.v1",
    "marsad.attribution.v1", "marsad.framing.v1",
)


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution."""

    source: Span
    cue: Span
    content: Span
    kind: str
    direct: bool = False
    via: int | None = None


@dataclass(frozen=True)
class GoldFraming:
    """One gold framing item."""

    span: Span
    kind: str
    voice: str = "outlet"


@dataclass(frozen=True)
class GoldDoc:
    """One annotated text."""

    id: str
    style: str
    text: str
    kinds: list[str]
    attributions: list[GoldAttribution] = field(default_factory=list)
    framing: list[GoldFraming] = field(default_factory=list)


def _span(doc: dict[str, Any], raw: list[Any]) -> Span:
    """A checked ``[start, end, text]`` span of a gold line."""
    start, end, text = int(raw[0]), int(raw[1]), str(raw[2])
    if doc["text"][start:end] != text:
        raise DataFileError(f"{doc['id']}: span {start}:{end} is not {text!r}")
    return start, end


def parse_line(line: str) -> GoldDoc:
    """One gold document from a JSONL line."""
    d = json.loads(line)
    atts = [
        GoldAttribution(
            _span(d, a["source"]), _span(d, a["cue"]), _span(d, a["content"]),
            a["kind"], bool(a.get("direct", False)), a.get("via"),
        )
        for a in d.get("attributions", [])
    ]
    frames = [
        GoldFraming(_span(d, f["span"]), f["kind"], f.get("voice", "outlet"))
        for f in d.get("framing", [])
    ]
    return GoldDoc(d["id"], d.get("style", ""), d["text"], list(d["kinds"]), atts, frames)


def load_gold(path: str | Path) -> list[GoldDoc]:
    """All gold documents of a JSONL file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [parse_line(x) for x in lines if x.strip()]


def analyse(docs: Iterable[GoldDoc]) -> list[Analysis]:
    """Run the stages attribution and framing depend on over the gold texts (events and
    quantities are left out: they do not change these layers)."""
    from marsad.pipeline import Pipeline

    pipe = Pipeline(STAGES)
    return [pipe.analyze(d.text, doc_id=d.id) for d in docs]


def overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping spans, largest overlap first."""
    pairs = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for size, gi, pi in pairs:
        if size > 0 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


@dataclass
class Counts:
    """Running totals of a precision/recall score."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class AttributionScore:
    """Source matching, content overlap, source kind and direct-quote agreement."""

    source: Counts = field(default_factory=Counts)
    content: Counts = field(default_factory=Counts)  # in characters
    kind_ok: int = 0
    direct_ok: int = 0
    via_gold: int = 0
    via_ok: int = 0


def score_attributions(docs: Sequence[GoldDoc], preds: Sequence[Analysis]) -> AttributionScore:
    """Score predicted attributions of every document against the gold ones."""
    sc = AttributionScore()
    for doc, ana in zip(docs, preds, strict=True):
        _score_doc(sc, doc, ana.attributions)
    return sc


def _score_doc(sc: AttributionScore, doc: GoldDoc, pred: Sequence[Attribution]) -> None:
    """Add one document's attributions to the totals."""
    spans = [(a.source.start, a.source.end) for a in pred]
    pairs = match([g.source for g in doc.attributions], spans)
    sc.source.tp += len(pairs)
    sc.source.gold += len(doc.attributions)
    sc.source.pred += len(pred)
    sc.content.gold += sum(g.content[1] - g.content[0] for g in doc.attributions)
    sc.content.pred += sum(a.content.end - a.content.start for a in pred)
    ids = {a.id: i for i, a in enumerate(pred)}
    by_gold = dict(pairs)
    for gi, pi in pairs:
        g, p = doc.attributions[gi], pred[pi]
        sc.content.tp += overlap(g.content, (p.content.start, p.content.end))
        sc.kind_ok += g.kind == p.source_kind
        sc.direct_ok += g.direct == p.direct_quote
        if g.via is not None:
            sc.via_gold += 1
            sc.via_ok += p.via is not None and ids.get(p.via) == by_gold.get(g.via)


def kind_accuracy(docs: Sequence[GoldDoc], preds: Sequence[Analysis]) -> tuple[int, int, int]:
    """(correct, total, misaligned texts) of sentence kinds; misaligned texts count as wrong."""
    correct = total = misaligned = 0
    for doc, ana in zip(docs, preds, strict=True):
        total += len(doc.kinds)
        if len(ana.sentences) != len(doc.kinds):
            misaligned += 1
            continue
        correct += sum(g == s.kind for g, s in zip(doc.kinds, ana.sentences, strict=True))
    return correct, total, misaligned


def attribution_lines(docs: Sequence[GoldDoc], preds: Sequence[Analysis]) -> list[str]:
    """The report printed by `marsad evaluate attribution`."""
    sc = score_attributions(docs, preds)
    sp, sr, sf = sc.source.prf()
    cp, cr, cf = sc.content.prf()
    ok, total, bad = kind_accuracy(docs, preds)
    n = sc.source.tp or 1
    return [
        f"texts: {len(docs)}  sentences: {total}  gold attributions: {sc.source.gold}",
        f"attribution source   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}",
        f"content span overlap P {cp:.3f}  R {cr:.3f}  F1 {cf:.3f}",
        f"source kind accuracy (matched) {sc.kind_ok / n:.3f}",
        f"direct quote accuracy (matched) {sc.direct_ok / n:.3f}",
        f"relay links (via) {sc.via_ok}/{sc.via_gold}",
        f"sentence-kind accuracy {ok / total if total else 0:.3f} ({ok}/{total}, {bad} texts misaligned)",
    ]
