"""Counts over the knowledge base (`marsad kb stats`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from marsad.kb.loader import KnowledgeBase


def kb_stats(kb: KnowledgeBase) -> dict[str, Counter[str]]:
    """Entries by type, role, file and prefix, plus name/alias/coordinate totals."""
    out: dict[str, Counter[str]] = {k: Counter() for k in ("type", "role", "file", "prefix", "totals")}
    for kb_id, entry in kb.entries.items():
        out["type"][entry.type] += 1
        out["role"][entry.role or "-"] += 1
        out["file"][Path(kb.origin[kb_id]).name] += 1
        out["prefix"][kb_id.split("/", 1)[0]] += 1
        totals = out["totals"]
        totals["entries"] += 1
        totals["arabic names+aliases"] += len(entry.names) + len(entry.aliases)
        totals["demonyms"] += len(entry.demonyms)
        totals["with coordinates"] += entry.lat is not None
        totals["with stands_for"] += entry.stands_for is not None
        totals["ambiguous"] += entry.ambiguous
    return out
