"""Regenerate linking_set.jsonl: the cross-outlet linking test set (own Arabic texts).

Each scenario is told in the styles of different outlets (wire, state media, partisan):
different wording, loaded terms, casualty figures, and relative or absolute dates under
different publication dates. Near-miss pairs must NOT link: same place another day, same
actors another event type, same type in another city, a retaliation.
Run: python tests/data/linking/generate.py > tests/data/linking/linking_set.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import sys

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]

TEMPLATES: dict[str, dict[str, str]] = {
    "air": {
        "wire": "شنت طائرات حربية إسرائيلية {day} غارة على حي سكني في {place}، ما أدى إلى مقتل {k} أشخاص وإصابة {w} آخرين، وفق مصادر طبية. وقال الجيش الإسرائيلي إنه استهدف موقعا لمسلحين.",
        "state": "ارتكب طيران العدو الصهيوني {day} مجزرة جديدة في {place} راح ضحيتها {k} شهيدا و{w} جريحا. وأدانت الفصائل هذه الجريمة النكراء.",
        "partisan": "قصفت مقاتلات الاحتلال {day} منزلا لعائلة في {place}، ما أسفر عن استشهاد {k} مواطنين بينهم أطفال. وقال شهود إن القصف هز المنطقة بأكملها.",
    },
    "protest": {
        "wire": "تظاهر آلاف الأشخاص {day} في {place} احتجاجا على ارتفاع الأسعار، ورفعوا لافتات تطالب الحكومة بالاستقالة. وانتشرت قوات الأمن في الشوارع المحيطة.",
        "state": "نظم عشرات المحتجين {day} وقفة في {place} للمطالبة بتحسين الأجور، وأكدت وزارة الداخلية أن الوقفة انتهت بهدوء.",
        "partisan": "خرجت حشود غاضبة {day} في مظاهرة حاشدة بشوارع {place} رفضا لسياسات التجويع التي تنتهجها السلطة.",
    },
    "arrest": {
        "wire": "اعتقلت القوات الإسرائيلية {day} {k} فلسطينيين خلال مداهمة في {place} بالضفة الغربية، بحسب نادي الأسير الفلسطيني.",
        "state": "اختطفت قوات الاحتلال {day} {k} مواطنين من {place} بعد اقتحام منازلهم وتخريب محتوياتها.",
        "partisan": "شنت قوات الاحتلال {day} حملة اعتقالات واسعة في {place} طالت {k} شبان، وسط مواجهات مع الأهالي.",
    },
    "bomb": {
        "wire": "انفجرت سيارة مفخخة {day} قرب سوق شعبي في {place}، ما أسفر عن مقتل {k} أشخاص وإصابة {w} آخرين، وفق الشرطة.",
        "state": "استهدف تفجير إرهابي جبان {day} سوقا مكتظا في {place} وأدى إلى سقوط {k} قتلى. وتوعدت الحكومة بملاحقة المنفذين.",
        "partisan": "هز انفجار عنيف {day} مدينة {place} وخلف {k} قتيلا و{w} جريحا، في ظل عجز أمني فاضح.",
    },
    "drone": {
        "wire": "قالت القيادة المركزية الأمريكية إن قواتها نفذت {day} ضربة بطائرة مسيرة على موقع للحوثيين قرب {place}، ما أدى إلى مقتل {k} مسلحين.",
        "state": "شن العدوان الأمريكي {day} غارة على {place}، وأكدت مصادر محلية سقوط {k} قتلى.",
        "partisan": "استهدفت مسيرة أمريكية {day} موقعا في {place} ما أدى إلى مقتل {k} عناصر من جماعة الحوثي.",
    },
    "meet": {
        "wire": "التقى وزير الخارجية المصري نظيره الأردني {day} في {place}، وبحث الوزيران تطورات الأوضاع في المنطقة.",
        "state": "استقبل وزير الخارجية الأردني {day} في {place} نظيره المصري، وجرى خلال اللقاء بحث العلاقات الثنائية.",
        "partisan": "اجتمع وزيرا خارجية مصر والأردن {day} في {place} لبحث الأزمة الإقليمية، وسط انتقادات لغياب أي نتائج ملموسة.",
    },
    "rocket": {
        "wire": "أطلق حزب الله {day} صواريخ على {place} في شمال إسرائيل، ما أدى إلى إصابة {w} أشخاص، بحسب الجيش الإسرائيلي.",
        "state": "استهدفت المقاومة الإسلامية {day} مستوطنة {place} بصلية من الصواريخ، محققة إصابات مؤكدة.",
        "partisan": "قصف حزب الله {day} {place} بعشرات الصواريخ، وأفاد الإعلام الإسرائيلي بإصابة {w} مستوطنين.",
    },
}
TYPES = {"air": "ASSAULT", "protest": "PROTEST", "arrest": "COERCE", "bomb": "ASSAULT",
         "drone": "ASSAULT", "meet": "CONSULT", "rocket": "ASSAULT"}

SAME = [  # (template, place, styles)
    ("air", "خان يونس", "wire state partisan"), ("air", "رفح", "wire partisan"),
    ("air", "دير البلح", "state wire"), ("air", "النصيرات", "partisan wire state"),
    ("air", "النبطية", "wire state"), ("air", "بنت جبيل", "partisan wire"),
    ("air", "دمشق", "wire state"), ("air", "دير الزور", "state partisan"),
    ("protest", "بيروت", "wire partisan"), ("protest", "القاهرة", "wire state partisan"),
    ("protest", "بغداد", "state wire"), ("protest", "الخرطوم", "partisan wire"),
    ("protest", "تونس العاصمة", "wire state"), ("protest", "الرباط", "partisan state"),
    ("protest", "الجزائر العاصمة", "wire partisan"), ("protest", "البصرة", "state wire partisan"),
    ("arrest", "نابلس", "wire state partisan"), ("arrest", "رام الله", "wire partisan"),
    ("arrest", "جنين", "state wire"), ("arrest", "الخليل", "partisan wire"),
    ("bomb", "مقديشو", "wire state partisan"), ("bomb", "بغداد", "wire partisan"),
    ("bomb", "كركوك", "state wire"), ("bomb", "الموصل", "partisan state"),
    ("bomb", "بنغازي", "wire state"), ("drone", "شبوة", "wire state partisan"),
    ("drone", "الحديدة", "wire partisan"), ("drone", "صنعاء", "state wire"),
    ("drone", "تعز", "partisan wire"), ("meet", "القاهرة", "wire state"),
    ("meet", "عمّان", "wire partisan state"), ("meet", "الرياض", "state partisan"),
    ("rocket", "كريات شمونة", "wire state partisan"), ("rocket", "نهاريا", "wire partisan"),
    ("air", "جباليا", "wire state"), ("protest", "أم درمان", "wire state"),
    ("bomb", "أربيل", "partisan wire"), ("air", "إدلب", "wire partisan state"),
    ("protest", "صنعاء", "partisan wire"), ("arrest", "طولكرم", "wire state"),
    ("bomb", "عدن", "state partisan wire"), ("air", "حلب", "state wire"),
]
NEAR = [  # (phenomenon, (template, place, style, day offset), (template, place, style, day offset))
    ("same place, another day", ("air", "خان يونس", "wire", 0), ("air", "خان يونس", "state", 3)),
    ("same place, another day", ("protest", "بيروت", "wire", 0), ("protest", "بيروت", "partisan", 2)),
    ("same place, another day", ("bomb", "مقديشو", "wire", 0), ("bomb", "مقديشو", "state", 5)),
    ("same place, another day", ("arrest", "نابلس", "wire", 0), ("arrest", "نابلس", "partisan", 2)),
    ("same place, another day", ("drone", "شبوة", "wire", 0), ("drone", "شبوة", "state", 4)),
    ("same place, another day", ("protest", "القاهرة", "state", 0), ("protest", "القاهرة", "wire", 7)),
    ("same actors, another type", ("air", "نابلس", "wire", 0), ("arrest", "نابلس", "wire", 0)),
    ("same actors, another type", ("air", "رام الله", "partisan", 0), ("arrest", "رام الله", "state", 0)),
    ("same actors, another type", ("meet", "القاهرة", "wire", 0), ("protest", "القاهرة", "wire", 0)),
    ("same actors, another type", ("air", "بيروت", "state", 0), ("protest", "بيروت", "wire", 0)),
    ("same actors, another type", ("bomb", "بغداد", "wire", 0), ("protest", "بغداد", "state", 0)),
    ("same type, another city", ("protest", "القاهرة", "wire", 0), ("protest", "أسوان", "partisan", 0)),
    ("same type, another city", ("bomb", "البصرة", "wire", 0), ("bomb", "الموصل", "wire", 0)),
    ("same type, another city", ("air", "دمشق", "state", 0), ("air", "دير الزور", "wire", 0)),
    ("same type, another city", ("air", "رفح", "wire", 0), ("air", "النبطية", "wire", 0)),
    ("same type, another city", ("drone", "الحديدة", "wire", 0), ("drone", "شبوة", "partisan", 0)),
    ("same type, another city", ("protest", "الرباط", "wire", 0), ("protest", "الجزائر العاصمة", "wire", 0)),
    ("same type, another city", ("arrest", "نابلس", "state", 0), ("arrest", "الخليل", "wire", 0)),
    ("same type, another city", ("bomb", "كركوك", "state", 0), ("bomb", "عدن", "wire", 0)),
    ("retaliation", ("air", "النبطية", "wire", 0), ("rocket", "كريات شمونة", "wire", 0)),
    ("retaliation", ("air", "بنت جبيل", "state", 0), ("rocket", "نهاريا", "partisan", 1)),
    ("follow-up", ("air", "خان يونس", "partisan", 0), ("protest", "خان يونس", "wire", 1)),
    ("follow-up", ("bomb", "مقديشو", "wire", 0), ("protest", "مقديشو", "state", 2)),
    ("follow-up", ("rocket", "كريات شمونة", "state", 0), ("air", "النبطية", "wire", 1)),
]
OUTLETS = {"wire": "wire-agency", "state": "state-tv", "partisan": "partisan-site"}
BASE = dt.date(2024, 1, 2)


def day_phrase(event: dt.date, published: dt.date, variant: int) -> str:
    """How an outlet publishing on `published` dates an event of `event`."""
    weekday = WEEKDAYS[event.weekday()]
    if published == event:
        return f"اليوم {weekday}" if variant % 2 == 0 else "صباح اليوم"
    if variant % 3 == 0:
        return f"أمس {weekday}"
    if variant % 3 == 1:
        return f"يوم {weekday} {event.day} {MONTHS[event.month - 1]}"
    return "مساء أمس"


def article(gid: str, n: int, tpl: str, place: str, style: str, event: dt.date, lag: int,
            k: int, w: int, incident: str) -> dict[str, str]:
    """One article of a group."""
    published = event + dt.timedelta(days=lag)
    text = TEMPLATES[tpl][style].format(
        day=day_phrase(event, published, n + len(gid)), place=place, k=k, w=w)
    return {"id": f"{gid}-{n}", "outlet": OUTLETS[style], "published": published.isoformat(),
            "text": text, "incident": incident, "type": TYPES[tpl]}


def main() -> None:
    """Write the set as JSON Lines on stdout."""
    for i, (tpl, place, styles) in enumerate(SAME):
        gid = f"same{i + 1:02d}"
        event = BASE + dt.timedelta(days=5 * i)
        arts = [article(gid, n, tpl, place, style, event, (n + i) % 2, 7 + n * 2 + i % 5,
                        20 + 3 * n, f"{gid}-x") for n, style in enumerate(styles.split())]
        print(json.dumps({"group": gid, "kind": "same", "phenomenon": "outlet styles",
                          "articles": arts}, ensure_ascii=False))
    for i, (phen, a, b) in enumerate(NEAR):
        gid = f"near{i + 1:02d}"
        event = BASE + dt.timedelta(days=400 + 11 * i)
        arts = [article(gid, n, tpl, place, style, event + dt.timedelta(days=off), n % 2,
                        5 + n + i % 4, 15 + n, f"{gid}-{n}")
                for n, (tpl, place, style, off) in enumerate((a, b))]
        print(json.dumps({"group": gid, "kind": "near_miss", "phenomenon": phen,
                          "articles": arts}, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
