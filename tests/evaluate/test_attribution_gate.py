"""Quality gate: attribution and framing scores on the own annotated set stay above floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate.attribution import kind_accuracy, load_gold, score_attributions
from marsad.evaluate.framing import score_kind
from marsad.model import Analysis
from marsad.pipeline import Pipeline

GOLD = Path(__file__).parent.parent / "data" / "attribution_gold.jsonl"
# Written blind in other outlets' styles (Gulf, Maghreb, Iranian, Israeli-Arabic, Syrian,
# opposition, wire chains, end-of-sentence and passive attribution), then fixed in general form.
FRESH = Path(__file__).parent.parent / "data" / "attribution_fresh.jsonl"
STAGES = ("marsad.sentences.v1", "marsad.entities.v1", "marsad.attribution.v1", "marsad.framing.v1")
# Floors a little under the measured scores (issue 6 targets: 0.90 / 0.85 / 0.85 / 0.95 @ 0.90).
FLOORS = {"source_f1": 0.93, "content_f1": 0.92, "kind_acc": 0.90, "lt_recall": 0.96, "lt_precision": 0.95}
FRESH_FLOORS = {"source_f1": 0.93, "content_f1": 0.92, "kind_acc": 0.90, "lt_recall": 0.95, "lt_precision": 0.90}


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(STAGES)


@pytest.fixture(scope="module")
def scored(pipe: Pipeline) -> tuple[list, list[Analysis]]:  # type: ignore[type-arg]
    docs = load_gold(GOLD)
    return docs, [pipe.analyze(d.text, doc_id=d.id) for d in docs]


@pytest.fixture(scope="module")
def fresh(pipe: Pipeline) -> tuple[list, list[Analysis]]:  # type: ignore[type-arg]
    docs = load_gold(FRESH)
    return docs, [pipe.analyze(d.text, doc_id=d.id) for d in docs]


def test_attribution_gate_set_size(scored: tuple[list, list[Analysis]]) -> None:  # type: ignore[type-arg]
    docs, _ = scored
    assert sum(len(d.kinds) for d in docs) >= 250
    assert {d.style for d in docs} >= {"wire", "state", "partisan", "analysis"}


def _check(docs: list, preds: list[Analysis], floors: dict[str, float]) -> None:  # type: ignore[type-arg]
    sc = score_attributions(docs, preds)
    ok, total, _ = kind_accuracy(docs, preds)
    lt, _ = score_kind(docs, preds, "loaded_term")
    lp, lr, _ = lt.prf()
    assert sc.source.prf()[2] >= floors["source_f1"]
    assert sc.content.prf()[2] >= floors["content_f1"]
    assert ok / total >= floors["kind_acc"]
    assert lr >= floors["lt_recall"] and lp >= floors["lt_precision"]


def test_attribution_gate_scores(scored: tuple[list, list[Analysis]]) -> None:  # type: ignore[type-arg]
    _check(*scored, FLOORS)


def test_attribution_gate_fresh_set_size(fresh: tuple[list, list[Analysis]]) -> None:  # type: ignore[type-arg]
    docs, _ = fresh
    assert len(docs) >= 40 and sum(len(d.kinds) for d in docs) >= 120


def test_attribution_gate_fresh_scores(fresh: tuple[list, list[Analysis]]) -> None:  # type: ignore[type-arg]
    _check(*fresh, FRESH_FLOORS)
