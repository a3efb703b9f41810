"""The ingest loop: store each article (its own transaction), analyse the new ones (another
transaction each), then analyse whatever an interrupted run left unanalysed.

A killed run therefore resumes on the next one without loss or duplication: stored
articles come back as `same_id`, and articles stored but not analysed are picked up by
the final sweep. A database error (full, locked) stops the run with the input named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from marsad.errors import MarsadError
from marsad.ingest.record import Read
from marsad.model import ErrorRecord
from marsad.pipeline import Pipeline, Record, check_text, error_record, parse_published
from marsad.store.base import NewArticle, Store
from marsad.store.errors import StoreError

Warn = Callable[[str], None]


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
    for read in reads:
        tally.read += 1
        article = _valid(read, analyser.warn)
        if article is None:
            tally.failed += 1
            continue
        try:
            result = store.add_article(article)
        except StoreError as exc:
            raise _named(exc, read.where, article.id) from None
        if result.status != "new":
            tally.duplicates[result.status] += 1
            continue
        tally.new += 1
        tried.add(article.id)
        _analyse(store, article, read.where, analyser, tally)
    _sweep(store, [i for i in store.pending() if i not in tried], analyser, tally)
    return tally


def reanalyze(store: Store, analyser: Analyser) -> Tally:
    """Re-run the pipeline on stored articles analysed by another version (or never)."""
    tally = Tally()
    _sweep(store, store.pending(analyser.version), analyser, tally)
    return tally


def _sweep(store: Store, ids: list[str], analyser: Analyser, tally: Tally) -> None:
    """Analyse stored articles by id."""
    for article_id in ids:
        info, text = store.article(article_id), store.article_text(article_id)
        if info is None or text is None:
            continue
        article = NewArticle(
            id=info.id, text=text, title=info.title, url=info.url,
            published=info.published, outlet=info.outlet,
        )
        _analyse(store, article, f"store:{article_id}", analyser, tally)


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


def _analyse(store: Store, article: NewArticle, where: str, analyser: Analyser, tally: Tally) -> None:
    """Analyse one stored article and save the analysis (a failed analysis is reported)."""
    record = Record(article.text, article.id, article.published, article.title, article.url, article.outlet)
    try:
        result = analyser.pipeline.analyze_record(record)
    except Exception as exc:  # a stage bug costs one article, not the batch
        result = error_record(article.id, "internal_error", f"{type(exc).__name__}: {exc}")
    if isinstance(result, ErrorRecord):
        analyser.warn(f"{where}: {article.id}: {result.error.code}: {result.error.message}")
        tally.failed += 1
        return
    try:
        store.save_analysis(article.id, result, analyser.version)
    except StoreError as exc:
        raise _named(exc, where, article.id) from None
    tally.analysed += 1


def _named(exc: StoreError, where: str, article_id: str) -> StoreError:
    """The same store error with the input and article named first."""
    return type(exc)(f"{where}: {article_id}: {exc.message}")
