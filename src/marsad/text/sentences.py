"""Sentence splitter on the original text.

A sentence ends at . ! ? ؟ … ۔ (or a run of them such as ... or ؟!) and at every line
break, except

- inside a number (3.5, ٣.٥) or after a list number opening a paragraph (1.);
- after an abbreviation or an initial (د. أ. U.S. إلخ.), listed in
  ``data/ar/abbreviations.yaml``; a year suffix (م. هـ.) after a number still ends it;
- inside a quotation that is closed later in the same paragraph («...» “...” "...").

Closing quotes and brackets right after the terminator stay in the sentence. A
terminator needs whitespace, the paragraph end or (after an Arabic letter) an Arabic
letter after it, so 'aljazeera.net' and '3.5' never split.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from marsad.model import Sentence
from marsad.registry import component
from marsad.resources import DataFile, load_packaged
from marsad.text.normalize import normalize_key
from marsad.text.schema import AbbreviationEntry
from marsad.text.tokenize import ARABIC_LETTERS
from marsad.trusted import trusted

if TYPE_CHECKING:
    from marsad.document import Document
    from marsad.resources import Resources

ABBREVIATIONS_FILE: Final = "ar/abbreviations.yaml"
ABBREVIATIONS_KIND: Final = "abbreviations"

_PARAGRAPH_RE: Final = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_TERMINATOR_RE: Final = re.compile(r"[.!?؟…۔]+")
_QUOTE_RE: Final = re.compile(r"[«»“”„‹›\"]")
_MARKS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u200c\u200d"
_WORD_BEFORE_RE: Final = re.compile(rf"(?:\w|[{_MARKS}])+$")  # harakat are not \w
_ARABIC_RE: Final = re.compile(rf"[{ARABIC_LETTERS}{_MARKS}]")
_NON_SPACE_RE: Final = re.compile(r"\S")
_MAX_NESTING: Final = 8  # quotations nest a few levels deep; deeper openers are strays
_OPENERS: Final = "«“„‹"
_CLOSES: Final = {"»": "«", "”": "“", "“": "„", "›": "‹"}  # closer -> the opener it closes
_TRAILERS: Final = "»”“›)]}'’"


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """Normalised abbreviation keys; `eras` may end a sentence after a number."""

    words: frozenset[str]
    eras: frozenset[str]


def _key(word: str) -> str:
    """Comparison key of an abbreviation: normalised, lower case, without tatweel."""
    return normalize_key(word).lower()


def load_abbreviations(files: Iterable[DataFile] = ()) -> Abbreviations:
    """The packaged abbreviations plus those of user `files`."""
    entries = [AbbreviationEntry(**e) for e in load_packaged(ABBREVIATIONS_FILE).entries]
    for data in files:
        entries += [AbbreviationEntry(**e) for e in data.entries]
    eras = frozenset(_key(e.form) for e in entries if e.kind == "era")
    return Abbreviations(frozenset(_key(e.form) for e in entries) - eras, eras)


@lru_cache(maxsize=1)
def default_abbreviations() -> Abbreviations:
    """The packaged abbreviations, loaded once."""
    return load_abbreviations()


def split_sentences(text: str, abbreviations: Abbreviations | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, trimmed of surrounding whitespace."""
    abbr = abbreviations or default_abbreviations()
    spans: list[tuple[int, int]] = []
    for m in _PARAGRAPH_RE.finditer(text):
        spans.extend(_split_paragraph(text, m.start(), m.end(), abbr))
    return spans


