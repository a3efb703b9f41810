"""GSR scoring: reading, document split, P/R/F1 and 'difficult no' false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate.gsr import GsrRow, is_heldout, prf, read_gsr, score, select, source_doc

HEADER = "id,event_type,label,accept,reject,total,text\n"
GSR_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "arabic-event-gsr-dev"


def _write(tmp_path: Path) -> Path:
    (tmp_path / "assault_dev.csv").write_text(
        HEADER
        + "D1-1,ASSAULT,yes,3,0,3,هاجم مسلحون القرية.\n"
        + "D1-2,ASSAULT,difficult no,1,2,3,أدانت الحكومة الهجوم.\n"
        + "D2-1,ASSAULT,ambiguous,1,1,2,جملة غامضة.\n",
        encoding="utf-8",
    )
    (tmp_path / "protest_dev.csv").write_text(
        HEADER + "D3-1,PROTEST,easy no,0,3,3,ارتفعت الأسعار.\n", encoding="utf-8"
    )
    return tmp_path


def test_read_leaves_ambiguous_out(tmp_path: Path) -> None:
    rows = read_gsr(_write(tmp_path))
    assert [r.id for r in rows] == ["D1-1", "D1-2", "D3-1"]


def test_score_counts_difficult_false_alarms(tmp_path: Path) -> None:
    rows = read_gsr(_write(tmp_path))
    m = score(rows, lambda r: r.type == "ASSAULT")["ASSAULT"]
    assert (m["tp"], m["fp"], m["fn"], m["difficult_false_alarms"]) == (1, 1, 0, 1)
    assert m["precision"] == 0.5 and m["recall"] == 1.0


def test_split_is_by_document_and_deterministic() -> None:
    rows = [GsrRow(f"DOC{i}-{k}", "ASSAULT", "yes", "") for i in range(50) for k in range(3)]
    held = select(rows, "heldout")
    assert 0 < len(held) < len(rows)
    assert (
        len({source_doc(r.id) for r in held} & {source_doc(r.id) for r in select(rows, "train")})
        == 0
    )
    assert all(is_heldout(r.id) for r in held)


def test_prf_handles_zero() -> None:
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


@pytest.mark.skipif(not GSR_DEV.exists(), reason="GSR dev data (../shared) not available")
def test_gsr_dev_reads() -> None:
    rows = read_gsr(GSR_DEV)
    assert {r.type for r in rows} == {"ASSAULT", "PROTEST"}
