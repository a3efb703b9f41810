"""Calendar values of time expressions: spans of days with a granularity, ISO 8601 output,
month/week/year arithmetic and Hijri conversion (hijridate)."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache
from typing import Final, NamedTuple

from marsad.model import Granularity

OPEN: Final = ".."  # ISO 8601-2 marker of an open interval end ("2024-01-20/..")
# Thirds of a month and parts of a year named by بداية/منتصف/نهاية (see docs/times.md).
MONTH_PARTS: Final = {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}
YEAR_PARTS: Final = {"start": (1, 1), "mid": (6, 7), "end": (12, 12)}
MEMO_SIZE: Final = 4096  # values whose ISO text and shifts are remembered (dates near publication)


class Val(NamedTuple):
    """A time value: first and last day covered, granularity of each end, open or not (a
    named tuple: built several times faster than a frozen dataclass)."""

    start: dt.date
    end: dt.date
    gran: Granularity
    end_gran: Granularity | None = None
    open: bool = False

    def iso(self) -> str:
        """ISO 8601 text: a date, month, week, year, or an interval A/B (A/.. when open)."""
        a = _fmt(self.start, self.gran)
        if self.open:
            return f"{a}/{OPEN}"
        b = _fmt(self.end, self.end_gran or self.gran)
        return a if a == b else f"{a}/{b}"


@lru_cache(maxsize=MEMO_SIZE)
def iso(v: Val) -> str:
    """`v.iso()`, memoised: the same few days (أمس، اليوم) come back in every article."""
    return v.iso()


def _fmt(d: dt.date, gran: Granularity) -> str:
    """One end of a value at its granularity."""
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def last_day(year: int, month: int) -> int:
    """Number of days in a month."""
    return calendar.monthrange(year, month)[1]


def day(d: dt.date) -> Val:
    """A single day."""
    return Val(d, d, "day")


def month(year: int, m: int) -> Val:
    """A whole month."""
    return Val(dt.date(year, m, 1), dt.date(year, m, last_day(year, m)), "month")


def year(y: int) -> Val:
    """A whole year."""
    return Val(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def week(d: dt.date) -> Val:
    """The ISO week (Monday to Sunday) containing d."""
    monday = d - dt.timedelta(days=d.weekday())
    return Val(monday, monday + dt.timedelta(days=6), "week")


def decade(first_year: int) -> Val:
    """Ten years from first_year, as a year interval."""
    return Val(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade", "year")


def span(a: Val, b: Val) -> Val:
    """The interval from the start of a to the end of b."""
    return Val(a.start, b.end, a.gran, b.end_gran or b.gran)


def opened(v: Val) -> Val:
    """An open interval starting where v starts (منذ ...)."""
    return v._replace(open=True)


def year_earlier(v: Val) -> Val:
    """The same value one year earlier (29 February becomes the 28th)."""

    def back(d: dt.date) -> dt.date:
        return d.replace(year=d.year - 1, day=min(d.day, last_day(d.year - 1, d.month)))

    return v._replace(start=back(v.start), end=back(v.end))


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    """(year, month) n months after d's month."""
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


@lru_cache(maxsize=MEMO_SIZE)
def shift(ref: dt.date, unit: str, n: int) -> Val:
    """The day, week, month or year n units from ref (n < 0: ago); memoised, as articles
    of one day say أمس and اليوم over and over."""
    if unit == "day":
        return day(ref + dt.timedelta(days=n))
    if unit == "hour":
        return day((dt.datetime.combine(ref, dt.time(12)) + dt.timedelta(hours=n)).date())
    if unit == "week":
        return week(ref + dt.timedelta(weeks=n))
    if unit == "month":
        y, m = add_months(ref, n)
        return month(y, m)
    return year(ref.year + n)


def back(ref: dt.date, unit: str, n: int, sign: int) -> Val:
    """The last (sign -1) or next (sign +1) n units from ref, as a day interval."""
    if unit == "hour":
        other = (dt.datetime.combine(ref, dt.time(0)) + dt.timedelta(hours=sign * n)).date()
    elif unit in ("day", "week"):
        other = ref + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    else:
        months = n * (12 if unit == "year" else 1)
        y, m = add_months(ref, sign * months)
        other = dt.date(y, m, min(ref.day, last_day(y, m)))
    a, b = (other, ref) if sign < 0 else (ref, other)
    return Val(a, b, "day")


