"""Every route of the explorer through FastAPI's TestClient: content, escaping, 404s."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from marsad.store import Store
from marsad.web import create_app


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    """A client of the app over the test store."""
    return TestClient(create_app(store))


def test_web_index_lists_articles_incidents_stories_and_plots(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/articles/a1"' in html and 'href="/incidents/inc-1"' in html
    assert 'href="/stories/st-1"' in html
    assert '<svg class="timeline"' in html and '<svg class="map"' in html


@pytest.mark.parametrize(("query", "present", "absent"), [
    ("?q=حلب", "/articles/a1", "/articles/evil"),
    ("?outlet=صحيفة+الساحل", "/articles/a2", "/articles/a1"),
    ("?date_from=2024-03-06&date_to=2024-03-06", "/articles/a2", "/articles/a1"),
])
def test_web_index_search_filters(client: TestClient, query: str, present: str, absent: str) -> None:
    html = client.get("/" + query).text
    assert f'href="{present}"' in html and f'href="{absent}"' not in html


def test_web_article_highlights_every_layer(client: TestClient, store: Store) -> None:
    analysis = store.analysis("a1")
    assert analysis is not None
    html = client.get("/articles/a1").text
    assert 'lang="ar" dir="rtl"' in html
    for layer, kind in (("entities", "entity"), ("times", "time"), ("quantities", "quantity"),
                        ("events", "trigger"), ("attributions", "cue"), ("framing", "framing")):
        if getattr(analysis, layer):
            assert f"hl-{kind}" in html.split('id="text"')[1], layer
    for e in analysis.entities:
        assert re.search(rf'data-marks="[^"]*\b{e.id}\b', html)


def test_web_article_text_survives_highlighting(client: TestClient, store: Store) -> None:
    html = client.get("/articles/a1").text
    body = html.split('id="text" lang="ar" dir="rtl">')[1].split("</article>")[0]
    plain = re.sub(r"<[^>]+>", "", body)
    assert plain == store.article_text("a1")


def test_web_article_links_events_to_incidents(client: TestClient) -> None:
    assert 'href="/incidents/inc-1"' in client.get("/articles/a1").text


def test_web_article_text_is_escaped(client: TestClient) -> None:
    html = client.get("/articles/evil").text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>نص</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:alert" not in html


def test_web_unanalysed_article_shows_plain_text(client: TestClient) -> None:
    html = client.get("/articles/raw").text
    assert "نص لم يحلل بعد." in html and "not been analysed" in html


def test_web_incident_reports_side_by_side(client: TestClient) -> None:
    html = client.get("/incidents/inc-1").text
    assert html.count('class="report-col"') == 2
    assert "وكالة الشمال" in html and "صحيفة الساحل" in html
    assert 'id="disagreements"' in html and 'href="/articles/a2"' in html


def test_web_incident_and_story_escape_metadata(client: TestClient) -> None:
    assert "<b>منفذ</b>" not in client.get("/incidents/inc-2").text
    html = client.get("/stories/st-1").text
    assert "<i>دمشق</i>" not in html and "&lt;i&gt;" in html


def test_web_story_timeline(client: TestClient) -> None:
    html = client.get("/stories/st-1").text
    assert '<svg class="timeline"' in html and html.count("/incidents/inc-") >= 4


@pytest.mark.parametrize("path", ["/articles/nope", "/incidents/nope", "/stories/nope"])
def test_web_pages_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "Not found" in r.text


@pytest.mark.parametrize("path", ["/api/articles/nope", "/api/incidents/nope", "/api/stories/nope"])
def test_web_api_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "detail" in r.json()


def test_web_api_articles_filters(client: TestClient) -> None:
    ids = [a["id"] for a in client.get("/api/articles").json()]
    assert set(ids) >= {"a1", "a2", "evil", "raw"}
    assert [a["id"] for a in client.get("/api/articles", params={"outlet": "صحيفة الساحل"}).json()] == ["a2"]
    assert len(client.get("/api/articles", params={"limit": 1}).json()) == 1
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422


def test_web_api_article_detail(client: TestClient, store: Store) -> None:
    data = client.get("/api/articles/a1").json()
    assert data["text"] == store.article_text("a1")
    assert data["analysis"]["doc"]["id"] == "a1"
    assert "inc-1" in data["incidents"].values()


def test_web_api_incidents_and_stories(client: TestClient) -> None:
    assert [i["id"] for i in client.get("/api/incidents").json()] == ["inc-1", "inc-2"]
    assert client.get("/api/incidents", params={"event_type": "PROTEST"}).json()[0]["id"] == "inc-2"
    assert client.get("/api/incidents/inc-1").json()["disagreements"][0]["field"] == "killed"
    assert client.get("/api/stories").json()[0]["incidents"] == ["inc-1", "inc-2"]
    assert client.get("/api/stories/st-1").json()["title"]


def test_web_openapi_lists_the_api_with_models(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/incidents",
            "/api/incidents/{incident_id}", "/api/stories"} <= set(spec["paths"])
    assert {"ArticleInfo", "ArticleDetail", "Incident", "Story", "Analysis"} <= set(spec["components"]["schemas"])
    assert "/articles/{article_id}" not in spec["paths"]


def test_web_static_assets_are_local(client: TestClient) -> None:
    html = client.get("/articles/a1").text
    assert "http://" not in html.replace("https://example.org", "") and "//cdn" not in html
    assert client.get("/static/marsad.css").status_code == 200
    assert client.get("/static/marsad.js").status_code == 200


def test_web_store_article_incidents_exact_ids(store: Store) -> None:
    assert [i.id for i in store.article_incidents("a1")] == ["inc-1"]
    assert [i.id for i in store.article_incidents("evil")] == ["inc-2"]
    assert store.article_incidents("a") == [] and store.article_incidents("raw") == []
