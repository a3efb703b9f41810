"""Reading a news page for ingest: main text plus title, date, author and outlet.

A variant of `marsad.io.read_html` that also keeps the author and lets the caller give
the page's URL (from a WARC record or a fetch); outlet falls back from the site name
(meta og:site_name / JSON-LD publisher, found by trafilatura) to the host name.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from marsad.errors import EmptyText
from marsad.io.decode import decode_bytes


@dataclass(frozen=True, slots=True)
class PageMeta:
    """The main text and metadata of one page."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


def read_page(data: bytes | str, url: str | None = None, encoding: str | None = None) -> PageMeta:
    """Extract the article text and metadata from HTML (no network access)."""
    import trafilatura

    html = decode_bytes(data, encoding) if isinstance(data, bytes) else data
    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = _clean(getattr(found, "text", None)) if found is not None else None
    if not text:
        raise EmptyText("no article text found in the HTML page")
    page_url = _clean(getattr(found, "url", None)) or url
    return PageMeta(
        text=text,
        title=_clean(getattr(found, "title", None)),
        published=_clean(getattr(found, "date", None)),
        url=page_url,
        outlet=_clean(getattr(found, "sitename", None)) or _host(page_url),
        author=_clean(getattr(found, "author", None)),
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept apart."""
    import trafilatura

    text = trafilatura.html2txt(fragment) if "<" in fragment else fragment
    return text.strip()


def _host(url: str | None) -> str | None:
    """The host name of a URL without 'www.'."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _clean(value: object) -> str | None:
    """A stripped non-empty string, or None."""
    return value.strip() or None if isinstance(value, str) else None
