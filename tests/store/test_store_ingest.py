"""`marsad ingest` end to end on each back-end: same results on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401  (registers the commands)
from marsad.cli import app
from marsad.store import ArticleFilter, open_store

from .samples import OTHER, TEXT

runner = CliRunner()


def test_store_cli_ingest_on_each_backend(store_url: str, tmp_path: Path) -> None:
    records = [
        {"id": "s1", "text": TEXT, "source": "وكالة أ", "published": "2024-03-02"},
        {"id": "s2", "text": OTHER, "source": "وكالة ب", "published": "2024-03-03"},
        {"id": "s3", "text": TEXT, "source": "وكالة ج", "url": "https://c.example/3"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    for _ in range(2):  # the second run changes nothing
        result = runner.invoke(app, ["ingest", str(source), "--db", store_url, "--no-link"])
        assert result.exit_code == 0, result.stderr
    store = open_store(store_url)
    assert [a.id for a in store.articles()] == ["s1", "s2"]
    first = store.article("s1")
    assert first is not None and first.outlets == ["وكالة أ", "وكالة ج"] and first.urls == ["https://c.example/3"]
    assert [a.id for a, _ in store.iter_analyses(ArticleFilter(outlet="وكالة ب"))] == ["s2"]
    analysis = store.analysis("s1")
    assert analysis is not None and analysis.doc.source == "وكالة أ"
    assert all(TEXT[e.start : e.end] == e.text for e in analysis.entities)
    assert store.pending() == []
    store.close()
