"""Matching normalisation of Arabic text with a map from every normalised character back
to the original, so anything found in the normalised text keeps its evidence offsets.

The normalised text is a *matching key*: it folds spelling variants (hamza carriers,
alef maqsura, ta marbuta, Persian letters, digits) that Arabic news uses interchangeably.
It is never shown to users; spans are always reported in original offsets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters removed outright: harakat, Quranic marks, tatweel, zero-width and bidi controls.
_DROP_RANGES = (
    (0x0610, 0x061A),  # Quranic honorifics and small marks
    (0x064B, 0x065F),  # harakat: fathatan .. wavy hamza below
    (0x0670, 0x0670),  # superscript (dagger) alef
    (0x06D6, 0x06DC),  # Quranic annotation signs
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08FF),  # extended Arabic marks
    (0x0640, 0x0640),  # tatweel
    (0x200B, 0x200F),  # zero width space/joiners, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2066, 0x2069),  # bidi isolates
    (0x061C, 0x061C),  # Arabic letter mark
    (0xFEFF, 0xFEFF),  # BOM / zero width no-break space
    (0x00AD, 0x00AD),  # soft hyphen
)

# One-to-one letter folds.
_FOLD = {
    # alef variants and hamza carriers
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ؤ": "و", "ٶ": "و",
    "ئ": "ي", "ٸ": "ي",
    # alef maqsura and ta marbuta (matching key only)
    "ى": "ي", "ة": "ه",
    # Persian / Urdu / Kurdish / Maghrebi letter variants
    "ک": "ك", "ڪ": "ك", "ګ": "ك", "گ": "ك",
    "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ے": "ي", "ۓ": "ي", "ۑ": "ي",
    "ہ": "ه", "ۂ": "ه", "ۀ": "ه", "ھ": "ه", "ە": "ه", "ۃ": "ه",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق", "ڭ": "ك", "ۆ": "و", "ۇ": "و", "ۋ": "و",
    # Arabic punctuation that has a plain equivalent in a matching key
    "٫": ".", "٬": ",", "٪": "%",
    # typographic variants
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended Arabic-Indic (Persian/Urdu) digits


def _is_dropped(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _DROP_RANGES)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Normalised form of one character: '' (dropped), one character, or a few (ligatures)."""
    cp = ord(ch)
    if _is_dropped(cp):
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        # Arabic presentation forms: decompose (NFKC), then fold the result.
        return "".join(fold_char(c) for c in unicodedata.normalize("NFKC", ch) if c != ch)
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


@dataclass(frozen=True, slots=True)
class NormText:
    """Normalised text plus ``offsets[i]``: the original index of normalised character i.

    ``offsets`` has one extra final entry equal to the original length, so a normalised
    span ``[a, b)`` maps to the original span ``[offsets[a], end_of(b)]``.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original span it came from."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1 + self._tail(end - 1)

    def _tail(self, i: int) -> int:
        """Extra original characters (dropped marks) that belong to normalised char i."""
        o = self.offsets[i]
        nxt = self.offsets[i + 1]
        # Marks dropped right after a letter (harakat, tatweel) stay with that letter.
        j = o + 1
        while j < nxt and _is_dropped(ord(self.original[j])):
            j += 1
        return j - o - 1


def normalize(text: str) -> NormText:
    """Normalise `text` for matching and keep the offset map back to the original."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        for c in folded:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return NormText(text, "".join(out), tuple(offsets))


@lru_cache(maxsize=65536)
def normalize_key(text: str) -> str:
    """Normalised matching key of a word or phrase (lexicon entries, KB names)."""
    key = "".join(fold_char(ch) for ch in text)
    return " ".join(key.split())
