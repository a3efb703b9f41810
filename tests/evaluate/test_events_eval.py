"""The event test-set scorer and the shipped test set."""

from __future__ import annotations

from pathlib import Path

from marsad.evaluate.events import EventScores, read_items, same_span, score_item
from marsad.model import Event, Evidence, Ref

TESTSET = Path(__file__).resolve().parents[1] / "data" / "events_testset.jsonl"
FACTUALITY = {"asserted", "reported", "planned", "hypothetical", "negated", "generic"}


def _event(type_: str, actor: str | None = None) -> Event:
    ref = Ref(text=actor, start=0, end=len(actor)) if actor else None
    return Event.model_validate(
        {
            "id": "e",
            "type": type_,
            "trigger": Evidence(text="x", start=0, end=1),
            "sentence": 0,
            "actor": ref,
        }
    )


def test_same_span_is_lenient() -> None:
    assert same_span("القوات الأمريكية", "القوات الأمريكية في العراق")
    assert same_span(None, None) and not same_span("الجيش", None)


def test_score_item_pairs_by_type() -> None:
    scores = EventScores()
    gold = [
        {
            "type": "ASSAULT",
            "mode": None,
            "actor": "الجيش",
            "target": None,
            "factuality": "asserted",
        }
    ]
    score_item(scores, gold, [_event("ASSAULT", "الجيش"), _event("PROTEST")])
    s = scores.summary()
    assert s["precision"] == 0.5 and s["recall"] == 1.0 and s["actor_accuracy"] == 1.0


def test_testset_covers_types_and_factuality() -> None:
    items = read_items(TESTSET)
    assert len(items) >= 300
    events = [e for item in items for e in item["events"]]
    assert len({e["type"] for e in events}) == 16
    assert {e["factuality"] for e in events} == FACTUALITY
