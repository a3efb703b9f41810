"""RSS and Atom feeds (feedparser): one article per entry, the feed's title as outlet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from marsad.ingest.html import html_to_text
from marsad.ingest.record import Read, failed, url_id
from marsad.store.base import NewArticle


def iter_feed(data: bytes, where: str) -> Iterator[Read]:
    """The entries of a feed; an unreadable feed is one failed Read naming the input."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield failed(where, None, "invalid_feed", f"not a readable RSS/Atom feed ({reason})")
        return
    outlet = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry(entry, f"{where}#{number}", outlet)


def _entry(entry: Any, where: str, outlet: str | None) -> Read:
    """One feed entry as a Read."""
    link = _text(entry.get("link"))
    key = _text(entry.get("id")) or link
    doc_id = url_id(key) if key else None
    body = _body(entry)
    if doc_id is None or not body:
        missing = "id or link" if doc_id is None else "text"
        return failed(where, doc_id, "invalid_record", f"feed entry has no {missing}")
    return Read(
        where,
        doc_id,
        NewArticle(
            id=doc_id, text=body, title=_text(entry.get("title")), url=link,
            published=_date(entry), outlet=outlet, author=_text(entry.get("author")),
        ),
    )


def _body(entry: Any) -> str:
    """The entry's full content if present, else its summary, as plain text."""
    contents = entry.get("content") or []
    raw = contents[0].get("value", "") if contents else entry.get("summary", "")
    return html_to_text(raw or "")


def _date(entry: Any) -> str | None:
    """The entry's publication (or update) date, YYYY-MM-DD."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]).isoformat() if parsed else None


def _text(value: object) -> str | None:
    """A stripped non-empty string, or None."""
    return value.strip() or None if isinstance(value, str) else None
