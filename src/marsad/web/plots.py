"""Geometry of the inline SVG plots: a timeline of incidents and a lon/lat scatter map.

Drawn server-side as plain SVG (no JavaScript library, no tiles, no network); the templates
only place the shapes computed here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.corpus.model import Incident

WIDTH, LANE, PAD = 760, 26, 40
MAP_W, MAP_H = 760, 420
STEPS = (1, 2, 5, 10, 15, 30)


@dataclass(frozen=True, slots=True)
class Dot:
    """One incident drawn at (x, y), linking to its page."""

    x: float
    y: float
    href: str
    label: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis or graticule line at `pos` with its label."""

    pos: float
    label: str


@dataclass(frozen=True, slots=True)
class Plot:
    """Everything a template needs to draw one SVG."""

    width: float
    height: float
    dots: list[Dot]
    xticks: list[Tick]
    yticks: list[Tick]


def _day(value: str | None) -> dt.date | None:
    """The first day of an ISO date, month, year or interval; None when unreadable."""
    head = (value or "").split("/")[0]
    for size, pad in ((10, ""), (7, "-01"), (4, "-01-01")):
        try:
            return dt.date.fromisoformat(head[:size] + pad)
        except ValueError:
            continue
    return None


def _label(inc: Incident) -> str:
    """Hover text of an incident dot."""
    return " · ".join(p for p in (inc.type, inc.mode, inc.date, inc.location, f"{len(inc.outlets)} outlets") if p)


def timeline(incidents: Sequence[Incident]) -> Plot | None:
    """Incidents on a date axis, one lane per event type; None when none has a date."""
    dated = [(d, i) for i in incidents if (d := _day(i.date)) is not None]
    if not dated:
        return None
    lanes = sorted({i.type for _, i in dated})
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max((last - first).days, 1)
    left, right = 150, WIDTH - 50

    def x(d: dt.date) -> float:
        return left + (right - left) * (d - first).days / span

    dots = [Dot(x(d), PAD / 2 + LANE * (lanes.index(i.type) + 0.5), f"/incidents/{i.id}", _label(i))
            for d, i in dated]
    ticks = [first + dt.timedelta(days=round(span * k / 4)) for k in range(5)]
    xticks = [Tick(x(d), d.isoformat()) for d in sorted(set(ticks))]
    yticks = [Tick(PAD / 2 + LANE * (n + 0.5), t) for n, t in enumerate(lanes)]
    return Plot(WIDTH, PAD + LANE * len(lanes) + 10, dots, xticks, yticks)


def _bounds(values: list[float], low: float, high: float) -> tuple[float, float]:
    """A padded range around the values (at least 10 degrees wide), clipped to [low, high]."""
    a, b = min(values), max(values)
    pad = max((10 - (b - a)) / 2, 2)
    return max(a - pad, low), min(b + pad, high)


def _grid(a: float, b: float) -> list[float]:
    """Round graticule positions between a and b (about 3 to 10 lines)."""
    step = next((s for s in STEPS if (b - a) / s <= 10), 30)
    return [k * step for k in range(math.ceil(a / step), math.floor(b / step) + 1)]


def world_map(incidents: Sequence[Incident]) -> Plot | None:
    """Incidents with coordinates on an equirectangular graticule; None when none has any."""
    placed = [i for i in incidents if i.lat is not None and i.lon is not None]
    if not placed:
        return None
    lon0, lon1 = _bounds([i.lon for i in placed if i.lon is not None], -180, 180)
    lat0, lat1 = _bounds([i.lat for i in placed if i.lat is not None], -90, 90)
    scale = min(MAP_W / (lon1 - lon0), MAP_H / (lat1 - lat0))
    w, h = (lon1 - lon0) * scale, (lat1 - lat0) * scale

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - lon0) * scale, (lat1 - lat) * scale

    dots = [Dot(*xy(i.lon or 0.0, i.lat or 0.0), f"/incidents/{i.id}", _label(i), i.location)
            for i in placed]
    xticks = [Tick(xy(g, lat1)[0], f"{g:g}°E" if g >= 0 else f"{-g:g}°W") for g in _grid(lon0, lon1)]
    yticks = [Tick(xy(lon0, g)[1], f"{g:g}°N" if g >= 0 else f"{-g:g}°S") for g in _grid(lat0, lat1)]
    return Plot(w, h, dots, xticks, yticks)
