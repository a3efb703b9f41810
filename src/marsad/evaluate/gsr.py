"""Scoring sentence-level event detection on the Arabic event GSR (ASSAULT, PROTEST).

A sentence counts as positive for a type when Marsad reports an event of that type with
factuality asserted or reported. Gold: `yes` positive; `easy no` and `difficult no`
negative; `ambiguous` left out (see the data set's README). The data is split by source
document into a training part and a held-out part (30%) for the report filter, which is
trained on it together with the project's own news-style sentences
(`data/ar/events_filter_train.tsv`, source `own`).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from marsad.events.filter import FilterModel, train
from marsad.events.stage import EXPLAIN_KEY
from marsad.pipeline import Pipeline, Record
from marsad.resources import DataFile, load_packaged

FILES = {"ASSAULT": "assault_dev.csv", "PROTEST": "protest_dev.csv"}
POSITIVE_FACTUALITY = ("asserted", "reported")
HELDOUT_PERCENT = 30
# Stages that event detection reads (quantities and framing do not change it).
GSR_PIPELINE = (
    "marsad.sentences.v1",
    "marsad.entities.v1",
    "marsad.times.v1",
    "marsad.quantities.v1",
    "marsad.attribution.v1",
    "marsad.events.v1",
)
FOLDS = 5
OWN_FILE = "ar/events_filter_train.tsv"
# Own-style reports the chosen threshold must keep (out of fold): the filter serves clean
# news of other outlets too, where most sentences with an event word are reports.
MIN_OWN_KEEP = 0.9


@dataclass(frozen=True)
class GsrRow:
    id: str
    type: str
    label: str
    text: str
    source: str = "gsr"


@dataclass(frozen=True)
class FilterFigures:
    """Out-of-fold figures of one type at the chosen threshold: P/R/F1 on the GSR rows,
    P/R/F1 on the own rows, and the share of own reports with a candidate that is kept."""

    gsr: tuple[float, float, float]
    own: tuple[float, float, float]
    own_keep: float


def read_gsr(directory: str | Path) -> list[GsrRow]:
    """All judged sentences of the GSR folder, ambiguous ones left out."""
    rows: list[GsrRow] = []
    for type_, name in FILES.items():
        path = Path(directory) / name
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["label"] != "ambiguous":
                    rows.append(GsrRow(r["id"], type_, r["label"], r["text"]))
    return rows


def read_own(data: DataFile | None = None) -> list[GsrRow]:
    """The own training sentences (label 1 -> `yes`, 0 -> `no`), checked."""
    data = data or load_packaged(OWN_FILE)
    rows = []
    for e in data.entries:
        if e["type"] not in FILES or e["label"] not in ("0", "1") or not e["text"]:
            raise ValueError(f"{data.path}: bad training row {e['id']!r}")
        label = "yes" if e["label"] == "1" else "no"
        rows.append(GsrRow(e["id"], e["type"], label, e["text"], "own"))
    return rows


def merge_sources(*sources: list[GsrRow]) -> list[GsrRow]:
    """The rows of all sources; ids must be unique (they name cross-validation folds)."""
    rows = [r for rows in sources for r in rows]
    seen: set[str] = set()
    for r in rows:
        if r.id in seen:
            raise ValueError(f"duplicate training row id {r.id!r}")
        seen.add(r.id)
    return rows


def source_doc(row_id: str) -> str:
    """The source document of a sentence id (its part before the last '-' or '_')."""
    cut = max(row_id.rfind("-"), row_id.rfind("_"))
    return row_id[:cut] if cut > 0 else row_id


def is_heldout(row_id: str) -> bool:
    """Deterministic document-level held-out split."""
    digest = hashlib.sha1(source_doc(row_id).encode()).hexdigest()
    return int(digest[:8], 16) % 100 < HELDOUT_PERCENT


def select(rows: Iterable[GsrRow], split: str) -> list[GsrRow]:
    """Rows of split 'all', 'train' or 'heldout'."""
    if split == "all":
        return list(rows)
    want = split == "heldout"
    return [r for r in rows if is_heldout(r.id) == want]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[GsrRow], predict: Callable[[GsrRow], bool]) -> dict[str, dict[str, float]]:
    """Per type: P/R/F1 on all negatives and on 'difficult no' alone, false alarms."""
    out: dict[str, dict[str, float]] = {}
    for type_ in FILES:
        pred = [(r, predict(r)) for r in rows if r.type == type_]
        tp = sum(1 for r, p in pred if p and r.label == "yes")
        fn = sum(1 for r, p in pred if not p and r.label == "yes")
        fp = sum(1 for r, p in pred if p and r.label != "yes")
        fp_hard = sum(1 for r, p in pred if p and r.label == "difficult no")
        hard = sum(1 for r, _ in pred if r.label == "difficult no")
        p, rc, f = prf(tp, fp, fn)
        ph, _, fh = prf(tp, fp_hard, fn)
        out[type_] = {
            "n": len(pred),
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": p,
            "recall": rc,
            "f1": f,
            "difficult_no": hard,
            "difficult_false_alarms": fp_hard,
            "precision_difficult": ph,
            "f1_difficult": fh,
        }
    return out


def gsr_pipeline(*, use_filter: bool = True, features: bool = False) -> Pipeline:
    """The pipeline scored on the GSR (optionally without the filter / collecting features)."""
    return Pipeline(
        GSR_PIPELINE, options={"events_filter": use_filter, "events_features": features}
    )


def candidate_features(rows: list[GsrRow], pipe: Pipeline) -> dict[str, list[list[str]]]:
    """Row id -> filter features of each asserted/reported event of the row's type."""
    out: dict[str, list[list[str]]] = {}
    for r in rows:
        doc = pipe.run(pipe.make_doc(Record(r.text, r.id)))
        why = doc.extras.get(EXPLAIN_KEY, {})
        out[r.id] = [
            why[e.id]["features"]
            for e in doc.events
            if e.type == r.type and e.factuality in POSITIVE_FACTUALITY and "features" in why[e.id]
        ]
    return out


