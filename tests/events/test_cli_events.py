"""`marsad explain` and `marsad evaluate events` on small files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.eval_events  # registers the commands
import marsad.cli.explain  # noqa: F401
from marsad.cli import app

runner = CliRunner()
TEXT = "هاجم المسلحون دورية للشرطة قرب الحدود. وتظاهر المئات في الساحة أمس."


def test_explain_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["explain", str(path), "--sentence", "0"])
    assert result.exit_code == 0, result.output
    assert "ASSAULT" in result.output and "why actor" in result.output
    assert "PROTEST" not in result.output


def test_explain_rejects_bad_sentence(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert runner.invoke(app, ["explain", str(path), "--sentence", "9"]).exit_code != 0


def test_evaluate_events_prints_scores(tmp_path: Path) -> None:
    gold = {
        "text": "هاجم المسلحون دورية للشرطة.",
        "published": "2024-01-01",
        "events": [
            {
                "type": "ASSAULT",
                "mode": None,
                "actor": "المسلحون",
                "target": "دورية",
                "factuality": "asserted",
            }
        ],
    }
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "events", str(path)])
    assert result.exit_code == 0, result.output
    assert "F1=1.000" in result.output and "actor=1.000" in result.output
