"""The linking test set and its scorer (`marsad evaluate linking`)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import _load_commands, app
from marsad.corpus.model import Incident
from marsad.evaluate.linking import GoldArticle, read_set, score

SET = Path(__file__).parents[1] / "data" / "linking"


def test_set_size_and_phenomena() -> None:
    arts = read_set(SET)
    groups = Counter(a.group for a in arts)
    assert len(groups) >= 60 and all(2 <= n <= 3 for n in groups.values())
    assert {a.phenomenon for a in arts if a.kind == "near_miss"} >= {
        "same place, another day", "same actors, another type", "same type, another city",
        "retaliation", "follow-up",
    }
    assert len({a.id for a in arts}) == len(arts)


def _gold(aid: str, incident: str, group: str, kind: str = "same") -> GoldArticle:
    return GoldArticle(aid, "o", "2024-01-01", "نص", incident, "ASSAULT", group, kind, "p")


def _inc(*articles: str, type_: str = "ASSAULT") -> Incident:
    return Incident(id="i-" + "".join(articles), type=type_, articles=list(articles))


def test_pairwise_scores() -> None:
    gold = [_gold("a", "x", "g1"), _gold("b", "x", "g1"), _gold("c", "y", "g2", "near_miss"),
            _gold("d", "z", "g2", "near_miss")]
    result = score(gold, [_inc("a", "b"), _inc("c", "d")])
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)
    assert result.near_miss_rate == 1.0 and result.f1 == 2 / 3
    other_type = score(gold, [_inc("a", "b", type_="PROTEST")])
    assert other_type.recall == 0.0


def test_cli_on_two_groups(tmp_path: Path) -> None:
    lines = (SET / "linking_set.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "few.jsonl").write_text("\n".join(lines[:1] + lines[-1:]) + "\n", encoding="utf-8")
    _load_commands()
    res = CliRunner().invoke(app, ["evaluate", "linking", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "pairwise P=" in res.output and "near-miss false links" in res.output
    assert json.loads(lines[0])["kind"] == "same"
