"""The ingest loop: read articles in chunks; store a chunk's articles in one transaction,
analyse the new ones with no transaction open, save their analyses in another; at the end
analyse whatever an interrupted run left unanalysed.

A killed run therefore resumes on the next one without loss or duplication: an article
counts as stored once its chunk commits, stored articles come back as `same_id`, and
articles stored but not analysed are picked up by the final sweep. A kill costs at most
one chunk of rework. A database error (full, locked) stops the run with the input named.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from marsad.errors import MarsadError
from marsad.ingest.record import Read
from marsad.model import ErrorRecord
from marsad.pipeline import Pipeline, Record, check_text, error_record, parse_published
from marsad.store.base import NewArticle, Store
from marsad.store.errors import StoreError
from marsad.store.rows import Encoded, encode

Warn = Callable[[str], None]
# An article and where it was read from (a source position, or 'store:<id>' in the sweep).
Located = tuple[str, NewArticle]
# Articles per chunk: one commit stores them and one saves their analyses, instead of two
# commits per article; small enough that a kill redoes little (about a second of analysis)
# and the lock is held briefly (the inserts only). 128 rather than 32 cut the commits' share
# of `benchmarks/ingest.py` from 0.45 to 0.3 ms an article.
CHUNK = 128
# A chunk also ends after this many seconds of reading (slow sources such as URL lists).
CHUNK_SECONDS = 1.0


@dataclass
class Tally:
    """What a run did: records read, stored, found duplicate, analysed, failed."""

    read: int = 0
    new: int = 0
    duplicates: Counter[str] = field(default_factory=Counter)
    analysed: int = 0
    failed: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        dups = ", ".join(f"{n} {kind}" for kind, n in sorted(self.duplicates.items())) or "none"
        return (
            f"{self.read} read, {self.new} new, duplicates: {dups}; "
            f"{self.analysed} analysed, {self.failed} failed"
        )


@dataclass(frozen=True)
class Analyser:
    """The pipeline, the version string stored with its analyses, and where to warn."""

    pipeline: Pipeline
    version: str
    warn: Warn


def ingest(store: Store, reads: Iterable[Read], analyser: Analyser) -> Tally:
    """Store and analyse every read article; raise StoreError (input named) if the database fails."""
    tally, tried = Tally(), set[str]()
    for chunk in _chunks(reads):
        stored = _store(store, chunk, analyser.warn, tally)
        tried.update(article.id for _, article in stored)
        _analyse(store, stored, analyser, tally)
    _sweep(store, [i for i in store.pending() if i not in tried], analyser, tally)
    return tally


def reanalyze(store: Store, analyser: Analyser) -> Tally:
    """Re-run the pipeline on stored articles analysed by another version (or never)."""
    tally = Tally()
    _sweep(store, store.pending(analyser.version), analyser, tally)
    return tally


def _chunks(reads: Iterable[Read]) -> Iterator[list[Read]]:
    """The reads in lists of CHUNK, a list ending early once reading it took CHUNK_SECONDS."""
    chunk: list[Read] = []
    started = 0.0
    for read in reads:
        if not chunk:
            started = time.monotonic()
        chunk.append(read)
        if len(chunk) >= CHUNK or time.monotonic() - started >= CHUNK_SECONDS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _store(store: Store, reads: list[Read], warn: Warn, tally: Tally) -> list[Located]:
    """Store a chunk's valid articles in one transaction; return the new ones."""
    tally.read += len(reads)
    new: list[Located] = []
    last = ("-", "-")  # the article being written when the database fails
    try:
        with store.batch():
            for read in reads:
                article = _valid(read, warn)
                if article is None:
                    tally.failed += 1
                    continue
                last = (read.where, article.id)
                status = store.add_article(article).status
                if status == "new":
                    new.append((read.where, article))
                else:
                    tally.duplicates[status] += 1
    except StoreError as exc:
        raise _named(exc, *last) from None
    tally.new += len(new)
    return new


def _sweep(store: Store, ids: list[str], analyser: Analyser, tally: Tally) -> None:
    """Analyse stored articles by id, a chunk at a time."""
    for start in range(0, len(ids), CHUNK):
        found = (_stored(store, article_id) for article_id in ids[start : start + CHUNK])
        _analyse(store, [item for item in found if item is not None], analyser, tally)


def _stored(store: Store, article_id: str) -> Located | None:
    """A stored article as ingest reads it (None if it is gone)."""
    info, text = store.article(article_id), store.article_text(article_id)
    if info is None or text is None:
        return None
    article = NewArticle(
        id=info.id, text=text, title=info.title, url=info.url, published=info.published, outlet=info.outlet,
    )
    return f"store:{article_id}", article


def _valid(read: Read, warn: Warn) -> NewArticle | None:
    """The read article if it can be analysed; else warn (one line naming the input) and None."""
    if read.article is None:
        warn(f"{read.where}: {read.doc_id or '-'}: {read.code}: {read.message}")
        return None
    try:
        check_text(read.article.text)
        parse_published(read.article.published)
    except MarsadError as exc:
        warn(f"{read.where}: {read.article.id}: {exc.code}: {exc.message}")
        return None
    return read.article


def _analyse(store: Store, articles: list[Located], analyser: Analyser, tally: Tally) -> None:
    """Analyse stored articles (no transaction open meanwhile), then save the analyses in one."""
    results = [(where, a.id, _analysis(where, a, analyser, tally)) for where, a in articles]
    done = [(where, article_id, result) for where, article_id, result in results if result is not None]
    last = ("-", "-")  # the analysis being written when the database fails
    try:
        with store.batch():
            for where, article_id, analysis in done:
                last = (where, article_id)
                store.save_analysis(article_id, analysis, analyser.version)
    except StoreError as exc:
        raise _named(exc, *last) from None
    tally.analysed += len(done)


def _analysis(where: str, article: NewArticle, analyser: Analyser, tally: Tally) -> Encoded | None:
    """The article's analysis, encoded for the store (held until its chunk is saved: see
    `Encoded`), or None when it fails (reported, counted)."""
    record = Record(article.text, article.id, article.published, article.title, article.url, article.outlet)
    try:
        result = analyser.pipeline.analyze_record(record)
    except Exception as exc:  # a stage bug costs one article, not the batch
        result = error_record(article.id, "internal_error", f"{type(exc).__name__}: {exc}")
    if isinstance(result, ErrorRecord):
        analyser.warn(f"{where}: {article.id}: {result.error.code}: {result.error.message}")
        tally.failed += 1
        return None
    return encode(article.id, result)


def _named(exc: StoreError, where: str, article_id: str) -> StoreError:
    """The same store error with the input and article named first."""
    return type(exc)(f"{where}: {article_id}: {exc.message}")
