"""The entities a pipeline finds in a text, each checked against its offsets."""

from __future__ import annotations

from marsad.model import Entity
from marsad.pipeline import Pipeline, Record


def entities(pipe: Pipeline, text: str) -> list[Entity]:
    doc = pipe.run(pipe.make_doc(Record(text, "t")))
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
    return doc.entities


def found(pipe: Pipeline, text: str) -> set[tuple[str, str]]:
    """(type, text) of each entity found in a text."""
    return {(e.type, e.text) for e in entities(pipe, text)}
