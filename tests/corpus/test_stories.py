"""Stories: grouping incidents over time, titles and timelines."""

from __future__ import annotations

from marsad.corpus.model import Incident
from marsad.corpus.stories import build_stories, title


def inc(iid: str, date: str, actors: list[str], location: str = "Gaza City", type_: str = "ASSAULT") -> Incident:
    """A bare incident."""
    return Incident(id=iid, type=type_, date=date, location=location, country="PSE", actors=actors,
                    articles=[f"art-{iid}"])


def test_shared_actor_and_place_make_a_story_with_a_sorted_timeline() -> None:
    incidents = [inc("b", "2024-03-09", ["Israel"]), inc("a", "2024-03-01", ["Israel"]),
                 inc("c", "2024-03-05", ["Israel"], type_="COERCE"), inc("d", "2024-03-02", ["Hamas"],
                                                                        location="Rafah")]
    stories, updated = build_stories(incidents)
    [story] = stories
    assert story.incidents == ["a", "c", "b"] and story.start == "2024-03-01"
    assert story.title == "Israel in Gaza City: assault, coerce"
    assert [i.story for i in updated] == [story.id, story.id, story.id, None]
    assert build_stories(list(reversed(incidents)))[0][0].id == story.id


def test_long_silence_starts_a_new_story() -> None:
    stories, _ = build_stories([inc("a", "2024-01-01", ["Israel"]), inc("b", "2024-01-20", ["Israel"]),
                                inc("c", "2024-09-01", ["Israel"]), inc("d", "2024-09-03", ["Israel"])])
    assert [s.incidents for s in stories] == [["a", "b"], ["c", "d"]]


def test_raw_arabic_participants_do_not_join_stories() -> None:
    stories, _ = build_stories([inc("a", "2024-01-01", ["آلاف الأشخاص"], location="Cairo", type_="PROTEST"),
                                inc("b", "2024-01-02", ["آلاف الأشخاص"], location="Aswan", type_="PROTEST")])
    assert stories == []
    same_place = [inc("a", "2024-01-01", [], location="Cairo", type_="PROTEST"),
                  inc("b", "2024-01-09", [], location="Cairo", type_="PROTEST")]
    assert title(same_place) == "Protest in Cairo"
