"""Readers turning files, directories and stdin into `Record`s, in a stable order.

Every reader yields `Item`s: a record to analyse, or the `ErrorRecord` that stands at a
bad record's position, each with a `where` label (path, path:line or '-') for messages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from marsad.errors import InvalidJSON, InvalidRecord, MarsadError, TooLarge
from marsad.io.decode import decode_bytes
from marsad.io.html import read_html
from marsad.model import ErrorRecord
from marsad.pipeline import MAX_CHARS, Record, error_record

STDIN = "-"
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
DIR_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# UTF-8 Arabic takes 2 bytes a letter; refuse files that cannot fit MAX_CHARS unread.
MAX_BYTES = MAX_CHARS * 4
_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_META_FIELDS = ("published", "title", "url", "source")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: JSONL for every input, a default date, a forced encoding."""

    jsonl: bool = False
    published: str | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One record read from an input, or the error replacing it, with where it came from."""

    where: str
    value: Record | ErrorRecord


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """Files as given, directories replaced by their *.txt/*.html/*.jsonl files (sorted)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != STDIN and path.is_dir():
            out.extend(
                str(p) for p in sorted(path.iterdir()) if p.is_file() and p.suffix.lower() in DIR_SUFFIXES
            )
        else:
            out.append(raw)
    return out


def missing_inputs(paths: Sequence[str]) -> list[str]:
    """The given paths (other than '-') that do not exist."""
    return [p for p in paths if p != STDIN and not Path(p).exists()]


def is_jsonl(source: str, options: ReadOptions) -> bool:
    """True if `source` is read as JSON Lines."""
    return options.jsonl or Path(source).suffix.lower() in JSONL_SUFFIXES


def count_records(sources: Sequence[str], options: ReadOptions) -> int | None:
    """Number of records the sources will yield (None when stdin makes it unknown)."""
    total = 0
    for source in sources:
        if source == STDIN:
            return None
        if not is_jsonl(source, options):
            total += 1
            continue
        try:
            with Path(source).open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        except OSError:
            total += 1
    return total


def iter_items(sources: Sequence[str], options: ReadOptions) -> Iterator[Item]:
    """Every record of every source, in order; bad ones become error items."""
    for source in sources:
        if is_jsonl(source, options):
            yield from iter_jsonl_source(source, options)
        else:
            yield Item(source, _whole_file_record(source, options))


def iter_jsonl_source(source: str, options: ReadOptions) -> Iterator[Item]:
    """The records of a JSON Lines file or of stdin, streamed line by line."""
    try:
        with _binary_stream(source) as lines:
            yield from read_jsonl(lines, source, options)
    except OSError as exc:
        yield Item(source, error_record(doc_id_for(source), "invalid_record", _cannot_read(exc)))


def _binary_stream(source: str) -> AbstractContextManager[IO[bytes]]:
    """A file opened for binary reading, or stdin's byte stream (left open on exit)."""
    if source == STDIN:
        return nullcontext(sys.stdin.buffer)
    return Path(source).open("rb")


def doc_id_for(source: str) -> str:
    """Document id of a file: its name without the extension ('stdin' for '-')."""
    return "stdin" if source == STDIN else Path(source).stem


def date_from_name(source: str) -> str | None:
    """A leading YYYY-MM-DD in the file name, if it is a real date."""
    match = _NAME_DATE.match(Path(source).name)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def _read_bytes(source: str) -> bytes:
    """All bytes of a file or stdin, refusing unreadable or oversized files."""
    if source == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TooLarge(f"file has {path.stat().st_size:,} bytes (limit {MAX_BYTES:,})")
        return path.read_bytes()
    except OSError as exc:
        raise InvalidRecord(_cannot_read(exc)) from None


def _cannot_read(exc: OSError) -> str:
    """The message for a file the system would not let us read."""
    return f"cannot read file ({exc.strerror or exc})"


def _whole_file_record(source: str, options: ReadOptions) -> Record | ErrorRecord:
    """One record from a whole text or HTML file (or stdin)."""
    doc_id = doc_id_for(source)
    fallback_date = options.published or date_from_name(source)
    try:
        data = _read_bytes(source)
        if Path(source).suffix.lower() in HTML_SUFFIXES:
            page = read_html(data, options.encoding)
            return Record(
                page.text, doc_id, page.published or fallback_date, page.title, page.url, page.source
            )
        return Record(decode_bytes(data, options.encoding), doc_id, fallback_date)
    except MarsadError as exc:
        return error_record(doc_id, exc.code, exc.message)


def read_jsonl(lines: Iterable[bytes], source: str, options: ReadOptions) -> Iterator[Item]:
    """One item per non-blank line of JSON Lines input."""
    stem = doc_id_for(source)
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        default_id = f"{stem}:{number}"
        try:
            yield Item(where, _line_record(raw, default_id, options))
        except MarsadError as exc:
            doc_id = exc.doc_id if isinstance(exc, RecordError) else default_id
            yield Item(where, error_record(doc_id, exc.code, exc.message))


def _line_record(raw: bytes, default_id: str, options: ReadOptions) -> Record:
    """Decode and parse one JSONL line (its size checked before decoding)."""
    if len(raw) > MAX_BYTES:
        raise TooLarge(f"line has {len(raw):,} bytes (limit {MAX_BYTES:,})")
    line = decode_bytes(raw.removeprefix(b"\xef\xbb\xbf"), options.encoding)
    return record_from_json(line, default_id, options.published)


def record_from_json(line: str, default_id: str, published: str | None = None) -> Record:
    """A record from one JSON object line: {"id", "text", "published", "title", "url", "source"}."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidJSON(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InvalidRecord(f"expected a JSON object, got {type(obj).__name__}")
    doc_id = _id_of(obj, default_id)
    text = obj.get("text")
    if text is None:
        raise RecordError("missing 'text'", doc_id)
    if not isinstance(text, str):
        raise RecordError(f"'text' must be a string, got {type(text).__name__}", doc_id)
    meta = {key: _meta_value(obj, key, doc_id) for key in _META_FIELDS}
    return Record(
        text, doc_id, meta["published"] or published, meta["title"], meta["url"], meta["source"]
    )


class RecordError(InvalidRecord):
    """An invalid record whose id is known, so the error object can name it."""

    def __init__(self, message: str, doc_id: str) -> None:
        super().__init__(message)
        self.doc_id = doc_id


def _id_of(obj: dict[str, Any], default_id: str) -> str:
    """The record's id as a string ('stem:line' when absent)."""
    value = obj.get("id")
    if value is None or value == "":
        return default_id
    if isinstance(value, str | int):
        return str(value)
    raise InvalidRecord(f"'id' must be a string or an integer, got {type(value).__name__}")


def _meta_value(obj: dict[str, Any], key: str, doc_id: str) -> str | None:
    """An optional string field of a JSONL record."""
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise RecordError(f"'{key}' must be a string, got {type(value).__name__}", doc_id)
