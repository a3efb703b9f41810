"""SQLite schema upgrades and query plans: an older database is migrated on open, and the
listing filters find an article's layer rows through its primary key, not a scan."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import marsad.store.sql as sql_module
from marsad.store import ArticleFilter
from marsad.store.filters import article_where, page
from marsad.store.migrate import latest_version, migrations
from marsad.store.sqlite import SQLiteStore

from .samples import analysis, article

DROPPED = {"articles_url", "articles_published", "article_copies_outlet", "analyses_version", "entities_kb",
           "entities_country", "events_type", "events_date", "framing_kind"}


def indexes(db: Path) -> set[str]:
    """Names of the explicit indexes in an SQLite file."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        return {r[0] for r in rows}


def test_sqlite_schema_1_is_upgraded_keeping_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    with monkeypatch.context() as patch:
        patch.setattr(sql_module, "migrations", lambda: migrations()[:1])
        old = SQLiteStore(db)
        old.add_article(article("a1"))
        old.save_analysis("a1", analysis("a1"), "v1")
        old.close()
    assert indexes(db) >= DROPPED
    store = SQLiteStore(db)
    assert store.schema_version() == latest_version() and store.analysis("a1") == analysis("a1")
    store.close()
    assert not DROPPED & indexes(db)
    assert {"articles_hash", "article_copies_copy", "article_copies_url"} <= indexes(db)


@pytest.mark.parametrize(
    "filters", [ArticleFilter(outlet="أ"), ArticleFilter(country="SYR"), ArticleFilter(event_type="ASSAULT")]
)
def test_sqlite_filters_use_primary_keys(tmp_path: Path, filters: ArticleFilter) -> None:
    store = SQLiteStore(tmp_path / "m.db")
    where, params = article_where(filters)
    limit, more = page(filters)
    plan = store.execute(f"EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE {where}{limit}", [*params, *more])
    searches = [str(row[3]) for row in plan if "SEARCH" in str(row[3])]
    assert searches and all("sqlite_autoindex" in s and "article_id=?" in s for s in searches), searches
    store.close()
