"""Cross-outlet linking on hand-made analyses: links, near misses, ids, disagreements."""

from __future__ import annotations

import dataclasses

from marsad.corpus.linking import link
from marsad.corpus.mentions import parse_date
from marsad.corpus.model import Incident
from marsad.corpus.similarity import haversine

from .builders import Spec, build


def run(*specs: Spec) -> list[Incident]:
    """Link the articles described by the specs."""
    built = [build(s) for s in specs]
    return link([(i, a) for i, a, _ in built], {i.id: t for i, _, t in built})


def groups(incidents: list[Incident]) -> set[tuple[str, ...]]:
    """Article groups of the incidents."""
    return {tuple(i.articles) for i in incidents}


WIRE = Spec("a", "wire", "2024-03-05", date="2024-03-05", killed=12)
STATE = Spec("b", "state", "2024-03-06", date="2024-03-05", killed=15, place="gaza")


def test_two_outlets_one_incident_with_disagreement() -> None:
    [inc] = run(WIRE, STATE)
    assert inc.articles == ["a", "b"] and inc.outlets == ["state", "wire"]
    assert inc.type == "ASSAULT" and inc.location == "Gaza City" and inc.lat == 31.5
    assert {d.field: d.values for d in inc.disagreements}["killed"] == {"state": "15", "wire": "12"}
    assert inc.reports[0].sentence_text.startswith("قصف") and 0 < inc.confidence <= 1


def test_ids_are_deterministic_and_order_free() -> None:
    assert [i.id for i in run(WIRE, STATE)] == [i.id for i in run(STATE, WIRE)]


def test_single_article_incident() -> None:
    [inc] = run(WIRE)
    assert inc.articles == ["a"] and inc.confidence == 1.0


def test_near_misses_do_not_link() -> None:
    other_day = dataclasses.replace(STATE, date="2024-03-08")
    other_type = dataclasses.replace(STATE, type="COERCE", mode="arrest")
    far_city = dataclasses.replace(STATE, place="aleppo")
    for near in (other_day, other_type, far_city):
        assert groups(run(WIRE, near)) == {("a",), ("b",)}


def test_retaliation_reverses_roles() -> None:
    strike = Spec("a", "wire", "2024-03-05", date="2024-03-05", place="nabatieh", actor="israel",
                  target="hezbollah")
    reply = Spec("b", "wire", "2024-03-05", date="2024-03-05", place="kiryat", actor="hezbollah",
                 target="israel")
    assert groups(run(strike, reply)) == {("a",), ("b",)}


def test_nearby_places_and_mode_groups_link() -> None:
    khan = dataclasses.replace(WIRE, place="khan")
    rafah = dataclasses.replace(STATE, place="rafah", mode="shelling")
    assert groups(run(khan, rafah)) == {("a", "b")}


def test_granularity_month_contains_day() -> None:
    month = dataclasses.replace(STATE, date="2024-03")
    assert groups(run(WIRE, month)) == {("a", "b")}


def test_publication_dates_are_weak_but_allow_a_day() -> None:
    undated = dataclasses.replace(STATE, date=None, published="2024-03-06")
    assert groups(run(WIRE, undated)) == {("a", "b")}
    late = dataclasses.replace(undated, published="2024-03-09")
    assert groups(run(WIRE, late)) == {("a",), ("b",)}


def test_only_factual_events_form_incidents() -> None:
    for fact in ("negated", "hypothetical", "planned"):
        assert run(dataclasses.replace(WIRE, factuality=fact)) == []
    assert len(run(dataclasses.replace(WIRE, factuality="reported"))) == 1
    built = build(dataclasses.replace(WIRE, factuality="planned"))
    assert len(link([built[:2]], planned=True)) == 1


def test_one_article_never_links_with_itself_twice() -> None:
    third = Spec("c", "partisan", "2024-03-05", date="2024-03-05", place="gaza", killed=20)
    [inc] = run(WIRE, STATE, third)
    assert inc.articles == ["a", "b", "c"]
    assert set({d.field for d in inc.disagreements}) == {"killed"}


def test_dates_and_distances() -> None:
    assert parse_date("2024-02") == (parse_date("2024-02-01")[0], parse_date("2024-02-29")[0])  # type: ignore[index]
    assert parse_date("2024-01-01/2024-01-03") is not None and parse_date("x") is None
    assert 5 < haversine((31.346, 34.306), (31.297, 34.245)) < 10


def test_places_across_a_border_do_not_link() -> None:
    strike = Spec("a", "wire", "2024-03-05", date="2024-03-05", place="nabatieh", actor=None)
    rockets = Spec("b", "wire", "2024-03-05", date="2024-03-05", place="kiryat", actor=None)
    assert groups(run(strike, rockets)) == {("a",), ("b",)}


def test_link_result_prints_counts() -> None:
    from marsad.corpus.linking import LinkResult

    assert str(LinkResult([], [])) == "0 incidents, 0 stories"


def test_linking_parameters_file_is_valid() -> None:
    from marsad.corpus.similarity import params

    p = params()
    assert abs(sum(p.weights.values()) - 1.0) < 1e-9 and set(p.weights) == {"date", "place", "actors", "mode"}
    assert 0 < p.threshold < 1 and p.near_km < p.far_km and p.mode_groups
