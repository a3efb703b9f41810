"""The analyser version stored with each analysis: `marsad.__version__` plus a fingerprint
of the pipeline (component names and the code and data files the stages use), so
`marsad reanalyze` finds analyses made by an older analyser even within one release."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import marsad

# Parts of the package that do not change what an analysis contains.
_NOT_PIPELINE = frozenset({"cli", "corpus", "evaluate", "ingest", "store", "web", "export", "exports"})
_SUFFIXES = frozenset({".py", ".yaml", ".yml", ".tsv", ".json", ".txt"})


def _pipeline_files() -> list[Path]:
    """The package's code and data files that the analysis depends on, sorted."""
    root = Path(marsad.__file__).parent
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix in _SUFFIXES and p.is_file() and p.relative_to(root).parts[0] not in _NOT_PIPELINE
    )


def analyzer_version(names: Sequence[str] = (), extra_files: Sequence[Path] = ()) -> str:
    """'<version>+<12 hex>' for the given component names, package files and extra KB files."""
    root = Path(marsad.__file__).parent
    digest = hashlib.sha256("\n".join(names).encode("utf-8"))
    for path in _pipeline_files():
        digest.update(str(path.relative_to(root)).encode("utf-8"))
        digest.update(path.read_bytes())
    for path in extra_files:
        digest.update(Path(path).read_bytes())
    return f"{marsad.__version__}+{digest.hexdigest()[:12]}"
