"""Loading the versioned data files (lexicons, KB) shipped in the package or given by users.

Every data file has a header with `version` and `source`; YAML files hold their entries
under `entries`, TSV files start with `# version:` / `# source:` comment lines and a
column header. Users extend any lexicon by passing their own files of the same form.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import DataFileError

# libyaml's safe loader when PyYAML was built with it: the same documents, parsed about ten
# times faster than the pure-Python one (the data files load on every start).
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DATA_PACKAGE = "marsad.data"
ENV_EXTRA = "MARSAD_DATA"  # os.pathsep-separated list of extra data files


@dataclass(frozen=True)
class DataFile:
    """A parsed data file: header fields plus its rows/entries."""

    path: str
    version: str
    source: str
    entries: list[dict[str, Any]]
    header: dict[str, Any] = field(default_factory=dict)


def _read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read ({exc})") from exc


def package_path(relative: str) -> Path:
    """Path of a data file shipped in `marsad/data/`."""
    return Path(str(importlib_resources.files(DATA_PACKAGE).joinpath(relative)))


def parse_yaml(text: str, path: str) -> DataFile:
    """Parse a YAML data file with `version`, `source` and `entries`."""
    try:
        doc = yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: invalid YAML ({exc})") from exc
    if not isinstance(doc, dict) or "entries" not in doc:
        raise DataFileError(f"{path}: expected a mapping with 'version', 'source', 'entries'")
    entries = doc.get("entries") or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DataFileError(f"{path}: 'entries' must be a list of mappings")
    header = {k: v for k, v in doc.items() if k != "entries"}
    return DataFile(path, str(doc.get("version", "")), str(doc.get("source", "")), entries, header)


def parse_tsv(text: str, path: str) -> DataFile:
    """Parse a TSV data file: '# key: value' header lines, then a column header row."""
    header: dict[str, Any] = {}
    body: list[str] = []
    for line in text.splitlines():
        if line.startswith("#") and not body:
            key, _, value = line[1:].partition(":")
            if value:
                header[key.strip()] = value.strip()
        elif line.strip():
            body.append(line)
    rows = list(csv.DictReader(io.StringIO("\n".join(body)), delimiter="\t"))
    entries = [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in rows]
    return DataFile(path, str(header.get("version", "")), str(header.get("source", "")), entries, header)


def load_file(path: str | Path) -> DataFile:
    """Load one YAML or TSV data file from disk."""
    text = _read_text(path)
    if str(path).endswith((".yaml", ".yml")):
        return parse_yaml(text, str(path))
    if str(path).endswith(".tsv"):
        return parse_tsv(text, str(path))
    raise DataFileError(f"{path}: unknown data file type (expected .yaml, .yml or .tsv)")


@lru_cache(maxsize=256)
def load_packaged(relative: str) -> DataFile:
    """Load (once) a data file shipped with Marsad, e.g. 'ar/reporting_verbs.yaml'."""
    return load_file(package_path(relative))


def env_extra_files() -> list[Path]:
    """Extra data files named in the MARSAD_DATA environment variable."""
    raw = os.environ.get(ENV_EXTRA, "")
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]


@dataclass
class Resources:
    """Shared, load-once resources handed to every component factory.

    `extra_files` are user data files (lexicon or KB extensions); each component picks
    the ones whose header `kind` it understands. `cache` lets components share built
    structures such as the KB automaton.
    """

    extra_files: Sequence[Path] = ()
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    def extras_of_kind(self, kind: str) -> Iterable[DataFile]:
        """User data files whose header declares `kind: <kind>`."""
        for path in [*self.extra_files, *env_extra_files()]:
            data = load_file(path)
            if str(data.header.get("kind", "")) == kind:
                yield data
