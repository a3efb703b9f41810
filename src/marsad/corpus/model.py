"""Models of the corpus layer: stored articles, incidents (one real-world happening reported
by one or more articles) and stories (incidents and articles grouped over time).

These are the pinned shapes of `marsad incidents --format json`, the JSON API and exports.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from marsad.model import Evidence, Framing


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleInfo(_Model):
    """A stored article's metadata (its text and analysis are fetched separately)."""

    id: str
    content_hash: str = Field(description="sha256 of the article's normalised text")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = Field(None, description="Outlet of the first copy ingested")
    outlets: list[str] = Field(default_factory=list, description="Every outlet that carried it")
    urls: list[str] = Field(default_factory=list, description="Every URL it was seen at")
    duplicate_of: str | None = Field(None, description="Set on a near-duplicate's record")
    analyzer_version: str | None = None
    length: int = 0


class Report(_Model):
    """One article's telling of an incident: the event it coded and how it framed it."""

    article: str
    event: str = Field(description="Event id inside that article's analysis")
    outlet: str | None = None
    trigger: Evidence
    sentence_text: str
    factuality: str
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    date: str | None = None
    killed: float | None = None
    injured: float | None = None
    framing: list[Framing] = Field(default_factory=list)


class Disagreement(_Model):
    """A field on which the reports differ, with each outlet's value."""

    field: str
    values: dict[str, str] = Field(description="outlet (or article id) -> value")


class Incident(_Model):
    """One real-world happening, linked from events in one or more articles."""

    id: str
    type: str
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    actors: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    events: list[str] = Field(default_factory=list, description="'article_id#event_id' keys")
    outlets: list[str] = Field(default_factory=list)
    confidence: float = 1.0
    reports: list[Report] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    story: str | None = None


class TimelineEntry(_Model):
    date: str | None
    incident: str | None = None
    article: str | None = None
    type: str | None = None
    summary: str


class Story(_Model):
    """Incidents and articles that belong together over time (e.g. 'US presence in Syria')."""

    id: str
    title: str
    actors: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)
    start: str | None = None
    end: str | None = None
    incidents: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
