"""Marsad against dateparser and puckling on the project's time and quantity test sets.

Prints, side by side: exact time-value accuracy, time detection F1 and quantity F1 on
(value, counted). The baselines get the benefit of the doubt: an instant they return is
written at the granularity of the gold value (day, ISO week, month or year) before the
comparison, and an interval counts when both ends match.

dateparser (`pip install -e '.[compare]'`) runs in-process with `search_dates`,
`languages=['ar']` and the publication date as RELATIVE_BASE. puckling needs Python 3.13,
so it runs in its own interpreter, given with --puckling-python (e.g. a venv made with
`python3.13 -m venv /tmp/puck && /tmp/puck/bin/pip install puckling`). Nothing is
installed by this script; a missing baseline is reported as such.

    .venv/bin/python benchmarks/compare_times.py --puckling-python /tmp/puck/bin/python
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.evaluate.quantities import evaluate_quantities
from marsad.evaluate.times import evaluate_times
from marsad.evaluate.tq_data import Case, load_cases, overlaps

DATA = Path(__file__).parents[1] / "tests" / "data"
# A prediction: (start, end, value) for times; (value, counted) for quantities.
TimePred = tuple[int, int, Any]

PUCKLING_SCRIPT = r"""
import datetime as dt, json, sys
from puckling import Context, Lang, Locale, parse
DIMS = ("time", "amount_of_money", "duration", "distance", "numeral", "quantity")
UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours"}
def iso(v):
    return v.isoformat() if v is not None else None
for line in sys.stdin:
    case = json.loads(line)
    ref = dt.datetime.fromisoformat(case["published"] or "2024-01-25")
    out = []
    try:
        found = parse(case["text"], Context(reference_time=ref, locale=Locale(Lang.AR)), dims=DIMS)
    except Exception:
        found = []
    for e in found:
        v = e.value
        item = {"start": e.start, "end": e.end, "dim": e.dim}
        if e.dim == "time":
            p = v.primary
            if hasattr(p, "instant"):  # open interval
                item["time"] = [iso(p.instant.value), None]
            elif hasattr(p, "start"):  # closed interval
                item["time"] = [iso(p.start.value), iso(p.end.value)]
            else:
                item["time"] = [iso(p.value), iso(p.value)]
        elif e.dim == "amount_of_money":
            item["q"] = [v.value, "money"]
        elif e.dim == "duration":
            item["q"] = [v.value, UNITS.get(str(getattr(v.grain, "value", v.grain)).lower())]
        elif e.dim == "distance":
            unit = str(getattr(v.unit, "value", v.unit)).lower()
            item["q"] = [v.value, "km" if unit.startswith("kilomet") else unit]
        elif e.dim in ("numeral", "quantity") and getattr(v, "value", None) is not None:
            item["q"] = [v.value, None]
        out.append(item)
    print(json.dumps(out, default=str))
"""


def at_granularity(d: dt.date, gold: str) -> str:
    """An instant written the way the gold value is (YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD)."""
    if "-W" in gold:
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    return d.isoformat()[: len(gold)]


def value_matches(gold: str | None, start: dt.date | None, end: dt.date | None) -> bool:
    """True if an instant or interval from a baseline equals the gold value."""
    if gold is None or start is None:
        return False
    a, _, b = gold.partition("/")
    if not b:
        return at_granularity(start, a) == a and (end is None or at_granularity(end, a) == a)
    if b == "..":
        return at_granularity(start, a) == a
    return at_granularity(start, a) == a and end is not None and at_granularity(end, b) == b


def score_times(cases: list[Case], preds: list[list[TimePred]]) -> tuple[float, float]:
    """(exact value accuracy, detection F1) of baseline predictions."""
    gold_n = sum(len(c.gold) for c in cases)
    pred_n = sum(len(p) for p in preds)
    found = correct = 0
    for case, pred in zip(cases, preds, strict=True):
        for g in case.gold:
            hits = [p for p in pred if overlaps(g, p[0], p[1])]
            if hits:
                found += 1
                correct += any(value_matches(g["value"], *p[2]) for p in hits)
    p, r = (found / pred_n if pred_n else 0.0), found / gold_n
    return correct / gold_n, (2 * p * r / (p + r) if p + r else 0.0)


def score_quantities(cases: list[Case], preds: list[list[tuple[float, str | None]]]) -> float:
    """F1 on (value, counted) pairs."""
    gold_n = sum(len(c.gold) for c in cases)
    pred_n = sum(len(p) for p in preds)
    matched = 0
    for case, pred in zip(cases, preds, strict=True):
        left = Counter(pred)
        for g in case.gold:
            key = (g["value"], g["counted"])
            if left[key] > 0:
                left[key] -= 1
                matched += 1
    p, r = (matched / pred_n if pred_n else 0.0), matched / gold_n
    return 2 * p * r / (p + r) if p + r else 0.0


def dateparser_times(cases: list[Case]) -> list[list[TimePred]] | None:
    """search_dates on every case, or None if dateparser is not installed."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    out: list[list[TimePred]] = []
    for case in cases:
        base = dt.datetime.fromisoformat(case.published or "2024-01-25")
        found = search_dates(case.text, languages=["ar"], settings={"RELATIVE_BASE": base}) or []
        preds: list[TimePred] = []
        pos = 0
        for sub, when in found:
            start = case.text.find(sub, pos)
            if start >= 0:
                preds.append((start, start + len(sub), (when.date(), None)))
                pos = start + len(sub)
        out.append(preds)
    return out


