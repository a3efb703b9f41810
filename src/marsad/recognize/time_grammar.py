"""Rules reading one time expression at a token position.

Each rule takes the token index where an expression may start and returns a `Found`
(tokens consumed and value) or None. Relative expressions call `ctx.anchor()`, which
records that the value depends on the publication date: without one, the expression is
kept with no value (never guessed). The ambiguity rules are documented in docs/times.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from marsad.recognize import time_values as tv
from marsad.recognize.time_lexicon import Hit, PhraseLexicon
from marsad.recognize.time_values import Val
from marsad.text.numbers import NumberSpan
from marsad.text.tokenize import Token

_TEEN: Final = frozenset({"عشر", "عشره"})  # الأحد عشر، الاثنا عشر: numbers, not weekdays
# Future-tense cues are looked for this many tokens before a bare weekday.
FUTURE_WINDOW: Final = 10
_SENTENCE_END: Final = frozenset({".", "!", "؟", "?", "\n"})
_NOW: Final = frozenset({"الان", "اليوم"})  # من الآن: counted from publication


# Stands in for a missing publication date so that rules still find the span; the
# value is then dropped (see `Ctx.used_anchor`).
_NO_DATE: Final = dt.date(2000, 1, 1)
_NONE: Final[frozenset[str]] = frozenset()
_FUTURE: Final = ("future",)
_DATE_START: Final = frozenset({"day_word", "month_cue", "month"})  # what rule_date may start on


class Found(NamedTuple):
    """An expression over tokens [start, end); `skip` = proclitic characters left out (a
    named tuple: built several times faster than a frozen dataclass)."""

    start: int
    end: int
    val: Val | None
    skip: int = 0


@dataclass
class Ctx:
    """What the rules read: tokens, lexicon, numbers by first token, publication date."""

    tokens: list[Token]
    lex: PhraseLexicon
    numbers: dict[int, NumberSpan]
    published: dt.date | None
    dates: dict[int, Found] = field(default_factory=dict)  # numeric dates by first token
    used_anchor: bool = False
    size: int = field(init=False)  # number of tokens

    def __post_init__(self) -> None:
        self.size = len(self.tokens)

    def anchor(self) -> dt.date:
        """The publication date (noting that the value depends on it)."""
        self.used_anchor = True
        return self.published or _NO_DATE

    def hit(self, i: int, *kinds: str, bare: bool = True) -> Hit | None:
        """Lexicon phrase of one of `kinds` at token i."""
        # A cheap test first: most tokens start no phrase of these kinds.
        if not 0 <= i < self.size or self.lex.first_kinds.get(self.tokens[i].norm, _NONE).isdisjoint(kinds):
            return None
        if len(kinds) == 1:  # most look-ups: only that kind's entries are tried
            return self.lex.match_kind(self.tokens, i, kinds[0], bare)
        return self.lex.match_at(self.tokens, i, kinds, bare)

    def norm(self, i: int) -> str:
        """Normalised token i ('' past the end)."""
        return self.tokens[i].norm if 0 <= i < self.size else ""

    def kinds(self, i: int) -> frozenset[str]:
        """Kinds of the lexicon phrases that may start at token i (none outside the text)."""
        return self.lex.first_kinds.get(self.tokens[i].norm, _NONE) if 0 <= i < self.size else _NONE

    def integer(self, i: int, lo: int, hi: int) -> tuple[int, int] | None:
        """(value, end) of an integer number in [lo, hi] at token i (الـ18 included)."""
        if self.norm(i) == "ال" and i + 1 < len(self.tokens) and self.tokens[i + 1].kind == "number":
            i += 1
        num = self.numbers.get(i)
        if num is None or num.kind == "fraction" or num.value != int(num.value):
            return None
        return (int(num.value), num.token_end) if lo <= num.value <= hi else None

    def year4(self, i: int, lo: int = 1000, hi: int = 2200) -> tuple[int, int] | None:
        """(year, end) for a four-digit number token at i."""
        if i >= len(self.tokens) or self.tokens[i].kind != "number" or len(self.norm(i)) != 4:
            return None
        return self.integer(i, lo, hi)

    def future_context(self, i: int) -> bool:
        """True if a future cue precedes token i in the same sentence."""
        first = self.lex.first_kinds
        for j in range(i - 1, max(-1, i - FUTURE_WINDOW), -1):
            norm = self.tokens[j].norm
            if norm in _SENTENCE_END:
                return False
            if "future" in first.get(norm, _NONE) and self.lex.match_at(self.tokens, j, _FUTURE, False):
                return True
        return False


Rule = Callable[[Ctx, int], Found | None]


def month_name(ctx: Ctx, i: int, *, bare: bool = False) -> tuple[Hit, int] | None:
    """A month name at i and the end past its double form: يوليو (تموز), تموز/يوليو."""
    hit = ctx.hit(i, "month", bare=bare)
    if hit is None:
        return None
    end = hit.end
    if ctx.norm(end) in ("(", "/"):
        other = ctx.hit(end + 1, "month")
        if other is not None:
            end = other.end + (1 if ctx.norm(other.end) == ")" else 0)
    return hit, end


def year_part(ctx: Ctx, i: int) -> tuple[str, int, int] | None:
    """What follows a month: ('abs', year, end), ('era-hijri', year, end) or ('rel', dir, end)."""
    j = i + 1 if ctx.norm(i) == "," or ctx.norm(i) == "،" else i
    cue = ctx.hit(j, "year_cue") or _lam_year_cue(ctx, j)
    k = cue.end if cue else j
    found = ctx.year4(k)
    if found is not None:
        y, end = found
        era = ctx.hit(end, "era")
        if era is not None:
            return ("hijri" if era.get("calendar") == "hijri" else "abs"), y, era.end
        return "abs", y, end
    if ctx.norm(i) == "من":  # من العام الجاري / من هذا العام / من العام 2022
        cue = ctx.hit(i + 1, "year_cue")
        found = ctx.year4(cue.end) if cue else None
        if found is not None:
            return "abs", found[0], found[1]
        i += 1
    if ctx.hit(i, "this") and ctx.hit(i + 1, "period"):
        return "rel", 0, i + 2
    period = ctx.hit(i, "period")
    direction = ctx.hit(period.end if period else i, "direction")
    if direction is None or (period is not None and period.get("unit") != "year"):
        return None
    if period is not None:  # يناير من العام الماضي: a calendar year, not "the last January"
        return "abs", ctx.anchor().year + direction.get("offset"), direction.end
    return "rel", direction.get("offset"), direction.end


def _lam_year_cue(ctx: Ctx, j: int) -> Hit | None:
    """لعام/لسنة before a year: رمضان المبارك لعام 1445 هـ، الميزانية لسنة 2025."""
    if not ctx.norm(j).startswith("ل"):
        return None
    cue = ctx.hit(j, "year_cue", bare=False)
    return cue if cue is not None and cue.skip == 1 else None


def date_value(ctx: Ctx, m: int, hijri: bool, d: int | None, yp: tuple[str, int, int] | None) -> Val | None:
    """Value of day?-month-year? once its parts are read."""
    if hijri:
        return _hijri_value(ctx, m, d, yp)
    if yp is not None and yp[0] == "abs":
        y = yp[1]
    else:
        ref = ctx.anchor()
        y = tv.directed_month_year(ref, m, yp[1]) if yp else tv.closest_year(ref, m, d or 1)
    if d is None:
        return tv.month(y, m)
    return tv.day(dt.date(y, m, d)) if d <= tv.last_day(y, m) else None


def _hijri_value(ctx: Ctx, m: int, d: int | None, yp: tuple[str, int, int] | None) -> Val | None:
    """Gregorian value of a Hijri date; a missing year is the nearest to publication."""
    if yp is not None and yp[0] != "rel":
        y = yp[1]
    else:
        hy, hm = tv.hijri_today(ctx.anchor())
        y = hy - 1 if m - hm > 6 else hy + 1 if hm - m > 6 else hy
        if yp is not None and yp[1] == 1:  # رمضان المقبل: the next one after P's month
            y = hy if m > hm else hy + 1
        elif yp is not None and yp[1] == -1:  # رمضان الماضي: the last one before P's month
            y = hy if m < hm else hy - 1
    return tv.hijri_to_val(y, m, d)


def rule_date(ctx: Ctx, i: int, *, licensed: bool = False) -> Found | None:
    """[day [من]] month [year | الماضي/الحالي/المقبل]: 18 يناير 2024، الثامن عشر من تموز.
    `licensed`: a part word before it (أواخر، منتصف) makes even a bare month that is also a
    common word (جوان، مارس) a month, as does a share (النصف الثاني من مارس)."""
    if i not in ctx.numbers and ctx.norm(i) != "ال" and ctx.kinds(i).isdisjoint(_DATE_START):
        return None  # a date starts with a day, a month cue or a month (a cheap test first)
    skip = 0
    word = None if i in ctx.numbers else ctx.hit(i, "day_word", bare=False)  # فاتح، بالفاتح من
    day = ctx.integer(i, 1, 31) or (None if word is None else (word.get("value"), word.end))
    if day is not None and ctx.hit(i - 1, "share", bare=False):  # النصف الثاني من فبراير
        return None
    j = i
    if day is not None:
        j = day[1] + (1 if ctx.norm(day[1]) == "من" else 0)
    cue = ctx.hit(j, "month_cue", bare=day is not None)
    mstart = cue.end if cue else j
    found = month_name(ctx, mstart, bare=day is not None or cue is not None)
    if found is None:
        return None
    hit, end = found
    yp = year_part(ctx, end)
    bare_month = day is None and yp is None and cue is None
    licensed = licensed or (day is None and _after_share(ctx, mstart))
    if bare_month and not licensed and (hit.get("strict") or not _month_context(ctx, hit)):
        return None
    if yp is None and ctx.hit(i - 1, "date_name", bare=False):  # قوى 14 آذار: a name
        return None
    if day is None:
        skip = (cue or hit).skip
    elif word is not None:
        skip = word.skip
    val = date_value(ctx, hit.get("month"), hit.get("calendar") == "hijri", day[0] if day else None, yp)
    return Found(i, yp[2] if yp else end, val, skip)


def _month_context(ctx: Ctx, hit: Hit) -> bool:
    """A bare month name needs a preposition (في يناير، بيناير، منذ تموز) or a modifier
    before it; alone it is too often part of a name (أيلول الأسود، 14 آذار)."""
    if hit.skip:
        return True
    day = hit.start - 2  # ثورة الفاتح من سبتمبر: the month of a day left out as a name
    if ctx.norm(hit.start - 1) == "من" and (day in ctx.numbers or ctx.hit(day, "day_word", bare=False)):
        return not ctx.hit(day - 1, "date_name", bare=False)
    return any(ctx.hit(hit.start - 1, kind, bare=False) for kind in ("year_prep", "modifier", "range_open", "range_join"))


def rule_day_of_month(ctx: Ctx, i: int) -> Found | None:
    """الثامن عشر من الشهر الحالي، 18 الشهر الماضي، يوم 28 الجاري."""
    day = ctx.integer(i, 1, 31)
    if day is None or ctx.hit(i - 1, "share", bare=False):
        return None
    j = day[1] + (1 if ctx.norm(day[1]) == "من" else 0)
    implied = ctx.hit(j, "month_implied") if _day_number(ctx, i, j > day[1]) else None
    if not implied and (not ctx.hit(j, "month_of") or ctx.hit(j + 1, "relday_block_after")):
        return None  # التاسع من الشهر ذاته: a month of the story
    direction = implied or ctx.hit(j + 1, "direction")
    ref = ctx.anchor()
    if direction is not None:
        y, m = tv.add_months(ref, direction.get("offset"))
        end = direction.end
    else:
        y, m = tv.add_months(ref, -1 if day[0] > ref.day else 0)
        end = j + 1
    return Found(i, end, tv.day(dt.date(y, m, day[0])) if day[0] <= tv.last_day(y, m) else None)


def _day_number(ctx: Ctx, i: int, of: bool) -> bool:
    """True if the number at i can be a day before الجاري/الماضي alone: digits (يوم 28 الجاري)
    or an ordinal with من (العاشر من الجاري; not المؤتمر الثالث المقبل, nor الاثنين)."""
    i += 1 if ctx.norm(i) == "ال" else 0
    num = ctx.numbers.get(i)
    return num is not None and (ctx.tokens[i].kind == "number" or (num.kind == "ordinal" and of))


def rule_modifier(ctx: Ctx, i: int) -> Found | None:
    """منتصف/مطلع/أواخر/نهاية/بداية + month, year or relative period."""
    mod = ctx.hit(i, "modifier", bare=False)
    if mod is None or ctx.hit(i - 1, "date_name", bare=False):
        return None  # ساحة أول ماي: a name
    part = mod.get("part")
    j = mod.end + (1 if ctx.norm(mod.end) == "من" else 0)  # العشر الأواخر من رمضان
    cue = ctx.hit(j, "year_cue")
    year = ctx.year4(cue.end if cue else j)
    if year is not None:
        return Found(i, year[1], tv.year_part(year[0], part), mod.skip)
    inner = rule_date(ctx, j, licensed=True) or rule_period(ctx, j) or _current_period(ctx, j)
    if inner is None or inner.val is None:
        return None
    val = inner.val
    if val.gran == "month":
        val = tv.month_part(val.start.year, val.start.month, part)
    elif val.gran == "year":
        val = tv.year_part(val.start.year, part)
    elif val.gran == "day" and val.start != val.end:  # a Hijri month: a day interval
        val = tv.days_part(val, part)
    return Found(i, inner.end, val, mod.skip)


def rule_week_of(ctx: Ctx, i: int) -> Found | None:
    """الأسبوع الأول/الأخير من + a month: days 1-7, 8-14, 15-21, 22-28, or the last seven."""
    hit = ctx.hit(i, "week_of", bare=False)
    if hit is None or ctx.norm(hit.end) != "من":
        return None
    j = hit.end + 1
    inner = rule_date(ctx, j) or rule_period(ctx, j) or _current_period(ctx, j)
    val = inner.val if inner is not None else None
    if inner is None or val is None or not (val.gran == "month" or (val.gran == "day" and val.start != val.end)):
        return None  # a Gregorian month, or a Hijri one (a day interval)
    return Found(i, inner.end, tv.month_week(val, hit.get("value")), hit.skip)


def _current_period(ctx: Ctx, i: int) -> Found | None:
    """A bare الشهر/العام/الأسبوع after a modifier is the current one (منذ مطلع العام)."""
    period = ctx.hit(i, "period")
    if period is None:
        return None
    ref = ctx.anchor()
    unit = period.get("unit")
    return Found(i, period.end, tv.week(ref) if unit == "week" else tv.shift(ref, unit, 0))


def rule_holiday(ctx: Ctx, i: int) -> Found | None:
    """عيد الفطر، عيد الأضحى [1445 هـ]: the holiday's first day, in the year nearest to P; a
    date right after it (المولد النبوي الأحد 12 ربيع الأول 1446 هـ) gives the value."""
    hit = ctx.hit(i, "holiday", bare=False)
    if hit is None:
        return None
    dated = rule_weekday(ctx, hit.end) or _date_after(ctx, hit.end)
    if dated is not None:
        return Found(i, dated.end, dated.val, hit.skip)
    yp = year_part(ctx, hit.end)
    m, hijri, d = hit.get("month"), hit.get("calendar") == "hijri", hit.get("value")
    if yp is not None and yp[0] == "rel" and yp[1] in (-1, 1):  # عيد الأضحى المقبل/الماضي
        val = _directed_holiday(ctx, m, hijri, d, yp[1])
    else:
        val = date_value(ctx, m, hijri, d, yp)
    return Found(i, yp[2] if yp else hit.end, val, hit.skip)


def _directed_holiday(ctx: Ctx, m: int, hijri: bool, d: int, offset: int) -> Val | None:
    """The first occurrence of a holiday strictly after P (المقبل) or the last strictly before
    it (الماضي)."""
    ref = ctx.anchor()
    base = tv.hijri_today(ref)[0] if hijri else ref.year
    vals = [v for y in range(base - 2, base + 3) if (v := date_value(ctx, m, hijri, d, ("abs", y, 0))) is not None]
    if offset > 0:
        return min((v for v in vals if v.start > ref), key=lambda v: v.start, default=None)
    return max((v for v in vals if v.start < ref), key=lambda v: v.start, default=None)


def rule_season(ctx: Ctx, i: int) -> Found | None:
    """صيف عام 2006، ربيع العام الماضي: the season's months of that year."""
    hit = ctx.hit(i, "season", bare=False)
    if hit is None:
        return None
    cue = ctx.hit(hit.end, "year_cue")
    year = ctx.year4(cue.end if cue else hit.end)
    if year is None:
        inner = rule_period(ctx, hit.end)
        if inner is None or inner.val is None or inner.val.gran != "year":
            return None
        year = (inner.val.start.year, inner.end)
    first, count = hit.get("value"), hit.get("count")
    last = first + count - 1
    val = Val(dt.date(year[0], first, 1), dt.date(year[0], last, tv.last_day(year[0], last)), "month")
    return Found(i, year[1], val, hit.skip)


