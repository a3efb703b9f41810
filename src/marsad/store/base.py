"""The storage interface every back-end implements (SQLite, PostgreSQL).

Ingest, linking, exports and the web explorer only talk to this interface, so both
back-ends pass the same tests.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from marsad.corpus.model import ArticleInfo, Incident, Story
from marsad.model import Analysis
from marsad.store.rows import Encoded


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article as read by ingest, before it is stored."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `Store.add_article` did: stored a new article or recorded a duplicate."""

    article_id: str
    status: str  # "new" | "same_id" | "same_url" | "same_text" | "near_duplicate"


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Filters shared by listings, exports and the JSON API (all optional)."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    outlet: str | None = None
    query: str | None = None
    limit: int | None = None
    offset: int = 0


class Store(ABC):
    """A Marsad corpus store (one database)."""

    @abstractmethod
    def add_article(self, article: NewArticle) -> AddResult:
        """Store an article once; duplicates are recorded against the first copy."""

    @abstractmethod
    def save_analysis(self, article_id: str, analysis: Analysis | Encoded, analyzer_version: str) -> None:
        """Store (or replace) an article's analysis (or its `encode`d form) and its layer rows."""

    def batch(self) -> AbstractContextManager[None]:
        """Let the writes made inside share one transaction (fewer commits); here each commits alone."""
        return nullcontext()

    @abstractmethod
    def article(self, article_id: str) -> ArticleInfo | None:
        """An article's metadata, or None."""

    @abstractmethod
    def article_text(self, article_id: str) -> str | None:
        """An article's original text, or None."""

    @abstractmethod
    def analysis(self, article_id: str) -> Analysis | None:
        """An article's stored analysis, or None."""

    @abstractmethod
    def articles(self, filters: ArticleFilter | None = None) -> list[ArticleInfo]:
        """Articles matching the filters, ordered by published date then id."""

    @abstractmethod
    def iter_analyses(
        self, filters: ArticleFilter | None = None
    ) -> Iterator[tuple[ArticleInfo, Analysis]]:
        """(article, analysis) pairs for analysed, non-duplicate articles."""

    @abstractmethod
    def pending(self, analyzer_version: str | None = None) -> list[str]:
        """Ids of articles without an analysis (or, given a version, analysed by another)."""

    @abstractmethod
    def replace_incidents(self, incidents: Sequence[Incident]) -> None:
        """Replace all incidents in one transaction."""

    @abstractmethod
    def incidents(self, filters: ArticleFilter | None = None) -> list[Incident]:
        """Stored incidents matching the filters."""

    @abstractmethod
    def incident(self, incident_id: str) -> Incident | None:
        """One incident, or None."""

    def article_incidents(self, article_id: str) -> list[Incident]:
        """Incidents with an event from this article (a text search; back-ends may use an index)."""
        found = self.incidents(ArticleFilter(query=f'"{article_id}"'))
        return [i for i in found if article_id in i.articles]

    @abstractmethod
    def replace_stories(self, stories: Sequence[Story]) -> None:
        """Replace all stories in one transaction."""

    @abstractmethod
    def stories(self) -> list[Story]:
        """All stored stories."""

    @abstractmethod
    def story(self, story_id: str) -> Story | None:
        """One story, or None."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""
