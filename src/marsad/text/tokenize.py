"""Tokeniser with original offsets: Arabic words, numbers, Latin words, punctuation.

Tokens are found on the normalised text (so ١٬٥٠٠ and 1,500 are one number token
each, and a word broken by tatweel, harakat or a zero-width joiner stays one word) and
carry both their normalised form and their span in the original text.
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

from marsad.text.normalize import NormText, normalize

TokenKind = Literal["word", "number", "latin", "punct", "symbol"]

# Arabic-script letters left after normalisation (basic block, Persian/Urdu extensions,
# Arabic Supplement and Extended-A letters).
ARABIC_LETTERS: Final = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
    "\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c8"
)
DASHES: Final = frozenset({"-", "–", "—"})  # a dash token (datelines: القاهرة -، بغداد (واع) -)
PUNCTUATION: Final = ".,،؛;:!؟?…۔«»\"“”„'‘’‹›()[]{}<>-/\\|"
# Each match is the whitespace before a token (a search would try every pattern at every
# space) and the token, in the one group of its kind: matches follow one another, so their
# lengths give the spans. Arabic words come first, as the most frequent tokens.
_TOKEN_RE: Final = re.compile(
    rf"""
    (\s*)(?:
    (?P<word>[{ARABIC_LETTERS}]+)
    |(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]*\d)   # 1,500 / 12,000.5
              |\d{{1,3}}(?:\.\d{{3}}){{2,}}(?![\d.]*\d)          # 1.500.000
              |\d+(?:\.\d+)?)                                 # 1500 / 3.5
    |(?P<latin>[^\W\d_{ARABIC_LETTERS}]+(?:['’][^\W\d_{ARABIC_LETTERS}]+)?)
    |(?P<punct>\.{{2,}}|[{re.escape(PUNCTUATION)}])
    |(?P<symbol>\S))
    """,
    re.VERBOSE,
)
_KINDS: Final[tuple[TokenKind, ...]] = ("word", "number", "latin", "punct", "symbol")  # groups 1-5


class Token(NamedTuple):
    """One token: original span, normalised form, kind and position in the document.

    A named tuple rather than a frozen dataclass: a document makes hundreds of tokens and
    a tuple is built several times faster; it is just as immutable.
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index, which tokens never need
    start: int  # span in the original text
    end: int
    norm: str  # the token's characters in the normalised text
    kind: TokenKind
    nstart: int  # span in the normalised text
    nend: int

    def text(self, original: str) -> str:
        """The token as written in the original text."""
        return original[self.start : self.end]


def tokenize_norm(norm: NormText) -> list[Token]:
    """Tokenise an already normalised text."""
    offsets = norm.offsets
    tokens: list[Token] = []
    nend = 0
    groups: tuple[str, ...]  # the whitespace, then one group per token kind (one non-empty)
    for index, groups in enumerate(_TOKEN_RE.findall(norm.text)):
        kind = 1
        while not groups[kind]:
            kind += 1
        nstart = nend + len(groups[0])
        nend = nstart + len(groups[kind])
        end = offsets[nend - 1] + 1
        if offsets[nend] > end:  # marks dropped after the last character belong to the token
            end = norm.end_of(nend - 1)
        # tuple.__new__ builds the named tuple without its Python-level __new__ (one
        # interpreted call per token otherwise, even in the compiled module).
        token = (index, offsets[nstart], end, groups[kind], _KINDS[kind - 1], nstart, nend)
        tokens.append(tuple.__new__(Token, token))
    return tokens


def tokenize(text: str) -> list[Token]:
    """Tokenise original `text`; ``text[t.start:t.end]`` is each token as written."""
    return tokenize_norm(normalize(text))
