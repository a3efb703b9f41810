"""Linking speed: N synthetic one-event analyses over a year, linked in memory.

    .venv/bin/python benchmarks/linking.py --n 20000

Articles are seeded-random reports of ASSAULT/PROTEST/COERCE events at 40 places on 365
days, so about a third of them share a happening with another outlet. Prints mentions,
candidate pairs, incidents, stories and seconds per step.
"""

from __future__ import annotations

import argparse
import random
import time

from marsad.corpus.linking import _candidates, link
from marsad.corpus.mentions import mentions_of
from marsad.corpus.model import ArticleInfo
from marsad.corpus.stories import build_stories
from marsad.model import Analysis, DocInfo, Entity, Event, Evidence, Ref

TYPES = [("ASSAULT", "aerial"), ("PROTEST", "demonstration"), ("COERCE", "arrest")]


def synthetic(n: int, seed: int = 7) -> list[tuple[ArticleInfo, Analysis]]:
    """N articles, each with one dated, placed event."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        type_, mode = rng.choice(TYPES)
        place = rng.randrange(40)
        day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        ent = Entity(id="e1", text="مكان", start=4, end=8, sentence=0, type="GPE", kb_id=f"place/{place}",
                     name_en=f"Place {place}", country="PSE", lat=31 + place * 0.5, lon=34.0,
                     role=None, stands_for=None)
        ev = Event(id="ev1", type=type_, mode=mode, trigger=Evidence(text="قصف", start=0, end=3),
                   sentence=0, location=Ref(text="مكان", start=4, end=8, entity="e1", name_en=None),
                   date=day, date_source="text", time=None, attribution=None)
        info = ArticleInfo(id=f"a{k:06d}", content_hash=str(k), published=day, outlet=f"o{k % 9}",
                           duplicate_of=None)
        out.append((info, Analysis(doc=DocInfo(id=info.id, published=day), entities=[ent],
                                   events=[ev], summary=None)))
    return out


def main() -> None:
    """Time candidate generation, linking and stories."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args()
    pairs = synthetic(args.n)
    t0 = time.perf_counter()
    mentions = [m for info, an in pairs for m in mentions_of(info, an)]
    t1 = time.perf_counter()
    cands = _candidates(mentions)
    t2 = time.perf_counter()
    incidents = link(pairs)
    t3 = time.perf_counter()
    stories, _ = build_stories(incidents)
    t4 = time.perf_counter()
    print(f"articles {args.n}  mentions {len(mentions)}  candidate pairs {len(cands)}")
    print(f"incidents {len(incidents)}  stories {len(stories)}")
    print(f"mentions {t1 - t0:.2f}s  candidates {t2 - t1:.2f}s  link (all) {t3 - t2:.2f}s  "
          f"stories {t4 - t3:.2f}s")


if __name__ == "__main__":
    main()
