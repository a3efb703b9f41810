"""marsad.times.v1: time expressions with ISO 8601 values resolved against `doc.published`.

Rules (time_grammar) are tried only at tokens that can start a time expression; the
longest reading wins and readings do not overlap. Then "من/بين T1 إلى/و T2" becomes an
interval and "منذ T" an open interval "T/..". Numeric dates (18/1/2024, 2024-01-18) are
read with a regular expression over the normalised text. See docs/times.md.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cache
from typing import Final

from marsad.document import Document, sentence_at
from marsad.model import Time
from marsad.recognize import time_values as tv
from marsad.recognize.time_grammar import RULES, Ctx, Found, Rule
from marsad.recognize.time_lexicon import PhraseLexicon, time_lexicon
from marsad.registry import component
from marsad.resources import Resources
from marsad.text.numbers import NumberSpan, number_lexicon
from marsad.text.tokenize import Token
from marsad.trusted import trusted

_NUMERIC: Final = re.compile(
    r"(?=\d)(?<![\d/.\-])(?:(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"
    r"|(?P<y2>\d{4})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/\-]|\.\d)"
)

_STARTERS: Final = frozenset(k for _, starters, _ in RULES for k in starters)
_ARTICLE: Final = frozenset({"ال"})  # الـ24 الساعة الماضية
_DATE_GLUE: Final = frozenset({"-", "/", "(", ".", ","})
_HIJRI_YEARS: Final = (1300, 1499)  # a numeric date with such a year is Hijri
_BARE_DAY_JOIN: Final = frozenset({"و", "-"})  # 2 و3 فبراير، 2-3 فبراير need no من/بين before
_AFTER_DAY: Final = frozenset({"month", "month_cue", "month_implied", "month_of"})  # what a day number needs next


def find_times(doc: Document) -> list[Time]:
    """Every time expression of `doc`, with values when they can be resolved (packaged lexicon)."""
    numbers = doc.numbers
    numeric = _numeric_dates(doc, numbers, time_lexicon())
    ctx = Ctx(doc.tokens, time_lexicon(), {n.token_start: n for n in numbers}, doc.published,
              {f.start: f for f in numeric})
    found = _merge_equivalent(ctx, _readings(ctx))
    found = [f for f in found if not ctx.hit(f.end, "recurring")]  # العشرين من يناير من كل عام
    found = _merge_since(ctx, _merge_ranges(ctx, found, numbers))
    starts = doc.sentence_starts()
    return [_to_time(doc, k, f, starts) for k, f in enumerate(found)]


def _readings(ctx: Ctx) -> list[Found]:
    """Non-overlapping readings, leftmost then longest first. A token inside a chosen
    reading is not tried: nothing starting there could be chosen."""
    words = _start_words()
    # One pass of cheap membership tests first: most tokens start nothing. A number that
    # is no start word and no numeric date can only start a rule for numbers.
    starts = [t.index for t in ctx.tokens if t.norm in words]
    numeric = {i for i in ctx.numbers if _number_may_start(ctx, i)}
    chosen: list[Found] = []
    end = 0
    for i in sorted({*starts, *numeric, *ctx.dates}):
        best = _longest(ctx, i, i in numeric) if i >= end else None
        if best is not None:
            chosen.append(best)
            end = best.end
    return chosen


def _longest(ctx: Ctx, i: int, may_number: bool) -> Found | None:
    """The longest reading starting at token i: a numeric date's or a rule's (the date's on
    a tie, the first rule's between rules); `may_number`: a number there may start one."""
    best = ctx.dates.get(i)
    tok = ctx.tokens[i]
    kinds = ctx.lex.kinds_at(tok.norm)
    numeric = may_number or tok.norm == "ال"
    for rule in _rules_for(kinds, numeric):
        ctx.used_anchor = False
        f = rule(ctx, i)
        if f is not None and (best is None or f.end > best.end):
            best = f if ctx.published or not ctx.used_anchor else f._replace(val=None)
    return best


@cache
def _rules_for(kinds: frozenset[str], numeric: bool) -> tuple[Rule, ...]:
    """The rules a token starting phrases of these kinds (and maybe a number) is offered to."""
    return tuple(rule for rule, starters, on_number in RULES if (numeric and on_number) or kinds & starters)


def _number_may_start(ctx: Ctx, i: int) -> bool:
    """True if the number at i may start a time: a day before a month word (18 يناير، 18 من
    الشهر الماضي، 28 الجاري) or a four-digit year, next to a time word or a date separator
    (cheap tests that spare the rules most numbers: 900 جندي، في 3 مدن)."""
    end = ctx.numbers[i].token_end
    after = ctx.kinds(end)
    if not _four_digits(ctx.tokens[i]):
        month = ctx.kinds(end + 1) if ctx.norm(end) == "من" else after
        if month.isdisjoint(_AFTER_DAY):
            return False
    return bool(after) or ctx.norm(end) in _DATE_GLUE or bool(ctx.kinds(i - 1))


def _four_digits(tok: Token) -> bool:
    """True for a token that may be a year of rule_year (2014)."""
    return tok.kind == "number" and len(tok.norm) == 4


@cache
def _start_words() -> frozenset[str]:
    """Every form of the packaged lexicon that can start a rule, and the الـ of الـ24."""
    return time_lexicon().surfaces(_STARTERS) | _ARTICLE


def _numeric_dates(doc: Document, numbers: list[NumberSpan], lex: PhraseLexicon) -> list[Found]:
    """18/1/2024, 18-01-2024, 18.1.2024 (day first) and 2024-01-18; Hijri when the year is
    one (13/7/1445 هـ، 1445/7/13)."""
    out: list[Found] = []
    matches = _numeric_matches(doc, numbers)
    starts = [t.nstart for t in doc.tokens] if matches else []
    for m in matches:
        if m.group("d"):
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if mo > 12 >= d:  # month/day/year written the American way
                d, mo = mo, d
        else:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        end = bisect_left(starts, m.end())
        era = lex.match(doc.tokens, end, "era")
        hijri = era.get("calendar") == "hijri" if era else _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1]
        val = _day_value(y, mo, d, hijri)
        if val is not None:
            out.append(Found(bisect_left(starts, m.start()), era.end if era else end, val))
    return out


