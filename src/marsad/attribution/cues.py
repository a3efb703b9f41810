"""Reporting cues (قال، أكد، بحسب، وفقاً لـ ...) as data, with their generated inflections.

The lexicon is ``data/ar/reporting_cues.yaml``; its header documents the inflection
method that `verb_forms` implements. Users extend it with files of kind
``reporting_cues``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from marsad.attribution.phrases import PhraseMatcher
from marsad.resources import DataFile, Resources, load_packaged
from marsad.text.normalize import normalize_key

CUES_FILE = "ar/reporting_cues.yaml"
CUES_KIND = "reporting_cues"
Stance = Literal["neutral", "distancing", "denial", "prediction", "warning", "accusation"]

PAST_SUFFIXES = ("", "ت", "ا", "وا", "تا", "ن")
PRESENT_PREFIXES = ("ي", "ت", "ن")
PRESENT_PLURALS = ("ون", "ان")
CONJUNCTIONS = ("", "و", "ف")
OBJECT_PRONOUNS = ("ه", "ها")  # a verb's object pronoun (ما نقلته، ووصفتها بأنها)
COLONS = frozenset(":")
CLAUSE_PUNCT = frozenset("،,؛;")
ARTICLE = "ال"
POSSESSIVES = ("ها", "هم", "ه")  # a channel noun's possessive (مؤتمره، بيانها)
MEMO_SIZE = 200_000  # distinct word forms whose answers are remembered


class VerbEntry(BaseModel):
    """A reporting verb: past 3ms and imperfect stem; see the file header."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    past: str
    present: str
    stance: Stance = "neutral"
    object: bool = False
    extra: list[str] = []
    exclude: list[str] = []  # generated forms that are other words (ردا 'in reply', عبر 'via')
    # 'class' is a Python keyword, hence the alias.
    verb_class: Literal["sound", "defective"] = Field("sound", alias="class")


class NominalEntry(BaseModel):
    """A nominal or prepositional cue (بحسب) that the source follows."""

    model_config = ConfigDict(extra="forbid")
    phrase: str
    stance: Stance = "neutral"
    attached: bool = False


@dataclass(frozen=True, slots=True)
class CueInfo:
    """What the stages need to know about a matched cue."""

    lemma: str
    stance: Stance
    object: bool
    nominal: bool = False
    attached: bool = False


def verb_forms(entry: VerbEntry) -> set[str]:
    """Every normalised inflection of a verb entry, with and without و/ف (header method)."""
    past, present = normalize_key(entry.past), normalize_key(entry.present)
    forms: set[str] = set()
    if entry.verb_class == "defective":
        stem, pstem = past[:-1], present[:-1]
        forms |= {past, stem + "ت", stem + "وا", stem + "تا"}
        forms |= {p + present for p in PRESENT_PREFIXES} | {p + pstem + "ون" for p in "يت"}
        forms |= {p + present + "ان" for p in "يت"}
    else:
        forms |= {past + s for s in PAST_SUFFIXES} | _hollow_plural(past)
        forms |= {p + present for p in PRESENT_PREFIXES} | {"ي" + present + "ن"}
        forms |= {p + present + s for p in "يت" for s in PRESENT_PLURALS}
    forms |= {normalize_key(x) for x in entry.extra}
    return _with_conjunctions(forms, entry)


def past_forms(entry: VerbEntry) -> set[str]:
    """The past-tense subset of `verb_forms` (same method, no imperfect forms)."""
    past = normalize_key(entry.past)
    if entry.verb_class == "defective":
        stem = past[:-1]
        forms = {past, stem + "ت", stem + "وا", stem + "تا"}
    else:
        forms = {past + s for s in PAST_SUFFIXES} | _hollow_plural(past)
    return _with_conjunctions(forms, entry)


def _hollow_plural(past: str) -> set[str]:
    """The feminine plural of a hollow verb, whose long vowel drops (قال -> قلن، أفاد -> أفدن)."""
    return {past[:-2] + past[-1] + "ن"} if len(past) >= 3 and past[-2] == "ا" else set()


def _with_conjunctions(forms: set[str], entry: VerbEntry) -> set[str]:
    """Forms with and without و/ف, less the entry's excluded forms."""
    drop = {normalize_key(x) for x in entry.exclude}
    return {c + f for f in forms for c in CONJUNCTIONS} - {c + f for f in drop for c in CONJUNCTIONS}


