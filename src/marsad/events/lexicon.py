"""The events stage's data: PLOVER ontology, trigger lexicon, cues and mode words.

Each file is validated with a pydantic schema and compiled once into look-up tables keyed
by normalised forms (see `marsad.events.inflect` for how forms are generated).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from marsad.errors import DataFileError
from marsad.events.inflect import noun_forms, participle_forms, verb_forms
from marsad.resources import DataFile, Resources, load_packaged
from marsad.text.normalize import normalize_key

CueName = Literal[
    "charge",
    "dated_name",
    "light",
    "undergo",
    "report",
    "plan",
    "decision",
    "future",
    "condition",
    "negation",
    "denial",
    "involvement",
    "condemn",
    "call",
    "habitual",
    "claim",
    "agent",
    "past",
    "function",
    "target_prep",
    "place_prep",
    "military",
    "nontrigger",
    "crowd",
    "victim",
    "preposition",
    "relative",
    "operation",
    "adjective",
    "verb",
    "link",
    "partitive",
    "b_noun",
    "name_head",
    "munition",
    "lam_word",
    "doer",
    "hazard",
    "frequency",
    "aside",
    "foil",
    "cancel",
    "round",
    "prep_light",
    "honorific",
    "direction",
    "force",
    "maybe",
    "possible",
    "transparent",
    "circumstantial",
    "perpetrator",
    "work_title",
    "manner",
    "discipline",
    "pressure",
    "reach",
    "activity",
    "list_noun",
    "container",
    "mishap",
    "suspect",
    "result",
    "office",
    "goods",
    "title",
    "rank",
    "abstract",
    "effort",
    "adverb",
    "group",
    "installation",
    "gather",
    "beneficiary",
    "institution",
    "party_adjective",
    "mention",
    "purpose",
    "ideology",
    "universal",
    "visit_kind",
    "place_noun",
    "speaker",
]
FormKind = Literal["past", "pres", "noun", "participle", "circumstantial", "word"]


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class VerbStems(_Schema):
    past: str | None = None
    pres: str | None = None


class _Stems(_Schema):
    verb: VerbStems | None = None
    nouns: list[str] = Field(default_factory=list)
    participles: list[str] = Field(default_factory=list)
    circumstantial: list[str] = Field(default_factory=list)  # حال forms after a comma (متهمة)
    words: list[str] = Field(default_factory=list)
    # Passive perfects that differ from the active in letters, not only in short vowels
    # (hollow verbs: اغتيل، أقيل): verbs whose subject is the target.
    passives: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)  # generated forms to drop (فجر = dawn, أنظمة = systems)

    def forms(self) -> set[tuple[str, FormKind]]:
        """Every generated surface form (normalised) with its kind."""
        out: set[tuple[str, FormKind]] = {(normalize_key(w), "word") for w in self.words}
        out |= {(normalize_key(w), "past") for w in self.passives}
        out |= {(f, "participle") for p in self.participles for f in participle_forms(p)}
        out |= {(normalize_key(w), "circumstantial") for w in self.circumstantial}
        out |= {(f, "noun") for n in self.nouns for f in noun_forms(n)}
        if self.verb:
            out |= set(verb_forms(self.verb.past, self.verb.pres).items())
        return out


class TriggerEntry(_Stems):
    """One trigger lemma of the lexicon."""

    id: str
    type: str
    mode: str | None = None
    with_: list[str] = Field(default_factory=list, alias="with")
    with_reach: int | None = Field(default=None, ge=1)  # tokens in which a `with` word must follow (default: the usual window)
    unless: list[str] = Field(default_factory=list)
    unless_subject: list[str] = Field(default_factory=list)
    strength: Literal["strong", "weak"] = "strong"
    genitive: Literal["agent", "patient", "topic"] = "agent"
    companion: Literal["object", "target", "genitive", "subject", "list"] = "object"
    target_preps: list[str] = Field(default_factory=list)
    actor_preps: list[str] = Field(default_factory=list)
    yields_to: list[str] = Field(default_factory=list)
    casualty: bool = False  # tells a toll (قتل، أصاب): its patient is who was hit, not what was attacked
    modeless: bool = False  # an act with no mode (a court's sentence): mode words near it (حبسا) name the penalty


class CueEntry(_Stems):
    cue: CueName


class ModeEntry(_Schema):
    type: str
    mode: str
    words: list[str]


class PloverEntry(_Schema):
    type: str
    description: str
    modes: list[str]


@dataclass(frozen=True)
class ModeWord:
    words: tuple[str, ...]
    type: str
    mode: str
    rank: int


@dataclass
class Lexicon:
    """Compiled look-up tables for the events stage."""

    modes_of: dict[str, list[str]]
    triggers: dict[str, list[tuple[TriggerEntry, FormKind]]] = field(default_factory=dict)
    cues: dict[str, list[tuple[str, FormKind]]] = field(default_factory=dict)
    mode_words: dict[str, list[ModeWord]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # word -> readings (see triggers)

    def mode_ranks(self) -> dict[tuple[str, str], int]:
        """(type, mode) -> preference rank from the mode words file (lower wins)."""
        ranks: dict[tuple[str, str], int] = {}
        for items in self.mode_words.values():
            for mw in items:
                key = (mw.type, mw.mode)
                ranks[key] = min(ranks.get(key, mw.rank), mw.rank)
        return ranks

    def trigger_entries(self) -> list[TriggerEntry]:
        """All distinct trigger entries."""
        seen: dict[str, TriggerEntry] = {}
        for hits in self.triggers.values():
            for entry, _ in hits:
                seen.setdefault(entry.id, entry)
        return list(seen.values())


@lru_cache(maxsize=4096)
def _keys(words: tuple[str, ...]) -> frozenset[str]:
    """Normalised keys of a word list (cached: a list's tuple is its key)."""
    return frozenset(normalize_key(w) for w in words)


def word_keys(words: list[str]) -> frozenset[str]:
    """Normalised keys of an entry's word list (`with`, prepositions), read for every hit
    and event, so computed once per list."""
    return _keys(tuple(words))


def _entries(name: str, resources: Resources | None, kind: str) -> list[dict[str, Any]]:
    files: list[DataFile] = [load_packaged(name)]
    if resources is not None:
        files.extend(resources.extras_of_kind(kind))
    return [e for f in files for e in f.entries]


def _parse(model: type[_Schema], rows: Iterable[dict[str, Any]], name: str) -> list[Any]:
    try:
        return [model.model_validate(r) for r in rows]
    except ValueError as exc:
        raise DataFileError(f"{name}: {exc}") from exc


def load_ontology() -> dict[str, list[str]]:
    """PLOVER type -> its modes."""
    rows = _parse(PloverEntry, load_packaged("plover.yaml").entries, "plover.yaml")
    return {r.type: r.modes for r in rows}


def _check(modes_of: dict[str, list[str]], type_: str, mode: str | None, where: str) -> None:
    if type_ not in modes_of or (mode is not None and mode not in modes_of[type_]):
        raise DataFileError(f"{where}: unknown PLOVER type/mode {type_}/{mode}")


def _compile_triggers(lex: Lexicon, entries: list[TriggerEntry]) -> None:
    table: dict[str, list[tuple[TriggerEntry, FormKind]]] = defaultdict(list)
    for e in entries:
        _check(lex.modes_of, e.type, e.mode, f"trigger {e.id}")
        excluded = {normalize_key(x) for x in e.exclude}
        for form, kind in sorted(e.forms()):
            if form not in excluded:
                table[form].append((e, kind))
    lex.triggers = dict(table)


def _compile_cues(lex: Lexicon, entries: list[CueEntry]) -> None:
    table: dict[str, list[tuple[str, FormKind]]] = defaultdict(list)
    for e in entries:
        excluded = {normalize_key(x) for x in e.exclude}
        for form, kind in sorted(e.forms()):
            if form not in excluded:
                table[form].append((e.cue, kind))
    lex.cues = dict(table)


def _compile_modes(lex: Lexicon, entries: list[ModeEntry]) -> None:
    table: dict[str, list[ModeWord]] = defaultdict(list)
    for rank, e in enumerate(entries):
        _check(lex.modes_of, e.type, e.mode, f"mode words {e.mode}")
        for phrase in e.words:
            words = tuple(normalize_key(phrase).split())
            firsts = noun_forms(words[0])
            for first in firsts:
                table[first].append(ModeWord((first, *words[1:]), e.type, e.mode, rank))
    for items in table.values():
        items.sort(key=lambda m: -len(m.words))
    lex.mode_words = dict(table)


def load_lexicon(resources: Resources | None = None) -> Lexicon:
    """Load, validate and compile every events data file (plus user extensions)."""
    lex = Lexicon(modes_of=load_ontology())
    trig = _entries("ar/events_triggers.yaml", resources, "event_triggers")
    _compile_triggers(lex, _parse(TriggerEntry, trig, "events_triggers"))
    cues = _entries("ar/events_cues.yaml", resources, "event_cues")
    _compile_cues(lex, _parse(CueEntry, cues, "events_cues"))
    modes = _entries("ar/events_modes.yaml", resources, "event_modes")
    _compile_modes(lex, _parse(ModeEntry, modes, "events_modes"))
    return lex
