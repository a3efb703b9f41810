"""What the pages and the JSON API read from the store, shared by both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from marsad.corpus.model import ArticleInfo, Incident, Story
from marsad.model import Analysis
from marsad.store.base import ArticleFilter, Store

PAGE_SIZE = 50
MAX_PAGE = 1000


@dataclass(frozen=True, slots=True)
class ArticleData:
    """A stored article with its text, analysis and the incidents its events belong to."""

    info: ArticleInfo
    text: str
    analysis: Analysis | None
    incidents: dict[str, str]  # event id -> incident id


def store_of(request: Request) -> Store:
    """The store the app was created with."""
    store: Store = request.app.state.store
    return store


def filters(
    q: str | None = Query(None, description="Words in the title or text"),
    outlet: str | None = Query(None, description="Outlet that carried the article"),
    date_from: str | None = Query(None, description="Earliest date, YYYY-MM-DD"),
    date_to: str | None = Query(None, description="Latest date, YYYY-MM-DD"),
    country: str | None = Query(None, description="ISO 3166-1 alpha-3 country code"),
    event_type: str | None = Query(None, description="PLOVER event type"),
    actor: str | None = Query(None, description="Actor kb_id, English name or text"),
    limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE),
    offset: int = Query(0, ge=0),
) -> ArticleFilter:
    """The shared filter query parameters (empty strings mean 'no filter')."""
    return ArticleFilter(
        query=q or None, outlet=outlet or None, date_from=date_from or None, date_to=date_to or None,
        country=country or None, event_type=event_type or None, actor=actor or None,
        limit=limit, offset=offset,
    )


StoreDep = Annotated[Store, Depends(store_of)]
Filters = Annotated[ArticleFilter, Depends(filters)]


def incidents_of(store: Store, article_id: str) -> dict[str, str]:
    """event id -> incident id for one article's events."""
    out: dict[str, str] = {}
    for inc in store.article_incidents(article_id):
        for key in inc.events:
            article, _, event = key.partition("#")
            if article == article_id:
                out[event] = inc.id
    return out


def article_data(store: Store, article_id: str) -> ArticleData:
    """An article with everything its page shows, or a 404."""
    info = store.article(article_id)
    text = store.article_text(article_id) if info else None
    if info is None or text is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return ArticleData(info, text, store.analysis(article_id), incidents_of(store, article_id))


def incident_or_404(store: Store, incident_id: str) -> Incident:
    """One incident, or a 404."""
    inc = store.incident(incident_id)
    if inc is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    return inc


def story_or_404(store: Store, story_id: str) -> Story:
    """One story, or a 404."""
    story = store.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return story
