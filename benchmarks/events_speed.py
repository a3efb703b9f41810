"""Speed of the event coder alone, in ms per 600 words, on the throughput articles.

Runs the stages before `marsad.events.v1` once per article, then times only the event
stage (best of --repeat passes), so the figure does not depend on the other stages.

    .venv/bin/python benchmarks/events_speed.py --n 100 --words 600 [--profile]
    .venv/bin/python benchmarks/events_speed.py --corpus examples --n 300
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

from marsad.document import Document
from marsad.pipeline import Pipeline, Record, tune_gc_for_batch

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus_texts, make_article

EVENTS = "marsad.events.v1"


def prepared(
    n: int, words: int, seed: int, corpus: list[str] | None = None
) -> tuple[Pipeline, list[Document]]:
    """The pipeline and n articles (synthetic, or `corpus` cycled) analysed up to (not
    including) the event stage."""
    rng = random.Random(seed)
    pipe = Pipeline()
    docs = []
    for i in range(n):
        text = corpus[i % len(corpus)] if corpus else make_article(rng, words)
        doc = pipe.make_doc(Record(text, f"bench-{i}", "2024-05-01"))
        for name, component in pipe.components:
            if name == EVENTS:
                break
            component(doc)
        docs.append(doc)
    return pipe, docs


def event_pass(pipe: Pipeline, docs: list[Document]) -> float:
    """CPU seconds the event stage takes over all documents (events cleared first);
    CPU time, not wall time, so that other work on the machine does not skew it."""
    coder = dict(pipe.components)[EVENTS]
    total = 0.0
    for doc in docs:
        doc.events.clear()
        t0 = time.process_time()
        coder(doc)
        total += time.process_time() - t0
    return total


def main(argv: list[str] | None = None) -> None:
    """Parse options, time the event stage, print ms per 600 words."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="number of articles")
    parser.add_argument("--words", type=int, default=600, help="words per article")
    parser.add_argument("--seed", type=int, default=13, help="random seed")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is kept)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile summary")
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles to time instead")
    args = parser.parse_args(argv)
    corpus = corpus_texts(args.corpus) if args.corpus else None
    if args.corpus and not corpus:
        parser.error(f"no .txt files in {args.corpus}")
    pipe, docs = prepared(args.n, args.words, args.seed, corpus)
    tune_gc_for_batch()  # as the batch commands do: the pipeline's data and the prepared documents are frozen
    words = sum(len(d.text.split()) for d in docs)
    best = min(event_pass(pipe, docs) for _ in range(args.repeat))
    events = sum(len(d.events) for d in docs)
    print(f"articles                 {args.n}")
    print(f"events per article       {events / args.n:.1f}")
    print(f"ms per 600 words         {1000 * best * 600 / words:.2f}")
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(event_pass, pipe, docs)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
