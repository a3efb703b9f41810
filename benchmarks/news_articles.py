"""Write real news text as ~600-word `.txt` articles for the speed benchmarks.

The sentences of the Arabic event GSR dev files (../shared, present in CI, not shipped:
third-party text never enters the project) are de-duplicated and glued, in file order,
one sentence per line, into articles of at least W words. Real wire news has the entity,
date and number density of what users feed Marsad, which our synthetic templates (an
event, a date and a source in every sentence) overstate.

    .venv/bin/python benchmarks/news_articles.py /tmp/news --words 600
    .venv/bin/python benchmarks/throughput.py --corpus /tmp/news --n 300
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

GSR = Path(__file__).parents[1].parent / "shared" / "data" / "arabic-event-gsr-dev"


def news_sentences(folder: Path = GSR) -> list[str]:
    """The distinct sentences of every CSV file in `folder`, in file order."""
    seen: set[str] = set()
    out: list[str] = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = (row.get("text") or "").strip()
                if text and text not in seen:
                    seen.add(text)
                    out.append(text)
    return out


def glue(sentences: list[str], words: int) -> list[str]:
    """Articles of at least `words` words, one sentence per line (a short tail is dropped)."""
    articles: list[str] = []
    lines: list[str] = []
    count = 0
    for sentence in sentences:
        lines.append(sentence)
        count += len(sentence.split())
        if count >= words:
            articles.append("\n".join(lines) + "\n")
            lines, count = [], 0
    return articles


def main() -> None:
    """Write the articles into the output folder."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder to write NNN.txt files into")
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--source", type=Path, default=GSR, help="folder of GSR-style CSV files")
    args = ap.parse_args()
    sentences = news_sentences(args.source)
    if not sentences:
        sys.exit(f"no CSV sentences in {args.source} (it lives in ../shared, present in CI)")
    args.out.mkdir(parents=True, exist_ok=True)
    articles = glue(sentences, args.words)
    for k, text in enumerate(articles):
        (args.out / f"{k:03d}.txt").write_text(text, encoding="utf-8")
    print(f"{len(articles)} articles of >= {args.words} words from {len(sentences)} sentences in {args.out}")


if __name__ == "__main__":
    main()
