"""The HTML pages: search, article (highlighted text), incident, story."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from marsad.corpus.model import Incident, Report
from marsad.store.base import ArticleFilter
from marsad.web import highlight, plots
from marsad.web.queries import Filters, StoreDep, article_data, incident_or_404, story_or_404

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
PLOT_LIMIT = 500  # incidents listed and drawn on the front page (each is a whole JSON document to parse)


def _page(request: Request, name: str, **context: object) -> HTMLResponse:
    """Render a template (Jinja2 autoescaping is on for .html)."""
    return templates.TemplateResponse(request, name, context)


def _plot_filter(f: ArticleFilter) -> ArticleFilter:
    """The search's date/country/type filters, for the incidents shown beside it."""
    return ArticleFilter(date_from=f.date_from, date_to=f.date_to, country=f.country,
                         event_type=f.event_type, actor=f.actor, outlet=f.outlet, limit=PLOT_LIMIT)


@router.get("/", response_class=HTMLResponse)
async def index(
    request: Request, f: Filters, store: StoreDep
) -> HTMLResponse:
    """Search articles; list incidents and stories; plot incidents over time and space."""
    incidents = store.incidents(_plot_filter(f))
    return _page(
        request, "index.html", f=f, articles=store.articles(f), incidents=incidents,
        stories=store.stories(), timeline=plots.timeline(incidents), map=plots.world_map(incidents),
        plot_limit=PLOT_LIMIT,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    """An article's text with every analysed span highlighted, and its events beside it."""
    data = article_data(store, article_id)
    marks = highlight.marks(data.analysis) if data.analysis else []
    return _page(request, "article.html", data=data, a=data.analysis,
                 segments=highlight.segments(data.text, marks))


def _by_outlet(inc: Incident) -> dict[str, list[Report]]:
    """Reports grouped by outlet (the article id when the outlet is unknown)."""
    out: dict[str, list[Report]] = defaultdict(list)
    for r in inc.reports:
        out[r.outlet or r.article].append(r)
    return dict(sorted(out.items()))


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
async def incident(request: Request, incident_id: str, store: StoreDep) -> HTMLResponse:
    """An incident's reports side by side by outlet, with framing and disagreements."""
    inc = incident_or_404(store, incident_id)
    return _page(request, "incident.html", inc=inc, columns=_by_outlet(inc), map=plots.world_map([inc]))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story(request: Request, story_id: str, store: StoreDep) -> HTMLResponse:
    """A story's timeline (list and plot) and map."""
    st = story_or_404(store, story_id)
    incs = [i for key in st.incidents if (i := store.incident(key)) is not None]
    return _page(request, "story.html", story=st, incidents=incs,
                 timeline=plots.timeline(incs), map=plots.world_map(incs))