def rule_relday(ctx: Ctx, i: int) -> Found | None:
    """اليوم، أمس، أمس الأول، غدا، بعد غد; a following weekday only confirms (أمس الثلاثاء)."""
    hit = ctx.hit(i, "relday", bare=False)
    if hit is None or ctx.hit(hit.end, "relday_block_after"):
        return None
    if ctx.hit(i - 1, "relday_block_before", bare=False):
        return None
    if ctx.norm(hit.end) == "من" and ctx.hit(hit.end + 1, "year_cue"):  # في مثل هذا اليوم من عام 1948
        return None
    end = hit.end
    weekday = ctx.hit(end, "weekday")
    if weekday is not None:
        end = weekday.end
    return Found(i, end, tv.shift(ctx.anchor(), "day", hit.get("offset")), hit.skip)


def rule_weekday(ctx: Ctx, i: int) -> Found | None:
    """السبت الماضي، الأربعاء المقبل، الخميس; a following date or أمس/اليوم decides."""
    hit = ctx.hit(i, "weekday", bare=False)
    if hit is None or ctx.norm(hit.end) in _TEEN:
        return None  # الأحد عشر: eleven, not Sunday
    end = hit.end
    direction = ctx.hit(end, "direction")
    if direction is not None:
        end = direction.end
    after = _date_after(ctx, end)
    if after is not None:
        return Found(i, after.end, after.val, hit.skip)
    offset = direction.get("offset") if direction is not None else None
    future = offset is None and ctx.future_context(i)
    date = tv.weekday_date(ctx.anchor(), hit.get("weekday"), offset or None, future)
    return Found(i, end, tv.day(date), hit.skip)


