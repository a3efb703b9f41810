"""Throughput of the default pipeline on synthetic Arabic news articles.

Generates N articles of about W words from the templates below (seeded, so runs are
comparable), analyses them, and prints articles/s, MB/s, peak RSS and the time each
pipeline stage takes per article and per 600 words. The templates put an event in
every sentence; `--corpus DIR` times real-style articles instead (the `*.txt` files of
DIR, e.g. examples/, cycled to N), whose event density is that of news.

    .venv/bin/python benchmarks/throughput.py --n 300 --words 600 --repeat 3
    .venv/bin/python benchmarks/throughput.py --corpus examples --n 300 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from marsad.cli.analyze import dump
from marsad.pipeline import Pipeline, Record, tune_gc_for_batch

ACTORS = [
    "الجيش السوري", "قوات الدعم السريع", "الجيش الإسرائيلي", "حركة حماس", "حزب الله",
    "الجيش التركي", "قوات سوريا الديمقراطية", "جماعة الحوثيين", "الجيش العراقي", "الحرس الثوري الإيراني",
]
TARGETS = [
    "مواقع عسكرية", "قافلة إمدادات", "حاجزاً أمنياً", "مقراً حكومياً", "مستودع أسلحة",
    "تجمعاً للمسلحين", "دورية مشتركة", "منشأة نفطية",
]
PLACES = [
    "دير الزور", "الفاشر", "خان يونس", "النبطية", "إدلب", "الحديدة", "كركوك", "سنجار",
    "مأرب", "درعا", "رفح", "صور", "الموصل", "طرابلس", "بنغازي", "القامشلي",
]
SOURCES = [
    "وزارة الدفاع", "المرصد السوري لحقوق الإنسان", "وكالة الأنباء الرسمية", "مصدر أمني",
    "شهود عيان", "مسؤول محلي طلب عدم الكشف عن اسمه", "الأمم المتحدة", "منظمة الصحة العالمية",
]
WHEN = ["أمس", "صباح اليوم", "مساء الأحد", "السبت الماضي", "فجر الثلاثاء", "الأسبوع الماضي", "الشهر الماضي"]
NUMBER_WORDS = ["ثلاثة", "خمسة", "سبعة", "عشرة", "عشرين", "نحو مئة", "أكثر من ألفي"]
CUES = ["قال", "أعلن", "أكد", "ذكر", "أفاد"]

TEMPLATES = [
    "{cue} {source} إن {actor} شن {when} هجوماً على {target} في {place}، ما أسفر عن مقتل {n} أشخاص.",
    "وأضاف {source} أن {n2} مدنياً أصيبوا بجروح، بينهم أطفال ونساء، ونقلوا إلى مستشفيات {place}.",
    "في المقابل، نفى {actor} في بيان أي مسؤولية عن القصف، واتهم خصومه بـ\"تضليل الرأي العام\".",
    "وذكرت مصادر محلية أن {actor} دفع {when} بتعزيزات تضم {num} آلية عسكرية إلى محيط {place}.",
    "وتظاهر {n} من سكان {place} {when} احتجاجاً على تردي الأوضاع المعيشية وانقطاع الكهرباء.",
    "وعقد ممثلون عن {actor} و{actor2} اجتماعاً {when} في {place} لبحث ترتيبات وقف إطلاق النار.",
    "وحذر {source} من أن استمرار المعارك قد يدفع {num} شخص إلى النزوح خلال الأسابيع المقبلة.",
    "وقال مراقبون إن التصعيد الأخير هو الأعنف منذ {when}، في ظل غياب أي أفق لتسوية سياسية.",
    "وتوعد {actor} بالرد \"في الزمان والمكان المناسبين\" على ما وصفه بالعدوان الغاشم على {place}.",
    "وبحسب إحصاء {source}، ارتفعت حصيلة الضحايا منذ بداية العام إلى {num} قتيل و{num2} جريح.",
    "وانسحبت وحدات من {actor} {when} من {target} قرب {place} بعد اشتباكات استمرت {n} ساعات.",
    "ولم يتسنّ التحقق من هذه الأرقام من مصدر مستقل، فيما دعت {source} جميع الأطراف إلى ضبط النفس.",
]


def make_article(rng: random.Random, words: int) -> str:
    """One synthetic article of at least `words` words, in paragraphs of 2-4 sentences."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = [_fill(rng, rng.choice(TEMPLATES)) for _ in range(rng.randint(2, 4))]
        paragraphs.append(" ".join(sentences))
        count += sum(len(s.split()) for s in sentences)
    return "\n\n".join(paragraphs)


