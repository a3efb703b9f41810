"""Cut an article into segments at every span boundary, so overlapping annotations
(an entity inside a quote, a loaded term that is also a trigger) all show."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from marsad.model import Analysis, Attribution, Entity, Event, Framing, Quantity, Time


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation over `[start, end)`: its kind (CSS class), id and explanation."""

    start: int
    end: int
    kind: str
    id: str
    note: str


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same marks (none for plain text)."""

    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def classes(self) -> str:
        """Space-separated CSS classes of the marks covering this run."""
        return " ".join(sorted({f"hl-{m.kind}" for m in self.marks}))

    @property
    def title(self) -> str:
        """The explanation shown on hover: one line per mark."""
        return "\n".join(m.note for m in self.marks)

    @property
    def ids(self) -> str:
        """Space-separated ids of the marks (for the click panel and the tests)."""
        return " ".join(m.id for m in self.marks)


def _join(*parts: str | None) -> str:
    """Join the non-empty parts with ' · '."""
    return " · ".join(p for p in parts if p)


def _entity(e: Entity) -> Mark:
    note = _join(f"entity {e.type}", e.name_en, e.kb_id, e.country, e.role and f"role {e.role}")
    return Mark(e.start, e.end, "entity", e.id, note)


def _time(t: Time) -> Mark:
    note = _join("time", t.value and f"= {t.value}", t.granularity, "resolved" if t.resolved else None)
    return Mark(t.start, t.end, "time", t.id, note)


def _quantity(q: Quantity) -> Mark:
    value = f"= {q.value:g}" + (f"–{q.value_max:g}" if q.value_max is not None else "")
    note = _join("quantity", value, q.approx, q.unit, q.counted and f"of {q.counted}")
    return Mark(q.start, q.end, "quantity", q.id, note)


def _event(v: Event) -> Mark:
    who = _join(f"actor {v.actor.text}" if v.actor else None, f"target {v.target.text}" if v.target else None)
    note = _join(f"event {v.type}", v.mode, v.factuality, who, v.date and f"date {v.date}")
    return Mark(v.trigger.start, v.trigger.end, "trigger", v.id, note)


def _attribution(a: Attribution) -> list[Mark]:
    said = "direct quote" if a.direct_quote else "reported speech"
    return [
        Mark(a.source.start, a.source.end, "source", a.id, _join(f"source ({a.source_kind})", a.source.name_en)),
        Mark(a.cue.start, a.cue.end, "cue", a.id, f"attribution cue: {a.source.text} says ({said})"),
        Mark(a.content.start, a.content.end, "content", a.id, f"claim attributed to {a.source.text}"),
    ]


def _framing(f: Framing) -> Mark:
    note = _join(f"framing: {f.kind}", f.voice, f.neutral and f"neutral: {f.neutral}", f.note)
    return Mark(f.start, f.end, "framing", f.id, note)


def marks(analysis: Analysis) -> list[Mark]:
    """Every highlightable span of an analysis."""
    out = [_entity(e) for e in analysis.entities]
    out += [_time(t) for t in analysis.times]
    out += [_quantity(q) for q in analysis.quantities]
    out += [_event(v) for v in analysis.events]
    out += [m for a in analysis.attributions for m in _attribution(a)]
    out += [_framing(f) for f in analysis.framing]
    return out


def segments(text: str, items: list[Mark]) -> list[Segment]:
    """Split `text` at every mark boundary; each piece lists the marks covering it (a sweep)."""
    valid = sorted((m for m in items if 0 <= m.start < m.end <= len(text)), key=lambda m: m.start)
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[Segment] = []
    active: list[Mark] = []
    nxt = 0
    for a, b in pairwise(cuts):
        while nxt < len(valid) and valid[nxt].start <= a:
            active.append(valid[nxt])
            nxt += 1
        active = [m for m in active if m.end > a]
        out.append(Segment(text[a:b], list(active)))
    return out