def _date_after(ctx: Ctx, i: int) -> Found | None:
    """A date or relative day right after a weekday (، الموافق ( allowed between)."""
    while ctx.norm(i) in ("،", ",", "(", "الموافق"):
        i += 1
    return ctx.dates.get(i) or rule_date(ctx, i) or rule_relday(ctx, i)


def rule_period(ctx: Ctx, i: int) -> Found | None:
    """الأسبوع/الشهر/العام + الماضي/الحالي/المقبل, or هذا/هذه + period."""
    this = ctx.hit(i, "this", bare=False)
    period = ctx.hit(this.end if this else i, "period", bare=this is not None)
    if period is None:
        return None
    direction = ctx.hit(period.end, "direction")
    if this is None and direction is None:
        return None
    offset = direction.get("offset") if direction else 0
    end = direction.end if direction else period.end
    ref = ctx.anchor()
    unit = period.get("unit")
    val = tv.shift(ref, unit, offset) if unit != "week" else tv.week(ref + dt.timedelta(weeks=offset))
    return Found(i, end, val, (this or period).skip)


def rule_last_n(ctx: Ctx, i: int) -> Found | None:
    """الساعات الـ24 الماضية، الأيام الثلاثة الماضية، العامين الماضيين: a day interval."""
    unit = ctx.hit(i, "unit", bare=False)
    if unit is None:
        return _last_n_number_first(ctx, i)
    if not ctx.norm(i)[unit.skip :].startswith("ال"):
        return None
    n, j = unit.get("count"), unit.end
    if n is None:
        num = ctx.integer(j, 1, 1000)
        if num is None:
            return None
        n, j = num
    direction = ctx.hit(j, "direction", "recent")
    if direction is None or direction.get("offset") not in (-1, 1):
        return None
    val = tv.back(ctx.anchor(), unit.get("unit"), n, direction.get("offset"))
    return Found(i, direction.end, val, unit.skip)


