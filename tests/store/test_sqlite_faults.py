"""SQLite specifics: pragmas, a full disk (size-limited file) and a locked database
leave what was stored intact and give a clear coded error; a batch locks at its first write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.store import StoreFull, StoreLocked
from marsad.store.sqlite import SQLiteStore

from .samples import OTHER, TEXT, analysis, article


def test_sqlite_pragmas(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "m.db")
    pragma = {name: store.execute(f"PRAGMA {name}")[0][0] for name in ("journal_mode", "foreign_keys", "busy_timeout")}
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000}
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.execute(
            "INSERT INTO analyses (article_id, analyzer_version, schema_version, analysis, analysed_at) "
            "VALUES ('ghost', 'v', '2', '{}', 'now')"
        )
    store.close()


def test_sqlite_full_disk_keeps_what_was_stored(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "m.db")
    store.add_article(article("a1"))
    store.save_analysis("a1", analysis("a1"), "v1")
    pages = store.execute("PRAGMA page_count")[0][0]
    store.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = OTHER * 400  # needs many more pages than are left
    with pytest.raises(StoreFull, match="full"):
        for n in range(20):
            store.add_article(article(f"big{n}", f"{n} {big}"))
    assert store.integrity() == "ok"
    assert store.analysis("a1") == analysis("a1")
    store.close()
    reopened = SQLiteStore(tmp_path / "m.db")
    assert reopened.integrity() == "ok" and reopened.article_text("a1") == TEXT
    reopened.close()


def test_sqlite_locked_database_is_a_clear_error(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "m.db", busy_timeout_ms=50)
    store.add_article(article("a1"))
    other = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreLocked, match="locked"):
        store.add_article(article("b1", OTHER))
    other.execute("ROLLBACK")
    other.close()
    assert store.add_article(article("b1", OTHER)).status == "new"
    assert store.integrity() == "ok"
    store.close()


def test_sqlite_batch_locks_at_its_first_write(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "m.db", busy_timeout_ms=50)
    other = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreLocked, match="locked"), store.batch():
        assert store.article("a1") is None  # reading needs no lock
        store.add_article(article("a1"))
    other.execute("ROLLBACK")
    other.close()
    with store.batch():
        assert store.add_article(article("a1")).status == "new"
    assert store.article_text("a1") == TEXT and store.integrity() == "ok"
    store.close()
