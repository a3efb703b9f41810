"""What linking compares: one `Mention` per happening an article tells (its coref group of events).

A mention gathers the event's type, mode, participants (kb ids, English names, countries),
places (with coordinates), date range (respecting granularity) and casualty figures.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from marsad.corpus.model import ArticleInfo
from marsad.model import Analysis, Entity, Event, Ref

LINKABLE = frozenset({"asserted", "reported"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FACILITY"})
_GRANULARITY = {4: "year", 7: "month", 10: "day"}


@dataclass(frozen=True, slots=True)
class Place:
    """A place an event happened at (or a country when nothing finer is named)."""

    key: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    specific: bool


@dataclass(slots=True)
class Mention:
    """One article's telling of one happening (one or more coreferent events)."""

    article: ArticleInfo
    events: list[Event]
    analysis: Analysis
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    places: list[Place] = field(default_factory=list)
    date_range: tuple[dt.date, dt.date] | None = None
    weak_date: bool = True
    killed: float | None = None
    injured: float | None = None

    @property
    def key(self) -> str:
        """The 'article#event' key of the first event."""
        return f"{self.article.id}#{self.events[0].id}"

    @property
    def keys(self) -> list[str]:
        """'article#event' keys of every event in the mention."""
        return [f"{self.article.id}#{e.id}" for e in self.events]

    @property
    def event(self) -> Event:
        """The representative event (the one with the most arguments)."""
        return max(self.events, key=lambda e: (_filled(e), -self.events.index(e)))

    @property
    def type(self) -> str:
        """PLOVER type of the mention."""
        return self.events[0].type

    @property
    def mode(self) -> str | None:
        """First non-empty mode among the events."""
        return next((e.mode for e in self.events if e.mode), None)


def _filled(event: Event) -> int:
    return sum(x is not None for x in (event.actor, event.target, event.location, event.date))


def parse_date(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date, month, year or 'A/B' interval covers."""
    if not value:
        return None
    if "/" in value:
        lo, _, hi = value.partition("/")
        a, b = parse_date(lo), parse_date(hi)
        return (a[0], b[1]) if a and b else None
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day, day
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first, nxt - dt.timedelta(days=1)
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def anchored(event: Event) -> bool:
    """A 'generic' event dated from the text and placed: the report filter's doubt, not a
    generic statement (generic statements carry no date of their own)."""
    return event.factuality == "generic" and event.date_source == "text" and event.location is not None


def linkable(event: Event, planned: bool = False) -> bool:
    """Whether an event may form an incident (asserted/reported, optionally planned)."""
    if event.factuality in LINKABLE or anchored(event):
        return True
    return planned and event.factuality == "planned"


def mentions_of(article: ArticleInfo, analysis: Analysis, planned: bool = False) -> list[Mention]:
    """The mentions of an article: its linkable events grouped by their coref id."""
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in analysis.events:
        if linkable(event, planned):
            groups[f"{event.type}|{event.coref or event.id}"].append(event)
    entities = {e.id: e for e in analysis.entities}
    return [_build(article, analysis, events, entities) for events in groups.values()]


def _ref_keys(ref: Ref | None, entities: dict[str, Entity]) -> set[str]:
    """Identity keys of a participant: kb id, the actor a place stands for, English name."""
    if ref is None:
        return set()
    ent = entities.get(ref.entity or "")
    keys = {k for k in (ent.kb_id, ent.stands_for) if k} if ent else set()
    name = ref.name_en or (ent.name_en if ent else None)
    if name:
        keys.add("name:" + name.lower())
    if ent and ent.country:
        keys.add("country:" + ent.country)
    return keys


def _place(ent: Entity) -> Place:
    key = ent.kb_id or "name:" + (ent.name_en or ent.text)
    return Place(key, ent.name_en or ent.text, ent.country, ent.lat, ent.lon, ent.type != "COUNTRY")


def _places(analysis: Analysis, events: list[Event], entities: dict[str, Entity]) -> list[Place]:
    """Places of the events: location/target places, else place names in their sentences."""
    found: dict[str, Place] = {}
    for event in events:
        for ref in (event.location, event.target):
            ent = entities.get(ref.entity or "") if ref else None
            if ent and ent.type in PLACE_TYPES:
                found.setdefault(_place(ent).key, _place(ent))
    if not found:
        sentences = {e.sentence for e in events}
        for ent in analysis.entities:
            if ent.sentence in sentences and ent.type in PLACE_TYPES | {"COUNTRY"}:
                found.setdefault(_place(ent).key, _place(ent))
    return sorted(found.values(), key=lambda p: p.key)


def _casualties(analysis: Analysis, events: list[Event]) -> tuple[float | None, float | None]:
    """Largest killed and injured counts among the events' quantities."""
    ids = {q for e in events for q in e.quantities}
    killed = [q.value for q in analysis.quantities if q.id in ids and q.counted == "killed"]
    injured = [q.value for q in analysis.quantities if q.id in ids and q.counted == "injured"]
    return (max(killed) if killed else None), (max(injured) if injured else None)


def _date(events: list[Event], published: str | None) -> tuple[tuple[dt.date, dt.date] | None, bool]:
    """The narrowest date range of the events, and whether it is only the publication date."""
    text = [r for e in events if e.date_source == "text" and (r := parse_date(e.date))]
    if text:
        return min(text, key=lambda r: (r[1] - r[0], r)), False
    dated = [r for e in events if (r := parse_date(e.date))]
    if dated:
        return min(dated), True
    return parse_date(published), True


def _build(
    article: ArticleInfo, analysis: Analysis, events: list[Event], entities: dict[str, Entity]
) -> Mention:
    m = Mention(article, events, analysis)
    for event in events:
        m.actors |= {k for k in _ref_keys(event.actor, entities) if not k.startswith("country:")}
        m.targets |= {k for k in _ref_keys(event.target, entities) if not k.startswith("country:")}
        for ref in (event.actor, event.target):
            m.countries |= {k[8:] for k in _ref_keys(ref, entities) if k.startswith("country:")}
    m.places = _places(analysis, events, entities)
    m.date_range, m.weak_date = _date(events, article.published or analysis.doc.published)
    m.killed, m.injured = _casualties(analysis, events)
    return m


def granularity(value: str | None) -> str | None:
    """'day', 'month' or 'year' of an ISO date string (None for intervals or nothing)."""
    return _GRANULARITY.get(len(value)) if value and "/" not in value else None
