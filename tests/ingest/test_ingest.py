"""The ingest loop and `marsad ingest` / `marsad reanalyze`: idempotence, duplicates across
outlets, per-record errors, chunked commits, resuming after kill -9 or a failed commit, a
full disk and a locked database."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import marsad.cli.ingest as cli_ingest
import marsad.ingest.run as run
from marsad.cli import app
from marsad.ingest import Analyser, expand_sources, ingest, iter_reads, reanalyze
from marsad.store import NewArticle, StoreFull, open_store
from marsad.store.sqlite import SQLiteStore

from .corpus import make_records, write_jsonl

runner = CliRunner()


def run_ingest(db: Path, *inputs: Path, analyser: Analyser) -> tuple[int, int, int]:
    """Ingest files into the SQLite file; (new, analysed, failed)."""
    store = open_store(str(db))
    tally = ingest(store, iter_reads(expand_sources([str(p) for p in inputs])), analyser)
    store.close()
    return tally.new, tally.analysed, tally.failed


def counts(db: Path) -> dict[str, int]:
    """Rows per main table, read with a separate connection."""
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "analyses", "article_copies")}


def integrity(db: Path) -> str:
    """PRAGMA integrity_check of the file."""
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def test_ingest_is_idempotent(tmp_path: Path, analyser: Analyser) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", make_records(6))
    assert run_ingest(tmp_path / "m.db", source, analyser=analyser) == (6, 6, 0)
    assert run_ingest(tmp_path / "m.db", source, analyser=analyser) == (0, 0, 0)
    assert counts(tmp_path / "m.db") == {"articles": 6, "analyses": 6, "article_copies": 6}


def test_ingest_records_copies_with_every_outlet(tmp_path: Path, analyser: Analyser) -> None:
    first = make_records(2)
    copies = [dict(r, id=f"copy-{r['id']}", source="outlet-copy") for r in first]
    source = write_jsonl(tmp_path / "a.jsonl", first + copies)
    assert run_ingest(tmp_path / "m.db", source, analyser=analyser) == (2, 2, 0)
    store = open_store(str(tmp_path / "m.db"))
    info = store.article("r0000")
    assert info is not None and info.outlets == ["outlet-copy", "outlet0"]
    assert [i for i, _ in store.iter_analyses()] == store.articles()
    store.close()


def test_ingest_reports_bad_records_and_continues(tmp_path: Path, analyser: Analyser, warnings: list[str]) -> None:
    good = make_records(2)
    source = tmp_path / "a.jsonl"
    write_jsonl(source, good)
    with source.open("a", encoding="utf-8") as out:
        out.write('{"id": "en", "text": "English only"}\n{"id": "bad-date", "text": "نص", "published": "أمس"}\n{oops\n')
    assert run_ingest(tmp_path / "m.db", source, analyser=analyser) == (2, 2, 3)
    assert [w.split(": ")[1:3] for w in warnings] == [["en", "no_arabic"], ["bad-date", "invalid_date"], ["a:5", "invalid_json"]]
    assert all(w.startswith(str(source)) for w in warnings)


def test_ingest_analyses_what_an_interrupted_run_left(tmp_path: Path, analyser: Analyser) -> None:
    records = make_records(3)
    store = open_store(str(tmp_path / "m.db"))
    store.add_article(NewArticle(id="r0000", text=records[0]["text"]))  # stored, never analysed
    store.close()
    source = write_jsonl(tmp_path / "a.jsonl", records)
    assert run_ingest(tmp_path / "m.db", source, analyser=analyser) == (2, 3, 0)
    assert counts(tmp_path / "m.db")["analyses"] == 3


@pytest.mark.parametrize(("chunk", "seconds"), [(2, 60.0), (100, 0.0)])
def test_ingest_in_chunks_by_count_or_time(
    tmp_path: Path, analyser: Analyser, monkeypatch: pytest.MonkeyPatch, chunk: int, seconds: float
) -> None:
    monkeypatch.setattr(run, "CHUNK", chunk)
    monkeypatch.setattr(run, "CHUNK_SECONDS", seconds)
    records = make_records(5)
    source = write_jsonl(tmp_path / "a.jsonl", [*records, dict(records[0], id="copy", source="x")])
    chunks = list(run._chunks(iter_reads(expand_sources([str(source)]))))
    assert [len(c) for c in chunks] == ([2, 2, 2] if chunk == 2 else [1] * 6)
    assert run_ingest(tmp_path / "m.db", source, analyser=analyser) == (5, 5, 0)
    assert counts(tmp_path / "m.db") == {"articles": 5, "analyses": 5, "article_copies": 6}


def test_ingest_failed_analysis_commit_resumes(
    tmp_path: Path, analyser: Analyser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run, "CHUNK", 3)
    db, source = tmp_path / "m.db", write_jsonl(tmp_path / "a.jsonl", make_records(5))
    store = open_store(str(db))
    save, saved = store.save_analysis, list[str]()

    def full_at_fifth(article_id: str, *args: Any) -> None:
        saved.append(article_id)
        if len(saved) == 5:
            raise StoreFull("disk full")
        save(article_id, *args)

    monkeypatch.setattr(store, "save_analysis", full_at_fifth)
    with pytest.raises(StoreFull, match=f"^{source}:5: r0004: disk full"):
        ingest(store, iter_reads(expand_sources([str(source)])), analyser)
    store.close()
    # Chunks r0000-r0002 and r0003-r0004 were stored; the second chunk's analyses were not.
    assert counts(db) == {"articles": 5, "analyses": 3, "article_copies": 5}
    assert run_ingest(db, source, analyser=analyser) == (0, 2, 0)
    assert counts(db) == {"articles": 5, "analyses": 5, "article_copies": 5}


def test_ingest_resumes_after_kill_9(tmp_path: Path) -> None:
    db, n = tmp_path / "m.db", 400
    source = write_jsonl(tmp_path / "big.jsonl", make_records(n, sentences=4))
    command = [sys.executable, "-c", "from marsad.cli import main; main()", "ingest", str(source), "--db", str(db), "--no-link"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and _analysed(db) >= 20:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = _analysed(db)
    assert 0 < killed_at < n, "the run was not interrupted mid-way"
    assert integrity(db) == "ok"
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert counts(db) == {"articles": n, "analyses": n, "article_copies": n}
    assert integrity(db) == "ok"


def _analysed(db: Path) -> int:
    """Number of stored analyses (0 while the schema is being created)."""
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_ingest_full_disk_stops_cleanly(tmp_path: Path, analyser: Analyser, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    assert run_ingest(db, write_jsonl(tmp_path / "a.jsonl", make_records(2)), analyser=analyser) == (2, 2, 0)
    before = counts(db)

    def tiny(url: str | None) -> SQLiteStore:
        store = SQLiteStore(str(url))
        pages = store.execute("PRAGMA page_count")[0][0]
        store.execute(f"PRAGMA max_page_count = {pages + 1}")  # the file may grow by one page only
        return store

    monkeypatch.setattr(cli_ingest, "_open", tiny)
    more = write_jsonl(tmp_path / "b.jsonl", make_records(30, seed=99, sentences=30))
    result = runner.invoke(app, ["ingest", str(more), "--db", str(db), "--no-link"])
    assert result.exit_code == 1
    [line] = [x for x in result.stderr.splitlines() if "store_full" in x]
    assert str(more) in line and "stopped" in line
    assert integrity(db) == "ok"
    after = counts(db)
    assert after["articles"] >= before["articles"] and after["analyses"] >= before["analyses"]
    store = open_store(str(db))
    assert store.analysis("r0000") is not None
    store.close()


def test_ingest_locked_database_names_the_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    open_store(str(db)).close()
    monkeypatch.setattr("marsad.store.sqlite.BUSY_TIMEOUT_MS", 50)
    source = write_jsonl(tmp_path / "a.jsonl", make_records(2))
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--no-link"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    [line] = [x for x in result.stderr.splitlines() if "store_locked" in x]
    assert f"{source}:1" in line and "r0000" in line
    assert integrity(db) == "ok" and counts(db)["articles"] == 0


def test_reanalyze_updates_older_versions(tmp_path: Path, analyser: Analyser) -> None:
    db = tmp_path / "m.db"
    run_ingest(db, write_jsonl(tmp_path / "a.jsonl", make_records(3)), analyser=analyser)
    store = open_store(str(db))
    newer = Analyser(analyser.pipeline, "test-2", analyser.warn)
    assert store.pending("test-2") == ["r0000", "r0001", "r0002"]
    assert reanalyze(store, newer).analysed == 3
    assert reanalyze(store, newer).analysed == 0
    assert {i.analyzer_version for i in store.articles()} == {"test-2"}
    store.close()


def test_cli_ingest_stdin_and_reanalyze(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    called: list[int] = []
    linking = types.ModuleType("marsad.corpus.linking")
    linking.link_store = lambda store: called.append(len(store.articles())) or "2 incidents"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "marsad.corpus.linking", linking)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in make_records(2))
    result = runner.invoke(app, ["ingest", "-", "--db", str(db)], input=lines.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert "2 new" in result.stderr and "linking: 2 incidents" in result.stderr and called == [2]
    same = runner.invoke(app, ["reanalyze", "--db", str(db)])
    assert same.exit_code == 0 and "0 analysed" in same.stderr
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE analyses SET analyzer_version = '0.0.1+old'")
    again = runner.invoke(app, ["reanalyze", "--db", str(db)])
    assert again.exit_code == 0 and "2 analysed" in again.stderr and called == [2, 2]
