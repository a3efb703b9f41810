"""Quality gate: attribution and framing scores on the own annotated set stay above floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate.attribution import kind_accuracy, load_gold, score_attributions
from marsad.evaluate.framing import score_kind
from marsad.model import Analysis
from marsad.pipeline import Pipeline

GOLD = Path(__file__).parent.parent / "data" / "attribution_gold.jsonl"
STAGES = ("marsad.sentences.v1", "marsad.entities.v1", "marsad.attribution.v1", "marsad.framing.v1")
# Floors a little under the measured scores (issue 6 targets: 0.90 / 0.85 / 0.85 / 0.95 @ 0.90).
FLOORS = {"source_f1": 0.93, "content_f1": 0.92, "kind_acc": 0.90, "lt_recall": 0.96, "lt_precision": 0.95}


@pytest.fixture(scope="module")
def scored() -> tuple[list, list[Analysis]]:  # type: ignore[type-arg]
    docs = load_gold(GOLD)
    pipe = Pipeline(STAGES)
    return docs, [pipe.analyze(d.text, doc_id=d.id) for d in docs]


def test_attribution_gate_set_size(scored: tuple[list, list[Analysis]]) -> None:  # type: ignore[type-arg]
    docs, _ = scored
    assert sum(len(d.kinds) for d in docs) >= 250
    assert {d.style for d in docs} >= {"wire", "state", "partisan", "analysis"}


def test_attribution_gate_scores(scored: tuple[list, list[Analysis]]) -> None:  # type: ignore[type-arg]
    docs, preds = scored
    sc = score_attributions(docs, preds)
    ok, total, _ = kind_accuracy(docs, preds)
    lt, _ = score_kind(docs, preds, "loaded_term")
    lp, lr, _ = lt.prf()
    assert sc.source.prf()[2] >= FLOORS["source_f1"]
    assert sc.content.prf()[2] >= FLOORS["content_f1"]
    assert ok / total >= FLOORS["kind_acc"]
    assert lr >= FLOORS["lt_recall"] and lp >= FLOORS["lt_precision"]
