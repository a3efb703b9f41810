"""The readable terminal summary (`--format table`)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from rich.console import Console

from marsad.model import Analysis
from marsad.pipeline import error_record
from marsad.render import counts_line, event_line, render

DOC = Path(__file__).resolve().parents[1] / "docs" / "output.md"


def example() -> tuple[Analysis, str]:
    """The worked example of docs/output.md and its text."""
    doc = DOC.read_text(encoding="utf-8")
    text = re.findall(r"```text\n(.*?)\n```", doc, flags=re.S)[0]
    data = json.loads(re.findall(r"```json\n(.*?)```", doc, flags=re.S)[0])
    return Analysis.model_validate(data), text


def rendered(item: object, text: str = "") -> str:
    """What `render` prints, as plain text."""
    out = io.StringIO()
    render(item, Console(file=out, width=160, color_system=None), text)  # type: ignore[arg-type]
    return out.getvalue()


def test_event_line_reads_actor_type_target_place_date() -> None:
    analysis, _ = example()
    assert event_line(analysis, analysis.events[0]) == (
        "إسرائيلية (Israel) —ASSAULT/aerial→ عيتا الشعب (Aita al-Shaab) @عيتا الشعب (Aita al-Shaab) 2024-03-13"
    )


def test_counts_line_names_every_layer() -> None:
    analysis, _ = example()
    assert counts_line(analysis).startswith("24 words · 1 sentences · 4 entities · 1 times")


def test_render_shows_sections_and_quoted_content() -> None:
    analysis, text = example()
    out = rendered(analysis, text)
    for part in ("2024-03-14_aita", "Events", "Entities", "Quantities", "Times", "Sources", "Framing"):
        assert part in out
    assert "group/hezbollah" in out and '"عدوان همجي"' in out
    assert "framing: 4.17 per 100 words" in out


def test_render_error_record_is_one_line() -> None:
    out = rendered(error_record("x:3", "invalid_json", "bad line"))
    assert out.strip() == "✗ x:3: invalid_json: bad line"
