"""Finding KB names in a document's tokens: clitic-aware, normalisation-aware, longest match.

The first token of a name may carry proclitics (و ب ل ف ك, and ل+ال -> لل); the others
must match exactly. Among overlapping matches the longest wins, then the earliest.
A name's span starts after its proclitics and keeps its article: in للقوات الأمريكية
(ل + القوات) the preposition is the first ل and the second ل is what is left of the
article, so the entity text is لقوات الأمريكية, starting at that second ل.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from marsad.kb.index import Candidate, NameIndex
from marsad.text.clitics import splits
from marsad.text.tokenize import Token

_NAME_KINDS = frozenset({"word", "latin"})
# Readings that strip the article (العراق -> عراق) are never tried: KB names carry ال
# where news writes it, and bare forms such as امل or مغرب are other words.
_ARTICLE = ("ال", "لل")
MEMO_LIMIT = 200_000  # word forms remembered before the memo is reset


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
        if sp.suffix or not sp.prefix or sp.prefix.endswith(_ARTICLE) or (sp.stem, sp.prefix, sp.start) in out:
            continue
        out.append((sp.stem, sp.prefix, sp.start))
    return tuple(out)


Readings = tuple[tuple[str, str, int], ...]


def starts(index: NameIndex, word: str, memo: dict[str, Readings]) -> Readings:
    """The readings of a word whose stem begins some KB phrase, remembered in `memo` per word
    form (most words have none, and news repeats its words)."""
    found = memo.get(word)
    if found is None:
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        found = memo[word] = tuple(r for r in stems(word) if r[0] in index.max_len)
    return found


def _longest_at(
    index: NameIndex, tokens: Sequence[Token], i: int, readings: Readings
) -> Match | None:
    best: Match | None = None
    for stem, prefix, offset in readings:
        key: tuple[str, ...] = (stem,)
        j = i
        while True:
            cands = index.phrases.get(key)
            if cands and (best is None or len(key) > best.length):
                best = Match(i, j, tokens[i].nstart + offset, tokens[j].nend, prefix, key, tuple(cands))
            if key not in index.prefixes or j + 1 >= len(tokens):
                break
            j += 1
            key = (*key, tokens[j].norm)
    return best


def find_matches(index: NameIndex, tokens: Sequence[Token], memo: dict[str, Readings] | None = None) -> list[Match]:
    """Non-overlapping longest KB matches, left to right; `memo` keeps what `starts` found
    from one call to the next (give each index its own)."""
    memo = {} if memo is None else memo
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        readings = starts(index, tok.norm, memo) if tok.kind in _NAME_KINDS else None
        match = _longest_at(index, tokens, i, readings) if readings else None
        if match is None:
            i += 1
            continue
        matches.append(match)
        i = match.last + 1
    return matches