def _fill(rng: random.Random, template: str) -> str:
    """Fill a template's slots with random names, places, dates and numbers."""
    return template.format(
        actor=rng.choice(ACTORS), actor2=rng.choice(ACTORS), target=rng.choice(TARGETS),
        place=rng.choice(PLACES), source=rng.choice(SOURCES), when=rng.choice(WHEN),
        cue=rng.choice(CUES), n=rng.choice(NUMBER_WORDS), n2=rng.randint(2, 60),
        num=f"{rng.randint(3, 90000):,}", num2=rng.randint(10, 5000),
    )


def corpus_texts(directory: Path) -> list[str]:
    """The `*.txt` articles of a folder, in name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]


def run(
    n: int, words: int, seed: int, repeat: int = 1, corpus: list[str] | None = None
) -> dict[str, float]:
    """Analyse n articles (synthetic, or `corpus` cycled) `repeat` times; return the best
    throughput figures and the best per-stage ms per article and per 600 words (the best
    of several runs is the least disturbed by load)."""
    rng = random.Random(seed)
    texts = [corpus[i % len(corpus)] for i in range(n)] if corpus else [
        make_article(rng, words) for _ in range(n)
    ]
    records = [Record(text, f"bench-{i}", "2024-05-01") for i, text in enumerate(texts)]
    words = round(sum(len(t.split()) for t in texts) / n)
    started = time.perf_counter()
    pipeline = Pipeline()
    tune_gc_for_batch()  # as `marsad analyze` does
    load = time.perf_counter() - started
    best: dict[str, float] = {}
    for _ in range(repeat):
        stage_s: dict[str, float] = defaultdict(float)
        started = time.perf_counter()
        for record in records:
            _analyse_timed(pipeline, record, stage_s)
        stage_s["total"] = time.perf_counter() - started
        best = {k: min(v, best.get(k, v)) for k, v in stage_s.items()}
    total = best.pop("total")
    size = sum(len(r.text.encode("utf-8")) for r in records)
    figures = {
        "articles": n, "words_per_article": words, "runs": repeat, "load_s": load, "total_s": total,
        "articles_per_s": n / total, "mb_per_s": size / 1e6 / total,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    figures.update({f"ms/{name}": 1000 * s / n for name, s in best.items()})
    figures.update({f"ms per 600 words/{name}": 600_000 * s / n / words for name, s in best.items()})
    return figures


def _analyse_timed(pipeline: Pipeline, record: Record, stage_s: dict[str, float]) -> None:
    """Run one record through the pipeline, adding each step's time to `stage_s`."""
    t0 = time.perf_counter()
    doc = pipeline.make_doc(record)
    stage_s["text layer (normalise, tokenise, numbers)"] += time.perf_counter() - t0
    for name, component in pipeline.components:
        t0 = time.perf_counter()
        component(doc)
        stage_s[name] += time.perf_counter() - t0
    t0 = time.perf_counter()
    dump(doc.to_analysis())  # what `marsad analyze` writes
    stage_s["serialise (JSON)"] += time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    """Parse --n/--words/--seed/--repeat, run, print a small report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="number of articles")
    parser.add_argument("--words", type=int, default=600, help="words per article")
    parser.add_argument("--seed", type=int, default=13, help="random seed")
    parser.add_argument("--repeat", type=int, default=1, help="runs; the best of them is reported")
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles to time instead")
    args = parser.parse_args(argv)
    corpus = corpus_texts(args.corpus) if args.corpus else None
    if args.corpus and not corpus:
        parser.error(f"no .txt files in {args.corpus}")
    figures = run(args.n, args.words, args.seed, args.repeat, corpus)
    for key, value in figures.items():
        print(f"{key:<40} {value:,.2f}" if isinstance(value, float) else f"{key:<40} {value}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
