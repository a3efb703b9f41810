"""Linking events of a document that tell the same happening (shared `coref` id).

Two events corefer when they have the same type, compatible modes (equal or one
unknown) and compatible actor, target, place and date (equal, or missing on one side).
Participants compare by English name (resolved entities), else by normalised text.
"""

from __future__ import annotations

from marsad.model import Event, Ref
from marsad.text.normalize import normalize_key


def _ref_key(ref: Ref | None) -> str | None:
    if ref is None:
        return None
    return ref.name_en or normalize_key(ref.text)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def same_happening(a: Event, b: Event) -> bool:
    """Whether `a` and `b` may describe one happening."""
    text_date = [e.date for e in (a, b) if e.date_source == "text"]
    return (
        a.type == b.type
        and _compatible(a.mode, b.mode)
        and _compatible(_ref_key(a.actor), _ref_key(b.actor))
        and _compatible(_ref_key(a.target), _ref_key(b.target))
        and _compatible(_ref_key(a.location), _ref_key(b.location))
        and (len(text_date) < 2 or text_date[0] == text_date[1])
        and a.historical == b.historical
    )


def link(events: list[Event]) -> None:
    """Give events of the same happening a shared coref id (c1, c2, ...); singletons keep None.

    Each event joins the first earlier group whose first event it is compatible with.
    """
    groups: list[list[Event]] = []
    by_type: dict[str, list[list[Event]]] = {}
    for ev in events:
        typed = by_type.setdefault(ev.type, [])
        group = next((g for g in typed if same_happening(ev, g[0])), None)
        if group is None:
            typed.append([ev])
            groups.append(typed[-1])
        else:
            group.append(ev)
    n = 0
    for group in groups:
        if len(group) > 1:
            n += 1
            for ev in group:
                ev.coref = f"c{n}"


def shared_modes(events: list[Event]) -> dict[str, str]:
    """Event id -> id of the coreferent event whose mode it took: a happening told once
    with its instrument (قصف بطائرة مسيرة) and again without it shares that mode, when
    its group names exactly one mode."""
    modes: dict[str, set[str]] = {}
    first: dict[tuple[str, str], str] = {}
    for ev in events:
        if ev.coref and ev.mode:
            modes.setdefault(ev.coref, set()).add(ev.mode)
            first.setdefault((ev.coref, ev.mode), ev.id)
    taken: dict[str, str] = {}
    for ev in events:
        if ev.coref and ev.mode is None and len(modes.get(ev.coref, ())) == 1:
            ev.mode = next(iter(modes[ev.coref]))
            taken[ev.id] = first[(ev.coref, ev.mode)]
    return taken
