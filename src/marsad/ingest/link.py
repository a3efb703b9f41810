"""The hook that refreshes incidents and stories after an ingest.

Cross-outlet linking lives in `marsad.corpus.linking` (`link_store(store)`); when that
module is not installed yet, ingest simply stores and analyses, and says so.
"""

from __future__ import annotations

import importlib

from marsad.store.base import Store

LINKER = "marsad.corpus.linking"


def refresh_links(store: Store) -> str | None:
    """Run the linker on the store; a short summary, or None when there is no linker."""
    try:
        module = importlib.import_module(LINKER)
    except ModuleNotFoundError as exc:
        if exc.name != LINKER:
            raise
        return None
    link_store = getattr(module, "link_store", None)
    if link_store is None:
        return None
    result = link_store(store)
    if result is None:
        return f"{len(store.incidents())} incidents, {len(store.stories())} stories"
    return str(result)
