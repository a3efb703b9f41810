"""Sentence splitter on the original text: . ؟ ! … and line breaks end a sentence, except
inside numbers (3.5), after abbreviations and initials (د. / أ. / U.S.), or inside an
open quotation («…» or "…")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from marsad.model import Sentence
from marsad.registry import component

if TYPE_CHECKING:
    from marsad.document import Document
    from marsad.resources import Resources

# Words that end with a dot without ending a sentence. Single letters (initials) are
# handled separately.
ABBREVIATIONS = frozenset(
    {"د", "م", "ص", "ق", "ه", "هـ", "أ", "ا", "ج", "ت", "مج", "ص.ب", "إلخ", "الخ", "mr", "dr", "st", "vs", "no"}
)

_TERMINATORS = ".!?؟…"
_OPEN_QUOTES = {"«": "»", "“": "”", "„": "“"}
_WORD_BEFORE = re.compile(r"(\w+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the '.' at `dot` closes an abbreviation or an initial rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    if m.start(1) > 0 and text[m.start(1) - 1].isalnum():
        return False
    bare = word.strip("ـ").lower()
    return len(bare) == 1 or bare in ABBREVIATIONS


def _boundary_after(text: str, i: int, quote_depth: int, in_straight: bool) -> int | None:
    """If a sentence ends at terminator `text[i]`, the end offset (after closers); else None."""
    ch = text[i]
    n = len(text)
    if ch == "." and i + 1 < n and text[i + 1].isdigit() and i > 0 and text[i - 1].isdigit():
        return None
    if ch == "." and _is_abbreviation(text, i):
        return None
    j = i + 1
    while j < n and text[j] in _TERMINATORS:
        j += 1
    # closing quotes / brackets right after the terminator belong to this sentence
    while j < n and text[j] in "»”\"')]":
        j += 1
        quote_depth = max(0, quote_depth - 1)
        in_straight = False
    if j < n and not text[j].isspace():
        return None
    if quote_depth > 0 or in_straight:
        return None
    return j


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0
    straight = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        elif ch == '"':
            straight = not straight
        if ch == "\n":
            spans.append((start, i))
            start = i + 1
            depth, straight = 0, False  # quotes do not run across paragraphs unclosed
        elif ch in _TERMINATORS:
            end = _boundary_after(text, i, depth, straight)
            if end is not None:
                spans.append((start, end))
                start = end
                i = end
                depth, straight = 0, False
                continue
        i += 1
    spans.append((start, n))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s is not None]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


@component("marsad.sentences.v1", assigns=("sentences",))
class SentenceSplitter:
    """Pipeline stage filling `doc.sentences`."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __call__(self, doc: Document) -> None:
        doc.sentences = [
            Sentence(index=i, start=a, end=b) for i, (a, b) in enumerate(split_sentences(doc.text))
        ]
