"""Reading and validating knowledge-base files, and merging them into one `KnowledgeBase`.

Packaged files live in `marsad/kb/data/` (YAML for curated entries, TSV for large
generated tables). User files with header `kind: kb` add entries or override packaged
ones with the same id. Validation reports every problem with its file and entry.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from marsad.errors import DataFileError
from marsad.kb.schema import KBEntry, coerce_row
from marsad.resources import YAML_LOADER

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
KB_KIND = "kb"


@dataclass(frozen=True, slots=True)
class Issue:
    """One validation problem: where it is and what is wrong."""

    file: str
    entry: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.message}"


@dataclass
class RawFile:
    """A KB file's header and raw entries (dicts), before validation."""

    path: str
    header: dict[str, Any]
    rows: list[dict[str, Any]]


def packaged_files() -> list[Path]:
    """The KB data files shipped with Marsad, in a stable order."""
    if not DATA_DIR.is_dir():
        return []
    return sorted(p for p in DATA_DIR.iterdir() if p.suffix in (".yaml", ".yml", ".tsv"))


def _read_yaml(text: str, path: str) -> RawFile:
    try:
        doc = yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: invalid YAML ({exc})") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("entries", []), list):
        raise DataFileError(f"{path}: expected a mapping with 'version', 'source', 'entries'")
    rows = doc.get("entries") or []
    header = {k: v for k, v in doc.items() if k != "entries"}
    return RawFile(path, header, rows)


def _read_tsv(text: str, path: str) -> RawFile:
    header: dict[str, Any] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        key, _, value = lines[i][1:].partition(":")
        if value:
            header[key.strip()] = value.strip()
        i += 1
    if i == len(lines):
        return RawFile(path, header, [])
    columns = lines[i].split("\t")
    rows = [dict(zip(columns, ln.split("\t"), strict=False)) for ln in lines[i + 1 :] if ln.strip()]
    return RawFile(path, header, [coerce_row(r) for r in rows])


def read_file(path: str | Path) -> RawFile:
    """Read one KB (or other data) file, YAML or TSV, without validating its entries."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read ({exc})") from exc
    if str(path).endswith((".yaml", ".yml")):
        return _read_yaml(text, str(path))
    if str(path).endswith(".tsv"):
        return _read_tsv(text, str(path))
    raise DataFileError(f"{path}: unknown KB file type (expected .yaml, .yml or .tsv)")


def _header_issues(raw: RawFile) -> list[Issue]:
    issues = [Issue(raw.path, "header", f"missing '{k}'") for k in ("version", "source") if not raw.header.get(k)]
    if str(raw.header.get("kind", "")) != KB_KIND:
        issues.append(Issue(raw.path, "header", "kind must be 'kb'"))
    return issues


def is_generated(raw: RawFile) -> bool:
    """True for a file whose header says `generated: true` (a bulk import, not hand-curated)."""
    return str(raw.header.get("generated", "")).strip().lower() == "true"


def _entry_label(row: Any, index: int) -> str:
    if isinstance(row, dict) and row.get("id"):
        return str(row["id"])
    return f"entry #{index + 1}"


def parse_entries(raw: RawFile) -> tuple[list[KBEntry], list[Issue]]:
    """Validate a file's rows: the good entries and one issue per bad field."""
    entries: list[KBEntry] = []
    issues = _header_issues(raw)
    for i, row in enumerate(raw.rows):
        label = _entry_label(row, i)
        if not isinstance(row, dict):
            issues.append(Issue(raw.path, label, "entry is not a mapping"))
            continue
        try:
            entries.append(KBEntry.model_validate(row))
        except ValidationError as exc:
            for err in exc.errors():
                where = ".".join(str(p) for p in err["loc"]) or "entry"
                issues.append(Issue(raw.path, label, f"{where}: {err['msg']}"))
    return entries, issues


@dataclass
class KnowledgeBase:
    """All entries by id, with the file each came from and the problems found loading."""

    entries: dict[str, KBEntry] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    # ids from files whose header says `generated: true` (bulk imports such as GeoNames),
    # whose small places need context; hand-curated places do not
    generated: set[str] = field(default_factory=set)

    def get(self, kb_id: str | None) -> KBEntry | None:
        """The entry with this id, or None."""
        return self.entries.get(kb_id) if kb_id else None

    def add(self, entries: Iterable[KBEntry], path: str, *, override: bool, generated: bool = False) -> None:
        """Add a file's entries; a repeated id is an issue unless `override` (user files)."""
        for entry in entries:
            if entry.id in self.entries and not override:
                first = self.origin[entry.id]
                self.issues.append(Issue(path, entry.id, f"duplicate id (first in {first})"))
                continue
            self.entries[entry.id] = entry
            self.origin[entry.id] = path
            if generated:
                self.generated.add(entry.id)
            else:
                self.generated.discard(entry.id)

    def check_links(self) -> None:
        """Report `stands_for` and `parent` ids that name no entry."""
        for entry in self.entries.values():
            for name in ("stands_for", "parent"):
                target = getattr(entry, name)
                if target and target not in self.entries:
                    self.issues.append(
                        Issue(self.origin[entry.id], entry.id, f"{name}: unknown id {target!r}")
                    )


def build_kb(packaged: Sequence[Path], extra: Sequence[Path] = ()) -> KnowledgeBase:
    """Merge packaged files and then user files (which may override) into one KB."""
    kb = KnowledgeBase()
    for path in packaged:
        raw = read_file(path)
        entries, issues = parse_entries(raw)
        kb.issues.extend(issues)
        kb.add(entries, str(path), override=False, generated=is_generated(raw))
    for path in extra:
        raw = read_file(path)
        entries, issues = parse_entries(raw)
        if issues:
            raise DataFileError(f"{issues[0]} ({len(issues)} problem(s); run `marsad kb validate`)")
        kb.add(entries, str(path), override=True, generated=is_generated(raw))
    kb.check_links()
    if kb.issues:
        log.warning("KB: %d problem(s), first: %s (run `marsad kb validate`)", len(kb.issues), kb.issues[0])
    return kb


def _duplicates_within(entries: Sequence[KBEntry], path: str) -> list[Issue]:
    seen: set[str] = set()
    issues = []
    for entry in entries:
        if entry.id in seen:
            issues.append(Issue(path, entry.id, "duplicate id in the same file"))
        seen.add(entry.id)
    return issues


def validate(paths: Sequence[Path] = ()) -> list[Issue]:
    """Problems in the packaged KB, or in user files (checked against the packaged KB)."""
    if not paths:
        return build_kb(packaged_files()).issues
    kb = build_kb(packaged_files())
    kb.issues = []
    for path in paths:
        raw = read_file(path)
        entries, issues = parse_entries(raw)
        kb.issues.extend(issues + _duplicates_within(entries, str(path)))
        kb.add(entries, str(path), override=True, generated=is_generated(raw))
    kb.check_links()
    own = {str(p) for p in paths}
    return [i for i in kb.issues if i.file in own]
