"""Datelines opening a wire story."""

from __future__ import annotations

import pytest

from marsad.text.datelines import dateline_end
from marsad.text.tokenize import tokenize


def _end(text: str, places: frozenset[str] = frozenset()) -> int:
    toks = tokenize(text)
    return dateline_end(toks, lambda j: text[toks[j].start : toks[j].end] in places)


@pytest.mark.parametrize(
    "text",
    ["طهران/ إرنا - أدان المتحدث الهجوم.", "الرياض (واس) - أعلنت الوزارة اليوم.", "أنقرة/الأناضول - أعلنت الوزارة."],
)
def test_an_agency_credited_after_a_slash_or_in_brackets(text: str) -> None:
    assert _end(text) == [t.norm for t in tokenize(text)].index("-") + 1


def test_a_place_alone_before_a_dash() -> None:
    assert _end("القاهرة - أعلنت الوزارة.", frozenset({"القاهرة"})) == 2
    assert _end("الوزارة - أعلنت اليوم.") == 0  # no place, no agency: no dateline


def test_no_dash_no_dateline() -> None:
    assert _end("أعلنت الوزارة، اليوم، أن الطريق مغلق.") == 0
