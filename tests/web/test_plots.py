"""Geometry of the timeline and the map."""

from __future__ import annotations

from marsad.corpus.model import Incident
from marsad.web.plots import timeline, world_map


def _inc(n: int, date: str | None, lat: float | None = None, lon: float | None = None) -> Incident:
    return Incident(id=f"i{n}", type="ASSAULT" if n % 2 else "PROTEST", date=date, lat=lat, lon=lon)


def test_web_timeline_orders_by_date_in_lanes() -> None:
    plot = timeline([_inc(1, "2024-01-01"), _inc(2, "2024-02"), _inc(3, "2024-03-01/2024-03-05"), _inc(4, None)])
    assert plot is not None and len(plot.dots) == 3
    xs = {d.href: d.x for d in plot.dots}
    assert xs["/incidents/i1"] < xs["/incidents/i2"] < xs["/incidents/i3"]
    assert [t.label for t in plot.yticks] == ["ASSAULT", "PROTEST"]
    assert plot.xticks[0].label == "2024-01-01" and plot.xticks[-1].label == "2024-03-01"


def test_web_timeline_and_map_empty() -> None:
    assert timeline([_inc(1, None), _inc(2, "someday")]) is None
    assert world_map([_inc(1, "2024-01-01")]) is None


def test_web_map_projects_inside_the_frame() -> None:
    plot = world_map([_inc(1, None, 33.5, 36.3), _inc(2, None, 15.4, 44.2), _inc(3, None, 36.2, 37.2)])
    assert plot is not None
    for d in plot.dots:
        assert 0 <= d.x <= plot.width and 0 <= d.y <= plot.height
    north = {d.href: d.y for d in plot.dots}
    assert north["/incidents/i3"] < north["/incidents/i1"] < north["/incidents/i2"]
    assert plot.xticks and plot.yticks
