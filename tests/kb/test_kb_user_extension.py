"""User KB files (`marsad analyze --kb`, MARSAD_DATA) add and override entries; `marsad kb` CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import _load_commands, app
from marsad.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures"
USER_KB = """version: "1"
source: my newsroom
kind: kb
entries:
  - {id: group/test-liwa-alsahil, type: ARMED_GROUP, name_en: Coastal Brigade, names: [لواء الساحل الغربي], country: YEM, role: INS}
  - {id: country/syr, type: COUNTRY, name_en: Syrian Arab Republic, names: [سوريا], country: SYR}
"""
TEXT = "أعلن لواء الساحل الغربي سيطرته على مواقع قرب الحدود مع سوريا."


@pytest.fixture
def user_kb(tmp_path: Path) -> Path:
    path = tmp_path / "my_entities.yaml"
    path.write_text(USER_KB, encoding="utf-8")
    return path


def _by_text(pipe: Pipeline) -> dict[str, tuple[str | None, str | None]]:
    return {e.text: (e.kb_id, e.name_en) for e in pipe.analyze(TEXT).entities}


def test_kb_extra_file_adds_and_overrides(user_kb: Path) -> None:
    found = _by_text(Pipeline(["marsad.sentences.v1", "marsad.entities.v1"], extra_files=[user_kb]))
    assert found["لواء الساحل الغربي"] == ("group/test-liwa-alsahil", "Coastal Brigade")
    assert found["سوريا"] == ("country/syr", "Syrian Arab Republic")


def test_kb_env_var_adds_files(user_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_DATA", str(user_kb))
    found = _by_text(Pipeline(["marsad.sentences.v1", "marsad.entities.v1"]))
    assert found["لواء الساحل الغربي"][0] == "group/test-liwa-alsahil"


def test_kb_cli_analyze_with_kb(user_kb: Path, tmp_path: Path) -> None:
    _load_commands()
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(article), "--kb", str(user_kb), "--format", "json"])
    assert result.exit_code == 0, result.output
    ids = {e["kb_id"] for e in json.loads(result.stdout)["entities"]}
    assert "group/test-liwa-alsahil" in ids


def test_kb_cli_validate_lookup_stats() -> None:
    _load_commands()
    runner = CliRunner()
    bad = runner.invoke(app, ["kb", "validate", str(FIXTURES / "bad.yaml")])
    assert bad.exit_code == 1 and "place/bad-lat" in bad.stdout
    good = runner.invoke(app, ["kb", "validate", str(FIXTURES / "mini.yaml")])
    assert good.exit_code == 0, good.output
    found = runner.invoke(app, ["kb", "lookup", "وبسوريا"])
    assert found.exit_code == 0 and "country/syr" in found.stdout and "clitic وب+" in found.stdout
    stats = runner.invoke(app, ["kb", "stats"])
    assert stats.exit_code == 0 and "COUNTRY" in stats.stdout
