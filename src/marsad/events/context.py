"""Where, when and how many: location, time, date and quantities of an event."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from typing import Final, Literal, NamedTuple

from marsad.document import Document
from marsad.events.phrases import Sent
from marsad.model import Entity, Event, Quantity, Ref, Time
from marsad.trusted import trusted

PLACE_TYPES: Final = {"FACILITY": 0, "LOC": 1, "GPE": 2, "COUNTRY": 3}  # most specific first
PREP_REACH: Final = 2  # a place preposition within this many tokens before the place
HISTORICAL_DAYS: Final = 180  # a period ending this long before publication is background
NAME_REACH: Final = 4  # words of an operation's quoted name before a place in it
OPEN_QUOTES: Final = frozenset({"«", '"', "“"})
CLOSE_QUOTES: Final = frozenset({"»", "”"})
_SKIP_UNITS: Final = frozenset({"%", "percent", "USD", "EUR", "IQD", "SYP", "money", "currency"})


def _ref(e: Entity) -> Ref:
    return trusted(Ref, text=e.text, start=e.start, end=e.end, entity=e.id, name_en=e.name_en)


def dominant_place(doc: Document) -> Ref | None:
    """The document's most mentioned place (ties: first mentioned), as the location of
    every event that names none (one Ref for them all: refs are never changed)."""
    places = [e for e in doc.entities if e.type in PLACE_TYPES]
    if not places:
        return None
    counts = Counter(e.kb_id or e.text for e in places)
    best = max(counts.values())
    return _ref(next(e for e in places if counts[e.kb_id or e.text] == best))


class Place(NamedTuple):
    """A place entity of a sentence that may locate its events."""

    pos: int  # token position of the entity's first word
    entity: Entity
    rank: tuple[int, int]  # lower is better: preposition before it, specificity
    ref: Ref  # the location of the events it is chosen for (made once per sentence)


def _place_rank(s: Sent, e: Entity, pos: int) -> tuple[int, int]:
    """Lower is better: preposition before it, specificity."""
    before = s.infos[max(0, pos - PREP_REACH) : pos]
    has_prep = any("place_prep" in i.cues for i in before) or s.norms[pos].startswith(
        ("في", "ب", "وفي")
    )
    return (0 if has_prep else 1, PLACE_TYPES[e.type])


def places(s: Sent) -> list[Place]:
    """The sentence's place entities outside operation names, in order (the same for all
    its events, so found once per sentence)."""
    return [
        Place(pos, e, _place_rank(s, e, pos), _ref(e))
        for pos, e in s.entity_at.items()
        if e.type in PLACE_TYPES
        and s.infos[pos].token.start == e.start
        and not in_operation_name(s, pos)
    ]


def in_operation_name(s: Sent, pos: int) -> bool:
    """Whether position `pos` lies in a quoted name after an operation noun
    (عملية «درع الفرات»): such a place names the operation, not where it happens."""
    for k in range(pos - 1, max(-1, pos - 1 - NAME_REACH), -1):
        norm = s.norms[k]
        if norm in CLOSE_QUOTES:
            return False
        if norm in OPEN_QUOTES:
            return k > 0 and "operation" in s.infos[k - 1].cues
    return False


def locate(
    found: list[Place], head: int, taken: list[Ref], fallback: Ref | None
) -> tuple[Ref | None, str]:
    """The event's place: best of the sentence's places (`places`) outside the
    actor/target, nearest the head on ties, else the document's dominant one."""
    best: tuple[tuple[int, int, int], Ref] | None = None
    for p in found:
        score = (*p.rank, abs(p.pos - head))
        if (best is None or score < best[0]) and not _in_argument(p.entity, taken):
            best = score, p.ref
    if best is not None:
        return best[1], "place entity in sentence"
    if fallback is not None:
        return fallback, "document's dominant place"
    return None, ""


def _in_argument(e: Entity, taken: list[Ref]) -> bool:
    """Whether a place entity is (inside) the event's actor or target."""
    return any(r.entity == e.id or r.start <= e.start < r.end for r in taken)


@lru_cache(maxsize=4096)
def period_end(value: str) -> dt.date | None:
    """Last day of an ISO date, month, year or interval value."""
    return _day(value.split("/")[-1], last=True)


@lru_cache(maxsize=4096)
def period_start(value: str) -> dt.date | None:
    """First day of an ISO date, month, year or interval value."""
    return _day(value.split("/")[0], last=False)


def _day(part: str, *, last: bool) -> dt.date | None:
    """The first or last day of one ISO date, month or year (None if it is none: ..)."""
    try:
        if len(part) == 4:
            return dt.date(int(part), 12, 31) if last else dt.date(int(part), 1, 1)
        if len(part) == 7:
            y, m = int(part[:4]), int(part[5:7])
            return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1) if last else dt.date(y, m, 1)
        return dt.date.fromisoformat(part[:10])
    except ValueError:
        return None


def in_future(when: When, published: dt.date | None) -> bool:
    """Whether the event's date, read from the text, begins after publication (يزور
    الوزير البلد الشهر المقبل): the act is still to come."""
    if published is None or when.date_source != "text" or not when.date:
        return False
    start = period_start(when.date)
    return start is not None and start > published


class When(NamedTuple):
    """An event's time, date, date source and whether it is background."""

    time: str | None = None
    date: str | None = None
    date_source: Literal["text", "published"] | None = None
    historical: bool = False


def event_time(
    times: list[Time], trigger_at: int, published: dt.date | None
) -> tuple[When, str]:
    """The event's time/date/date_source/historical, and the rule used."""
    dated = [t for t in times if t.value]
    if dated:
        t = min(dated, key=lambda t: abs(t.start - trigger_at))
        end = period_end(t.value or "")
        historical = bool(published and end and (published - end).days > HISTORICAL_DAYS)
        return When(t.id, t.value, "text", historical), "time expression in sentence"
    if published:
        return When(date=published.isoformat(), date_source="published"), "publication date"
    return When(), ""


def attach_quantities(events: list[Event], quantities: list[Quantity]) -> None:
    """Give each counted quantity of the sentence to the nearest event."""
    for q in quantities:
        if q.unit in _SKIP_UNITS or not events:
            continue
        nearest = min(events, key=lambda ev: abs(ev.trigger.start - q.start))
        nearest.quantities.append(q.id)
