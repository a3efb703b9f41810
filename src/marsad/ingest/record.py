"""`Read`: one article read from a source, or the error standing for a bad record."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from marsad.errors import MarsadError
from marsad.ingest.html import PageMeta, read_page
from marsad.store.base import NewArticle


@dataclass(frozen=True, slots=True)
class Read:
    """An article (or an error code and message) with where it was read from."""

    where: str
    doc_id: str | None
    article: NewArticle | None = None
    code: str | None = None
    message: str | None = None


def failed(where: str, doc_id: str | None, code: str, message: str) -> Read:
    """The Read standing for a record that could not be read."""
    return Read(where, doc_id, None, code, message)


def url_id(url: str) -> str:
    """A stable article id for a page known by its URL (WARC record, fetched page, feed entry)."""
    return "u" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def from_page(page: PageMeta, doc_id: str, where: str, published: str | None = None) -> Read:
    """The Read of an extracted page."""
    return Read(
        where,
        doc_id,
        NewArticle(
            id=doc_id, text=page.text, title=page.title, url=page.url,
            published=page.published or published, outlet=page.outlet, author=page.author,
        ),
    )


def page_read(
    data: bytes, where: str, doc_id: str, url: str | None = None, encoding: str | None = None,
    published: str | None = None,
) -> Read:
    """Read an HTML page into a Read (errors become a failed Read)."""
    try:
        return from_page(read_page(data, url, encoding), doc_id, where, published)
    except MarsadError as exc:
        return failed(where, doc_id, exc.code, exc.message)
