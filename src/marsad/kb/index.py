"""The name index: every KB name, alias and demonym as a tuple of normalised tokens.

Lookup is token-based: a phrase is keyed by the normalised forms of its tokens, and
`max_len` tells, for each first token, how many tokens the longest phrase has. The
recogniser tries clitic-stripped stems of a text token as first token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from marsad.kb.loader import KnowledgeBase
from marsad.kb.schema import KBEntry
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import tokenize

_PLAIN = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*$")

Via = Literal["name", "alias", "alias_en", "demonym", "surname"]
# Preference among ways a phrase can name an entry (lower is better).
VIA_RANK: dict[str, int] = {"name": 0, "alias": 1, "demonym": 2, "alias_en": 3, "surname": 4}
# Last words of a person's name that are not a surname (جورج بوش الأب، حسن نصر الله).
# Last words of names that are no surname: kin words, ordinals of kings and popes (عشر of
# بنديكتوس السادس عشر, ثاني of آل ثاني), الله of compound names.
_NOT_SURNAME = frozenset({
    "الاب", "الابن", "جونيور", "الله", "ثاني", "عشر",
    "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
})


class Candidate(NamedTuple):
    """One KB entry a phrase may refer to, and how the phrase names it (a tuple: fast to unpickle)."""

    kb_id: str
    via: Via
    surface: str


def phrase_key(name: str) -> tuple[str, ...]:
    """Normalised token tuple of a name, the way the text tokeniser sees it."""
    key = normalize_key(name)
    if _PLAIN.match(key):  # fast path: Arabic letters and spaces tokenise on the spaces
        return tuple(key.split(" "))
    return tuple(t.norm for t in tokenize(name) if t.kind != "punct" or t.norm in "-.")


def _forms(entry: KBEntry) -> Iterator[tuple[str, Via]]:
    for name in entry.names:
        yield name, "name"
    for alias in entry.aliases:
        yield alias, "alias"
    for dem in entry.demonyms:
        yield dem, "demonym"
    for alias in (entry.name_en, *entry.aliases_en):
        yield alias, "alias_en"


@dataclass
class NameIndex:
    """Phrase -> candidates, the longest phrase length per first token, and every proper
    prefix of a phrase (so matching extends a key word by word and stops early)."""

    phrases: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)  # proper prefixes of phrases

    def add(self, key: tuple[str, ...], cand: Candidate) -> None:
        """Index `cand` under `key` (once per entry: the best `via` wins)."""
        if not key:
            return
        cands = self.phrases.setdefault(key, [])
        for i, old in enumerate(cands):
            if old.kb_id == cand.kb_id:
                if VIA_RANK[cand.via] < VIA_RANK[old.via]:
                    cands[i] = cand
                return
        cands.append(cand)
        if len(key) > self.max_len.get(key[0], 0):
            self.max_len[key[0]] = len(key)
        self.prefixes.update(key[:n] for n in range(1, len(key)))


def build_index(kb: KnowledgeBase) -> NameIndex:
    """Index every entry of `kb` by its names, aliases, demonyms and English aliases, and
    people also by their surname (the last word of a multi-word Arabic name)."""
    index = NameIndex()
    for entry in kb.entries.values():
        for surface, via in _forms(entry):
            if via == "alias_en" and not _latin_ok(surface):
                continue
            key = phrase_key(surface)
            index.add(key, Candidate(entry.id, via, surface))
            if entry.type == "PERSON" and via in ("name", "alias") and _surname_ok(key):
                index.add(key[-1:], Candidate(entry.id, "surname", surface))
    return index


def _surname_ok(key: tuple[str, ...]) -> bool:
    """A multi-word name whose last word can stand alone as a surname."""
    return len(key) > 1 and len(key[-1]) >= 3 and key[-1] not in _NOT_SURNAME and key[-2] not in ("بن", "ابن", "ابو", "عبد", "ال")


def _latin_ok(surface: str) -> bool:
    """English aliases are indexed unless they are tiny acronyms that collide with words."""
    return len(surface.strip()) >= 3
