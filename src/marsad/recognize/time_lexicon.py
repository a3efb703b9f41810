"""Phrase lexicon of time words (months, weekdays, relative words, ...) matched over tokens.

Entries come from `data/ar/months.yaml` and `data/ar/time_expressions.yaml`. Multi-word
entries (كانون الثاني، أمس الأول، القرن الماضي) match token by token; the first word may
carry a proclitic (وأمس، بيناير، لليوم), which is left out of the span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any, Final, NamedTuple

from pydantic import BaseModel

from marsad.errors import DataFileError
from marsad.recognize.schema import MonthEntry, TimeWordEntry
from marsad.resources import DataFile, load_packaged
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token

MONTHS_FILE: Final = "ar/months.yaml"
_NONE: Final[frozenset[str]] = frozenset()
EXPRESSIONS_FILE: Final = "ar/time_expressions.yaml"
_NORM: Final = attrgetter("norm")
_NO_ENTRIES: Final[dict[str, tuple[Any, ...]]] = {}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A lexicon entry as a token sequence, with its kind and attributes."""

    kind: str
    words: tuple[str, ...]
    attrs: dict[str, Any] = field(hash=False)

    def get(self, name: str) -> Any:
        """Attribute `name` of the entry (None if absent)."""
        return self.attrs.get(name)


class Hit(NamedTuple):
    """A phrase matched at tokens [start, end), with the proclitic length on its first token
    (a named tuple: built several times faster than a frozen dataclass)."""

    phrase: Phrase
    start: int
    end: int
    skip: int

    @property
    def kind(self) -> str:
        """The matched entry's kind."""
        return self.phrase.kind

    def get(self, name: str) -> Any:
        """Attribute of the matched entry."""
        return self.phrase.attrs.get(name)


@dataclass
class PhraseLexicon:
    """First-word surface form -> (phrase, proclitic, proclitic characters left out of the
    span) candidates, longest phrase first (also used for quantities)."""

    index: dict[str, list[tuple[Phrase, str, int]]] = field(default_factory=dict)
    first_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    by_kind: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    ends_by_kind: dict[str, frozenset[str]] = field(default_factory=dict)
    # surface -> kind -> the entries of that kind, in `index` order, with their number of
    # words (one-kind look-ups)
    of_kind: dict[str, dict[str, tuple[tuple[Phrase, str, int, int], ...]]] = field(default_factory=dict)

    def add(self, phrase: Phrase, proclitics: Iterable[str]) -> None:
        """Index a phrase under its first word, bare and with every proclitic."""
        first = phrase.words[0]
        for pre in ("", *proclitics):
            merged = first.startswith("ال") and pre.endswith("ل")  # ل + الشهر = للشهر
            surface = pre + first[1:] if merged else pre + first
            entries = self.index.setdefault(surface, [])
            entries.append((phrase, pre, 0 if merged else len(pre)))
            entries.sort(key=lambda e: -len(e[0].words))  # stable: the first added wins a tie
            self.first_kinds[surface] = kinds = self.first_kinds.get(surface, _NONE) | {phrase.kind}
            self.of_kind[surface] = {
                k: tuple((p, pr, sk, len(p.words)) for p, pr, sk in entries if p.kind == k) for k in kinds
            }

    def match(self, tokens: list[Token], i: int, *kinds: str, bare: bool = False) -> Hit | None:
        """Longest phrase of one of `kinds` starting at token i (bare: no proclitic)."""
        if not 0 <= i < len(tokens):
            return None
        return self.match_at(tokens, i, kinds, bare)

    def match_at(self, tokens: list[Token], i: int, kinds: tuple[str, ...], bare: bool) -> Hit | None:
        """`match` for a token index known to be inside `tokens` (the hot path of the rules)."""
        for phrase, pre, skip in self.index.get(tokens[i].norm, ()):
            words = phrase.words
            if phrase.kind in kinds and not (bare and pre) and (len(words) == 1 or _follows(tokens, i, words)):
                return Hit(phrase, i, i + len(words), skip)
        return None

    def match_kind(self, tokens: list[Token], i: int, kind: str, bare: bool) -> Hit | None:
        """`match_at` for one kind, trying only that kind's entries (i inside `tokens`)."""
        for phrase, pre, skip, size in self.of_kind.get(tokens[i].norm, _NO_ENTRIES).get(kind, ()):
            if not (bare and pre) and (size == 1 or _follows(tokens, i, phrase.words)):
                return Hit(phrase, i, i + size, skip)
        return None

    def surfaces(self, kinds: frozenset[str]) -> frozenset[str]:
        """Every first-word form (with proclitics) of the phrases of these kinds."""
        found = self.by_kind.get(kinds)
        if found is None:
            found = frozenset(k for k, v in self.index.items() if any(p.kind in kinds for p, _, _ in v))
            self.by_kind[kinds] = found
        return found

    def endings(self, kind: str) -> frozenset[str]:
        """Every form the last token of a phrase of `kind` may have (a cheap test before
        looking for a phrase ending at a given token)."""
        found = self.ends_by_kind.get(kind)
        if found is None:
            found = frozenset(
                p.words[-1] if len(p.words) > 1 else surface
                for surface, entries in self.index.items()
                for p, _, _ in entries
                if p.kind == kind
            )
            self.ends_by_kind[kind] = found
        return found

    def word(self, norm: str, kind: str) -> Phrase | None:
        """The one-word phrase of `kind` written exactly `norm` (no proclitic)."""
        return next(
            (p for p, pre, _ in self.index.get(norm, ()) if not pre and p.kind == kind and len(p.words) == 1),
            None,
        )

    def kinds_at(self, norm: str) -> frozenset[str]:
        """Kinds of the phrases that may start with this token."""
        return self.first_kinds.get(norm, _NONE)


def _follows(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """True if tokens i+1... are the words after the first of a multi-word phrase."""
    return tuple(map(_NORM, tokens[i + 1 : i + len(words)])) == words[1:]


def phrases_of(data: DataFile, schema: type[BaseModel]) -> Iterable[tuple[str, list[str], dict[str, Any]]]:
    """(kind, forms, attributes) of each validated entry of a data file."""
    for raw in data.entries:
        try:
            entry = schema.model_validate(raw).model_dump(exclude_none=True)
        except ValueError as exc:
            raise DataFileError(f"{data.path}: bad entry {raw!r} ({exc})") from exc
        forms = entry.pop("forms")
        kind = entry.pop("kind", "month")
        yield kind, forms, entry


@lru_cache(maxsize=1)
def time_lexicon() -> PhraseLexicon:
    """The packaged time lexicon (built once)."""
    words = load_packaged(EXPRESSIONS_FILE)
    proclitics = [normalize_key(p) for p in words.header.get("proclitics", [])]
    return build_lexicon(
        ((load_packaged(MONTHS_FILE), MonthEntry), (words, TimeWordEntry)), proclitics
    )


def build_lexicon(
    files: Iterable[tuple[DataFile, type[BaseModel]]], proclitics: list[str]
) -> PhraseLexicon:
    """A phrase lexicon of every form of every validated entry of `files`."""
    lex = PhraseLexicon()
    for data, schema in files:
        for kind, forms, attrs in phrases_of(data, schema):
            for form in forms:
                key = tuple(normalize_key(form).split())
                lex.add(Phrase(kind, key, attrs), proclitics)
    return lex