def _last_n_number_first(ctx: Ctx, i: int) -> Found | None:
    """الـ48 ساعة الماضية: the article on the number, then the unit."""
    num = ctx.integer(i, 1, 1000) if ctx.norm(i) == "ال" else None
    unit = ctx.hit(num[1], "unit") if num else None
    direction = ctx.hit(unit.end, "direction", "recent") if unit else None
    if num is None or unit is None or direction is None or direction.get("offset") not in (-1, 1):
        return None
    return Found(i, direction.end, tv.back(ctx.anchor(), unit.get("unit"), num[0], direction.get("offset")))


def rule_shift(ctx: Ctx, i: int) -> Found | None:
    """قبل ثلاثة أيام، قبل يومين، بعد أسبوعين (not "قبل عام 2014", not "بعد يومين من ...")."""
    hit = ctx.hit(i, "shift", bare=False)
    if hit is None:
        return None
    j, n = hit.end, None
    approx = ctx.hit(j, "approx")  # قبل نحو أسبوعين، قبل أكثر من عام
    j = approx.end if approx else j
    num = ctx.integer(j, 1, 1000)
    if num is not None:
        n, j = num
    unit = ctx.hit(j, "unit")
    if unit is None or ctx.norm(j).startswith("ال"):
        return None
    n = n if n is not None else unit.get("count")
    end = unit.end
    if ctx.norm(end) == "من" and ctx.norm(end + 1) in _NOW:  # بعد ثلاثة أشهر من الآن
        end += 2
    elif n is None or ctx.year4(end) or ctx.norm(end) in ("من", "على"):
        return None
    if n is None:
        return None
    val = tv.shift(ctx.anchor(), unit.get("unit"), hit.get("offset") * n)
    return Found(i, end, val, hit.skip)


