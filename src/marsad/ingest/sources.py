"""What each ingest input is: a text, HTML, JSONL, feed, WARC or URL-list file, a URL,
or stdin; directories are walked (sorted, recursively) for files of those kinds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

STDIN = "-"
KINDS_BY_SUFFIX = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".gz": "warc",
    ".urls": "urls",
}
_URL_PREFIXES = ("http://", "https://")
# A .txt file is a URL list when its first lines are all URLs.
_SNIFF_LINES = 5


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read and how to read it."""

    path: str
    kind: str  # text | html | jsonl | feed | warc | urls | url | stdin


def expand_sources(inputs: list[str]) -> list[Source]:
    """The sources named by the inputs, directories expanded, in a stable order."""
    out: list[Source] = []
    for raw in inputs:
        path = Path(raw)
        if raw == STDIN:
            out.append(Source(raw, "stdin"))
        elif raw.startswith(_URL_PREFIXES):
            out.append(Source(raw, "url"))
        elif path.is_dir():
            out.extend(Source(str(p), kind_of(p)) for p in _walk(path))
        else:
            out.append(Source(raw, kind_of(path)))
    return out


def missing(inputs: list[str]) -> list[str]:
    """Inputs that are neither stdin, a URL nor an existing path."""
    return [i for i in inputs if i != STDIN and not i.startswith(_URL_PREFIXES) and not Path(i).exists()]


def _walk(folder: Path) -> list[Path]:
    """Files of a known kind under a folder, sorted by path; hidden entries skipped."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in KINDS_BY_SUFFIX
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and (p.suffix.lower() != ".gz" or p.name.lower().endswith(".warc.gz"))
    )


def kind_of(path: Path) -> str:
    """The kind of a file from its suffix (a .txt of URLs is a URL list)."""
    kind = KINDS_BY_SUFFIX.get(path.suffix.lower(), "text")
    if kind == "text" and _is_url_list(path):
        return "urls"
    return kind


def _is_url_list(path: Path) -> bool:
    """True if the file's first non-blank, non-comment lines are all http(s) URLs."""
    try:
        with path.open("rb") as stream:
            head = [
                line.strip()
                for _, line in zip(range(50), stream, strict=False)
                if line.strip() and not line.startswith(b"#")
            ]
    except OSError:
        return False
    head = head[:_SNIFF_LINES]
    return bool(head) and all(line.startswith(b"http") and b" " not in line for line in head)
