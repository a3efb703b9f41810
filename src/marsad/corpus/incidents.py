"""Building an `Incident` from the linked mentions: reports, consensus fields, disagreements."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

from marsad.corpus.mentions import Mention
from marsad.corpus.model import Disagreement, Incident, Report
from marsad.model import Analysis, Event, Ref


def content_id(prefix: str, keys: Iterable[str]) -> str:
    """A deterministic id: prefix + a hash of the sorted member keys."""
    digest = hashlib.sha256("\n".join(sorted(keys)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


def _name(ref: Ref | None) -> str | None:
    return (ref.name_en or ref.text) if ref else None


def _sentence_text(analysis: Analysis, text: str | None, event: Event) -> str:
    """The event's sentence from the article text (the trigger's words when no text is given)."""
    sent = next((s for s in analysis.sentences if s.index == event.sentence), None)
    if text is None or sent is None:
        return event.trigger.text
    return text[sent.start : sent.end]


def report_of(m: Mention, text: str | None) -> Report:
    """One article's telling of the incident, with the framing in the event's sentence."""
    ev = m.event
    sentences = {e.sentence for e in m.events}
    framing = [f for f in m.analysis.framing if f.sentence in sentences]
    return Report(
        article=m.article.id, event=ev.id, outlet=m.article.outlet, trigger=ev.trigger,
        sentence_text=_sentence_text(m.analysis, text, ev), factuality=ev.factuality,
        actor=_name(next((e.actor for e in m.events if e.actor), None)),
        target=_name(next((e.target for e in m.events if e.target), None)),
        location=m.places[0].name if m.places else _name(ev.location),
        date=next((e.date for e in m.events if e.date), None),
        killed=m.killed, injured=m.injured, framing=framing,
    )


def _outlets(m: Mention) -> list[str]:
    info = m.article
    return info.outlets or ([info.outlet] if info.outlet else [])


def _majority(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _voice(r: Report) -> str:
    return r.outlet or r.article


def disagreements(reports: Sequence[Report]) -> list[Disagreement]:
    """Fields on which the reports (one value per outlet) differ."""
    fields = {
        "killed": lambda r: None if r.killed is None else f"{r.killed:g}",
        "injured": lambda r: None if r.injured is None else f"{r.injured:g}",
        "actor": lambda r: r.actor, "date": lambda r: r.date, "location": lambda r: r.location,
    }
    out = []
    for name, get in fields.items():
        values = {_voice(r): v for r in reports if (v := get(r))}
        if len(set(values.values())) > 1:
            out.append(Disagreement(field=name, values=dict(sorted(values.items()))))
    return out


def _best_date(mentions: Sequence[Mention]) -> str | None:
    """Most common text date of the finest granularity, else the most common date."""
    text = [e.date for m in mentions for e in m.events if e.date and e.date_source == "text"]
    if text:
        finest = min(len(d) for d in text if "/" not in d) if any("/" not in d for d in text) else 0
        return _majority(d for d in text if len(d) == finest or not finest)
    return _majority(e.date for m in mentions for e in m.events)


def build_incident(mentions: Sequence[Mention], confidence: float, texts: dict[str, str]) -> Incident:
    """An incident from linked mentions (sorted by article id)."""
    ms = sorted(mentions, key=lambda m: m.key)
    reports = [report_of(m, texts.get(m.article.id)) for m in ms]
    places = [p for m in ms for p in m.places]
    specific = [p for p in places if p.specific] or places
    top = _majority(p.key for p in specific)
    place = next((p for p in specific if p.key == top), None)
    keys = sorted(k for m in ms for k in m.keys)
    return Incident(
        id=content_id("inc", keys), type=ms[0].type, mode=_majority(m.mode for m in ms),
        date=_best_date(ms), location=place.name if place else None,
        country=_majority(p.country for p in places), lat=place.lat if place else None,
        lon=place.lon if place else None,
        actors=sorted({r.actor for r in reports if r.actor}),
        targets=sorted({r.target for r in reports if r.target}),
        articles=sorted({m.article.id for m in ms}), events=keys,
        outlets=sorted({o for m in ms for o in _outlets(m)}),
        confidence=round(confidence, 3), reports=reports, disagreements=disagreements(reports),
    )