def rule_year(ctx: Ctx, i: int) -> Found | None:
    """عام 2014، سنة 2018 م، 1445 هـ، عامي 2025 و2026، 2011-2014، في 2018."""
    cue = ctx.hit(i, "year_cue", bare=False)
    j = cue.end if cue else i
    year = ctx.year4(j)
    if year is None:
        return None
    y, end = year
    era = ctx.hit(end, "era")
    if era is not None and era.get("calendar") == "hijri":
        return Found(i, era.end, tv.hijri_year_val(y), cue.skip if cue else 0)
    if era is not None:
        end = era.end
    elif cue is None and not (1900 <= y <= 2100 and (ctx.hit(i - 1, "year_prep", bare=False) or _after_share(ctx, i))):
        return _year_range(ctx, i, y, end)
    second = _second_year(ctx, end, y)
    val = tv.year(y) if second is None else tv.span(tv.year(y), tv.year(second[0]))
    return Found(i, second[1] if second else end, val, cue.skip if cue else 0)


def _after_share(ctx: Ctx, i: int) -> bool:
    """A year after a share of it: النصف الأول من 2025، الربع الأخير من 2023."""
    return ctx.norm(i - 1) == "من" and any(ctx.hit(j, "share", bare=False) for j in (i - 2, i - 3))


