"""The JSON contract (schema version 2): one `Analysis` per document, every item a span.

All offsets are Python string indices into the original input text, so
``text[start:end]`` is the evidence for the field. Field names are a contract:
later changes add fields or bump ``SCHEMA_VERSION``, never silently change one.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2"

EntityType = Literal[
    "PERSON", "ORG", "ARMED_GROUP", "GOV", "MEDIA", "COUNTRY", "GPE", "LOC", "FACILITY", "NORP"
]
SentenceKind = Literal["report", "attributed", "opinion", "prediction", "question"]
Granularity = Literal["day", "week", "month", "year", "decade"]
Approx = Literal["exact", "about", "at_least", "more_than", "at_most", "less_than"]
Factuality = Literal["asserted", "reported", "planned", "hypothetical", "negated", "generic"]
SourceKind = Literal["person", "organization", "media", "anonymous", "collective"]
FramingKind = Literal["loaded_term", "evaluative", "distancing", "prediction", "unsourced_claim"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocInfo(_Model):
    """Metadata of the analysed document."""

    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD")
    language: str = "ar"
    length: int = Field(0, description="Length of the original text in characters")


class Sentence(_Model):
    index: int
    start: int
    end: int
    kind: SentenceKind | None = None


class Evidence(_Model):
    """A bare span of the original text (a trigger or a cue)."""

    text: str
    start: int
    end: int


class ContentSpan(_Model):
    start: int
    end: int


class Ref(_Model):
    """A pointer from an event or attribution to the words naming a participant."""

    text: str
    start: int
    end: int
    entity: str | None = Field(None, description="Id of an item in `entities`")
    name_en: str | None = None


class Entity(_Model):
    id: str
    text: str
    start: int
    end: int
    sentence: int
    type: EntityType
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    lat: float | None = None
    lon: float | None = None
    role: str | None = Field(None, description="Actor role code (CAMEO/PLOVER style: GOV, MIL, REB, ...)")
    stands_for: str | None = Field(
        None, description="kb_id of the actor a place stands for (metonymy: Washington -> US government)"
    )


class Time(_Model):
    id: str
    text: str
    start: int
    end: int
    sentence: int
    value: str | None = Field(None, description="ISO 8601 date, month, year or interval A/B")
    granularity: Granularity | None = None
    resolved: bool = False


class Quantity(_Model):
    id: str
    text: str
    start: int
    end: int
    sentence: int
    value: float
    approx: Approx = "exact"
    unit: str | None = None
    counted: str | None = None
    value_max: float | None = Field(None, description="Upper bound when the text gives a range")


class Event(_Model):
    id: str
    type: str = Field(description="PLOVER event type")
    mode: str | None = None
    trigger: Evidence
    sentence: int
    factuality: Factuality = "asserted"
    actor: Ref | None = None
    target: Ref | None = None
    location: Ref | None = None
    time: str | None = Field(None, description="Id of an item in `times`")
    quantities: list[str] = Field(default_factory=list)
    attribution: str | None = Field(None, description="Id of an item in `attributions`")
    date: str | None = Field(None, description="ISO date/interval of the event, when known")
    date_source: Literal["text", "published"] | None = Field(
        None, description="Whether `date` comes from a time in the text or the publication date"
    )
    historical: bool = Field(False, description="Happened well before publication (background)")
    coref: str | None = Field(None, description="Shared by events telling the same happening")


class Attribution(_Model):
    id: str
    source: Ref
    source_kind: SourceKind
    cue: Evidence
    content: ContentSpan
    sentence: int
    direct_quote: bool = False
    via: str | None = Field(None, description="Id of the attribution relaying this one (chains)")


class Framing(_Model):
    id: str
    text: str
    start: int
    end: int
    sentence: int
    kind: FramingKind
    neutral: str | None = None
    note: str | None = None
    voice: Literal["outlet", "quoted"] = Field(
        "outlet", description="'quoted' when the words are inside a direct quote of a source"
    )
    attribution: str | None = Field(None, description="Attribution carrying a quoted term")


class SourceSummary(_Model):
    """One source quoted in the article and how many claims it carries."""

    text: str
    kind: SourceKind
    entity: str | None = Field(None, description="Id of an item in `entities`")
    name_en: str | None = None
    claims: int = Field(0, description="Number of attributions to this source")


class TermCount(_Model):
    """A loaded term used in the outlet's own voice, with its neutral alternative."""

    term: str
    neutral: str | None = None
    count: int = 0


class Summary(_Model):
    """Per-article overview of who says what and how the outlet frames it (schema 2)."""

    words: int = Field(0, description="Number of word tokens in the text")
    sentence_counts: dict[str, int] = Field(
        default_factory=dict, description="Number of sentences of each kind"
    )
    sentence_shares: dict[str, float] = Field(
        default_factory=dict, description="Share (0..1) of sentences of each kind"
    )
    sources: list[SourceSummary] = Field(default_factory=list)
    framing_counts: dict[str, int] = Field(
        default_factory=dict, description="Number of framing items of each kind"
    )
    framing_density: float = Field(0.0, description="Framing items per 100 words")
    top_loaded_terms: list[TermCount] = Field(
        default_factory=list, description="Most frequent loaded terms in the outlet's voice"
    )


class Analysis(_Model):
    """Everything Marsad found in one document."""

    schema_version: str = SCHEMA_VERSION
    doc: DocInfo
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    framing: list[Framing] = Field(default_factory=list)
    summary: Summary | None = Field(None, description="Per-article overview (schema 2)")


class ErrorInfo(_Model):
    code: str
    message: str


class ErrorDoc(_Model):
    id: str | None = None


class ErrorRecord(_Model):
    """Stands at a failed record's position in batch output."""

    doc: ErrorDoc
    error: ErrorInfo


def json_schema() -> dict[str, object]:
    """The JSON Schema of `Analysis`, as printed by `marsad schema`."""
    return Analysis.model_json_schema()
