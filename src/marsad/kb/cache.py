"""A pickled cache of the built KB and name index, keyed by the content of its sources.

Parsing the YAML/TSV files and tokenising every name takes most of a second; loading
the pickle takes a fraction of that. The key hashes every KB file (packaged and user)
and the code that builds them, so any change rebuilds. The cache lives in
``$MARSAD_CACHE_DIR`` (default ``~/.cache/marsad``); set it to an empty string to turn
caching off. An unreadable or unwritable cache is ignored, never an error.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

from marsad.kb import index as index_module
from marsad.kb import loader as loader_module
from marsad.kb import schema as schema_module
from marsad.kb.index import NameIndex, build_index
from marsad.kb.loader import KnowledgeBase, build_kb
from marsad.kb.schema import KBEntry

ENV_CACHE = "MARSAD_CACHE_DIR"
# The code whose behaviour is baked into the cache (index keys depend on normalisation).
_CODE = tuple(
    str(importlib.import_module(name).__file__)
    for name in ("marsad.text.normalize", "marsad.text.tokenize")
) + tuple(str(m.__file__) for m in (schema_module, loader_module, index_module))


def cache_dir() -> Path | None:
    """Where cached builds go, or None when caching is off."""
    raw = os.environ.get(ENV_CACHE)
    if raw is not None:
        return Path(raw) if raw.strip() else None
    return Path.home() / ".cache" / "marsad"


def source_key(files: Sequence[Path]) -> str:
    """Hash of the files' paths and bytes, and of the KB-building code."""
    digest = hashlib.sha256()
    for path in [*map(Path, _CODE), *files]:
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _load(path: Path) -> tuple[KnowledgeBase, NameIndex] | None:
    """Rebuild from the pickle; entries were validated when cached, so construct them directly."""
    try:
        with path.open("rb") as fh:
            rows, origin, issues, generated, index = pickle.load(fh)
        entries = {row["id"]: KBEntry.model_construct(**row) for row in rows}
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError, TypeError, KeyError):
        return None
    if not isinstance(index, NameIndex):
        return None
    return KnowledgeBase(entries, origin, issues, generated), index


def _save(path: Path, kb: KnowledgeBase, index: NameIndex) -> None:
    rows = [e.model_dump(exclude_defaults=True) for e in kb.entries.values()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump((rows, kb.origin, kb.issues, kb.generated, index), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError:
        return


def load_or_build(packaged: Sequence[Path], extra: Sequence[Path]) -> tuple[KnowledgeBase, NameIndex]:
    """The KB and its index, from the cache when the sources are unchanged."""
    where = cache_dir()
    path = where / f"kb-{source_key([*packaged, *extra])}.pickle" if where is not None else None
    if path is not None and path.exists() and (cached := _load(path)) is not None:
        return cached
    kb = build_kb(packaged, extra)
    index = build_index(kb)
    if path is not None:
        _save(path, kb, index)
    return kb, index
