"""The fast look-up paths of times and quantities agree with the general ones."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.recognize import time_values as tv
from marsad.recognize.quantities import quantity_lexicon
from marsad.recognize.time_lexicon import PhraseLexicon, time_lexicon
from marsad.text.tokenize import Token


def _tokens(words: tuple[str, ...]) -> list[Token]:
    return [Token(k, k, k + 1, w, "word", k, k + 1) for k, w in enumerate(words)]


@pytest.mark.parametrize("lex", [time_lexicon(), quantity_lexicon()], ids=["times", "quantities"])
def test_tq_match_kind_agrees_with_match(lex: PhraseLexicon) -> None:
    """Each phrase written out (after every surface of its first word) is found alike by
    the one-kind index and by the general look-up, bare or not."""
    for surface, entries in lex.index.items():
        for phrase, _, _ in entries:
            tokens = _tokens((surface, *phrase.words[1:]))
            for kind in lex.first_kinds[surface]:
                for bare in (True, False):
                    assert lex.match_kind(tokens, 0, kind, bare) == lex.match_at(tokens, 0, (kind,), bare)


def test_tq_day_shift_matches_calendar_arithmetic() -> None:
    """The memoised day shift gives the day of noon plus n times 24 hours, across month
    and leap-year ends."""
    ref = dt.date(2024, 2, 27)
    noon = dt.datetime.combine(ref, dt.time(12))
    for n in range(-400, 401, 7):
        assert tv.shift(ref, "day", n) == tv.day((noon + dt.timedelta(hours=24 * n)).date())
    assert tv.iso(tv.shift(ref, "day", 2)) == "2024-02-29"
    assert tv.shift(ref, "hour", 12) == tv.day(dt.date(2024, 2, 28))
