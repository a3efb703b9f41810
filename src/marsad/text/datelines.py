"""Datelines opening a wire story (القاهرة -، الرياض (واس) -، طهران/ إرنا -): where the story
was filed, told before its first sentence. No participant, source or content is read in them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.text.tokenize import DASHES, Token

DATELINE_REACH = 9  # tokens: بور أو برنس ( أ ف ب ) -
DATELINE_SENTENCES = 2  # a dateline opens the article, after its title at most
_BRACKETS = frozenset({"(", ")"})
_SLASHES = frozenset({"/"})


def dateline_end(tokens: Sequence[Token], placed: Callable[[int], bool]) -> int:
    """Position after the dash of a dateline opening a sentence: a place (`placed` says
    which tokens name one), or words and an agency in brackets or after a slash, before a
    dash among the first tokens. 0 when the sentence has none."""
    for k in range(1, min(len(tokens), DATELINE_REACH)):
        norm = tokens[k].norm
        if norm in DASHES:
            credited = tokens[k - 1].norm == ")" or any(tokens[j].norm in _SLASHES for j in range(1, k))
            return k + 1 if credited or all(placed(j) for j in range(k)) else 0
        if tokens[k].kind == "punct" and norm not in _BRACKETS and norm not in _SLASHES:
            return 0
    return 0