def _numeric_matches(doc: Document, numbers: list[NumberSpan]) -> list[re.Match[str]]:
    """The matches of _NUMERIC over the normalised text, left to right and not overlapping
    (as finditer finds them), tried only where they can start: at a digit token (the one
    after a thousands comma cannot start a date), each a part of one of the numbers."""
    text, found, end = doc.norm.text, [], 0
    for n in numbers:
        for tok in doc.tokens[n.token_start : n.token_end]:
            m = _NUMERIC.match(text, tok.nstart) if tok.kind == "number" and tok.nstart >= end else None
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def _day_value(y: int, m: int, d: int, hijri: bool) -> tv.Val | None:
    """A Gregorian or Hijri day, None if there is no such day."""
    if hijri:
        return tv.hijri_to_val(y, m, d) if 1 <= m <= 12 and 1 <= d <= 30 else None
    try:
        return tv.day(dt.date(y, m, d))
    except ValueError:
        return None


def _merge_equivalent(ctx: Ctx, found: list[Found]) -> list[Found]:
    """T1 الموافق T2 (one day in both calendars) -> one expression, valued as T2 (the
    Gregorian date follows the Hijri one in Arabic usage)."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and f.start == prev.end + 1 and ctx.hit(prev.end, "equivalent", bare=False):
            out[-1] = Found(prev.start, f.end, f.val or prev.val, prev.skip)
            continue
        out.append(f)
    return out


def _merge_ranges(ctx: Ctx, found: list[Found], numbers: list) -> list[Found]:
    """من/بين T1 إلى/و/حتى T2 and T1-T2 -> interval; من 17 إلى 30 تشرين الأول -> day interval."""
    by_end = {n.token_end: n for n in numbers}
    out: list[Found] = []
    for f in found:
        # Only a reading right after the previous one (or glued to it) can close a range.
        joined = _interval(ctx, out[-1], f) if out and 0 <= f.start - out[-1].end <= 1 else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append((f.start - 1 in by_end and _day_range(ctx, f, by_end)) or f)
    return out


def _interval(ctx: Ctx, a: Found, b: Found) -> Found | None:
    """The interval a/b when the text links them (see `_joined`)."""
    start = _joined(ctx, a, b) if a.val is not None and b.val is not None else None
    if start is None or a.val is None or b.val is None:
        return None
    skip = _open_skip(ctx, start) if start < a.start else a.skip
    first = _week_before(ctx, a.start, _year_of_second(ctx, a, b, a.val, b.val), b.val)
    return Found(start, b.end, tv.span(first, b.val), skip)


def _year_of_second(ctx: Ctx, a: Found, b: Found, val: tv.Val, last: tv.Val) -> tv.Val:
    """A yearless first end takes the year of a dated second end, or the year before if it
    comes later in the year: من مايو إلى يوليو 2023، من نوفمبر إلى فبراير 2024."""
    if val.gran not in ("day", "month") or (val.gran == "day" and val.start != val.end):
        return val
    if not _has_year(ctx, b) or _has_year(ctx, a):
        return val
    y = last.start.year - (1 if (val.start.month, val.start.day) > (last.start.month, last.start.day) else 0)
    if y == val.start.year:
        return val
    if val.gran == "month":
        return tv.month(y, val.start.month)
    return tv.day(val.start.replace(year=y)) if val.start.day <= tv.last_day(y, val.start.month) else val


def _has_year(ctx: Ctx, f: Found) -> bool:
    """True if a Gregorian year is written in f (18 يناير 2024، 2024/01/18)."""
    return any(ctx.year4(j, 1900, 2100) for j in range(f.start, f.end))


def _week_before(ctx: Ctx, i: int, a: tv.Val, b: tv.Val) -> tv.Val:
    """A bare weekday paired with a later one takes its week (يومي الأربعاء والخميس المقبلين:
    the Wednesday before that Thursday), when on its own it would be more than a week off."""
    weekday = ctx.hit(i, "weekday", bare=False) or ctx.hit(i + 1, "weekday")
    gap = (b.start - a.start).days
    if weekday is None or a.gran != "day" or 0 <= gap <= 6:
        return a
    return tv.day(b.start - dt.timedelta(days=(b.start.weekday() - a.start.weekday()) % 7))


def _joined(ctx: Ctx, a: Found, b: Found) -> int | None:
    """First token of "من/بين a إلى/و b" (و may be glued to b: ومارس) or of "a-b"
    (ليل الأربعاء-الخميس), None if a and b are not so linked."""
    glued = b.start == a.end and b.skip == 1 and ctx.norm(b.start).startswith("و")
    if b.start == a.end and not glued and _night(ctx, a, b):
        return a.start  # ليل الأحد الاثنين: the night from one day to the next, no join word
    if not glued and (b.start != a.end + 1 or not ctx.hit(a.end, "range_join", bare=False)):
        return None
    if ctx.hit(a.start - 1, "range_open", bare=False) is not None:
        return a.start - 1
    if ctx.hit(a.start, "range_open") is not None:  # شهري مارس وأبريل: the opener is a's cue
        return a.start
    if not glued and _night(ctx, a, b):
        return a.start  # ليلة الثلاثاء إلى الأربعاء
    dashed = not glued and ctx.norm(a.end) == "-"
    return a.start if dashed and a.val and b.val and a.val.start < b.val.start else None


def _night(ctx: Ctx, a: Found, b: Found) -> bool:
    """True for "ليلة X إلى/على/- Y", or "ليل X Y" with Y a weekday, Y the day after X."""
    joined = b.start == a.end + 1 and ctx.hit(a.end, "night_join") is not None
    adjacent = b.start == a.end and ctx.hit(b.start, "weekday") is not None
    if not (joined or adjacent) or not ctx.hit(a.start, "night"):
        return False
    return a.val is not None and b.val is not None and (b.val.start - a.val.end).days == 1


def _open_skip(ctx: Ctx, i: int) -> int:
    hit = ctx.hit(i, "range_open", bare=False)
    return hit.skip if hit else 0


def _day_range(ctx: Ctx, f: Found, by_end: dict) -> Found | None:
    """A bare first day borrowing the month of a dated second end."""
    if f.val is None or f.val.gran != "day" or f.val.start != f.val.end:
        return None
    join = f.start - 1
    num = by_end.get(join)
    if num is None or not ctx.hit(join, "range_join") or not 1 <= num.value <= f.val.start.day:
        return None
    opened = ctx.hit(num.token_start - 1, "range_open", bare=False) is not None
    if num.value != int(num.value) or not (opened or ctx.norm(join) in _BARE_DAY_JOIN):
        return None
    first = f.val.start.replace(day=int(num.value))
    start = num.token_start - 1 if opened else num.token_start
    return Found(start, f.end, tv.Val(first, f.val.end, "day"), _open_skip(ctx, start))


def _merge_since(ctx: Ctx, found: list[Found]) -> list[Found]:
    """منذ T -> the open interval "T/.."; a yearless T still ahead is last year's (منذ تموز)."""
    out: list[Found] = []
    for f in found:
        hit = ctx.hit(f.start - 1, "since", bare=False)
        if hit is not None and f.val is not None and not f.val.open:
            val = f.val
            if ctx.published and val.start > ctx.published and val.gran in ("day", "month"):
                val = tv.year_earlier(val)
            f = Found(f.start - 1, f.end, tv.opened(val), hit.skip)
        out.append(f)
    return out


def _to_time(doc: Document, k: int, f: Found, sentence_starts: list[int]) -> Time:
    """The contract object for a reading."""
    start = doc.norm.offsets[doc.tokens[f.start].nstart + f.skip]  # past the proclitic
    end = doc.tokens[f.end - 1].end
    val = f.val
    return trusted(
        Time,
        id=f"t{k + 1}",
        text=doc.text[start:end],
        start=start,
        end=end,
        sentence=sentence_at(sentence_starts, start),
        value=tv.iso(val) if val else None,
        granularity=val.gran if val else None,
        resolved=val is not None,
    )


class TimeRecognizer:
    """Pipeline stage filling `doc.times`."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        time_lexicon()  # load the data once, when the pipeline is built
        number_lexicon()
        _start_words()

    def __call__(self, doc: Document) -> None:
        doc.times = find_times(doc)


# Registered by a call, not a class decorator: mypyc compiles a decorated class as a plain
# Python one, whose attribute reads and method calls go through dictionaries.
component("marsad.times.v1", requires=("sentences",), assigns=("times",))(TimeRecognizer)
