"""The explorer in a real headless browser: Debian's chromium driven by Playwright.

Skips (with the reason) when chromium or Playwright is missing; `.ci/run` installs chromium.
Playwright's own browser download is never used: it launches /usr/bin/chromium.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad.store import Store
from marsad.web import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path("/tmp/marsad-web-article.png")

if not Path(CHROMIUM).exists():
    pytest.skip("chromium not installed (apt-get install chromium; .ci/run does it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install -e '.[dev]')")
uvicorn = pytest.importorskip("uvicorn")


def _free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(store: Store) -> Iterator[str]:
    """The explorer served by uvicorn in a thread on a free local port."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A page of a fresh headless chromium profile."""
    with sync_api.sync_playwright() as pw:
        try:
            context = pw.chromium.launch_persistent_context(
                str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
                headless=True, args=FLAGS, viewport={"width": 1280, "height": 900},
            )
        except sync_api.Error as exc:
            pytest.skip(f"chromium did not start: {str(exc).splitlines()[0]}")
        yield context.pages[0] if context.pages else context.new_page()
        context.close()


def test_browser_article_highlights_hover_and_incident_link(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/articles/a1")
    text = page.locator("#text")
    assert text.get_attribute("dir") == "rtl"
    assert page.locator("#text .hl").count() > 3
    for kind in ("entity", "trigger", "quantity"):
        assert page.locator(f"#text .hl-{kind}").count() >= 1, kind
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    first = page.locator("#text .hl-trigger").first
    first.hover()
    assert first.get_attribute("title")
    first.click()
    assert "event" in page.locator("#explain").inner_text()
    page.locator("a.incident-link").first.click()
    page.wait_for_url("**/incidents/inc-1")
    assert page.locator(".report-col").count() == 2
    assert page.locator("#disagreements").is_visible()


def test_browser_escaped_article_runs_no_script(page: Any, base_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base_url}/articles/evil")
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()
    assert page.locator("#text img, #text script, #text b").count() == 0
    assert dialogs == []


def test_browser_index_plots_link_to_incidents(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator("svg.map circle.dot").count() == 2
    page.locator("svg.timeline a").first.click()
    page.wait_for_url("**/incidents/inc-*")
