"""`marsad serve`: binds to 127.0.0.1:8000 by default and serves the given store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli import _load_commands, app

pytest.importorskip("uvicorn")


def test_cli_serve_defaults_to_localhost(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn

    calls: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda a, **kw: calls.update(app=a, **kw))
    _load_commands()
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 0, result.output
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8000
    assert calls["app"].title == "Marsad explorer"


def test_cli_serve_options(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn

    calls: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda a, **kw: calls.update(kw))
    _load_commands()
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0", "--port", "9"])
    assert result.exit_code == 0 and calls["host"] == "0.0.0.0" and calls["port"] == 9
