"""The KB and its name index, built once per `Resources` (packaged files + user `kind: kb` files)."""

from __future__ import annotations

from pathlib import Path

from marsad.kb.cache import load_or_build
from marsad.kb.index import NameIndex
from marsad.kb.loader import KB_KIND, KnowledgeBase, packaged_files
from marsad.resources import Resources

_KEY = "marsad.kb"


def user_kb_files(resources: Resources) -> list[Path]:
    """The user's extra data files that declare `kind: kb`."""
    return [Path(data.path) for data in resources.extras_of_kind(KB_KIND)]


def _built(resources: Resources) -> tuple[KnowledgeBase, NameIndex]:
    built = resources.cache.get(_KEY)
    if built is None:
        built = load_or_build(packaged_files(), user_kb_files(resources))
        resources.cache[_KEY] = built
    return built


def get_kb(resources: Resources) -> KnowledgeBase:
    """The merged KB for these resources (built or loaded from cache on first use)."""
    return _built(resources)[0]


def get_index(resources: Resources) -> NameIndex:
    """The name index of `get_kb(resources)`."""
    return _built(resources)[1]
