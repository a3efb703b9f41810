"""Clitic-aware candidate stems of a normalised word, for lexicon look-up.

A word like وبالهجمات or ستقصفها is looked up as every split into proclitics
(و ف + ب ل ك س + ال), a stem, and a pronoun suffix; the lexicon decides which split is
a known form. Candidates are ordered from the least to the most stripped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, NamedTuple

PROCLITICS: Final = frozenset(
    {
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
        "س",
        "وب",
        "ول",
        "وك",
        "وس",
        "فب",
        "فل",
        "فس",
        "فك",
        "ال",
        "وال",
        "فال",
        "بال",
        "كال",
        "لل",
        "وبال",
        "وكال",
        "ولل",
        "فبال",
        "فلل",
        "فكال",
    }
)
ENCLITICS: Final = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي"})
MIN_STEM: Final = 2


class Split(NamedTuple):
    """One reading of a word: proclitic, stem, pronoun suffix."""

    prefix: str
    stem: str
    suffix: str


@lru_cache(maxsize=200_000)
def splits(word: str) -> tuple[Split, ...]:
    """All clitic readings of `word`, least stripped first."""
    prefixes = [""] + [word[:k] for k in (1, 2, 3, 4) if word[:k] in PROCLITICS]
    suffixes = [""] + [word[-k:] for k in (1, 2, 3) if word[-k:] in ENCLITICS]
    out: list[Split] = []
    for prefix in prefixes:
        for suffix in suffixes:
            stem = word[len(prefix) : len(word) - len(suffix)]
            if len(stem) >= MIN_STEM:
                out.append(Split(prefix, stem, suffix))
                if suffix and len(stem) > MIN_STEM and stem.endswith("ا"):
                    out.append(Split(prefix, stem[:-1] + "ي", suffix))  # أجراها: أجرى + ها
    out.sort(key=lambda s: len(s.prefix) + len(s.suffix))
    return tuple(out)


@lru_cache(maxsize=200_000)
def stems(word: str) -> frozenset[str]:
    """Every candidate stem of `word` (the word itself included)."""
    return frozenset(s.stem for s in splits(word))
