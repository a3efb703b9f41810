"""Web explorer render time: a stored ~600-word article page (target < 300 ms), and the other
pages, served in-process (routing, store reads, highlighting, Jinja2) over an SQLite store.

    .venv/bin/python benchmarks/web_render.py --n 200 --repeat 50

Articles come from benchmarks/throughput.py's seeded generator and are analysed by the real
pipeline; incidents are made by grouping first events of consecutive articles (so the
article page's event -> incident lookup runs over N stored incidents).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from throughput import make_article

from marsad.corpus.model import Incident, Report
from marsad.pipeline import Pipeline
from marsad.store import NewArticle, Store, open_store
from marsad.web import create_app


def fill(store: Store, n: int, words: int, seed: int) -> list[str]:
    """Store and analyse n generated articles; return the ids that have events."""
    rng, pipe, ids = random.Random(seed), Pipeline(), []
    for i in range(n):
        text, key = make_article(rng, words), f"bench-{i}"
        store.add_article(NewArticle(id=key, text=text, outlet=f"outlet-{i % 7}", published="2024-05-01"))
        analysis = pipe.analyze(text, doc_id=key, published="2024-05-01")
        store.save_analysis(key, analysis, "bench")
        if analysis.events:
            ids.append(key)
    return ids


def link(store: Store, ids: list[str]) -> None:
    """One incident per run of three consecutive articles, from their first events."""
    incidents = []
    for k in range(0, len(ids) - 2):
        reports = []
        for key in ids[k:k + 3]:
            analysis = store.analysis(key)
            assert analysis is not None
            v = analysis.events[0]
            reports.append(Report(article=key, event=v.id, outlet=f"outlet-{k % 7}", trigger=v.trigger,
                                  sentence_text=v.trigger.text, factuality=v.factuality))
        incidents.append(Incident(id=f"inc-{k}", type="ASSAULT",
                                  date="2024-05-01", lat=33 + k % 5, lon=36 + k % 7,
                                  articles=[r.article for r in reports],
                                  events=[f"{r.article}#{r.event}" for r in reports],
                                  outlets=sorted({r.outlet or "" for r in reports}), reports=reports))
    store.replace_incidents(incidents)


def measure(client: TestClient, paths: list[str], repeat: int) -> list[float]:
    """Milliseconds per GET, over `repeat` rounds of the paths."""
    times = []
    for _ in range(repeat):
        for path in paths:
            t0 = time.perf_counter()
            r = client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, path
    return times


def main() -> None:
    """Build the store, then time each kind of page."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="articles stored")
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "web.db"))
        ids = fill(store, args.n, args.words, args.seed)
        link(store, ids)
        client = TestClient(create_app(store))
        sample = ids[:: max(1, len(ids) // 10)][:10]
        pages = {
            "article page": [f"/articles/{i}" for i in sample],
            "article JSON": [f"/api/articles/{i}" for i in sample],
            "incident page": [f"/incidents/inc-{k}" for k in range(min(10, len(ids) - 2))],
            "index page": ["/"],
        }
        client.get("/")  # warm up templates
        print(f"{args.n} stored articles of ~{args.words} words, {max(len(ids) - 2, 0)} incidents")
        for name, paths in pages.items():
            ms = sorted(measure(client, paths, args.repeat))
            p95 = ms[int(len(ms) * 0.95) - 1]
            print(f"{name:14s} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   max {ms[-1]:7.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