def _split_paragraph(text: str, p0: int, p1: int, abbr: Abbreviations) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph text[p0:p1]."""
    quotes = _QuoteRegions.find(text, p0, p1)
    cuts = [p0]
    for m in _TERMINATOR_RE.finditer(text, p0, p1):
        end = _sentence_end(text, m.start(), m.end(), p0, p1, quotes, abbr)
        if end is not None and end > cuts[-1]:
            cuts.append(end)
    cuts.append(p1)
    return _merge_stray(text, [s for a, b in pairwise(cuts) if (s := _trim(text, a, b))])


def _merge_stray(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces without a letter or digit (a lone '...' or '»') to a neighbour sentence."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and not (_has_alnum(text, a, b) and _has_alnum(text, out[-1][0], out[-1][1])):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _has_alnum(text: str, a: int, b: int) -> bool:
    """True if text[a:b] has a letter or a digit."""
    return any(c.isalnum() for c in text[a:b])


def _sentence_end(
    text: str, a: int, b: int, p0: int, p1: int, quotes: _QuoteRegions, abbr: Abbreviations
) -> int | None:
    """Where the sentence ends if the terminator run text[a:b] ends one, else None."""
    if text[a:b] == "." and _dot_continues(text, a, p0, p1, abbr):
        return None
    j = b
    while j < p1 and (text[j] in _TRAILERS or (text[j] == '"' and j in quotes.closers)):
        j += 1
    if j < p1 and not text[j].isspace() and not _glued_arabic(text, a, j):
        return None
    return None if quotes.crosses(j) else j


def _glued_arabic(text: str, a: int, j: int) -> bool:
    """True for 'العراق.وقال': a terminator between Arabic letters without a space."""
    return (
        a > 0
        and bool(_ARABIC_RE.match(text[a - 1]))
        and (bool(_ARABIC_RE.match(text[j])) or text[j] in _OPENERS)
    )


def _dot_continues(text: str, dot: int, p0: int, p1: int, abbr: Abbreviations) -> bool:
    """True if the single '.' at `dot` is part of a number or closes an abbreviation."""
    before = text[dot - 1] if dot > p0 else ""
    after = text[dot + 1] if dot + 1 < p1 else ""
    if before.isdigit() and after.isdigit():
        return True
    m = _WORD_BEFORE_RE.search(text, max(p0, dot - 24), dot)
    if m is None or (m.start() > p0 and text[m.start() - 1].isalnum()):
        return False
    key = _key(m.group()).strip("_")
    if key.isdigit():  # a list number opening the paragraph: "1. ..."
        return _NON_SPACE_RE.search(text, p0, m.start()) is None
    if key in abbr.eras:
        return not _number_before(text, m.start(), p0)
    return len(key) == 1 or key in abbr.words


def _number_before(text: str, pos: int, p0: int) -> bool:
    """True if the last non-space character before `pos` is a digit."""
    while pos > p0 and text[pos - 1].isspace():
        pos -= 1
    return pos > p0 and text[pos - 1].isdigit()


@dataclass(frozen=True, slots=True)
class _QuoteRegions:
    """Outermost quotations closed within a paragraph, as sorted (open, close) indices."""

    opens: list[int]
    closes: list[int]
    closers: frozenset[int]

    @classmethod
    def find(cls, text: str, p0: int, p1: int) -> _QuoteRegions:
        """Match quote marks of text[p0:p1]; unclosed openers protect nothing."""
        stack: list[tuple[str, int]] = []
        pairs: list[tuple[int, int]] = []
        for m in _QUOTE_RE.finditer(text, p0, p1):
            ch, i = m.group(), m.start()
            opener = '"' if ch == '"' else _CLOSES.get(ch)
            k = _last_index(stack, opener) if opener else -1
            if k >= 0:
                pairs.append((stack[k][1], i))
                del stack[k:]
            elif ch in _OPENERS or ch == '"':
                stack.append((ch, i))
        outer = _outermost(pairs)
        return cls([o for o, _ in outer], [c for _, c in outer], frozenset(c for _, c in pairs))

    def crosses(self, end: int) -> bool:
        """True if a sentence ending at `end` would cut a quotation in two."""
        k = bisect_right(self.opens, end - 1) - 1
        return k >= 0 and self.opens[k] < end <= self.closes[k]


def _last_index(stack: list[tuple[str, int]], opener: str | None) -> int:
    """Index of the innermost open `opener` among the last few on the stack, or -1."""
    for k in range(len(stack) - 1, max(-1, len(stack) - 1 - _MAX_NESTING), -1):
        if stack[k][0] == opener:
            return k
    return -1


def _outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs not nested in another pair, sorted by position."""
    outer: list[tuple[int, int]] = []
    for o, c in sorted(pairs):
        if not outer or o > outer[-1][1]:
            outer.append((o, c))
    return outer


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding whitespace, or None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


class SentenceSplitter:
    """Pipeline stage filling `doc.sentences`; user files of kind 'abbreviations' extend it."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        extra = list(resources.extras_of_kind(ABBREVIATIONS_KIND))
        self.abbreviations = load_abbreviations(extra) if extra else default_abbreviations()

    def __call__(self, doc: Document) -> None:
        doc.sentences = [
            trusted(Sentence, index=i, start=a, end=b)
            for i, (a, b) in enumerate(split_sentences(doc.text, self.abbreviations))
        ]


# Registered by a call, not a class decorator: mypyc compiles a decorated class as a plain
# Python one, whose attribute reads and method calls go through dictionaries.
component("marsad.sentences.v1", assigns=("sentences",))(SentenceSplitter)
