"""The queryable layer tables: one row per entity, time, quantity, event, attribution and
framing item of an analysis, with its evidence offsets (`start_char`, `end_char`); and
`Encoded`, an analysis turned into what the store writes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.model import Analysis, Ref

Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Layer:
    """One layer table: its columns (after `article_id`) and how to make its rows (each
    starting with the article id, so they go to the database as they are)."""

    table: str
    columns: tuple[str, ...]
    rows: Callable[[str, Analysis], list[Row]]

    def insert_sql(self) -> str:
        """The INSERT statement for this table."""
        cols = ("article_id", *self.columns)
        return f"INSERT INTO {self.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _ref(ref: Ref | None) -> Row:
    """text, start, end, entity, name_en of an optional participant reference."""
    if ref is None:
        return (None, None, None, None, None)
    return (ref.text, ref.start, ref.end, ref.entity, ref.name_en)


def _entities(article_id: str, a: Analysis) -> list[Row]:
    """Rows of the entities table."""
    return [
        (article_id, e.id, e.text, e.start, e.end, e.sentence, e.type, e.kb_id, e.name_en, e.country, e.lat, e.lon, e.role)
        for e in a.entities
    ]


def _times(article_id: str, a: Analysis) -> list[Row]:
    """Rows of the times table."""
    return [
        (article_id, t.id, t.text, t.start, t.end, t.sentence, t.value, t.granularity, int(t.resolved))
        for t in a.times
    ]


def _quantities(article_id: str, a: Analysis) -> list[Row]:
    """Rows of the quantities table."""
    return [
        (article_id, q.id, q.text, q.start, q.end, q.sentence, q.value, q.value_max, q.approx, q.unit, q.counted)
        for q in a.quantities
    ]


def _events(article_id: str, a: Analysis) -> list[Row]:
    """Rows of the events table (participants flattened into columns)."""
    return [
        (
            article_id, e.id, e.type, e.mode, e.trigger.text, e.trigger.start, e.trigger.end, e.sentence,
            e.factuality, *_ref(e.actor), *_ref(e.target), *_ref(e.location), e.date,
            e.date_source, int(e.historical), e.attribution, e.coref,
        )
        for e in a.events
    ]


def _attributions(article_id: str, a: Analysis) -> list[Row]:
    """Rows of the attributions table."""
    return [
        (
            article_id, t.id, t.source.text, t.source.start, t.source.end, t.source.entity, t.source_kind,
            t.cue.text, t.cue.start, t.cue.end, t.content.start, t.content.end, t.sentence,
            int(t.direct_quote), t.via,
        )
        for t in a.attributions
    ]


def _framing(article_id: str, a: Analysis) -> list[Row]:
    """Rows of the framing table."""
    return [
        (article_id, f.id, f.text, f.start, f.end, f.sentence, f.kind, f.neutral, f.voice, f.attribution)
        for f in a.framing
    ]


_SPAN = ("start_char", "end_char", "sentence")
_PARTS = ("text", "start", "end", "entity", "name_en")
LAYERS: Sequence[Layer] = (
    Layer(
        "entities",
        ("id", "text", *_SPAN, "type", "kb_id", "name_en", "country", "lat", "lon", "role"),
        _entities,
    ),
    Layer("times", ("id", "text", *_SPAN, "value", "granularity", "resolved"), _times),
    Layer(
        "quantities",
        ("id", "text", *_SPAN, "value", "value_max", "approx", "unit", "counted"),
        _quantities,
    ),
    Layer(
        "events",
        (
            "id", "type", "mode", "trigger_text", *_SPAN, "factuality",
            *(f"actor_{p}" for p in _PARTS), *(f"target_{p}" for p in _PARTS),
            *(f"location_{p}" for p in _PARTS), "date", "date_source", "historical",
            "attribution", "coref",
        ),
        _events,
    ),
    Layer(
        "attributions",
        (
            "id", "source_text", "source_start", "source_end", "source_entity", "source_kind",
            "cue_text", "cue_start", "cue_end", "content_start", "content_end", "sentence",
            "direct_quote", "via",
        ),
        _attributions,
    ),
    Layer(
        "framing",
        ("id", "text", *_SPAN, "kind", "neutral", "voice", "attribution"),
        _framing,
    ),
)


@dataclass(frozen=True, slots=True)
class Encoded:
    """An analysis as the store writes it: its JSON and its layer rows (plain values).

    Made before the write transaction, so the lock is held for the inserts only, and held
    instead of the `Analysis` by ingest until its chunk is saved: its few objects cost the
    garbage collector little, where a chunk of analyses is thousands of tracked objects.
    """

    article_id: str
    schema_version: str
    body: str
    layers: tuple[tuple[Layer, list[Row]], ...]  # (layer, its rows) for layers with rows


def encode(article_id: str, analysis: Analysis) -> Encoded:
    """The JSON (UTF-8 kept readable, as json.dumps(ensure_ascii=False)) and layer rows of an analysis."""
    layers = tuple((layer, rows) for layer in LAYERS if (rows := layer.rows(article_id, analysis)))
    return Encoded(article_id, analysis.schema_version, analysis.model_dump_json(), layers)