def _second_year(ctx: Ctx, i: int, first: int) -> tuple[int, int] | None:
    """The Y2 of "Y1 و/إلى/- [عام] Y2" when Y2 follows Y1."""
    join = ctx.hit(i, "range_join")
    if join is None:
        return None
    cue = ctx.hit(join.end, "year_cue")
    second = ctx.year4(cue.end if cue else join.end)
    return second if second is not None and second[0] > first else None


def _year_range(ctx: Ctx, i: int, y: int, end: int) -> Found | None:
    """Bare years read as a range: "2011-2014", "من 1980 إلى 1988"."""
    if not 1900 <= y <= 2100:
        return None
    if ctx.norm(end) == "-":
        second = ctx.year4(end + 1, y + 1, 2100)
    elif ctx.norm(end) == "/":  # العام الدراسي 2024/2025
        second = ctx.year4(end + 1, y + 1, y + 1)
    elif ctx.hit(i - 1, "range_open", bare=False):
        second = _second_year(ctx, end, y)
    else:
        return None
    return None if second is None else Found(i, second[1], tv.span(tv.year(y), tv.year(second[0])))


def rule_decade(ctx: Ctx, i: int) -> Found | None:
    """الثمانينيات [من القرن الماضي]: 19xx unless the century says otherwise; without the
    article (ثمانينيات القرن الماضي) the century must follow."""
    hit = ctx.hit(i, "decade", bare=False)
    if hit is None:
        return None
    j = hit.end + (1 if ctx.norm(hit.end) == "من" else 0)
    century = ctx.hit(j, "century")
    if century is None and not ctx.norm(i)[hit.skip :].startswith("ال"):
        return None
    first = (century.get("value") if century else 19) * 100 + hit.get("value")
    return Found(i, century.end if century else hit.end, tv.decade(first), hit.skip)