def puckling_run(python: str, cases: list[Case]) -> list[list[dict[str, Any]]] | None:
    """puckling's entities for every case, run in its own interpreter; None if unavailable."""
    lines = "".join(json.dumps({"text": c.text, "published": c.published}) + "\n" for c in cases)
    try:
        done = subprocess.run(
            [python, "-c", PUCKLING_SCRIPT], input=lines, capture_output=True, text=True, timeout=1800, check=True
        )
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"puckling: not run ({exc})")
        return None
    return [json.loads(line) for line in done.stdout.splitlines()]


def _date(value: str | None) -> dt.date | None:
    return dt.datetime.fromisoformat(value).date() if value else None


def puckling_times(found: list[list[dict[str, Any]]]) -> list[list[TimePred]]:
    """Time entities as (start, end, (start date, end date))."""
    return [
        [(e["start"], e["end"], (_date(e["time"][0]), _date(e["time"][1]))) for e in ents if "time" in e]
        for ents in found
    ]


def puckling_quantities(found: list[list[dict[str, Any]]]) -> list[list[tuple[float, str | None]]]:
    """Money, duration, distance and bare numbers as (value, counted)."""
    return [[(float(e["q"][0]), e["q"][1]) for e in ents if "q" in e] for ents in found]


def main() -> None:
    """Score the three systems and print a table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--puckling-python", help="interpreter (Python >= 3.13) with puckling installed")
    ap.add_argument("--times", type=Path, default=DATA / "times.jsonl", help="time test set (JSONL)")
    ap.add_argument(
        "--quantities", type=Path, default=DATA / "quantities.jsonl", help="quantity test set (JSONL)"
    )
    args = ap.parse_args()
    tcases = load_cases(args.times, "times")
    qcases = load_cases(args.quantities, "quantities")
    ts, qs = evaluate_times(tcases), evaluate_quantities(qcases)
    rows = [("marsad", f"{ts.accuracy:.1%}", f"{ts.f1:.1%}", f"{qs.f1:.1%}")]
    dp = dateparser_times(tcases)
    if dp is None:
        rows.append(("dateparser", "not installed", "", ""))
    else:
        acc, f1 = score_times(tcases, dp)
        rows.append(("dateparser", f"{acc:.1%}", f"{f1:.1%}", "n/a"))
    if args.puckling_python:
        pt, pq = puckling_run(args.puckling_python, tcases), puckling_run(args.puckling_python, qcases)
        if pt is not None and pq is not None:
            acc, f1 = score_times(tcases, puckling_times(pt))
            rows.append(("puckling", f"{acc:.1%}", f"{f1:.1%}", f"{score_quantities(qcases, puckling_quantities(pq)):.1%}"))
    else:
        rows.append(("puckling", "not run (needs --puckling-python)", "", ""))
    print(f"{len(tcases)} time sentences ({ts.gold} expressions), {len(qcases)} quantity sentences ({qs.gold})")
    print(f"{'system':12}{'time value acc':>16}{'time detect F1':>16}{'quantity F1':>14}")
    for name, *cells in rows:
        print(f"{name:12}" + "".join(f"{c:>16}" if i < 2 else f"{c:>14}" for i, c in enumerate(cells)))


if __name__ == "__main__":
    main()
