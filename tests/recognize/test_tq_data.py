"""Data files of times and quantities validate; the evaluate commands run."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.recognize.schema import HedgeEntry, MonthEntry, TimeWordEntry, UnitEntry
from marsad.resources import load_packaged

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize(
    ("path", "schema"),
    [
        ("ar/months.yaml", MonthEntry),
        ("ar/time_expressions.yaml", TimeWordEntry),
        ("ar/units.yaml", UnitEntry),
        ("ar/hedges.yaml", HedgeEntry),
    ],
)
def test_tq_data_files_validate(path: str, schema: type) -> None:
    data = load_packaged(path)
    assert data.version and data.source and data.entries
    for raw in data.entries:
        schema.model_validate(raw)


def test_tq_months_cover_every_month_in_both_calendars() -> None:
    months = load_packaged("ar/months.yaml").entries
    for month in range(1, 13):
        assert any(e["month"] == month and e["calendar"] == "hijri" for e in months)
        forms = [f for e in months if e["month"] == month and e["calendar"] == "gregorian" for f in e["forms"]]
        assert len(forms) >= 2  # Syriac and transliterated names at least


@pytest.mark.parametrize(("layer", "file"), [("times", "times.jsonl"), ("quantities", "quantities.jsonl")])
def test_tq_evaluate_cli(layer: str, file: str) -> None:
    from marsad.cli import _load_commands, app

    _load_commands()
    result = CliRunner().invoke(app, ["evaluate", layer, str(DATA / file), "--no-failures"])
    assert result.exit_code == 0, result.output
    assert "gold" in result.output
