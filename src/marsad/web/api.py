"""The JSON API: the same data as the pages, with response models for the OpenAPI spec."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from marsad.corpus.model import ArticleInfo, Incident, Story
from marsad.model import Analysis
from marsad.web.queries import Filters, StoreDep, article_data, incident_or_404, story_or_404

router = APIRouter(prefix="/api", tags=["api"])


class ArticleDetail(BaseModel):
    """An article's metadata, original text and analysis (offsets index into `text`)."""

    article: ArticleInfo
    text: str
    analysis: Analysis | None = None
    incidents: dict[str, str] = Field(
        default_factory=dict, description="Event id -> id of the incident it was linked into"
    )


@router.get("/articles", response_model=list[ArticleInfo])
async def list_articles(
    f: Filters, store: StoreDep
) -> list[ArticleInfo]:
    """Articles matching the filters, by date then id."""
    return store.articles(f)


@router.get("/articles/{article_id}", response_model=ArticleDetail)
async def get_article(article_id: str, store: StoreDep) -> ArticleDetail:
    """One article with its text, analysis and incident links."""
    data = article_data(store, article_id)
    return ArticleDetail(article=data.info, text=data.text, analysis=data.analysis, incidents=data.incidents)


@router.get("/incidents", response_model=list[Incident])
async def list_incidents(
    f: Filters, store: StoreDep
) -> list[Incident]:
    """Incidents matching the filters."""
    return store.incidents(f)


@router.get("/incidents/{incident_id}", response_model=Incident)
async def get_incident(incident_id: str, store: StoreDep) -> Incident:
    """One incident with its reports and disagreements."""
    return incident_or_404(store, incident_id)


@router.get("/stories", response_model=list[Story])
async def list_stories(store: StoreDep) -> list[Story]:
    """All stories."""
    return store.stories()


@router.get("/stories/{story_id}", response_model=Story)
async def get_story(story_id: str, store: StoreDep) -> Story:
    """One story with its timeline."""
    return story_or_404(store, story_id)
