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
