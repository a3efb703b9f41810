"""The KB and its name index, built once per `Resources` (packaged files + user `kind: kb` files)."""

from __future__ import annotations

from pathlib import Path

from marsad.kb.index import NameIndex, build_index
from marsad.kb.loader import KB_KIND, KnowledgeBase, build_kb, packaged_files
from marsad.resources import Resources

_KB_KEY = "marsad.kb"
_INDEX_KEY = "marsad.kb.index"


def user_kb_files(resources: Resources) -> list[Path]:
    """The user's extra data files that declare `kind: kb`."""
    return [Path(data.path) for data in resources.extras_of_kind(KB_KIND)]


def get_kb(resources: Resources) -> KnowledgeBase:
    """The merged KB for these resources (built on first use, then cached)."""
    kb = resources.cache.get(_KB_KEY)
    if kb is None:
        kb = build_kb(packaged_files(), user_kb_files(resources))
        resources.cache[_KB_KEY] = kb
    return kb


def get_index(resources: Resources) -> NameIndex:
    """The name index of `get_kb(resources)` (built on first use, then cached)."""
    index = resources.cache.get(_INDEX_KEY)
    if index is None:
        index = build_index(get_kb(resources))
        resources.cache[_INDEX_KEY] = index
    return index
