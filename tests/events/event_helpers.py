"""Helpers shared by the rule tests: a sentence analysed with a fixed publication date."""

from __future__ import annotations

import marsad
from marsad.model import Event

PUBLISHED = "2025-06-10"


def analysed(text: str) -> list[Event]:
    """The events of one text, dated as published on PUBLISHED."""
    return marsad.analyze(text, published=PUBLISHED).events


def only(text: str, type_: str) -> Event:
    """The one event of a type in a text (an error if there are none or several)."""
    (event,) = [e for e in analysed(text) if e.type == type_]
    return event


def first_of(text: str, type_: str) -> Event:
    """The first event of a type in a text."""
    return next(e for e in analysed(text) if e.type == type_)


def coded(text: str, type_: str) -> list[tuple[str | None, str | None, str | None]]:
    """(mode, actor text, target text) of each event of a type in a text."""
    return [
        (e.mode, e.actor.text if e.actor else None, e.target.text if e.target else None)
        for e in analysed(text)
        if e.type == type_
    ]
