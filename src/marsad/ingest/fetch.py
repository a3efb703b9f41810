"""Fetching the pages of a URL list (standard library, with a timeout and a size limit)."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import marsad
from marsad.ingest.record import Read, failed, page_read, url_id
from marsad.io.readers import MAX_BYTES

TIMEOUT_S = 15.0


def fetch(url: str, timeout: float = TIMEOUT_S) -> tuple[bytes, str | None]:
    """The body and declared charset of a URL (raises OSError on failure or oversize)."""
    request = urllib.request.Request(url, headers={"User-Agent": f"marsad/{marsad.__version__}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        data = response.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise OSError(f"page is larger than {MAX_BYTES:,} bytes")
        return data, response.headers.get_content_charset()


def fetch_read(url: str, where: str, timeout: float = TIMEOUT_S) -> Read:
    """The article at a URL, or a failed Read saying why it could not be fetched."""
    doc_id = url_id(url)
    try:
        data, charset = fetch(url, timeout)
    except (OSError, ValueError, urllib.error.URLError) as exc:
        return failed(where, doc_id, "fetch_failed", f"cannot fetch {url} ({exc})")
    return page_read(data, where, doc_id, url, charset)


def iter_url_list(path: str, timeout: float = TIMEOUT_S) -> Iterator[Read]:
    """The articles of a file with one URL a line ('#' comments and blank lines skipped)."""
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield failed(path, None, "invalid_record", f"cannot read URL list ({exc})")
        return
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if url and not url.startswith("#"):
            yield fetch_read(url, f"{path}:{number}", timeout)
