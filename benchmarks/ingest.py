"""Ingest throughput: N generated ~600-word articles read from JSON Lines, stored once,
analysed and saved to SQLite (the real `marsad ingest` loop), with per-part timings.

    .venv/bin/python benchmarks/ingest.py --n 1000
    .venv/bin/python benchmarks/ingest.py --n 50000 --db /tmp/bench.db

Prints articles/s (wall clock, and per second of this process's CPU time, which the other
tenants of a shared machine do not inflate), peak RSS and the time per article of reading, `add_article`
(content hash, MinHash, duplicate checks, insert), the analysis pipeline, encoding the
analysis for the store (JSON plus layer rows), `save_analysis` (inserts) and the commits
(one per chunk of articles, one per chunk of analyses), with the store's four parts summed. Articles come from benchmarks/throughput.py's
seeded generator, so runs are comparable.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from throughput import make_article

from marsad.ingest import Analyser, analyzer_version, expand_sources, ingest, iter_reads
from marsad.ingest import run as ingest_run
from marsad.pipeline import Pipeline, tune_gc_for_batch
from marsad.store import open_store
from marsad.store.sqlite import SQLiteStore

# The store's parts of the per-article time.
STORE = (
    "add_article (hash, MinHash, dedup, insert)", "encode (JSON + layer rows)", "save_analysis (inserts)",
    "commits (per chunk)",
)


def write_corpus(path: Path, n: int, words: int, seed: int) -> int:
    """Write n generated articles as JSON Lines (streamed); return the bytes written."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = {"id": f"bench-{i}", "text": make_article(rng, words), "published": "2024-05-01",
                      "source": f"outlet-{i % 7}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def timed(method: Callable[..., Any], bucket: dict[str, float], name: str) -> Callable[..., Any]:
    """Wrap a callable so its time adds up in bucket[name]."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            bucket[name] += time.perf_counter() - t0

    return wrapper


def run(n: int, words: int, seed: int, db: Path, corpus: Path) -> dict[str, float | int | str]:
    """Ingest n articles into a fresh SQLite file; return the figures."""
    size = write_corpus(corpus, n, words, seed)
    for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    pipeline = Pipeline()
    tune_gc_for_batch()  # as `marsad ingest` does
    version = analyzer_version(pipeline.names)
    load = time.perf_counter() - started
    parts: dict[str, float] = defaultdict(float)
    store = open_store(str(db))
    assert isinstance(store, SQLiteStore)
    store.add_article = timed(store.add_article, parts, STORE[0])  # type: ignore[method-assign]
    encode = ingest_run.encode
    ingest_run.encode = timed(encode, parts, STORE[1])
    store.save_analysis = timed(store.save_analysis, parts, STORE[2])  # type: ignore[method-assign]
    store.batch = timed_commits(store.batch, parts, STORE[3])  # type: ignore[method-assign, assignment]
    pipeline.analyze_record = timed(pipeline.analyze_record, parts, "analysis pipeline")  # type: ignore[method-assign]
    reads = _timed_iter(iter_reads(expand_sources([str(corpus)])), parts)
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        tally = ingest(store, reads, Analyser(pipeline, version, lambda m: None))
    finally:
        ingest_run.encode = encode
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    store.close()
    figures: dict[str, float | int | str] = {
        "articles": n, "words_per_article": words, "corpus_mb": size / 1e6, "pipeline_load_s": load,
        "total_s": total, "articles_per_s": n / total, "cpu_s": cpu, "articles_per_cpu_s": n / cpu,
        "new": tally.new, "analysed": tally.analysed,
        "duplicates": sum(tally.duplicates.values()), "failed": tally.failed,
        "db_mb": sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    figures.update({f"ms/{name}": 1000 * s / n for name, s in parts.items()})
    figures["ms/store (add + encode + save + commits)"] = 1000 * sum(parts[name] for name in STORE) / n
    return figures


def timed_commits(
    batch: Callable[[], AbstractContextManager[None]], bucket: dict[str, float], name: str
) -> Callable[[], AbstractContextManager[None]]:
    """Wrap Store.batch so the time its commit takes (leaving the block) adds up in bucket[name]."""

    @contextmanager
    def wrapper() -> Iterator[None]:
        ended = 0.0
        try:
            with batch():
                yield
                ended = time.perf_counter()
        finally:
            if ended:
                bucket[name] += time.perf_counter() - ended

    return wrapper


def _timed_iter(items: Iterator[Any], parts: dict[str, float]) -> Iterator[Any]:
    """Yield from an iterator, timing each step as 'read (JSONL decode)'."""
    while True:
        t0 = time.perf_counter()
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            parts["read (JSONL decode)"] += time.perf_counter() - t0
        yield item


def main(argv: list[str] | None = None) -> None:
    """Parse --n/--words/--seed/--db, run, print a small report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--words", type=int, default=600, help="words per article")
    parser.add_argument("--seed", type=int, default=13, help="random seed")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temp folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        figures = run(args.n, args.words, args.seed, db, Path(tmp) / "corpus.jsonl")
    for key, value in figures.items():
        print(f"{key:<48} {value:,.2f}" if isinstance(value, float) else f"{key:<48} {value}")


if __name__ == "__main__":
    main()
