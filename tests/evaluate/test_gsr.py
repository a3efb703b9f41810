"""GSR scoring: reading, document split, P/R/F1 and 'difficult no' false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate.gsr import (
    GsrRow,
    gsr_pipeline,
    is_heldout,
    prf,
    prf_at,
    read_gsr,
    score,
    select,
    source_doc,
    train_filter,
)

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


def test_prf_at_scores_rows_without_candidates_as_zero() -> None:
    rows = [GsrRow("A-1", "ASSAULT", "yes", ""), GsrRow("B-1", "ASSAULT", "easy no", "")]
    assert prf_at(rows, {"A-1": 0.8}, 0.5) == (1.0, 1.0, 1.0)
    assert prf_at(rows, {"A-1": 0.8, "B-1": 0.6}, 0.5)[0] == 0.5


def test_train_filter_learns_reports_and_gives_out_of_fold_figures() -> None:
    reports = (
        "هاجم مسلحون حاجزا للشرطة شرق المدينة فجر أمس وقتلوا جنديين.",
        "قصفت طائرات حربية مخزنا للذخيرة قرب الحدود ليلة الأحد.",
        "تظاهر مئات الطلاب أمام مبنى البرلمان أمس احتجاجا على رفع الرسوم.",
    )
    mentions = (
        "دان الوزير الهجوم ودعا إلى ضبط النفس.",
        "حذر المحلل من أن الاحتجاجات قد تتسع إذا استمرت الأزمة.",
        "طالب النواب بوقف القصف وفتح تحقيق مستقل.",
    )
    rows = [
        GsrRow(f"{source}{d}{k}-1", type_, "yes" if text in reports else "no", text, source)
        for d in range(4)
        for source in ("gsr", "own")
        for type_ in ("ASSAULT", "PROTEST")
        for k, text in enumerate(reports + mentions)
    ]
    model, oof = train_filter(rows, gsr_pipeline(use_filter=False, features=True))
    assert set(model.threshold) == set(oof) == {"ASSAULT", "PROTEST"}
    for fig in oof.values():
        assert all(0.0 <= v <= 1.0 for v in (*fig.gsr, *fig.own, fig.own_keep))
    assert model.weights["ASSAULT"] and model.weights["PROTEST"]
