"""Shared helpers: documents run through the sentence splitter and the event coder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.document import Document
from marsad.events.stage import EventCoder
from marsad.model import Entity
from marsad.resources import Resources
from marsad.text.sentences import SentenceSplitter

Coder = Callable[..., Document]


@pytest.fixture(scope="session")
def code() -> Coder:
    """Run sentences + events (rules only unless filter=True) on a text."""
    split = SentenceSplitter(Resources())
    rules = EventCoder(Resources(options={"events_filter": False}))
    full = EventCoder(Resources())

    def run(
        text: str,
        *,
        entities: list[Entity] | None = None,
        published: object = None,
        filter: bool = False,
    ) -> Document:
        doc = Document(text, "t", published=published)  # type: ignore[arg-type]
        split(doc)
        doc.entities = entities or []
        (full if filter else rules)(doc)
        return doc

    return run


def make_entity(
    text: str, doc_text: str, type_: str, name_en: str, country: str | None = None
) -> Entity:
    """An entity over the first occurrence of `text` in `doc_text` (sentence 0)."""
    start = doc_text.index(text)
    return Entity(
        id=f"n{start}",
        text=text,
        start=start,
        end=start + len(text),
        sentence=0,
        type=type_,
        name_en=name_en,
        country=country,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="session")
def entity() -> Callable[..., Entity]:
    """Factory of hand-made entities."""
    return make_entity
