"""Human-readable explanations of coded events (which trigger, rule and arguments)."""

from __future__ import annotations

from typing import Any

from marsad.document import Document
from marsad.events.stage import EXPLAIN_KEY
from marsad.model import Event, Ref

RULE_KEYS = (
    ("head_rule", "head"),
    ("mode_rule", "mode"),
    ("factuality_rule", "factuality"),
    ("actor_rule", "actor"),
    ("target_rule", "target"),
    ("location_rule", "location"),
    ("time_rule", "time"),
)


def _ref(ref: Ref | None) -> str:
    if ref is None:
        return "-"
    name = f" = {ref.name_en}" if ref.name_en else ""
    return f"«{ref.text}» [{ref.start}:{ref.end}]{name}"


def explain_event(ev: Event, why: dict[str, Any]) -> list[str]:
    """Lines describing one event and the rules behind each field."""
    lines = [
        f"{ev.id} {ev.type}/{ev.mode or '-'} {ev.factuality}"
        f"{' historical' if ev.historical else ''}{f' coref={ev.coref}' if ev.coref else ''}",
        f"  trigger «{ev.trigger.text}» [{ev.trigger.start}:{ev.trigger.end}]"
        f" lemmas={','.join(why.get('lemmas', []))} form={why.get('form', '-')}",
        f"  actor {_ref(ev.actor)}  target {_ref(ev.target)}  location {_ref(ev.location)}",
        f"  date {ev.date or '-'} ({ev.date_source or '-'})  quantities {','.join(ev.quantities) or '-'}"
        f"  attribution {ev.attribution or '-'}",
    ]
    for key, label in RULE_KEYS:
        if why.get(key):
            lines.append(f"  why {label}: {why[key]}")
    if "filter_score" in why:
        lines.append(f"  report filter score: {why['filter_score']}")
    return lines


def explain(doc: Document, sentence: int | None = None) -> list[str]:
    """Explanation lines for the events of `doc` (of one sentence when given)."""
    why = doc.extras.get(EXPLAIN_KEY, {})
    lines: list[str] = []
    for ev in doc.events:
        if sentence is None or ev.sentence == sentence:
            lines.extend(explain_event(ev, why.get(ev.id, {})))
    return lines
