"""Splitting text at every annotation boundary."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import marsad
from marsad.web.highlight import Mark, marks, segments

TEXT = "قالت الوزارة إن 12 شخصاً قتلوا في حلب."


def test_web_segments_split_overlaps() -> None:
    outer = Mark(0, 12, "source", "s1", "source")
    inner = Mark(5, 12, "entity", "e1", "entity ORG")
    segs = segments(TEXT, [outer, inner])
    assert [s.text for s in segs] == [TEXT[:5], TEXT[5:12], TEXT[12:]]
    assert segs[1].classes == "hl-entity hl-source" and segs[1].title == "source\nentity ORG"
    assert segs[2].marks == []


def test_web_segments_drop_out_of_range_marks() -> None:
    segs = segments("abc", [Mark(2, 9, "time", "t1", "x"), Mark(1, 1, "time", "t2", "y")])
    assert [s.text for s in segs] == ["abc"] and segs[0].marks == []


@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))), max_size=12))
def test_web_segments_cover_text_and_marks(bounds: list[tuple[int, int]]) -> None:
    items = [Mark(min(a, b), max(a, b), "entity", f"e{n}", "") for n, (a, b) in enumerate(bounds)]
    segs = segments(TEXT, items)
    assert "".join(s.text for s in segs) == TEXT
    pos = 0
    for s in segs:
        end = pos + len(s.text)
        expected = {m.id for m in items if m.start <= pos and end <= m.end and m.start < m.end}
        assert {m.id for m in s.marks} == expected
        pos = end


def test_web_marks_cover_every_layer() -> None:
    analysis = marsad.analyze("قال المتحدث باسم الجيش إن القوات قصفت مواقع في حلب يوم الأحد وقتلت 5 مسلحين.",
                              published="2024-05-05")
    kinds = {m.kind for m in marks(analysis)}
    expected = {"entity"} | ({"time"} if analysis.times else set()) | (
        {"trigger"} if analysis.events else set()) | ({"cue", "source", "content"} if analysis.attributions else set())
    assert expected <= kinds
    assert all(analysis.doc.length >= m.end > m.start >= 0 for m in marks(analysis))
