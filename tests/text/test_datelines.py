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
    assert _end("سيدكان - قصفت المدفعية القرية.") == 2  # one word without the article: a place not listed


def test_no_dash_no_dateline() -> None:
    assert _end("أعلنت الوزارة، اليوم، أن الطريق مغلق.") == 0


def _agency_end(text: str, places: set[str], agencies: set[str], dates: set[str], verbs: frozenset[str] = frozenset()) -> int:
    toks = tokenize(text)
    word = [text[t.start : t.end] for t in toks]
    return dateline_end(
        toks, lambda j: word[j] in places, lambda j: word[j] in agencies, lambda j: word[j] in dates, lambda j: word[j] in verbs
    )


def test_a_gulf_agency_dateline_ends_after_the_agency() -> None:
    text = "الرياض 12 رجب 1447 هـ الموافق 1 يناير 2026 م واس أعلنت الوزارة اليوم."
    dates = {"12", "رجب", "1447", "الموافق", "1", "يناير", "2026"}
    end = _agency_end(text, {"الرياض"}, {"واس"}, dates)
    assert [t.norm for t in tokenize(text)][end] == "اعلنت"


def test_an_agency_between_slashes_after_a_date() -> None:
    text = "أبوظبي في 3 مايو / وام / أعلنت الوزارة اليوم."
    end = _agency_end(text, {"أبوظبي"}, {"وام"}, {"3", "مايو"})
    assert [t.norm for t in tokenize(text)][end] == "اعلنت"


def test_no_date_no_agency_dateline() -> None:
    # An outlet right after a place with no date is a sentence's subject, not a dateline.
    assert _agency_end("الرياض واس تعلن اليوم.", {"الرياض"}, {"واس"}, set()) == 0
    assert _agency_end("أعلنت واس اليوم.", {"الرياض"}, {"واس"}, set()) == 0


@pytest.mark.parametrize("text", ["الكويت - كونا: أعلنت الوزارة اليوم.", "الكويت - «القبس»: أعلنت الوزارة اليوم."])
def test_an_outlet_credited_with_a_colon_after_the_dash(text: str) -> None:
    end = _agency_end(text, {"الكويت"}, {"كونا", "القبس"}, set())
    assert [t.norm for t in tokenize(text)][end] == "اعلنت"


def test_a_word_after_the_dash_is_no_credit() -> None:
    text = "الكويت - أعلنت الوزارة: الطريق مغلق."
    assert _agency_end(text, {"الكويت"}, {"كونا"}, set(), frozenset({"أعلنت"})) == 2


@pytest.mark.parametrize("text", ["بغداد - الصباح: أعلنت الوزارة اليوم.", "القاهرة - اليوم السابع: أعلنت الوزارة اليوم."])
def test_an_unknown_outlet_credited_with_a_colon_after_the_dash(text: str) -> None:
    end = _agency_end(text, {"بغداد", "القاهرة"}, set(), set(), frozenset({"أعلنت"}))
    assert [t.norm for t in tokenize(text)][end] == "اعلنت"


@pytest.mark.parametrize("text", ["الكويت - أعلنت الوزارة: الطريق مغلق.", "الكويت - الوزير: «الطريق مغلق»."])
def test_a_reporting_verb_or_a_quote_makes_the_colon_speech(text: str) -> None:
    assert _agency_end(text, {"الكويت"}, set(), set(), frozenset({"أعلنت"})) == 2
