"""`SqlStore`: the Store interface in portable SQL, shared by the SQLite and PostgreSQL
back-ends. Subclasses supply the connection, transactions and the error mapping."""

from __future__ import annotations

import datetime as dt
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from typing import Any

from marsad.corpus.model import ArticleInfo, Incident, Story
from marsad.model import Analysis
from marsad.store import corpus
from marsad.store.base import AddResult, ArticleFilter, NewArticle, Store
from marsad.store.batch import Batch
from marsad.store.dedup import BUCKET_READ, MIN_BANDS, THRESHOLD, bands, fingerprint, similarity
from marsad.store.dialect import Dialect
from marsad.store.errors import StoreError
from marsad.store.filters import article_where, page
from marsad.store.migrate import LEDGER, migrations
from marsad.store.rows import Encoded, encode

_INFO = (
    "SELECT a.id, a.content_hash, a.title, a.url, a.published, a.outlet, a.duplicate_of, "
    "n.analyzer_version, a.length FROM articles a LEFT JOIN analyses n ON n.article_id = a.id"
)
_ORDER = " ORDER BY (a.published IS NULL), a.published, a.id"
_BATCH = 500


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class SqlStore(Store):
    """Store operations written once; the back-end gives the connection and dialect."""

    dialect: Dialect
    _batch: Batch | None = None

    # --- back-end hooks -------------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """One database transaction: its statements commit together or not at all."""

    @abstractmethod
    def execute(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement (`?` placeholders); return its rows (empty for writes)."""

    @abstractmethod
    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""

    # --- transactions ---------------------------------------------------------------
    def transaction(self) -> AbstractContextManager[None]:
        """A context in which statements commit together or not at all (inside `batch`, with it)."""
        return self._batch.join() if self._batch is not None else self._transaction()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Let the writes made inside share one transaction, committed at the end (see `Batch`)."""
        if self._batch is not None:  # a nested batch is part of the outer one
            yield
            return
        self._batch = batch = Batch(self._transaction)
        try:
            with batch.stack:
                yield
                if batch.failed:  # the caller caught a write's error: store none of the batch
                    raise StoreError("a write of this batch failed; nothing in it was stored")
        finally:
            self._batch = None

    # --- schema ---------------------------------------------------------------------
    def migrate(self) -> None:
        """Apply the package's migrations this database has not seen yet.

        An up-to-date database is only read, so opening it never waits for a writer.
        """
        for step in migrations():
            if step.version in self._applied():
                continue
            with self.transaction():
                self.execute(LEDGER)
                if step.version in self._applied():  # another process got there first
                    continue
                for statement in step.statements:
                    self.execute(self.dialect.ddl(statement))
                self.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (step.version, step.name, now()),
                )

    def _applied(self) -> set[int]:
        """Versions recorded in schema_migrations (none before the ledger exists)."""
        if not self._has_ledger():
            return set()
        return {int(row[0]) for row in self.execute("SELECT version FROM schema_migrations")}

    @abstractmethod
    def _has_ledger(self) -> bool:
        """True if the schema_migrations table exists."""

    def schema_version(self) -> int:
        """The highest migration applied to this database."""
        rows = self.execute("SELECT MAX(version) FROM schema_migrations")
        return int(rows[0][0] or 0)

    # --- articles -------------------------------------------------------------------
    def add_article(self, article: NewArticle) -> AddResult:
        """Store an article once; duplicates are recorded against the first copy."""
        with self.transaction():
            if self._seen(article.id):  # checked first: a re-run skips the fingerprint
                return AddResult(self._root(article.id), "same_id")
            digest, sig = fingerprint(article.text)
            keys = bands(sig)
            found = self._duplicate(article, digest)
            if found is None:
                root = self._near(sig, keys)
                status = "near_duplicate" if root else "new"
                self._insert(article, digest, sig, root, keys)
                self._copy(article.id, article, "original")
            else:
                root, status = found
            if root is not None:
                self._copy(root, article, status)
        return AddResult(root or article.id, status)

    def _near(self, sig: bytes, keys: list[str]) -> str | None:
        """The stored original most similar to a signature, if similar enough (ties: smallest id).

        Each band's bucket is read up to BUCKET_READ articles (smallest ids first): a band shared
        by more stored articles is boilerplate, like a stop word, and reading it whole made the
        look-up grow with the corpus. A true copy shares several other bands (7.7 of 32 on
        average at the threshold), so it is still found through them."""
        rows = self.execute(_near_query(len(keys)), [*keys, MIN_BANDS])
        if not rows:
            return None
        ids = [row[0] for row in rows]
        found = self.execute(
            f"SELECT id, signature FROM articles WHERE id IN ({', '.join('?' * len(ids))})", ids
        )
        scored = sorted((-similarity(sig, bytes(stored)), article_id) for article_id, stored in found)
        best = (-scored[0][0], scored[0][1]) if scored and -scored[0][0] >= THRESHOLD else None
        return best[1] if best else None

    def _seen(self, article_id: str) -> bool:
        """True if the id is stored, as an article or as a copy of one."""
        return bool(
            self.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
            or self.execute("SELECT 1 FROM article_copies WHERE copy_id = ?", (article_id,))
        )

    def _duplicate(self, article: NewArticle, digest: str) -> tuple[str, str] | None:
        """(root article id, status) if a new id carries a stored URL or text, else None."""
        if article.url:
            rows = self.execute("SELECT article_id FROM article_copies WHERE url = ? LIMIT 1", (article.url,))
            if rows:
                return self._root(rows[0][0]), "same_url"
        rows = self.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
            (digest,),
        )
        return (rows[0][0], "same_text") if rows else None

    def _root(self, some_id: str) -> str:
        """The stored article a given article or copy id stands for (following duplicate_of)."""
        rows = self.execute("SELECT id, duplicate_of FROM articles WHERE id = ?", (some_id,))
        if not rows:
            rows = self.execute(
                "SELECT a.id, a.duplicate_of FROM article_copies c JOIN articles a ON a.id = c.article_id "
                "WHERE c.copy_id = ? LIMIT 1",
                (some_id,),
            )
        return str(rows[0][1] or rows[0][0])

    def _insert(self, a: NewArticle, digest: str, sig: bytes, duplicate_of: str | None, keys: list[str]) -> None:
        """Insert the article row (and, for an original, its LSH band keys)."""
        self.execute(
            "INSERT INTO articles (id, content_hash, title, url, published, outlet, author, text, "
            "length, duplicate_of, signature, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, digest, a.title, a.url, a.published, a.outlet, a.author, a.text, len(a.text),
             duplicate_of, sig, now()),
        )
        if duplicate_of is None:
            self.executemany(
                "INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)", [(key, a.id) for key in keys]
            )

    def _copy(self, root: str, a: NewArticle, kind: str) -> None:
        """Record that `a` (an original or a duplicate) carried article `root`."""
        self.execute(
            "INSERT INTO article_copies (article_id, copy_id, kind, outlet, url, published) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, copy_id) DO NOTHING",
            (root, a.id, kind, a.outlet, a.url, a.published),
        )

    def article(self, article_id: str) -> ArticleInfo | None:
        """An article's metadata, or None."""
        found = self._infos(self.execute(_INFO + " WHERE a.id = ?", (article_id,)))
        return found[0] if found else None

    def article_text(self, article_id: str) -> str | None:
        """An article's original text, or None."""
        rows = self.execute("SELECT text FROM articles WHERE id = ?", (article_id,))
        return str(rows[0][0]) if rows else None

    def articles(self, filters: ArticleFilter | None = None) -> list[ArticleInfo]:
        """Articles matching the filters, ordered by published date then id."""
        where, params = article_where(filters)
        limit, more = page(filters)
        return self._infos(self.execute(f"{_INFO} WHERE {where}{_ORDER}{limit}", [*params, *more]))

    def _infos(self, rows: list[tuple[Any, ...]]) -> list[ArticleInfo]:
        """ArticleInfo objects for article rows, with their copies' outlets and URLs."""
        copies: dict[str, list[tuple[Any, ...]]] = {}
        ids = [row[0] for row in rows]
        for i in range(0, len(ids), _BATCH):
            chunk = ids[i : i + _BATCH]
            for c in self.execute(
                "SELECT article_id, outlet, url FROM article_copies WHERE article_id IN "
                f"({', '.join('?' * len(chunk))})",
                chunk,
            ):
                copies.setdefault(c[0], []).append(c)
        return [_info(row, copies.get(row[0], [])) for row in rows]

    # --- analyses -------------------------------------------------------------------
    def save_analysis(self, article_id: str, analysis: Analysis | Encoded, analyzer_version: str) -> None:
        """Store (or replace) an article's analysis (or its `encode`d form) and its layer rows."""
        encoded = encode(article_id, analysis) if isinstance(analysis, Analysis) else analysis
        if encoded.article_id != article_id:
            raise ValueError(f"analysis encoded for {encoded.article_id}, saved for {article_id}")
        with self.transaction():
            # Layer rows go with their analysis (ON DELETE CASCADE).
            self.execute("DELETE FROM analyses WHERE article_id = ?", (article_id,))
            self.execute(
                "INSERT INTO analyses (article_id, analyzer_version, schema_version, analysis, analysed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (article_id, analyzer_version, encoded.schema_version, encoded.body, now()),
            )
            for layer, rows in encoded.layers:
                self.executemany(layer.insert_sql(), rows)

    def analysis(self, article_id: str) -> Analysis | None:
        """An article's stored analysis, or None."""
        rows = self.execute("SELECT analysis FROM analyses WHERE article_id = ?", (article_id,))
        return Analysis.model_validate_json(rows[0][0]) if rows else None

    def iter_analyses(
        self, filters: ArticleFilter | None = None
    ) -> Iterator[tuple[ArticleInfo, Analysis]]:
        """(article, analysis) pairs for analysed, non-duplicate articles."""
        where, params = article_where(filters)
        limit, more = page(filters)
        ids = [
            row[0]
            for row in self.execute(
                f"SELECT a.id FROM articles a JOIN analyses n ON n.article_id = a.id "
                f"WHERE a.duplicate_of IS NULL AND {where}{_ORDER}{limit}",
                [*params, *more],
            )
        ]
        for i in range(0, len(ids), _BATCH):
            yield from self._pairs(ids[i : i + _BATCH])

    def _pairs(self, ids: list[str]) -> Iterator[tuple[ArticleInfo, Analysis]]:
        """(article, analysis) for a batch of analysed article ids, in the given order."""
        marks = ", ".join("?" * len(ids))
        infos = {i.id: i for i in self._infos(self.execute(f"{_INFO} WHERE a.id IN ({marks})", ids))}
        bodies = dict(self.execute(f"SELECT article_id, analysis FROM analyses WHERE article_id IN ({marks})", ids))
        for article_id in ids:
            yield infos[article_id], Analysis.model_validate_json(bodies[article_id])

    def pending(self, analyzer_version: str | None = None) -> list[str]:
        """Ids of articles without an analysis (or, given a version, analysed by another)."""
        query = (
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
            "WHERE a.duplicate_of IS NULL AND (n.article_id IS NULL"
        )
        if analyzer_version is None:
            return [r[0] for r in self.execute(query + ") ORDER BY a.id")]
        rows = self.execute(query + " OR n.analyzer_version <> ?) ORDER BY a.id", (analyzer_version,))
        return [r[0] for r in rows]

    # --- incidents and stories ------------------------------------------------------
    def replace_incidents(self, incidents: Sequence[Incident]) -> None:
        """Replace all incidents in one transaction."""
        with self.transaction():
            corpus.write_incidents(self, incidents)

    def incidents(self, filters: ArticleFilter | None = None) -> list[Incident]:
        """Stored incidents matching the filters."""
        return corpus.read_incidents(self, filters)

    def incident(self, incident_id: str) -> Incident | None:
        """One incident, or None."""
        rows = self.execute("SELECT incident FROM incidents WHERE id = ?", (incident_id,))
        return Incident.model_validate_json(rows[0][0]) if rows else None

    def replace_stories(self, stories: Sequence[Story]) -> None:
        """Replace all stories in one transaction."""
        with self.transaction():
            corpus.write_stories(self, stories)

    def stories(self) -> list[Story]:
        """All stored stories."""
        rows = self.execute("SELECT story FROM stories ORDER BY position")
        return [Story.model_validate_json(r[0]) for r in rows]

    def story(self, story_id: str) -> Story | None:
        """One story, or None."""
        rows = self.execute("SELECT story FROM stories WHERE id = ?", (story_id,))
        return Story.model_validate_json(rows[0][0]) if rows else None


@lru_cache(maxsize=4)
def _near_query(n_keys: int) -> str:
    """The candidate look-up of `SqlStore._near` for n band keys (written once: every
    article asks it with the same number of keys)."""
    buckets = " UNION ALL ".join(
        f"SELECT article_id FROM (SELECT article_id FROM article_bands WHERE band_key = ? "
        f"ORDER BY article_id LIMIT {BUCKET_READ}) AS b{i}"
        for i in range(n_keys)
    )
    return (
        f"SELECT article_id FROM ({buckets}) AS hits "
        "GROUP BY article_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, article_id LIMIT 20"
    )


def _info(row: tuple[Any, ...], copies: list[tuple[Any, ...]]) -> ArticleInfo:
    """An ArticleInfo from an article row and its copy rows."""
    article_id, digest, title, url, published, outlet, duplicate_of, version, length = row
    outlets = sorted({c[1] for c in copies if c[1]})
    urls = sorted({c[2] for c in copies if c[2]})
    return ArticleInfo(
        id=article_id, content_hash=digest, title=title, url=url, published=published,
        outlet=outlet, outlets=outlets, urls=urls, duplicate_of=duplicate_of,
        analyzer_version=version, length=length,
    )
