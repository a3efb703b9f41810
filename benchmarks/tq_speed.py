"""Milliseconds per 600 words spent in marsad.times.v1 + marsad.quantities.v1.

Two corpora: the sample articles in examples/ (news style, a realistic density of dates
and numbers), and articles glued from the sentences of the project's own test sets
(tests/data, one date or number every ten words: a pessimistic figure), and with
`--corpus DIR` the `*.txt` articles of DIR (e.g. real news written by
benchmarks/news_articles.py). The Document's text layer (normalised text, tokens,
numbers) and sentences are built beforehand; the two stages are timed (best of five
runs), and the number reading of the text layer, which they build on, is shown apart.

    .venv/bin/python benchmarks/tq_speed.py --n 200 --words 600 [--corpus DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from marsad.document import Document
from marsad.recognize.quantities import QuantityRecognizer
from marsad.recognize.times import TimeRecognizer
from marsad.resources import Resources
from marsad.text.numbers import read_numbers
from marsad.text.sentences import SentenceSplitter

ROOT = Path(__file__).parents[1]
PUBLISHED = dt.date(2024, 1, 25)
REPEAT = 5  # the best of several runs: the machine is shared


def dense_articles(n: int, words: int, seed: int = 7) -> list[str]:
    """n articles of about `words` words glued from test-set sentences."""
    pool = [
        json.loads(line)["text"]
        for name in ("times.jsonl", "quantities.jsonl")
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()
    ]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(rng.choice(pool))
        out.append(" ".join(parts))
    return out


def example_articles(n: int) -> list[str]:
    """The sample articles of examples/, repeated to n documents."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return [texts[k % len(texts)] for k in range(n)] if texts else []


def corpus_articles(directory: Path, n: int) -> list[str]:
    """The `*.txt` articles of a directory, repeated to n documents."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    return [texts[k % len(texts)] for k in range(n)] if texts else []


def ms_per_600_words(texts: list[str]) -> tuple[float, float, float, float]:
    """(ms per 600 words, times per article, quantities per article, ms per 600 words of
    the text layer's number reading)."""
    res = Resources()
    split, times, quantities = SentenceSplitter(res), TimeRecognizer(res), QuantityRecognizer(res)
    docs = []
    for k, text in enumerate(texts):
        doc = Document(text, f"a{k}", published=PUBLISHED)
        split(doc)
        docs.append(doc)
    times(Document(texts[0], "warm-up", published=PUBLISHED))  # first-call costs aside
    elapsed = min(_run(docs, times, quantities) for _ in range(REPEAT))
    reading = min(_run(docs, read_numbers) for _ in range(REPEAT))
    words = sum(len(d.text.split()) for d in docs)
    n_t = sum(len(d.times) for d in docs) / len(docs)
    n_q = sum(len(d.quantities) for d in docs) / len(docs)
    return 1000 * elapsed * 600 / words, n_t, n_q, 1000 * reading * 600 / words


def _run(docs: list[Document], *stages: Callable[[Document], object]) -> float:
    """Seconds to run the stages on every document."""
    start = time.perf_counter()
    for doc in docs:
        for stage in stages:
            stage(doc)
    return time.perf_counter() - start


def main() -> None:
    """Print ms per 600 words on both corpora."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--corpus", type=Path, help="also time the *.txt articles of this folder")
    args = ap.parse_args()
    corpora = [("examples/", example_articles(args.n)), ("dense", dense_articles(args.n, args.words))]
    if args.corpus:
        corpora.append((f"{args.corpus.name}/", corpus_articles(args.corpus, args.n)))
    for name, texts in corpora:
        if texts:
            ms, n_t, n_q, reading = ms_per_600_words(texts)
            print(f"{name:10} {ms:.3f} ms per 600 words for times + quantities "
                  f"({n_t:.1f} times, {n_q:.1f} quantities per article; "
                  f"number reading in the text layer: {reading:.3f} ms)")


if __name__ == "__main__":
    main()
