"""The per-article summary and its text rendering."""

from __future__ import annotations

from conftest import Analyse

from marsad.framing.summary import summary_lines
from marsad.model import SCHEMA_VERSION, Analysis

TEXT = (
    "قالت وزارة الصحة إن عشرة أشخاص قتلوا. وأضافت الوزارة أن بين القتلى أطفالا. "
    "واقتحمت قوات الاحتلال المخيم فجرا. وتقف قوات الاحتلال عند المدخل. هل يتوقف التصعيد؟"
)


def test_summary_counts_shares_and_sources(analyse: Analyse) -> None:
    s = analyse(TEXT).summary
    assert s is not None
    assert s.sentence_counts == {"report": 2, "attributed": 2, "question": 1}
    assert s.sentence_shares["attributed"] == 0.4
    assert [(x.text, x.kind, x.claims) for x in s.sources] == [
        ("وزارة الصحة", "organization", 2),
    ]
    assert s.top_loaded_terms[0].term == "قوات الاحتلال" and s.top_loaded_terms[0].count == 2
    assert s.framing_density == round(100 * s.framing_counts["loaded_term"] / s.words, 2)


def test_summary_in_contract_and_lines(analyse: Analyse) -> None:
    doc = analyse(TEXT)
    analysis = Analysis.model_validate_json(doc.to_analysis().model_dump_json())
    assert SCHEMA_VERSION == "2" and analysis.summary == doc.summary
    lines = summary_lines(analysis)
    assert lines[0].startswith("sentences: report 2")
    assert any(line.startswith("source: وزارة الصحة [organization] claims: 2") for line in lines)
    assert any("قوات الاحتلال x2" in line for line in lines)
