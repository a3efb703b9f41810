"""Turning ingest sources into `Read`s, in a stable order: text and JSONL through
`marsad.io`, HTML pages, feeds, WARC archives, URL lists and stdin here."""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from marsad.errors import InvalidRecord, MarsadError, TooLarge
from marsad.ingest.feeds import iter_feed
from marsad.ingest.fetch import fetch_read, iter_url_list
from marsad.ingest.record import Read, failed, page_read
from marsad.ingest.sources import Source
from marsad.ingest.warc import iter_warc
from marsad.io import Item, ReadOptions, date_from_name, decode_bytes, iter_items
from marsad.io.readers import MAX_BYTES, iter_jsonl_source, read_jsonl
from marsad.model import ErrorRecord
from marsad.store.base import NewArticle

_FEED_MARKS = (b"<rss", b"<feed", b"<rdf:RDF")


def iter_reads(sources: list[Source], options: ReadOptions | None = None) -> Iterator[Read]:
    """Every article of every source, bad records as failed Reads naming their input."""
    opts = options or ReadOptions()
    for source in sources:
        yield from _read_source(source, opts)


def _read_source(source: Source, options: ReadOptions) -> Iterator[Read]:
    """The Reads of one source, by kind."""
    kind, path = source.kind, source.path
    if kind == "text":
        yield from (_from_item(i) for i in iter_items([path], options))
    elif kind == "jsonl":
        yield from (_from_item(i) for i in iter_jsonl_source(path, options))
    elif kind == "urls":
        yield from iter_url_list(path)
    elif kind == "url":
        yield fetch_read(path, path)
    elif kind == "stdin":
        yield from _stdin(options)
    else:
        yield from _file(source, options)


def _file(source: Source, options: ReadOptions) -> Iterator[Read]:
    """HTML, feed and WARC files (read whole, except WARC which streams)."""
    path = source.path
    if source.kind == "warc":
        try:
            with Path(path).open("rb") as stream:
                yield from iter_warc(stream, path)
        except OSError as exc:
            yield failed(path, None, "invalid_record", f"cannot read file ({exc.strerror or exc})")
        return
    try:
        data = _read_bytes(path)
    except InvalidRecord as exc:
        yield failed(path, Path(path).stem, exc.code, exc.message)
        return
    if source.kind == "feed":
        yield from iter_feed(data, path)
    else:
        fallback = options.published or date_from_name(path)
        yield page_read(data, path, Path(path).stem, None, options.encoding, fallback)


def _read_bytes(path: str) -> bytes:
    """All bytes of a file, refusing unreadable or oversized ones."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(f"file has {size:,} bytes (limit {MAX_BYTES:,})")
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidRecord(f"cannot read file ({exc.strerror or exc})") from None


def _stdin(options: ReadOptions) -> Iterator[Read]:
    """Stdin, sniffed: JSON Lines, a feed, a WARC archive, an HTML page or plain text."""
    data = sys.stdin.buffer.read()
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if options.jsonl or head.startswith(b"{"):
        yield from (_from_item(i) for i in read_jsonl(io.BytesIO(data), "-", options))
    elif head.startswith(b"WARC/"):
        yield from iter_warc(io.BytesIO(data), "-")
    elif head.startswith(b"<") and any(mark in head for mark in _FEED_MARKS):
        yield from iter_feed(data, "-")
    elif head.startswith(b"<"):
        yield page_read(data, "-", "stdin", None, options.encoding, options.published)
    else:
        try:
            yield _article("-", "stdin", decode_bytes(data, options.encoding), options.published)
        except MarsadError as exc:
            yield failed("-", "stdin", exc.code, exc.message)


def _article(where: str, doc_id: str, text: str, published: str | None) -> Read:
    """A Read of plain text."""
    return Read(where, doc_id, NewArticle(id=doc_id, text=text, published=published))


def _from_item(item: Item) -> Read:
    """A Read from a `marsad.io` item (a record or its error)."""
    value = item.value
    if isinstance(value, ErrorRecord):
        return failed(item.where, value.doc.id, value.error.code, value.error.message)
    published = value.published
    if isinstance(published, dt.date):
        published = published.isoformat()
    return Read(
        item.where,
        value.id,
        NewArticle(
            id=value.id, text=value.text, title=value.title, url=value.url,
            published=published, outlet=value.source,
        ),
    )
