"""How alike two mentions are: a score in 0..1, or None when they cannot be one happening.

Hard constraints (None): different type, incompatible modes, dates further apart than
their granularity allows, specific places too far apart, or reversed roles (a
retaliation: A hits B, then B hits A). Soft evidence: date, place, participants, mode.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from marsad.corpus.mentions import Mention, Place
from marsad.resources import load_packaged

EARTH_KM = 6371.0
ANCHOR = 0.4  # a pair needs a place or participant scoring at least this


class _Group(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str
    modes: list[str]


@dataclass(frozen=True, slots=True)
class Params:
    """Linking parameters read from `data/linking.yaml`."""

    threshold: float
    weights: dict[str, float]
    day_window: int
    weak_window: int
    near_km: float
    far_km: float
    mode_groups: tuple[tuple[str, frozenset[str]], ...]


@lru_cache(maxsize=1)
def params() -> Params:
    """The packaged linking parameters (validated)."""
    data = load_packaged("linking.yaml")
    groups = tuple((g.type, frozenset(g.modes)) for g in map(_Group.model_validate, data.entries))
    h = data.header
    return Params(
        float(h["threshold"]), {k: float(v) for k, v in h["weights"].items()}, int(h["day_window"]),
        int(h["weak_window"]), float(h["near_km"]), float(h["far_km"]), groups,
    )


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def mode_score(kind: str, a: str | None, b: str | None, p: Params) -> float | None:
    """1 same mode, 0.5 unknown on one side or same group, None incompatible."""
    if a == b:
        return 1.0
    if a is None or b is None:
        return 0.5
    if any(t == kind and a in modes and b in modes for t, modes in p.mode_groups):
        return 0.5
    return None


def date_score(a: Mention, b: Mention, p: Params) -> float | None:
    """1 same day, lower for coarse or publication dates, None when too far apart."""
    if a.date_range is None or b.date_range is None:
        return 0.3
    gap = (max(a.date_range[0], b.date_range[0]) - min(a.date_range[1], b.date_range[1])).days
    window = p.weak_window if a.weak_date or b.weak_date else p.day_window
    if gap > window:
        return None
    span = max((r[1] - r[0]).days for r in (a.date_range, b.date_range))
    exact = 1.0 if gap <= 0 and span == 0 else 0.6 if span <= 31 else 0.3
    return exact * (0.7 if a.weak_date or b.weak_date else 1.0)


def _distance(x: Place, y: Place) -> float | None:
    if x.key == y.key:
        return 0.0
    if None in (x.lat, x.lon, y.lat, y.lon) or (x.country and y.country and x.country != y.country):
        return None
    return haversine((x.lat, x.lon), (y.lat, y.lon))  # type: ignore[arg-type]


def _across_border(xs: list[Place], ys: list[Place]) -> bool:
    """Every pair of places lies in two different (known) countries."""
    return all(x.country and y.country and x.country != y.country for x in xs for y in ys)


def place_score(a: Mention, b: Mention, p: Params) -> float | None:
    """1 same or near place, 0.1 a neighbouring town, 0.4 same country only, 0.2 unknown,
    None for distant specific places (or
    specific places across a border: a cross-border attack and the strike answering it)."""
    if not a.places or not b.places:
        return 0.2
    dists = [d for x in a.places for y in b.places if (d := _distance(x, y)) is not None]
    if any(d <= p.near_km for d in dists):
        return 1.0
    specific_a = [x for x in a.places if x.specific]
    specific_b = [y for y in b.places if y.specific]
    if specific_a and specific_b and (
        (dists and min(dists) > p.far_km) or _across_border(specific_a, specific_b)
    ):
        return None
    countries_a = {x.country for x in a.places if x.country}
    countries_b = {y.country for y in b.places if y.country}
    if dists and min(dists) <= p.far_km:
        return 0.1  # neighbouring towns: only strong participant evidence links them
    if countries_a & countries_b:
        return 0.4
    return None if countries_a and countries_b else 0.2


def actor_score(a: Mention, b: Mention) -> float | None:
    """1 shared participant, 0.5 shared country, 0.3 unknown, 0 disjoint, None reversed roles."""
    if a.actors & b.targets and b.actors & a.targets and not a.actors & b.actors:
        return None
    if (a.actors | a.targets) & (b.actors | b.targets):
        return 1.0
    if a.countries & b.countries:
        return 0.5
    if not (a.actors | a.targets) or not (b.actors | b.targets):
        return 0.3
    return 0.0


def score(a: Mention, b: Mention, p: Params | None = None) -> float | None:
    """Weighted similarity of two mentions, or None when they cannot be one happening."""
    p = p or params()
    if a.type != b.type or a.article.id == b.article.id:
        return None
    parts = {
        "mode": mode_score(a.type, a.mode, b.mode, p),
        "date": date_score(a, b, p),
        "place": place_score(a, b, p),
        "actors": actor_score(a, b),
    }
    if any(v is None for v in parts.values()):
        return None
    if (parts["place"] or 0) < ANCHOR and (parts["actors"] or 0) < ANCHOR:
        return None  # same type and day alone: no shared place or participant
    return round(sum(p.weights[k] * v for k, v in parts.items() if v is not None), 4)
