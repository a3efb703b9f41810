"""Check times and quantities on the seed article (../shared/seed, read only, never copied).

Runs sentences + times + quantities on every seed article with its publication date and
reports which expected values (issue 4) were found. Skips cleanly without ../shared.

    .venv/bin/python benchmarks/check_seed_tq.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.pipeline import Pipeline

SEED = Path(__file__).parents[2] / "shared" / "seed"
PUBLISHED = "2024-01-25"
# Expected values only (no seed text): time values and (value, counted, approx) triples.
TIMES = ("2024-01-20", "2024-01-18", "2018-12", "2014")
QUANTITIES = (
    (900.0, "troops", "exact"),
    (1500.0, "troops", "exact"),
    (156_000_000.0, "money", "exact"),
    (100.0, "attacks", "more_than"),
    (100.0, "days", "more_than"),
)


def main() -> int:
    """Print found/missing per target; exit 1 if any is missing."""
    files = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not files:
        print(f"no seed articles in {SEED}: skipped")
        return 0
    pipe = Pipeline(("marsad.sentences.v1", "marsad.times.v1", "marsad.quantities.v1"))
    analyses = [pipe.analyze(f.read_text(encoding="utf-8"), published=PUBLISHED) for f in files]
    # An open interval "2024-01-20/.." (منذ السبت الماضي) starts at the expected day.
    values = {(t.value or "").removesuffix("/..") for a in analyses for t in a.times}
    triples = {(q.value, q.counted, q.approx) for a in analyses for q in a.quantities}
    missing = 0
    for value in TIMES:
        ok = value in values
        missing += not ok
        print(f"time {value:12} {'found' if ok else 'MISSING'}")
    for triple in QUANTITIES:
        ok = triple in triples
        missing += not ok
        print(f"quantity {triple!s:40} {'found' if ok else 'MISSING'}")
    money = [q for a in analyses for q in a.quantities if q.counted == "money"]
    print(f"money units: {sorted({q.unit for q in money if q.unit})}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
