"""The embedded SQLite back-end: one file, WAL journal, a busy timeout, foreign keys on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from marsad.store.dialect import SQLITE
from marsad.store.errors import StoreError, StoreFull, StoreLocked, StoreUnavailable
from marsad.store.sql import SqlStore

# How long a writer waits for another process's lock before giving up (ms).
BUSY_TIMEOUT_MS = 5000

# The sqlite3 module binds str, int and float at once, but for None (NULL) it first looks for
# an adapter, fails, and builds (then drops) an AttributeError message: about 0.2 us a NULL,
# and an analysis has some 570 (0.1 ms an article in `benchmarks/ingest.py`). With an adapter
# registered for None, the lookup succeeds; the adapter (a C-level `dict.get`, no Python
# frame) returns None, which is then bound as NULL, as before. Process-wide, but it changes
# nothing any database gets: None still goes in as NULL.
_NO_ADAPTERS: dict[None, None] = {}
sqlite3.register_adapter(type(None), _NO_ADAPTERS.get)


class SQLiteStore(SqlStore):
    """A store in one SQLite file (created and migrated on open)."""

    dialect = SQLITE

    def __init__(self, path: str | Path, busy_timeout_ms: int | None = None) -> None:
        self.path = str(path)
        busy_timeout_ms = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL survives a killed process; only a power cut may lose the last commits.
            self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise _mapped(exc, f"cannot open {self.path}") from None
        with self._errors():
            self.migrate()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver errors into coded store errors."""
        try:
            yield
        except sqlite3.Error as exc:
            raise _mapped(exc, self.path) from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any error); the write lock is taken first."""
        with self._errors():
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            with self._errors():
                self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def execute(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; return its rows."""
        with self._errors():
            return self.conn.execute(query, tuple(params)).fetchall()

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""
        with self._errors():
            self.conn.executemany(query, rows)

    def _has_ledger(self) -> bool:
        """True if the schema_migrations table exists."""
        return bool(
            self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        )

    def integrity(self) -> str:
        """The result of PRAGMA integrity_check ('ok' when the file is sound)."""
        return str(self.execute("PRAGMA integrity_check")[0][0])

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.conn.close()


def _mapped(exc: sqlite3.Error, where: str) -> StoreError:
    """The coded store error for an SQLite error."""
    name = getattr(exc, "sqlite_errorname", "")
    message = f"{where}: {exc}"
    if name == "SQLITE_FULL" or "full" in str(exc):
        return StoreFull(message)
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in str(exc):
        return StoreLocked(message)
    if name == "SQLITE_CANTOPEN":
        return StoreUnavailable(message)
    return StoreError(message)
