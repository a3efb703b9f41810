"""The `store` fixture: every store test runs against SQLite and against PostgreSQL
(a real server started for the session; skipped with the reason when unavailable)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.store import Store, open_store

from . import pgserver

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgserver.Server]:
    """A PostgreSQL server for the whole session (skips when none can be started)."""
    server = pgserver.start()
    if isinstance(server, str):
        pytest.skip(f"PostgreSQL tests skipped: {server}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL of each back-end."""
    if request.param == "sqlite":
        yield str(tmp_path / "marsad.db")
        return
    server: pgserver.Server = request.getfixturevalue("pg_server")
    name = f"marsad_test_{next(_numbers)}"
    url = pgserver.create_database(server, name)
    yield url
    pgserver.drop_database(server, name)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open store on a fresh database of each back-end."""
    opened = open_store(store_url)
    yield opened
    opened.close()
