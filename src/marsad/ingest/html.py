"""Reading a news page for ingest: main text plus title, date, author and outlet.

A variant of `marsad.io.read_html` that also keeps the author and lets the caller give
the page's URL (from a WARC record or a fetch); outlet falls back from the site name
(meta og:site_name / JSON-LD publisher, found by trafilatura) to the host name.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
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
    """Plain text of an HTML fragment (a feed entry's content), block elements on new lines."""
    if "<" not in fragment:
        return fragment.strip()
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextParser(HTMLParser):
    """Collects text, starting a new line at block-level tags; drops scripts and styles."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"})
    _SKIP = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block (new line) or a skipped element."""
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close a block or a skipped element."""
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep text outside scripts and styles."""
        if not self._skipping:
            self.parts.append(data)


def _host(url: str | None) -> str | None:
    """The host name of a URL without 'www.'."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _clean(value: object) -> str | None:
    """A stripped non-empty string, or None."""
    return value.strip() or None if isinstance(value, str) else None
