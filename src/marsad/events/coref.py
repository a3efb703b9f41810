"""Linking events of a document that tell the same happening (shared `coref` id).

Two events corefer when they have the same type, compatible modes (equal or one
unknown) and compatible actor, target, place and date (equal, or missing on one side).
Participants compare by English name (resolved entities), else by normalised text.
"""

from __future__ import annotations

from typing import NamedTuple

from marsad.model import Event, Ref
from marsad.text.normalize import normalize_key
from marsad.trusted import assign


def _ref_key(ref: Ref | None) -> str | None:
    if ref is None:
        return None
    return ref.name_en or normalize_key(ref.text)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


class Key(NamedTuple):
    """What an event is compared by: mode, participants, place, date and age."""

    mode: str | None
    actor: str | None
    target: str | None
    location: str | None
    text_date: tuple[str | None] | tuple[()]  # the date, when read from the text
    historical: bool


def key(ev: Event) -> Key:
    """The comparison key of an event (computed once per event, not per pair)."""
    text_date = (ev.date,) if ev.date_source == "text" else ()
    return Key(
        ev.mode,
        _ref_key(ev.actor),
        _ref_key(ev.target),
        _ref_key(ev.location),
        text_date,
        ev.historical,
    )


def same_happening(a: Key, b: Key) -> bool:
    """Whether two events of one type, by their keys, may describe one happening (equal
    keys, the common case of a repeated report, need no field-by-field test)."""
    return a == b or (
        _compatible(a.mode, b.mode)
        and _compatible(a.actor, b.actor)
        and _compatible(a.target, b.target)
        and _compatible(a.location, b.location)
        and (not a.text_date or not b.text_date or a.text_date == b.text_date)
        and a.historical == b.historical
    )


def link(events: list[Event]) -> None:
    """Give events of the same happening a shared coref id (c1, c2, ...); singletons keep None.

    Each event joins the first earlier group whose first event it is compatible with.
    """
    groups: list[list[Event]] = []
    by_type: dict[str, list[tuple[Key, list[Event]]]] = {}  # type -> (first's key, group)
    for ev in events:
        typed = by_type.setdefault(ev.type, [])
        ev_key = key(ev)
        group = next((g for k, g in typed if same_happening(ev_key, k)), None)
        if group is None:
            typed.append((ev_key, [ev]))
            groups.append(typed[-1][1])
        else:
            group.append(ev)
    n = 0
    for group in groups:
        if len(group) > 1:
            n += 1
            for ev in group:
                assign(ev, "coref", f"c{n}")


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
            mode = next(iter(modes[ev.coref]))
            assign(ev, "mode", mode)
            taken[ev.id] = first[(ev.coref, mode)]
    return taken
