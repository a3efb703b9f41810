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

    records = ArchiveIterator(stream)
    number = pages = 0
    try:
        for record in records:
            number += 1
            found = _response(record)
            # The offset is known once the record is read (warcio reads to its end).
            place = f"{where}@{records.get_record_offset()}"
            if found is not None:
                pages += 1
                yield page_read(found[0], place, found[1] or place, found[2], found[3])
    except Exception as exc:  # warcio raises assorted errors (even AttributeError) on damaged input
        place = f"{where}@record{number + 1}"
        yield failed(place, None, "invalid_warc", f"unreadable WARC record ({exc})")
        return
    if pages == 0:
        yield failed(where, None, "invalid_warc", f"no HTML response among {number} WARC records")


def _response(record: Any) -> tuple[bytes, str | None, str | None, str | None] | None:
    """(body, article id, url, charset) of an HTML response record; None for other records."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    charset = _CHARSET.search(ctype)
    body = record.content_stream().read()
    return body, url_id(url) if url else None, url, charset.group(1) if charset else None
