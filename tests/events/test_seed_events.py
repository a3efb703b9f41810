"""The seed article (read from ../shared, never copied into the project): issue 5's event
checks, so a change that breaks one of them shows up in the work tree's test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.model import Analysis
from marsad.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_ac03df6f9c98c04f.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article ../shared/seed not available")


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return Pipeline().analyze(SEED.read_text(encoding="utf-8"), published="2024-01-25")


def test_attacks_by_the_islamic_resistance_since_saturday(seed: Analysis) -> None:
    attacks = [e for e in seed.events if e.type == "ASSAULT" and e.actor and "المقاومة الإسلامية" in e.actor.text]
    assert any(e.date and e.date.startswith("2024-01-20") and e.factuality in ("asserted", "reported") for e in attacks)


def test_withdrawal_is_planned_and_2018_decision_historical(seed: Analysis) -> None:
    retreats = [e for e in seed.events if e.type == "RETREAT"]
    assert retreats and all(e.factuality in ("planned", "reported") for e in retreats)
    assert any(e.historical and e.date == "2018-12" for e in retreats)


def test_security_council_meeting_on_the_18th(seed: Analysis) -> None:
    meetings = [e for e in seed.events if e.type == "CONSULT"]
    assert any(e.date == "2024-01-18" and e.factuality in ("asserted", "reported") for e in meetings)


def test_dispatch_of_1500_troops(seed: Analysis) -> None:
    mobilize = [e for e in seed.events if e.type == "MOBILIZE"]
    assert any("1500" in e.trigger.text or "1,500" in e.trigger.text for e in mobilize)
