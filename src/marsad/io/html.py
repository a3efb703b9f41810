"""Reading a news web page: main text and metadata (title, date, url, site) via trafilatura.

Offsets in the analysis then point into the extracted main text, which is what the
output's `doc.length` measures; the page's markup is not kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.errors import EmptyText
from marsad.io.decode import decode_bytes


@dataclass(frozen=True, slots=True)
class Page:
    """The main text of a web page and the metadata trafilatura found in it."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def read_html(data: bytes, encoding: str | None = None) -> Page:
    """Extract the article text and metadata from HTML bytes (no network access)."""
    import trafilatura

    html = decode_bytes(data, encoding) if encoding else data
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise EmptyText("no article text found in the HTML page")
    return Page(
        text=text,
        title=_clean(getattr(found, "title", None)),
        published=_clean(getattr(found, "date", None)),
        url=_clean(getattr(found, "url", None)),
        source=_clean(getattr(found, "sitename", None)) or _clean(getattr(found, "hostname", None)),
    )


def _clean(value: object) -> str | None:
    """A stripped non-empty string, or None."""
    return value.strip() or None if isinstance(value, str) else None
