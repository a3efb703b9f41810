"""The PostgreSQL back-end (psycopg 3): same schema and queries as SQLite."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from marsad.store.dialect import POSTGRES
from marsad.store.errors import StoreError, StoreFull, StoreLocked, StoreUnavailable
from marsad.store.sql import SqlStore

# Seconds a writer waits for a row or table lock before giving up.
LOCK_TIMEOUT_S = 5


class PostgresStore(SqlStore):
    """A store in a PostgreSQL database given by a `postgresql://` URL (migrated on open)."""

    dialect = POSTGRES

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreUnavailable(
                "PostgreSQL needs psycopg: pip install 'marsad[postgres]'"
            ) from None
        self._psycopg = psycopg
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
            self.conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_S}s'")
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot connect to {_safe(url)}: {_first_line(exc)}") from None
        with self._errors():
            self.migrate()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver errors into coded store errors."""
        errors = self._psycopg.errors
        try:
            yield
        except errors.DiskFull as exc:
            raise StoreFull(f"{_safe(self.url)}: {_first_line(exc)}") from None
        except (errors.LockNotAvailable, errors.DeadlockDetected) as exc:
            raise StoreLocked(f"{_safe(self.url)}: {_first_line(exc)}") from None
        except self._psycopg.Error as exc:
            raise StoreError(f"{_safe(self.url)}: {_first_line(exc)}") from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One database transaction (rolled back on any error)."""
        with self._errors(), self.conn.transaction():
            yield

    def execute(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; return its rows."""
        with self._errors():
            cursor = self.conn.execute(self.dialect.sql(query), tuple(params))
            return cursor.fetchall() if cursor.description else []

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""
        with self._errors(), self.conn.cursor() as cursor:
            cursor.executemany(self.dialect.sql(query), rows)

    def _has_ledger(self) -> bool:
        """True if the schema_migrations table exists in the current schema."""
        return self.execute("SELECT to_regclass('schema_migrations')")[0][0] is not None

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def _first_line(exc: BaseException) -> str:
    """The first line of a driver message."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("@")
    if not sep or "://" not in head:
        return url
    scheme, _, userinfo = head.partition("://")
    return f"{scheme}://{userinfo.split(':')[0]}@{tail}"
