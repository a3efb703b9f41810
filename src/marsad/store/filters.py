"""SQL conditions for `ArticleFilter` on articles and on incidents (portable SQL, `?` params)."""

from __future__ import annotations

from typing import Any

from marsad.store.base import ArticleFilter

Where = tuple[str, list[Any]]
# LIMIT with no limit: both back-ends accept a large integer (SQLite has no LIMIT ALL).
NO_LIMIT = 2**62


def _join(parts: list[tuple[str, list[Any]]]) -> Where:
    """AND the conditions together ('1=1' when there are none)."""
    if not parts:
        return "1=1", []
    return " AND ".join(f"({sql})" for sql, _ in parts), [p for _, ps in parts for p in ps]


def _dates(column: str, f: ArticleFilter) -> list[tuple[str, list[Any]]]:
    """Date-range conditions on the first ten characters of an ISO date column."""
    parts: list[tuple[str, list[Any]]] = []
    if f.date_from:
        parts.append((f"substr({column}, 1, 10) >= ?", [f.date_from[:10]]))
    if f.date_to:
        parts.append((f"substr({column}, 1, 10) <= ?", [f.date_to[:10]]))
    return parts


def article_where(f: ArticleFilter | None, alias: str = "a") -> Where:
    """Conditions selecting the articles (`alias`) that match the filter."""
    if f is None:
        return "1=1", []
    parts = _dates(f"{alias}.published", f)
    if f.outlet:
        parts.append((
            f"EXISTS (SELECT 1 FROM article_copies c WHERE c.article_id = {alias}.id AND c.outlet = ?)",
            [f.outlet],
        ))
    if f.country:
        parts.append((
            f"EXISTS (SELECT 1 FROM entities e WHERE e.article_id = {alias}.id AND e.country = ?)",
            [f.country],
        ))
    if f.event_type:
        parts.append((
            f"EXISTS (SELECT 1 FROM events v WHERE v.article_id = {alias}.id AND v.type = ?)",
            [f.event_type],
        ))
    if f.actor:
        parts.append((
            f"EXISTS (SELECT 1 FROM entities e WHERE e.article_id = {alias}.id "
            "AND (e.kb_id = ? OR e.name_en = ? OR e.text = ?))",
            [f.actor] * 3,
        ))
    if f.query:
        parts.append((f"({alias}.title LIKE ? OR {alias}.text LIKE ?)", [f"%{f.query}%"] * 2))
    return _join(parts)


def incident_where(f: ArticleFilter | None) -> Where:
    """Conditions selecting the incidents (alias `i`) that match the filter."""
    if f is None:
        return "1=1", []
    parts = _dates("i.date", f)
    if f.country:
        parts.append(("i.country = ?", [f.country]))
    if f.event_type:
        parts.append(("i.type = ?", [f.event_type]))
    if f.actor:
        parts.append(("i.actors LIKE ?", [f"%\n{f.actor}\n%"]))
    if f.outlet:
        parts.append((
            "EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = i.id AND r.outlet = ?)",
            [f.outlet],
        ))
    if f.query:
        parts.append(("i.incident LIKE ?", [f"%{f.query}%"]))
    return _join(parts)


def page(f: ArticleFilter | None) -> tuple[str, list[Any]]:
    """The LIMIT/OFFSET clause of a filter."""
    if f is None:
        return " LIMIT ? OFFSET ?", [NO_LIMIT, 0]
    return " LIMIT ? OFFSET ?", [f.limit if f.limit is not None else NO_LIMIT, f.offset]
