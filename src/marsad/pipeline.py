"""`Pipeline`: load resources once, then analyse many documents with the same stages."""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad import registry
from marsad.document import Document
from marsad.errors import (
    EmptyText,
    InvalidDate,
    MarsadError,
    NoArabic,
    PipelineOrderError,
    TooLarge,
)
from marsad.model import Analysis, ErrorDoc, ErrorInfo, ErrorRecord
from marsad.registry import Component
from marsad.resources import Resources

DEFAULT_PIPELINE: tuple[str, ...] = (
    "marsad.sentences.v1",
    "marsad.entities.v1",
    "marsad.times.v1",
    "marsad.quantities.v1",
    "marsad.attribution.v1",
    "marsad.events.v1",
    "marsad.framing.v1",
)

# 5 million characters is ~100 long articles glued together: beyond it, input is
# almost certainly not an article (a dump, a binary) and would stall a batch.
MAX_CHARS = 5_000_000
# Error code of a record on which a stage raised something other than a `MarsadError`.
INTERNAL_ERROR = "internal_error"
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True, slots=True)
class Record:
    """One input document with its metadata, as read from a file or a JSONL line."""

    text: str
    id: str
    published: str | dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept a date, 'YYYY-MM-DD' or an ISO datetime string; None stays None."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InvalidDate(f"published date {value!r} is not YYYY-MM-DD") from None


def check_text(text: str) -> None:
    """Refuse input no stage can use, with a coded error saying why."""
    if not text or not text.strip():
        raise EmptyText("text is empty")
    if len(text) > MAX_CHARS:
        raise TooLarge(f"text has {len(text):,} characters (limit {MAX_CHARS:,})")
    if not _ARABIC.search(text):
        raise NoArabic("text contains no Arabic letters")


def check_order(names: Sequence[str]) -> None:
    """Refuse a pipeline in which a component runs before the layers it requires exist."""
    assigned: set[str] = set()
    for name in names:
        reg = registry.get(name)
        missing = [layer for layer in reg.requires if layer not in assigned]
        if missing:
            raise PipelineOrderError(
                f"{name} requires {', '.join(missing)}, which no earlier component assigns"
            )
        assigned.update(reg.assigns)


class Pipeline:
    """Builds each named component once and runs them in order on every document."""

    def __init__(
        self,
        names: Sequence[str] = DEFAULT_PIPELINE,
        *,
        extra_files: Sequence[str | Path] = (),
        options: dict[str, object] | None = None,
    ) -> None:
        self.resources = Resources(
            extra_files=tuple(Path(p) for p in extra_files), options=dict(options or {})
        )
        self.names = tuple(names)
        check_order(self.names)
        self.components: list[tuple[str, Component]] = [
            (name, registry.get(name).factory(self.resources)) for name in self.names
        ]

    def make_doc(self, record: Record) -> Document:
        """Validate a record and wrap it in a fresh `Document`."""
        check_text(record.text)
        return Document(
            text=record.text,
            id=record.id,
            published=parse_published(record.published),
            title=record.title,
            url=record.url,
            source=record.source,
        )

    def run(self, doc: Document) -> Document:
        """Run every component on `doc` in order."""
        for _name, comp in self.components:
            comp(doc)
        return doc

    def analyze(
        self,
        text: str,
        *,
        published: str | dt.date | None = None,
        doc_id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
    ) -> Analysis:
        """Analyse one text; raises a `MarsadError` subclass on unusable input."""
        record = Record(text, doc_id or "doc", published, title, url, source)
        return self.run(self.make_doc(record)).to_analysis()

    def analyze_record(self, record: Record, *, strict: bool = False) -> Analysis | ErrorRecord:
        """Analyse one record; bad input or a failing stage becomes an `ErrorRecord`.

        A `MarsadError` keeps its code. Any other exception (a bug in a stage) becomes
        `internal_error` with a message naming the step that raised it, so that it costs one
        record, not the batch; with `strict` it propagates instead (to show its traceback).
        """
        step = "document"
        try:
            doc = self.make_doc(record)
            for name, comp in self.components:
                step = name
                comp(doc)
            step = "output"
            return doc.to_analysis()
        except MarsadError as exc:
            return error_record(record.id, exc.code, exc.message)
        except Exception as exc:
            if strict:
                raise
            return error_record(record.id, INTERNAL_ERROR, f"{step}: {type(exc).__name__}: {exc}")

    def analyze_many(
        self, records: Iterable[Record], *, strict: bool = False
    ) -> Iterator[Analysis | ErrorRecord]:
        """Analyse records in order; one bad record never stops the batch (unless `strict`)."""
        for record in records:
            yield self.analyze_record(record, strict=strict)


def error_record(doc_id: str | None, code: str, message: str) -> ErrorRecord:
    """The error object that stands at a failed record's position in the output."""
    return ErrorRecord(doc=ErrorDoc(id=doc_id), error=ErrorInfo(code=code, message=message))


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A process-wide default pipeline, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def analyze(
    text: str,
    *,
    published: str | dt.date | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Analysis:
    """Analyse one Arabic text with the default pipeline."""
    return default_pipeline().analyze(
        text, published=published, doc_id=doc_id, title=title, url=url, source=source
    )


BATCH_GC_THRESHOLD = 50_000  # allocations between young-generation collections in a batch run


def tune_gc_for_batch() -> None:
    """Settle the garbage collector for a long batch run, once the pipeline is loaded: its
    data (knowledge base, lexicons, indexes: millions of long-lived objects) is frozen out
    of the collector, and young objects are collected less often, as analyses make few
    reference cycles. Measured +9% articles/s on `benchmarks/ingest.py`; the memory peak is
    unchanged. The batch CLI commands call it; library users may."""
    gc.collect()
    gc.freeze()
    _gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(BATCH_GC_THRESHOLD, gen1, gen2)