def rule_lead(ctx: Ctx, i: int) -> Found | None:
    """يوم/صباح/مساء + a day expression; "يوم 18" alone is a day of the current month."""
    lead = ctx.hit(i, "lead", bare=False)
    if lead is None:
        return None
    inner = rule_relday(ctx, lead.end) or rule_weekday(ctx, lead.end) or rule_date(ctx, lead.end)
    if inner is None and lead.phrase.words != ("يوم",):  # مساء يوم الثلاثاء، فجر يوم أمس
        inner = rule_lead(ctx, lead.end)
    if inner is None:
        inner = rule_day_of_month(ctx, lead.end) or _bare_day(ctx, lead)
    return None if inner is None else Found(i, inner.end, inner.val, lead.skip)


def _bare_day(ctx: Ctx, lead: Hit) -> Found | None:
    """يوم 18: the 18th of the publication month, or of the month before if still ahead."""
    if lead.phrase.words != ("يوم",):
        return None
    day = ctx.integer(lead.end, 1, 31)
    if day is not None and ctx.norm(day[1]) == "/":  # يوم 5/3: the year nearest to P
        return _day_month(ctx, lead.end, day)
    if day is None or ctx.norm(day[1]) in ("-", "."):  # يوم 20/10/2023 is a numeric date
        return None
    ref = ctx.anchor()
    y, m = tv.add_months(ref, -1 if day[0] > ref.day else 0)
    val = tv.day(dt.date(y, m, day[0])) if day[0] <= tv.last_day(y, m) else None
    return Found(lead.end, day[1], val)


def _day_month(ctx: Ctx, i: int, day: tuple[int, int]) -> Found | None:
    """Day/month digits without a year after يوم (يوم 5/3), day first."""
    month = ctx.integer(day[1] + 1, 1, 12)
    if month is None or ctx.tokens[day[1] + 1].kind != "number" or ctx.norm(month[1]) in ("/", "-"):
        return None
    if ctx.norm(month[1]) == "." and month[1] + 1 < ctx.size and ctx.tokens[month[1] + 1].kind == "number":
        return None  # 5/3.2024
    y = tv.closest_year(ctx.anchor(), month[0], day[0])
    return Found(i, month[1], tv.day(dt.date(y, month[0], day[0]))) if day[0] <= tv.last_day(y, month[0]) else None


# Each rule with the lexicon kinds that may start it and whether a number may start it:
# a token is only offered to the rules it can start (the stage runs in well under 1 ms).
RULES: Final[tuple[tuple[Rule, frozenset[str], bool], ...]] = (
    (rule_date, frozenset({"month", "month_cue", "day_word"}), True),
    (rule_week_of, frozenset({"week_of"}), False),
    (rule_day_of_month, frozenset(), True),
    (rule_modifier, frozenset({"modifier"}), False),
    (rule_relday, frozenset({"relday"}), False),
    (rule_weekday, frozenset({"weekday"}), False),
    (rule_period, frozenset({"this", "period"}), False),
    (rule_last_n, frozenset({"unit"}), True),
    (rule_shift, frozenset({"shift"}), False),
    (rule_year, frozenset({"year_cue"}), True),
    (rule_decade, frozenset({"decade"}), False),
    (rule_lead, frozenset({"lead"}), False),
    (rule_season, frozenset({"season"}), False),
    (rule_holiday, frozenset({"holiday"}), False),
)
