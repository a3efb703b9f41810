"""Finding KB names in a document's tokens: clitic-aware, normalisation-aware, longest match.

The first token of a name may carry proclitics (و ب ل ف ك, and ل+ال -> لل); the others
must match exactly. Among overlapping matches the longest wins, then the earliest.
A name's span starts after its proclitics and keeps its article: in للقوات الأمريكية
(ل + القوات) the preposition is the first ل and the second ل is what is left of the
article, so the entity text is لقوات الأمريكية, starting at that second ل.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Sized
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter
from typing import Final, NamedTuple

from marsad.kb.index import Candidate, NameIndex
from marsad.text.clitics import splits
from marsad.text.tokenize import Token

_NAME_KINDS: Final = frozenset({"word", "latin"})
# Readings that strip the article (العراق -> عراق) are never tried: KB names carry ال
# where news writes it, and bare forms such as امل or مغرب are other words.
_ARTICLE: Final = ("ال", "لل")
_FUTURE: Final = "س"  # the future particle: it only ever prefixes a verb (سابا is no س + آبا)
MEMO_LIMIT: Final = 200_000  # word forms remembered before the memo is reset
_UNSEEN: Final = (None,)  # stands for a word form not yet in a memo (truthy, unlike "begins nothing")
_NORM: Final = attrgetter("norm")


class Match(NamedTuple):
    """A KB phrase found at tokens [first, last] with its normalised span (a named tuple:
    fast to build, as a document has many)."""

    first: int
    last: int
    nstart: int
    nend: int
    prefix: str
    key: tuple[str, ...]
    candidates: tuple[Candidate, ...]

    @property
    def length(self) -> int:
        """Number of tokens covered."""
        return self.last - self.first + 1


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[tuple[str, str, int], ...]:
    """(stem, prefix, offset of stem in word) readings of a word: itself first, then proclitic splits."""
    out = [(word, "", 0)]
    for sp in splits(word):
        if sp.suffix or not sp.prefix or sp.prefix.endswith(_ARTICLE) or _FUTURE in sp.prefix:
            continue
        if (sp.stem, sp.prefix, sp.start) in out:
            continue
        out.append((sp.stem, sp.prefix, sp.start))
    return tuple(out)


class Start(NamedTuple):
    """A reading of a word whose stem begins some KB phrase."""

    stem: str
    prefix: str
    offset: int
    alone: tuple[Candidate, ...]  # what the stem names on its own (often nothing)
    extends: bool  # the stem begins phrases of more words


Starts = tuple[Start, ...]


def starts(index: NameIndex, word: str) -> Starts:
    """The readings of a word whose stem begins some KB phrase (most words have none)."""
    return tuple(
        Start(stem, prefix, offset, tuple(index.phrases.get((stem,), ())), (stem,) in index.prefixes)
        for stem, prefix, offset in stems(word)
        if stem in index.max_len
    )


def _remember(index: NameIndex, word: str, memo: dict[str, Starts]) -> Starts:
    """`starts` of a word, kept in `memo` (news repeats its words)."""
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    found = memo[word] = starts(index, word)
    return found


def _longest_at(index: NameIndex, tokens: Sequence[Token], i: int, readings: Starts) -> Match | None:
    """The longest phrase beginning at token i (the earliest reading wins a tie)."""
    best: Match | None = None
    for start in readings:
        if start.alone and best is None:
            best = Match(i, i, tokens[i].nstart + start.offset, tokens[i].nend, start.prefix, (start.stem,), start.alone)
        if start.extends:
            best = _longer(index, tokens, i, start, best)
    return best


def _longer(index: NameIndex, tokens: Sequence[Token], i: int, start: Start, best: Match | None) -> Match | None:
    """The longest phrase of several words that `start` begins at token i, if longer than `best`."""
    key: tuple[str, ...] = (start.stem,)
    j = i
    while j + 1 < len(tokens):
        j += 1
        key = (*key, tokens[j].norm)
        cands = index.phrases.get(key)
        if cands and (best is None or len(key) > best.length):
            best = Match(i, j, tokens[i].nstart + start.offset, tokens[j].nend, start.prefix, key, tuple(cands))
        if key not in index.prefixes:
            break
    return best


def worth_a_look(tokens: Sequence[Token], memo: Mapping[str, Sized]) -> list[int]:
    """Positions of the tokens whose word form `memo` does not know or knows to begin
    something (a non-empty value): the others begin nothing. The test runs in C, not per
    token in Python, as most tokens begin nothing."""
    return list(compress(range(len(tokens)), map(memo.get, map(_NORM, tokens), repeat(_UNSEEN))))


def find_matches(index: NameIndex, tokens: Sequence[Token], memo: dict[str, Starts] | None = None) -> list[Match]:
    """Non-overlapping longest KB matches, left to right; `memo` keeps what `starts` found
    from one call to the next (give each index its own)."""
    memo = {} if memo is None else memo
    matches: list[Match] = []
    free = 0  # the first token after the last match
    for i in worth_a_look(tokens, memo):
        tok = tokens[i]
        if i < free:
            continue
        readings = memo.get(tok.norm)
        if readings is None:  # remembered whatever its kind, so it is not looked at again
            readings = _remember(index, tok.norm, memo)
        if readings and tok.kind in _NAME_KINDS and (match := _longest_at(index, tokens, i, readings)) is not None:
            matches.append(match)
            free = match.last + 1
    return matches
