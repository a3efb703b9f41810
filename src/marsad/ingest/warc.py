"""WARC archives (warcio): one article per HTML response record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

from marsad.ingest.record import Read, failed, page_read, url_id

_CHARSET = re.compile(r"charset=([\w.-]+)", re.I)


def iter_warc(stream: IO[bytes], where: str) -> Iterator[Read]:
    """The HTML responses of a WARC stream; a broken archive ends with one failed Read."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    offset = 0
    try:
        for record in records:
            offset = records.get_record_offset()
            read = _response(record, f"{where}@{offset}")
            if read is not None:
                yield read
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield failed(f"{where}@{offset}", None, "invalid_warc", f"unreadable WARC record ({exc})")


def _response(record: Any, where: str) -> Read | None:
    """The Read of an HTML response record (None for other record types)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    charset = _CHARSET.search(ctype)
    body = record.content_stream().read()
    doc_id = url_id(url) if url else where
    return page_read(body, where, doc_id, url, charset.group(1) if charset else None)
