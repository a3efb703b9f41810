"""The FastAPI application of the web explorer."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

import marsad
from marsad.store.base import Store
from marsad.web import api, pages

STATIC = Path(__file__).parent / "static"


async def _not_found(request: Request, exc: HTTPException) -> Response:
    """HTML pages get an HTML error page; the API keeps FastAPI's JSON error."""
    if request.url.path.startswith("/api/") or exc.status_code != 404:
        return await http_exception_handler(request, exc)
    page = pages.templates.TemplateResponse(request, "404.html", {"detail": exc.detail}, status_code=404)
    return HTMLResponse(page.body, status_code=404)


def create_app(store: Store) -> FastAPI:
    """The explorer over one store: HTML pages, the JSON API under /api and /openapi.json."""
    app = FastAPI(
        title="Marsad explorer",
        version=marsad.__version__,
        description="Arabic news as structured event data: articles, incidents and stories.",
        docs_url=None,  # Swagger UI loads from a CDN: /openapi.json only
        redoc_url=None,
    )
    app.state.store = store
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(HTTPException, _not_found)  # type: ignore[arg-type]
    return app