@dataclass(frozen=True)
class CueLexicon:
    """Verb forms, nominal cues and the closed word classes used around cues."""

    verbs: dict[str, CueInfo]
    nominal: PhraseMatcher[CueInfo]
    words: dict[str, frozenset[str]]
    past: frozenset[str] = frozenset()  # past-tense forms (a speaker's continuation: ودعا)
    with_pronoun: dict[str, CueInfo] = field(default_factory=dict)  # نقلته، ووصفتها
    _channels: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)  # `is_channel` by form

    @cached_property
    def learned(self) -> frozenset[str]:
        """Forms of the "learned" verbs (وعلمت «الأخبار» من مصادر ...), with و/ف."""
        return frozenset(c + w for w in self.words["learned"] for c in CONJUNCTIONS)

    @cached_property
    def cue_forms(self) -> frozenset[str]:
        """Every word form that can be a verbal cue, with or without an object pronoun."""
        return frozenset(self.verbs) | frozenset(self.with_pronoun) | self.learned

    @cached_property
    def participles(self) -> frozenset[str]:
        """Active participles continuing a speaker (قائلاً، وداعياً), with و/ف."""
        return frozenset(c + w for w in self.words["participles"] for c in CONJUNCTIONS)

    @cached_property
    def marker_words(self) -> frozenset[str]:
        """Every form `content.marker` stops at or looks past: complementizers, colons, clause
        commas, and the cue forms that end its search."""
        pronouns = (w for w in self.with_pronoun if w[:1] == "و")
        return frozenset((*self.words["complementizers"], *COLONS, *CLAUSE_PUNCT, *self.verbs, *pronouns))

    @cached_property
    def continuations(self) -> frozenset[str]:
        """Past and object-pronoun cue forms with و, which may open a new cue (ووصفتها بأنها)."""
        return frozenset(w for w in self.past | self.with_pronoun.keys() if w.startswith("و"))

    @cached_property
    def source_breaks(self) -> frozenset[str]:
        """Every form that ends a source phrase by itself: the `stops_source` words and the cue
        verb forms (also with an object pronoun)."""
        return self.words["source_end"] | frozenset(self.verbs) | frozenset(self.with_pronoun)

    @cached_property
    def closed_words(self) -> frozenset[str]:
        """Negators, clause openers, lead-ins, complementizers and relatives: closed words
        that a describing clause (لافتات تتهم ...) never follows."""
        groups = ("negators", "clause_openers", "lead_ins", "complementizers", "relatives")
        return frozenset().union(*(self.words[g] for g in groups))

    @cached_property
    def clause_ends(self) -> frozenset[str]:
        """Every form at which a clause may end: clause commas and `continuations`."""
        return CLAUSE_PUNCT | self.continuations

    def is_channel(self, norm: str) -> bool:
        """True for a channel noun, also with the article or a possessive (بيان، الاستقبال،
        مؤتمره); memoised by form, as a document asks about the same words again and again."""
        found = self._channels.get(norm)
        if found is None:
            found = self._channel(norm)
            if len(self._channels) < MEMO_SIZE:
                self._channels[norm] = found
        return found

    def _channel(self, norm: str) -> bool:
        """`is_channel` computed."""
        norm = norm[len(ARTICLE) :] if norm.startswith(ARTICLE) else norm
        stems = [norm] + [norm[: -len(p)] for p in POSSESSIVES if norm.endswith(p)]
        stems += [s[:-1] + "ه" for s in stems[1:] if s.endswith("ت")]
        return any(s in self.words["channels"] for s in stems)

    def stops_source(self, norm: str) -> bool:
        """True if `norm` cannot be inside a source phrase (complementizer, relay, stop word)."""
        return norm in self.words["source_end"]

    def has(self, group: str, norm: str) -> bool:
        """True if normalised word `norm` is in the closed class `group` (header list)."""
        return norm in self.words[group]


WORD_GROUPS = (
    "complementizers",
    "relay",
    "relay_speech",
    "source_stops",
    "not_sources",
    "members",
    "clause_breaks",
    "lead_ins",
    "negators",
    "clause_openers",
    "source_links",
    "relay_leads",
    "addressees",
    "participles",
    "time_words",
    "honorifics",
    "quantifiers",
    "adverbs",
    "resumptives",
    "relatives",
    "reference_words",
    "channel_preps",
    "channels",
    "channel_links",
    "platforms",
    "object_preps",
    "name_adjectives",
    "demonstratives",
    "issued",
    "universals",
    "object_participles",
    "learned",
    "anaphoric",
    "place_nouns",
    "close_words",
    "social_media",
    "representatives",
    "about_verbs",
    "office_heads",
)


def build_lexicon(files: list[DataFile]) -> CueLexicon:
    """Merge cue files (packaged first) into one `CueLexicon`."""
    verbs: dict[str, CueInfo] = {}
    past: set[str] = set()
    nominal: list[tuple[str, CueInfo]] = []
    words: dict[str, set[str]] = {g: set() for g in WORD_GROUPS}
    for data in files:
        for raw in data.entries:
            entry = VerbEntry(**raw)
            info = CueInfo(normalize_key(entry.past), entry.stance, entry.object)
            verbs.update(dict.fromkeys(verb_forms(entry), info))
            past |= past_forms(entry)
        for raw in data.header.get("nominal") or []:
            n = NominalEntry(**raw)
            # An attached cue's last word is the proclitic on the source (وفقاً لـ|وزارة).
            key = n.phrase.rsplit(" ", 1)[0] if n.attached else n.phrase
            info = CueInfo(normalize_key(n.phrase), n.stance, False, True, n.attached)
            nominal.append((key, info))
        for group in WORD_GROUPS:
            words[group] |= {normalize_key(w) for w in data.header.get(group) or []}
        for word in data.header.get("participles") or []:
            key = normalize_key(word)
            info = CueInfo(key, "neutral", key in words["object_participles"])
            verbs.update(dict.fromkeys((c + key for c in CONJUNCTIONS), info))
    frozen = {g: frozenset(v) for g, v in words.items()}
    frozen["source_end"] = frozenset().union(
        *(frozen[g] for g in ("complementizers", "relay", "relay_speech", "source_stops", "addressees", "time_words"))
    )
    pronoun = {f + p: info for f, info in verbs.items() for p in OBJECT_PRONOUNS if f + p not in verbs}
    return CueLexicon(verbs, PhraseMatcher(nominal), frozen, frozenset(past), pronoun)


def load_cues(resources: Resources | None = None) -> CueLexicon:
    """The packaged reporting cues plus user files of kind ``reporting_cues``."""
    files = [load_packaged(CUES_FILE)]
    if resources is not None:
        files += list(resources.extras_of_kind(CUES_KIND))
    return build_lexicon(files)
