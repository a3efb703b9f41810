"""Context cue words for entity recognition, read from `data/ar/ner_*.yaml` (data, not code).

Cue kinds: `title` (الرئيس، وزير الخارجية: a person name follows), `org_head` (حركة،
وزارة: an organisation name follows; `type` says which contract type), `place_head`
(مدينة، محافظة: a place name follows), `locative` (في، قرب، شمال: a place may follow), `verb` (reporting verbs: a name may follow),
`given_name` (common first names), `stop` (words that never belong to a name) and
`name_link` (بن، ابن، أبو: joins name parts) and `codename` (طوفان، درع: nouns that begin
the code name of an operation, so a place right after them is part of the name: طوفان الأقصى),
`institution` (الشرطة، السلطات: generic institutions that a demonym after them makes a
named actor of that country: الشرطة اللبنانية) and `team` (فريق، منتخب: a place name after
them names a sports team: فريق ليفربول); `sport` (words that make a text a sports text)
and `match` (أمام، ضد، فاز على: in a sports text, a place right after them is a team);
`org_word` (الوطني، العامة: stop words for person names that organisation names contain);
`org_scope` (الدولية، العالمية: alone after a definite head they describe, not name: المنظمة الدولية);
`compound_end` (الله، الدين: the second part of a compound person name: حسب الله، نور الدين);
`press` (مراسل، موفد: an outlet's name follows: مراسل الجزيرة); `quote_end` (قوله، قولها:
the words between عن and it name the speaker: عن ستانيشيف قوله); `common_word` (العسكري،
الشريف: frequent adjectives and nouns that are also the last word of a KB name, so that
alone they are a common word first: المتحدث العسكري is no surname); `act_noun` (فرض، قصف:
short verbal nouns which, with a proclitic, never begin a name after a title: هدد الرئيس بفرض).
Heads say what may `follow` them: definite words (وزارة الدفاع), indefinite (foreign) name words (صحيفة نيويورك تايمز), both, or
definite words opened by a relational adjective (`nisba`: البنك المركزي التونسي, not البنك المذكور). A
`strict` given name is also a common word (كامل، عادل) and needs an indefinite name word
after it; a `strict` head (حركة، مركز) is also a common noun and needs more than one plain
word after it, or a relational adjective (حركة المرور is not a name, الحركة الإسلامية is);
a `strict` title (الفريق، الشاب) is also a common noun and needs two name words or a given name.
An `outside` head is not part of the name (سهم إعمار); after an `of_org` title (رئيس، مدير) a
quoted name is the organisation headed (رئيس «بروتان»); a `named_after` facility head takes
the known place after it into the facility's name (مطار دمشق الدولي), and a `definite` one, a
building, also the organisation after it (مبنى وزارة الخارجية). A `definite` head also starts a name with the article (المجلس التشريعي). Users
may add files with `kind: ner_cues`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from marsad.errors import DataFileError
from marsad.kb.loader import read_file
from marsad.model import EntityType
from marsad.recognize.linker import stems, worth_a_look
from marsad.resources import Resources, package_path
from marsad.text.clitics import splits
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token

CUE_FILES = (
    "ar/ner_cues.yaml",
    "ar/ner_given_names.yaml",
    "ar/ner_stopwords.yaml",
    "ar/ner_frequent_forms.yaml",
)
CUE_KIND = "ner_cues"
MEMO_LIMIT = 200_000  # word forms remembered before the memo is reset
# How a word carrying the article begins (المجلس، والمجلس، للمجلس).
ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")
# Proclitics a cue word may carry: conjunctions always, other particles only before heads.
CONJUNCTIONS = frozenset({"", "و", "ف"})
_PARTICLE_KINDS = frozenset({"org_head", "place_head", "title", "institution"})
# Proclitics written before cue words (see `Cues.forms`).
_PROCLITIC_FORMS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
Follow = Literal["definite", "indefinite", "both", "nisba"]
CueKind = Literal[
    "title", "org_head", "place_head", "locative", "verb", "given_name", "stop", "name_link", "codename",
    "institution", "team", "sport", "match", "org_word", "org_scope", "compound_end", "press", "quote_end",
    "common_word", "led_by", "act_noun",
]
# Cue kinds that tell what a name right after them is, in order of precedence (see `Cues.head`).
HEAD_KINDS: tuple[CueKind, ...] = ("team", "place_head", "locative", "title", "org_head", "verb", "codename", "press")


class CueEntry(BaseModel):
    """One cue word or phrase."""

    model_config = ConfigDict(extra="forbid")

    form: str
    cue: CueKind
    type: EntityType | None = None
    follow: Follow = "both"
    strict: bool = False
    definite: bool = False
    outside: bool = False  # a head that is not part of the name (سهم إعمار: the company is إعمار)
    of_org: bool = False  # a title of an organisation's head (رئيس): a quoted name after it is the organisation
    named_after: bool = False  # a facility head whose name may be a known place (مطار دمشق)


class CueStart(NamedTuple):
    """A reading of a word whose stem begins a cue of some kind."""

    stem: str
    offset: int  # of the stem in the word
    alone: CueEntry | None  # the one-word cue the stem is, if any
    extends: bool  # the stem begins cues of more words


@dataclass
class Cues:
    """Cue phrases by kind, as normalised token tuples (with the entity type for heads)."""

    phrases: dict[CueKind, dict[tuple[str, ...], CueEntry]] = field(default_factory=dict)
    # Proper prefixes of the phrases of each kind (so matching extends a phrase word by word).
    prefixes: dict[CueKind, set[tuple[str, ...]]] = field(default_factory=dict)
    # First word of every cue that starts a rule (not stop words) -> its cue kinds.
    first_words: dict[str, set[CueKind]] = field(default_factory=dict)
    # Per word form: its readings that begin a cue (memo; most words have none).
    _readings: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict, repr=False)
    _heads: dict[str, tuple[CueEntry, int] | None] = field(default_factory=dict, repr=False)
    _starts: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _head: dict[str, tuple[CueKind, str] | None] = field(default_factory=dict, repr=False)
    _kind_readings: dict[tuple[CueKind, str], tuple[CueStart, ...]] = field(default_factory=dict, repr=False)
    _forms: dict[CueKind, frozenset[str]] = field(default_factory=dict, repr=False)
    _one_words: dict[tuple[CueKind, ...], frozenset[str]] = field(default_factory=dict, repr=False)
    _typed: dict[tuple[tuple[CueKind, str], ...], frozenset[str]] = field(default_factory=dict, repr=False)

    def add(self, entry: CueEntry) -> None:
        """Index one cue."""
        key = tuple(normalize_key(entry.form).split())
        self.phrases.setdefault(entry.cue, {})[key] = entry
        self.prefixes.setdefault(entry.cue, set()).update(key[:n] for n in range(1, len(key)))
        if entry.cue != "stop":
            self.first_words.setdefault(key[0], set()).add(entry.cue)

    def words(self, kind: CueKind) -> dict[tuple[str, ...], CueEntry]:
        """All phrases of one kind."""
        return self.phrases.get(kind, {})

    def readings(self, norm: str) -> list[tuple[str, str, int]]:
        """(stem, prefix, offset) readings of a word whose stem begins some cue."""
        found = self._readings.get(norm)
        if found is None:
            if len(self._readings) > MEMO_LIMIT:
                self._readings.clear()
            found = self._readings[norm] = [r for r in stems(norm) if r[0] in self.first_words]
        return found

    def readings_of(self, kind: CueKind, norm: str) -> tuple[CueStart, ...]:
        """The readings of a word whose stem begins a cue of `kind` with proclitics such a cue
        takes (memoised per kind and word form)."""
        found = self._kind_readings.get((kind, norm))
        if found is None:
            if len(self._kind_readings) > MEMO_LIMIT:
                self._kind_readings.clear()
            table, prefixes = self.words(kind), self.prefixes.get(kind, set())
            found = self._kind_readings[kind, norm] = tuple(
                CueStart(stem, offset, table.get((stem,)), (stem,) in prefixes)
                for stem, prefix, offset in self.readings(norm)
                if kind in self.first_words[stem] and _plain_prefix(prefix, kind)
            )
        return found

    def starts_in(self, tokens: Sequence[Token]) -> dict[int, frozenset[str]]:
        """The word tokens that may begin a cue, by position, with what they may begin: the
        kinds of the cues their readings begin, and "definite_head" for a definite organisation
        head with the article. Most words begin nothing; each word form is looked at once."""
        memo = self._starts
        out: dict[int, frozenset[str]] = {}
        for i in worth_a_look(tokens, memo):
            tok = tokens[i]
            kinds = memo.get(tok.norm)
            if kinds is None:  # remembered whatever its kind, so it is not looked at again
                kinds = self._remember_starts(tok.norm)
            if kinds and tok.kind == "word":
                out[i] = kinds
        return out

    def _remember_starts(self, norm: str) -> frozenset[str]:
        """What a word may begin (see `starts_in`), kept in the memo."""
        if len(self._starts) > MEMO_LIMIT:
            self._starts.clear()
        kinds: set[str] = set()
        for stem, _prefix, _offset in self.readings(norm):
            kinds |= self.first_words[stem]
        if norm.startswith(ARTICLE_PREFIXES) and self.definite_head(norm):
            kinds.add("definite_head")
        found = self._starts[norm] = frozenset(kinds)
        return found

    def head(self, norm: str) -> tuple[CueKind, str] | None:
        """The kind of one-word cue a word is, maybe after proclitics (مدينة، وفي), the first
        of HEAD_KINDS for its first reading that is one, with that reading's stem (memoised)."""
        if norm not in self._head:
            if len(self._head) > MEMO_LIMIT:
                self._head.clear()
            self._head[norm] = next(
                ((kind, stem) for stem, _p, _o in self.readings(norm) for kind in HEAD_KINDS
                 if kind in self.first_words[stem] and self.has(kind, stem)),
                None,
            )
        return self._head[norm]

    def definite_head(self, norm: str) -> tuple[CueEntry, int] | None:
        """المجلس، والجمعية: a `definite` organisation head with the article, as
        (head entry, offset of the article in the word)."""
        if norm not in self._heads:
            if len(self._heads) > MEMO_LIMIT:
                self._heads.clear()
            self._heads[norm] = self._find_definite_head(norm)
        return self._heads[norm]

    def _find_definite_head(self, norm: str) -> tuple[CueEntry, int] | None:
        heads = self.words("org_head")
        for sp in splits(norm):
            entry = heads.get((sp.stem,))
            if entry is not None and entry.definite and not sp.suffix and sp.prefix.endswith(("ال", "لل")):
                return entry, max(0, len(sp.prefix) - 2)
        return None

    def forms(self, kind: CueKind) -> frozenset[str]:
        """The one-word cues of a kind as they are written with common proclitics
        (المباراة، والمباراة، بالمباراة، للمباراة), for a fast membership test on tokens."""
        if kind not in self._forms:
            words = [key[0] for key in self.words(kind) if len(key) == 1]
            out = {p + w for w in words for p in _PROCLITIC_FORMS}
            out.update(p + w[2:] for w in words if w.startswith("ال") for p in ("لل", "ولل", "فلل"))
            self._forms[kind] = frozenset(out)
        return self._forms[kind]

    def one_words(self, kinds: tuple[CueKind, ...]) -> frozenset[str]:
        """The one-word cues of any of these kinds, for one set look-up instead of one per kind."""
        if kinds not in self._one_words:
            self._one_words[kinds] = frozenset(key[0] for kind in kinds for key in self.words(kind) if len(key) == 1)
        return self._one_words[kinds]

    def typed_words(self, kinds: tuple[tuple[CueKind, str], ...]) -> frozenset[str]:
        """The one-word cues of these (kind, type) pairs (heads of outlets: صحيفة، قناة)."""
        if kinds not in self._typed:
            self._typed[kinds] = frozenset(
                key[0] for kind, etype in kinds for key, e in self.words(kind).items() if len(key) == 1 and e.type == etype
            )
        return self._typed[kinds]

    def known(self, word: str) -> bool:
        """True if the one-word phrase `word` is a cue of any kind (a stop word included)."""
        return any((word,) in table for table in self.phrases.values())

    def has(self, kind: CueKind, word: str) -> bool:
        """True if the one-word phrase `word` is a cue of this kind."""
        return (word,) in self.phrases.get(kind, {})


def _plain_prefix(prefix: str, kind: CueKind) -> bool:
    """Cue words take no article (القوات is not the head قوات); given names take only و/ف."""
    if prefix.endswith("ال") or prefix.endswith("لل"):
        return False
    return prefix in CONJUNCTIONS or kind in _PARTICLE_KINDS


def _entries(path: str, rows: list[dict[str, Any]]) -> Iterable[CueEntry]:
    for i, raw in enumerate(rows):
        try:
            yield CueEntry.model_validate(raw)
        except ValueError as exc:
            raise DataFileError(f"{path}: entry #{i + 1}: {exc}") from exc


def load_cues(resources: Resources | None = None) -> Cues:
    """Packaged cue files plus the user's `kind: ner_cues` files."""
    cues = Cues()
    # The packaged files are read with the C YAML loader (the generic one is slow).
    files = [(str(p), read_file(p).rows) for p in map(package_path, CUE_FILES)]
    if resources is not None:
        files.extend((d.path, d.entries) for d in resources.extras_of_kind(CUE_KIND))
    for path, rows in files:
        for entry in _entries(path, rows):
            cues.add(entry)
    return cues
