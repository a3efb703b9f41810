"""Writing and reading incidents and stories: whole JSON documents plus the columns and
member tables that filters and joins need."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.corpus.model import Incident, Story
from marsad.store.base import ArticleFilter
from marsad.store.filters import incident_where, page

if TYPE_CHECKING:
    from marsad.store.sql import SqlStore


def _json(model: Incident | Story) -> str:
    """Compact JSON of a model, Arabic kept readable (so LIKE searches work)."""
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False)


def _reports(incident: Incident) -> list[tuple[str, str, str, str | None]]:
    """(incident, article, event, outlet) rows: every report, and events without one."""
    rows = {(r.article, r.event): r.outlet for r in incident.reports}
    for key in incident.events:
        article, _, event = key.partition("#")
        rows.setdefault((article, event), None)
    return [(incident.id, a, e, outlet) for (a, e), outlet in sorted(rows.items())]


def write_incidents(store: SqlStore, incidents: Sequence[Incident]) -> None:
    """Replace the incidents (call inside a transaction)."""
    store.execute("DELETE FROM incident_reports")
    store.execute("DELETE FROM incidents")
    rows = [
        (i.id, i.type, i.mode, i.date, i.location, i.country, i.lat, i.lon, i.confidence, i.story,
         "\n" + "\n".join(i.actors) + "\n", n, _json(i))
        for n, i in enumerate(incidents)
    ]
    if rows:
        store.executemany(
            "INSERT INTO incidents (id, type, mode, date, location, country, lat, lon, confidence, "
            "story, actors, position, incident) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    reports = [r for i in incidents for r in _reports(i)]
    if reports:
        store.executemany(
            "INSERT INTO incident_reports (incident_id, article_id, event_id, outlet) VALUES (?, ?, ?, ?)",
            reports,
        )


def read_incidents(store: SqlStore, filters: ArticleFilter | None) -> list[Incident]:
    """The stored incidents matching the filters, in the linker's order."""
    where, params = incident_where(filters)
    limit, more = page(filters)
    rows = store.execute(
        f"SELECT i.incident FROM incidents i WHERE {where} ORDER BY i.position{limit}", [*params, *more]
    )
    return [Incident.model_validate_json(r[0]) for r in rows]


def write_stories(store: SqlStore, stories: Sequence[Story]) -> None:
    """Replace the stories and their members (call inside a transaction)."""
    store.execute("DELETE FROM story_members")
    store.execute("DELETE FROM stories")
    if stories:
        store.executemany(
            "INSERT INTO stories (id, title, start_date, end_date, position, story) VALUES (?, ?, ?, ?, ?, ?)",
            [(s.id, s.title, s.start, s.end, n, _json(s)) for n, s in enumerate(stories)],
        )
    members = {
        (s.id, kind, m)
        for s in stories
        for kind, ids in (("incident", s.incidents), ("article", s.articles))
        for m in ids
    }
    if members:
        store.executemany(
            "INSERT INTO story_members (story_id, kind, member_id) VALUES (?, ?, ?)", sorted(members)
        )
