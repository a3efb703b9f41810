"""Small own-text Arabic articles and pages for the ingest tests (seeded, distinct)."""

from __future__ import annotations

import json
import random
from pathlib import Path

PLACES = ["حمص", "الرقة", "تعز", "صيدا", "الأنبار", "سرت", "كسلا", "جنين", "الحسكة", "عدن"]
ACTORS = ["الجيش", "الشرطة", "مسلحون مجهولون", "قوات الأمن", "فصائل معارضة", "الدفاع المدني"]
TEMPLATES = [
    "قال مصدر في {place} إن {actor} اشتبك مع عناصر مسلحة ليل {day}، ما أدى إلى مقتل {n} أشخاص.",
    "وأفاد شهود بأن {actor} أغلق الطرق المؤدية إلى وسط {place} ونشر {n} دورية.",
    "وذكر مسؤول محلي أن {n} عائلة نزحت من أحياء {place} خلال اليومين الماضيين.",
    "وطالب سكان {place} بفتح تحقيق في ما جرى، فيما لم يصدر تعليق رسمي من {actor}.",
    "وتحدثت تقارير عن وصول تعزيزات إلى {place} تضم {n} آلية، بحسب ما نقل مراسلون.",
    "واجتمع ممثلو {actor} مع وجهاء {place} يوم {day} لبحث سبل إعادة الهدوء.",
]
DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]


def make_text(rng: random.Random, sentences: int = 8) -> str:
    """One article of random filled templates."""
    return " ".join(
        rng.choice(TEMPLATES).format(
            place=rng.choice(PLACES), actor=rng.choice(ACTORS), day=rng.choice(DAYS), n=rng.randint(2, 900)
        )
        for _ in range(sentences)
    )


def make_records(n: int, seed: int = 7, sentences: int = 8) -> list[dict[str, str]]:
    """n JSONL records with ids, outlets and dates."""
    rng = random.Random(seed)
    return [
        {"id": f"r{i:04d}", "text": make_text(rng, sentences), "source": f"outlet{i % 3}",
         "published": f"2024-04-{1 + i % 28:02d}"}
        for i in range(n)
    ]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    """Write records as JSON Lines."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def page(title: str, body: str, *, site: str = "موقع الخبر", author: str = "سارة الأحمد",
         url: str = "https://news.example/a/1", date: str = "2024-02-03") -> str:
    """An HTML news page with meta tags and JSON-LD."""
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": f"{date}T09:00:00+03:00", "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": site},
    }, ensure_ascii=False)
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split(". ") if p)
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{site}"><meta property="og:url" content="{url}">'
        f'<meta name="author" content="{author}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><nav>الرئيسية | اقتصاد | رياضة</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )
