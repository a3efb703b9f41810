"""Storage of articles, analyses, incidents and stories: SQLite by default, PostgreSQL as a server."""

from __future__ import annotations

from marsad.store.base import AddResult, ArticleFilter, NewArticle, Store
from marsad.store.errors import StoreError, StoreFull, StoreLocked, StoreUnavailable

DEFAULT_DB = "marsad.db"

__all__ = [
    "DEFAULT_DB",
    "AddResult",
    "ArticleFilter",
    "NewArticle",
    "Store",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreUnavailable",
    "open_store",
]


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating) the store at a file path or a `postgresql://` URL."""
    target = url or DEFAULT_DB
    if target.startswith(("postgresql://", "postgres://")):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(target)
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(target.removeprefix("sqlite:///"))
