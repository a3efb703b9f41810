"""Event rows and the filters shared by every export format."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from marsad.corpus.model import ArticleInfo, Incident
from marsad.model import Analysis, Entity, Event, Ref
from marsad.store.base import ArticleFilter

Row = dict[str, Any]


def _ref(prefix: str, ref: Ref | None, entities: dict[str, Entity]) -> Row:
    """Text, English name, kb id, country and offsets of one event argument."""
    ent = entities.get(ref.entity or "") if ref else None
    return {
        prefix: ref.text if ref else None,
        f"{prefix}_en": (ref.name_en or (ent.name_en if ent else None)) if ref else None,
        f"{prefix}_kb": ent.kb_id if ent else None,
        f"{prefix}_country": ent.country if ent else None,
        f"{prefix}_start": ref.start if ref else None,
        f"{prefix}_end": ref.end if ref else None,
    }


def _count(analysis: Analysis, event: Event, counted: str) -> float | None:
    values = [q.value for q in analysis.quantities if q.id in event.quantities and q.counted == counted]
    return max(values) if values else None


def event_row(info: ArticleInfo, analysis: Analysis, event: Event, incident: str | None) -> Row:
    """One flat row per event, with the article id and evidence offsets."""
    entities = {e.id: e for e in analysis.entities}
    loc = entities.get(event.location.entity or "") if event.location else None
    row: Row = {
        "article": info.id, "outlet": info.outlet, "url": info.url, "published": info.published,
        "event": event.id, "incident": incident, "type": event.type, "mode": event.mode,
        "factuality": event.factuality, "date": event.date, "date_source": event.date_source,
        "trigger": event.trigger.text, "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end, "sentence": event.sentence,
    }
    for prefix, ref in (("actor", event.actor), ("target", event.target), ("location", event.location)):
        row.update(_ref(prefix, ref, entities))
    row["lat"], row["lon"] = (loc.lat, loc.lon) if loc else (None, None)
    row["country"] = row["location_country"] or row["actor_country"] or row["target_country"]
    row["killed"] = _count(analysis, event, "killed")
    row["injured"] = _count(analysis, event, "injured")
    return row


def _contains(needle: str | None, *hay: str | None) -> bool:
    return needle is None or any(h and needle.lower() in h.lower() for h in hay)


def keep_row(row: Row, f: ArticleFilter, outlets: Iterable[str]) -> bool:
    """Whether an event row passes the filters (dates compare the event date, else publication)."""
    day = (row["date"] or row["published"] or "")[:10]
    if (f.date_from and (not day or day < f.date_from)) or (f.date_to and (not day or day[: len(f.date_to)] > f.date_to)):
        return False
    if f.event_type and row["type"] != f.event_type.upper():
        return False
    if f.country and f.country.upper() not in {row["country"], row["actor_country"], row["target_country"]}:
        return False
    if f.outlet and f.outlet not in set(outlets):
        return False
    return _contains(f.actor, row["actor"], row["actor_en"], row["actor_kb"])


def keep_incident(inc: Incident, f: ArticleFilter) -> bool:
    """Whether an incident passes the filters."""
    day = (inc.date or "")[:10]
    if (f.date_from and (not day or day < f.date_from)) or (f.date_to and (not day or day[: len(f.date_to)] > f.date_to)):
        return False
    if f.event_type and inc.type != f.event_type.upper():
        return False
    if f.country and inc.country != f.country.upper():
        return False
    if f.outlet and f.outlet not in inc.outlets:
        return False
    return f.actor is None or any(_contains(f.actor, a) for a in inc.actors)


def event_rows(
    pairs: Iterable[tuple[ArticleInfo, Analysis]], incidents: Iterable[Incident], f: ArticleFilter
) -> Iterator[tuple[Row, ArticleInfo, Analysis, Event]]:
    """Filtered event rows (with their article, analysis and event), in article order."""
    incident_of = {key: inc.id for inc in incidents for key in inc.events}
    for info, analysis in pairs:
        outlets = info.outlets or ([info.outlet] if info.outlet else [])
        for event in analysis.events:
            row = event_row(info, analysis, event, incident_of.get(f"{info.id}#{event.id}"))
            if keep_row(row, f, outlets):
                yield row, info, analysis, event
