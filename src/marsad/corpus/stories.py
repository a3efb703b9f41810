"""Stories: incidents grouped over time by shared actors, places and event types.

Two incidents belong to one story when they share a story key, a participant resolved to
the knowledge base (an English name) with a place (location or country), or a specific
place with an event type, and happened at most STORY_GAP_DAYS after the key was last
seen; stories are the connected groups of at least two incidents, titled after their
dominant actors, places and types, with a dated timeline.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from marsad.corpus.incidents import content_id
from marsad.corpus.model import Incident, Story, TimelineEntry

MIN_INCIDENTS = 2
STORY_GAP_DAYS = 45  # a key silent for longer starts a new story
TOP = 2  # actors/places named in a title


def grounded(name: str) -> bool:
    """Whether a participant name is a knowledge-base English name (not raw Arabic words)."""
    return name.isascii()


def _participants(inc: Incident) -> set[str]:
    return {p for p in (*inc.actors, *inc.targets) if grounded(p)}


def _places(inc: Incident) -> set[str]:
    return {p for p in (inc.location, inc.country) if p}


def story_keys(inc: Incident) -> set[tuple[str, ...]]:
    """Keys two incidents of one story share: (participant, place) or (location, type)."""
    keys: set[tuple[str, ...]] = {("who-where", p, pl) for p in _participants(inc) for pl in _places(inc)}
    if inc.location:
        keys.add(("what-where", inc.location, inc.type))
    return keys


def _day(inc: Incident) -> dt.date | None:
    try:
        return dt.date.fromisoformat((inc.date or "")[:10])
    except ValueError:
        return None


def _groups(incidents: Sequence[Incident]) -> list[list[int]]:
    """Incidents connected through story keys seen within the gap (indices, each sorted)."""
    parent = list(range(len(incidents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(incidents)), key=lambda i: (incidents[i].date or "", incidents[i].id))
    last: dict[tuple[str, ...], tuple[int, dt.date | None]] = {}
    gap = dt.timedelta(days=STORY_GAP_DAYS)
    for i in order:
        day = _day(incidents[i])
        for key in sorted(story_keys(incidents[i])):
            seen = last.get(key)
            if seen and (day is None or seen[1] is None or day - seen[1] <= gap):
                parent[find(i)] = find(seen[0])
            last[key] = (i, day)
    comps: dict[int, list[int]] = {}
    for i in range(len(incidents)):
        comps.setdefault(find(i), []).append(i)
    return [sorted(c) for c in comps.values()]


def _top(values: list[str], n: int = TOP) -> list[str]:
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], v))[:n]


def title(incs: Sequence[Incident]) -> str:
    """A title from the dominant actors, places and event types, e.g. 'Israel, Hamas in Gaza: assault'."""
    located = {i.location for i in incs}
    actors = _top([a for i in incs for a in i.actors if grounded(a) and a not in located]
                  or [t for i in incs for t in i.targets if grounded(t) and t not in located])
    places = _top([i.location or i.country or "" for i in incs if i.location or i.country], 1)
    types = _top([i.type.lower() for i in incs])
    what = ", ".join(types)
    where = f" in {places[0]}" if places else ""
    return f"{', '.join(actors)}{where}: {what}" if actors else f"{what.capitalize()}{where}"


def summary(inc: Incident) -> str:
    """One timeline line: type/mode, who, to whom, where, how many outlets."""
    who = ", ".join(inc.actors) or "?"
    whom = f" -> {', '.join(inc.targets)}" if inc.targets else ""
    where = f" in {inc.location}" if inc.location else ""
    mode = f"/{inc.mode}" if inc.mode else ""
    return f"{inc.type}{mode}: {who}{whom}{where} ({len(inc.outlets) or len(inc.articles)} sources)"


def story_of(incs: Sequence[Incident]) -> Story:
    """A story from related incidents, with its timeline sorted by date."""
    ordered = sorted(incs, key=lambda i: (i.date or "9999", i.id))
    dates = [i.date[:10] for i in ordered if i.date]
    timeline = [
        TimelineEntry(date=i.date, incident=i.id, type=i.type, summary=summary(i)) for i in ordered
    ]
    return Story(
        id=content_id("story", [i.id for i in incs]), title=title(incs),
        actors=_top([a for i in incs for a in _participants(i)], 10),
        places=_top([p for i in incs for p in _places(i)], 10),
        types=sorted({i.type for i in incs}),
        start=min(dates) if dates else None, end=max(dates) if dates else None,
        incidents=[i.id for i in ordered],
        articles=sorted({a for i in incs for a in i.articles}), timeline=timeline,
    )


def build_stories(incidents: Sequence[Incident]) -> tuple[list[Story], list[Incident]]:
    """Stories over the incidents, and the incidents with their `story` set."""
    stories: list[Story] = []
    story_of_incident: dict[str, str] = {}
    for group in _groups(incidents):
        if len(group) < MIN_INCIDENTS:
            continue
        story = story_of([incidents[i] for i in group])
        stories.append(story)
        story_of_incident.update({incidents[i].id: story.id for i in group})
    updated = [i.model_copy(update={"story": story_of_incident.get(i.id)}) for i in incidents]
    return sorted(stories, key=lambda s: (s.start or "", s.id)), updated
