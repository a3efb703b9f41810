"""Fixture for framing tests: sentences + attribution + framing, entities set by hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from marsad.document import Document
from marsad.model import Entity, EntityType
from marsad.registry import get
from marsad.resources import Resources

STAGES = ("marsad.sentences.v1", "marsad.attribution.v1", "marsad.framing.v1")
Analyse = Callable[..., Document]


@pytest.fixture(scope="session")
def analyse() -> Analyse:
    """`analyse(text, entities=[(surface, type), ...])` -> the annotated Document."""
    res = Resources()
    stages = [get(name).factory(res) for name in STAGES]

    def run(text: str, entities: Sequence[tuple[str, EntityType]] = ()) -> Document:
        doc = Document(text=text, id="t")
        stages[0](doc)
        for n, (surface, etype) in enumerate(entities, 1):
            start = text.index(surface)
            doc.entities.append(Entity(
                id=f"e{n}", text=surface, start=start, end=start + len(surface),
                sentence=doc.sentence_of(start), type=etype, name_en=f"name{n}",
            ))
        for stage in stages[1:]:
            stage(doc)
        return doc

    return run