def month_part(y: int, m: int, part: str) -> Val:
    """Beginning (1-10), middle (11-20) or end (21-last) of a month, as a day interval."""
    lo, hi = MONTH_PARTS[part]
    return Val(dt.date(y, m, lo), dt.date(y, m, min(hi, last_day(y, m))), "day")


def days_part(v: Val, part: str) -> Val:
    """Beginning (days 1-10), middle (11-20) or end (21-last) of a day interval (a Hijri month)."""
    lo, hi = MONTH_PARTS[part]
    first = v.start + dt.timedelta(days=lo - 1)
    return Val(first, min(v.end, v.start + dt.timedelta(days=hi - 1)), "day")


def month_week(month_val: Val, rank: int) -> Val:
    """Week `rank` of a month as its days 7(rank-1)+1 to 7 rank; rank -1 = its last seven days."""
    first, last = month_val.start, month_val.end
    lo = last - dt.timedelta(days=6) if rank < 0 else first + dt.timedelta(days=7 * (rank - 1))
    return Val(lo, min(lo + dt.timedelta(days=6), last), "day")


def year_part(y: int, part: str) -> Val:
    """Beginning (January), middle (June-July) or end (December) of a year."""
    lo, hi = YEAR_PARTS[part]
    return Val(dt.date(y, lo, 1), dt.date(y, hi, last_day(y, hi)), "month")


def closest_year(ref: dt.date, m: int, d: int = 1) -> int:
    """Year putting month m (day d) nearest to ref: at most six months either way."""
    best = ref.year
    for y in (ref.year - 1, ref.year, ref.year + 1):
        dd = min(d, last_day(y, m))
        if abs((dt.date(y, m, dd) - ref).days) < abs((dt.date(best, m, min(d, last_day(best, m))) - ref).days):
            best = y
    return best


def directed_month_year(ref: dt.date, m: int, direction: int) -> int:
    """Year of month m said with الماضي (-1), الحالي (0) or المقبل (+1)."""
    if direction < 0:
        return ref.year if m < ref.month else ref.year - 1
    if direction > 0:
        return ref.year if m > ref.month else ref.year + 1
    return ref.year


def weekday_date(ref: dt.date, wd: int, direction: int | None, future: bool) -> dt.date:
    """Date of a weekday: الماضي = last strictly before ref, المقبل = next strictly after
    (قبل الماضي/بعد المقبل: a week further), bare = the latest on or before ref (the next
    on or after it in future context)."""
    back_days = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    if direction is not None and direction < 0:
        return ref - dt.timedelta(days=(back_days or 7) + 7 * (-direction - 1))
    if direction is not None and direction > 0:
        return ref + dt.timedelta(days=(ahead or 7) + 7 * (direction - 1))
    return ref + dt.timedelta(days=ahead) if future else ref - dt.timedelta(days=back_days)


def hijri_to_val(y: int, m: int, d: int | None) -> Val | None:
    """Gregorian value of a Hijri day or month (None outside hijridate's range)."""
    from hijridate import Hijri

    try:
        if d is not None:
            return day(Hijri(y, m, d).to_gregorian())
        first = Hijri(y, m, 1)
        last = Hijri(y, m, first.month_length())
        return Val(first.to_gregorian(), last.to_gregorian(), "day")
    except (ValueError, OverflowError):
        return None


def hijri_year_val(y: int) -> Val | None:
    """Gregorian interval of a whole Hijri year."""
    a, b = hijri_to_val(y, 1, None), hijri_to_val(y, 12, None)
    return None if a is None or b is None else Val(a.start, b.end, "day")


def hijri_today(ref: dt.date) -> tuple[int, int]:
    """(Hijri year, month) of a Gregorian date."""
    from hijridate import Gregorian

    h = Gregorian(ref.year, ref.month, ref.day).to_hijri()
    return h.year, h.month