def prf_at(rows: list[GsrRow], scores: dict[str, float], t: float) -> tuple[float, float, float]:
    """P/R/F1 of the rows when a score >= t is positive (a row without candidate scores 0)."""
    tp = sum(1 for r in rows if r.label == "yes" and scores.get(r.id, 0) >= t)
    fp = sum(1 for r in rows if r.label != "yes" and scores.get(r.id, 0) >= t)
    fn = sum(1 for r in rows if r.label == "yes" and scores.get(r.id, 0) < t)
    return prf(tp, fp, fn)


def keep_rate(rows: list[GsrRow], scores: dict[str, float], t: float) -> float:
    """Share of the reports with a scored candidate whose score is >= t."""
    kept = [scores[r.id] >= t for r in rows if r.label == "yes" and r.id in scores]
    return sum(kept) / len(kept) if kept else 1.0


def best_threshold(
    rows: list[GsrRow], scores: dict[str, float], own: list[GsrRow] | None = None
) -> float:
    """Threshold maximising F1 over rows among those keeping MIN_OWN_KEEP of own reports."""
    best, best_f = 0.05, -1.0
    for k in range(5, 95):
        if own and keep_rate(own, scores, k / 100) < MIN_OWN_KEEP:
            break
        f = prf_at(rows, scores, k / 100)[2]
        if f > best_f:
            best, best_f = k / 100, f
    return best


def _fold(row_id: str) -> int:
    """Cross-validation fold (0..FOLDS-1) of a row, by source document."""
    return int(hashlib.sha1(("cv" + source_doc(row_id)).encode()).hexdigest()[:8], 16) % FOLDS


def _out_of_fold(
    typed: list[GsrRow], feats: dict[str, list[list[str]]]
) -> tuple[dict[str, float], list[tuple[float, dict[str, float]]]]:
    """Scores of the rows with candidates from models that did not see the row's
    document, and those models."""
    scores: dict[str, float] = {}
    fits: list[tuple[float, dict[str, float]]] = []
    type_ = typed[0].type
    for k in range(FOLDS):
        fit = [(f, int(r.label == "yes")) for r in typed if _fold(r.id) != k for f in feats[r.id]]
        bias, weights = train(fit)
        fits.append((bias, weights))
        model = FilterModel({type_: bias}, {type_: 0.5}, {type_: weights})
        for r in typed:
            if _fold(r.id) == k and feats[r.id]:
                scores[r.id] = max(model.score(type_, f) or 0.0 for f in feats[r.id])
    return scores, fits


def _average(fits: list[tuple[float, dict[str, float]]]) -> tuple[float, dict[str, float]]:
    """Mean of the fold models' parameters (a bagged linear model, less variance)."""
    keys = {f for _, w in fits for f in w}
    weights = {f: round(sum(w.get(f, 0.0) for _, w in fits) / len(fits), 4) for f in keys}
    return sum(b for b, _ in fits) / len(fits), {f: v for f, v in weights.items() if v}


def train_filter(
    rows: list[GsrRow], pipe: Pipeline
) -> tuple[FilterModel, dict[str, FilterFigures]]:
    """Fit the report filter on `rows` (GSR and own sentences alike): the average of the
    cross-validation fold models, with the threshold that maximises F1 on the GSR rows'
    out-of-fold scores (never on sentences a model has seen) while keeping MIN_OWN_KEEP
    of the own reports. Also returns, per type, the out-of-fold figures at that threshold:
    the held-out estimate when the whole dev set is used for training."""
    feats = candidate_features(rows, pipe)
    model = FilterModel()
    oof: dict[str, FilterFigures] = {}
    for type_ in FILES:
        typed = [r for r in rows if r.type == type_]
        scores, fits = _out_of_fold(typed, feats)
        gsr = [r for r in typed if r.source == "gsr"]
        own = [r for r in typed if r.source == "own"]
        t = best_threshold(gsr, scores, own)
        model.bias[type_], model.weights[type_] = _average(fits)
        model.threshold[type_] = t
        oof[type_] = FilterFigures(
            prf_at(gsr, scores, t), prf_at(own, scores, t), keep_rate(own, scores, t)
        )
    return model, oof


def filter_yaml(model: FilterModel, source: str) -> str:
    """The filter model as a Marsad YAML data file."""
    doc = {
        "version": "1",
        "source": source,
        "kind": "event_filter",
        "types": [
            {"type": t, "bias": round(model.bias[t], 4), "threshold": model.threshold[t]}
            for t in model.bias
        ],
        "entries": [
            {"type": t, "feature": f, "weight": w}
            for t in model.bias
            for f, w in sorted(model.weights[t].items())
        ],
    }
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)
