"""Tokeniser with original offsets: Arabic words, numbers, Latin words, punctuation.

Tokens are found on the normalised text (so ١٬٥٠٠ and 1,500 are one number token
each) and carry both their normalised form and their span in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from marsad.text.normalize import NormText, normalize

TokenKind = Literal["word", "number", "latin", "punct", "symbol"]

_ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
_TOKEN_RE = re.compile(
    rf"""
    (?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]*\d)   # 1,500 / 12,000.5
              |\d+(?:\.\d+)?)                                 # 1500 / 3.5
    |(?P<word>[{_ARABIC_LETTERS}]+)
    |(?P<latin>[^\W\d_{_ARABIC_LETTERS}]+(?:['’][^\W\d_]+)?)
    |(?P<punct>\.{{2,}}|[.,،؛;:!؟?…«»"“”„'‘’()\[\]{{}}<>\-/\\|])
    |(?P<symbol>[^\s])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: original span, normalised form, kind and position in the document."""

    index: int
    start: int
    end: int
    norm: str
    kind: TokenKind
    nstart: int  # span in the normalised text
    nend: int

    def text(self, original: str) -> str:
        """The token's words as written in the original text."""
        return original[self.start : self.end]


def tokenize_norm(norm: NormText) -> list[Token]:
    """Tokenise an already normalised text."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(norm.text):
        kind = m.lastgroup
        assert kind is not None
        start, end = norm.to_original(m.start(), m.end())
        tokens.append(
            Token(len(tokens), start, end, m.group(), kind, m.start(), m.end())  # type: ignore[arg-type]
        )
    return tokens


def tokenize(text: str) -> list[Token]:
    """Tokenise original `text`; every token satisfies ``text[t.start:t.end]`` is its words."""
    return tokenize_norm(normalize(text))
