"""The one document every pipeline stage reads and annotates (cf. spaCy's `Doc`).

It holds the unchanged original text, its normalised form with the offset map, the
tokens and numbers (the text layer), and the contract's span layers. Stages add to
layers; none rewrites the text.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from marsad.model import (
    Analysis,
    Attribution,
    DocInfo,
    Entity,
    Event,
    Framing,
    Quantity,
    Sentence,
    Summary,
    Time,
)
from marsad.text.normalize import NormText, normalize
from marsad.text.numbers import NumberSpan, read_numbers
from marsad.text.tokenize import Token, tokenize_norm
from marsad.trusted import trusted


@dataclass(slots=True)
class Document:
    """Original text + metadata + annotation layers, all spans in original offsets."""

    text: str
    id: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    norm: NormText = field(init=False)
    tokens: list[Token] = field(init=False)
    token_starts: list[int] = field(init=False, repr=False)
    numbers: list[NumberSpan] = field(init=False, repr=False)  # digits and number words, read once
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    summary: Summary | None = None
    # Stage-private data shared downstream (e.g. explanations); never serialised.
    extras: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.norm = normalize(self.text)
        self.tokens = tokenize_norm(self.norm)
        self.token_starts = [t.start for t in self.tokens]
        self.numbers = read_numbers(self)

    def sentence_starts(self) -> list[int]:
        """Start offsets of the sentences, for many `sentence_at` look-ups."""
        return [s.start for s in self.sentences]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing original `offset` (last one before it)."""
        return sentence_at(self.sentence_starts(), offset)

    def sentence_tokens(self, index: int) -> list[Token]:
        """Tokens lying inside sentence `index`."""
        s = self.sentences[index]
        lo = bisect_left(self.token_starts, s.start)
        hi = bisect_left(self.token_starts, s.end)
        return self.tokens[lo:hi]

    def to_analysis(self) -> Analysis:
        """Freeze the document into the JSON contract."""
        info = trusted(
            DocInfo,
            id=self.id,
            title=self.title,
            url=self.url,
            source=self.source,
            published=self.published.isoformat() if self.published else None,
            language="ar",
            length=len(self.text),
        )
        return trusted(
            Analysis,
            doc=info,
            sentences=self.sentences,
            entities=self.entities,
            times=self.times,
            quantities=self.quantities,
            events=self.events,
            attributions=self.attributions,
            framing=self.framing,
            summary=self.summary,
        )


def sentence_at(starts: list[int], offset: int) -> int:
    """Index of the sentence (by its sorted start offsets) containing `offset`: the last one
    starting at or before it, 0 when there is none."""
    return max(bisect_right(starts, offset) - 1, 0)
