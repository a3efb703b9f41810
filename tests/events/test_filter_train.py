"""The report filter's own training sentences: loading, checks, merging with the GSR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.evaluate.gsr import (
    FILES,
    MIN_OWN_KEEP,
    GsrRow,
    best_threshold,
    keep_rate,
    merge_sources,
    read_own,
    source_doc,
)
from marsad.resources import DataFile

TEST_SETS = Path(__file__).resolve().parents[1] / "data"


def _data(*rows: tuple[str, str, str, str]) -> DataFile:
    entries = [dict(zip(("id", "type", "label", "text"), r, strict=True)) for r in rows]
    return DataFile("own.tsv", "1", "test", entries)


def test_shipped_sentences_load_with_both_labels_of_both_types() -> None:
    rows = read_own()
    assert len(rows) >= 250
    assert {(r.type, r.label) for r in rows} == {(t, y) for t in FILES for y in ("yes", "no")}
    assert all(r.source == "own" for r in rows)
    assert len({r.id for r in rows}) == len(rows)
    assert all(source_doc(r.id) == r.id for r in rows)  # each its own CV document


def test_shipped_sentences_are_not_evaluation_sentences() -> None:
    """The event test sets stay evaluation data: none of their sentences is trained on."""
    tested = {
        json.loads(line)["text"]
        for path in sorted(TEST_SETS.glob("events_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert tested and not tested & {r.text for r in read_own()}


def test_read_own_maps_labels_and_rejects_bad_rows() -> None:
    rows = read_own(_data(("a1", "ASSAULT", "1", "قصفت طائرات القرية."), ("p1", "PROTEST", "0", "x")))
    assert [(r.id, r.label, r.source) for r in rows] == [("a1", "yes", "own"), ("p1", "no", "own")]
    with pytest.raises(ValueError, match="a2"):
        read_own(_data(("a2", "ASSAULT", "yes", "قصفت طائرات القرية.")))
    with pytest.raises(ValueError, match="c1"):
        read_own(_data(("c1", "COERCE", "1", "نص.")))


def test_merge_keeps_all_rows_and_refuses_duplicate_ids() -> None:
    gsr = [GsrRow("D1-1", "ASSAULT", "yes", "t")]
    own = read_own(_data(("a1", "ASSAULT", "0", "t")))
    assert [r.source for r in merge_sources(gsr, own)] == ["gsr", "own"]
    with pytest.raises(ValueError, match="D1-1"):
        merge_sources(gsr, [GsrRow("D1-1", "ASSAULT", "no", "u", "own")])


def test_threshold_keeps_own_reports() -> None:
    gsr = [GsrRow("G1", "ASSAULT", "yes", ""), GsrRow("G2", "ASSAULT", "easy no", "")]
    own = [GsrRow(f"O{k}", "ASSAULT", "yes", "", "own") for k in range(10)]
    scores = {"G1": 0.8, "G2": 0.5} | {f"O{k}": 0.3 + k / 100 for k in range(10)}
    assert best_threshold(gsr, scores) > 0.5  # the GSR alone: above its negative
    t = best_threshold(gsr, scores, own)
    assert keep_rate(own, scores, t) >= MIN_OWN_KEEP and t <= 0.31
