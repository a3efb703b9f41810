"""Milliseconds per ~600-word article spent in marsad.times.v1 + marsad.quantities.v1.

Articles are glued from the sentences of the project's own test sets (tests/data), which
are dense in dates and numbers, so this is a pessimistic figure. The Document (normalised
text, tokens) and sentences are built beforehand: only the two stages are timed.

    .venv/bin/python benchmarks/tq_speed.py --n 200 --words 600
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
from pathlib import Path

from marsad.document import Document
from marsad.recognize.quantities import QuantityRecognizer
from marsad.recognize.times import TimeRecognizer
from marsad.resources import Resources
from marsad.text.sentences import SentenceSplitter

PUBLISHED = dt.date(2024, 1, 25)
DATA = Path(__file__).parents[1] / "tests" / "data"


def sentences() -> list[str]:
    """Every test-set sentence."""
    out: list[str] = []
    for name in ("times.jsonl", "quantities.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line)["text"])
    return out


def articles(n: int, words: int, seed: int = 7) -> list[str]:
    """n articles of about `words` words each."""
    rng = random.Random(seed)
    pool = sentences()
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(rng.choice(pool))
        out.append(" ".join(parts))
    return out


def main() -> None:
    """Time the two stages and print ms per article."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--words", type=int, default=600)
    args = ap.parse_args()
    res = Resources()
    split, times, quantities = SentenceSplitter(res), TimeRecognizer(res), QuantityRecognizer(res)
    docs = []
    for k, text in enumerate(articles(args.n, args.words)):
        doc = Document(text, f"a{k}", published=None if k % 5 == 0 else PUBLISHED)
        split(doc)
        docs.append(doc)
    start = time.perf_counter()
    for doc in docs:
        times(doc)
        quantities(doc)
    elapsed = time.perf_counter() - start
    n_t = sum(len(d.times) for d in docs)
    n_q = sum(len(d.quantities) for d in docs)
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    print(f"{len(docs)} articles of ~{words:.0f} words: {1000 * elapsed / len(docs):.3f} ms/article "
          f"for times + quantities ({n_t / len(docs):.1f} times, {n_q / len(docs):.1f} quantities each)")


if __name__ == "__main__":
    main()
