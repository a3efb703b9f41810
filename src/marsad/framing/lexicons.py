"""The framing lexicons (loaded terms, distancing, evaluative, prediction, opinion and
unsourced-claim markers): schemas, loading and one combined phrase matcher."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict

from marsad.attribution.phrases import PhraseMatcher, positions
from marsad.resources import DataFile, Resources, load_packaged
from marsad.text.clitics import default_segmenter
from marsad.text.normalize import normalize_key

Cue = Literal["loaded_term", "distancing", "evaluative", "prediction", "opinion", "unsourced", "not_loaded"]
FILES: dict[Cue, str] = {
    "loaded_term": "ar/loaded_terms.yaml",
    "distancing": "ar/distancing.yaml",
    "evaluative": "ar/evaluative.yaml",
    "prediction": "ar/prediction_cues.yaml",
    "opinion": "ar/opinion_cues.yaml",
    "unsourced": "ar/unsourced_cues.yaml",
}
KINDS: dict[Cue, str] = {
    "loaded_term": "loaded_terms",
    "distancing": "distancing",
    "evaluative": "evaluative",
    "prediction": "prediction_cues",
    "opinion": "opinion_cues",
    "unsourced": "unsourced_cues",
}


FUTURE_PARTICLE = "س"
IMPERFECT_PREFIXES = ("ي", "ت", "ن")
ACCUSATIVE = "ا"
ENCLITICS = ("ه", "ها", "هم", "هما")  # a one-word term with a possessive (جرائمه، وكلائها)
NO_ALEF_ENDINGS = ("ا", "ه", "ين", "ون", "ان", "ات", "ي" + "ن", "ء")


class LoadedTerm(BaseModel):
    """A loaded term, its neutral alternative and the camp whose outlets use it."""

    model_config = ConfigDict(extra="forbid")
    term: str
    neutral: str
    side: str
    forms: list[str] = []
    note: str | None = None


class Marker(BaseModel):
    """A phrase of the other framing lexicons."""

    model_config = ConfigDict(extra="forbid")
    phrase: str
    forms: list[str] = []
    note: str | None = None
    polarity: Literal["negative", "positive"] | None = None
    type: Literal["certain", "emphatic", "future", "likely", "expected", "scheduled", "hedged"] | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """What a match means: its lexicon, canonical phrase and the notes to report."""

    cue: Cue
    phrase: str
    neutral: str | None = None
    side: str | None = None
    note: str | None = None
    type: str | None = None


class FutureVerbs:
    """سـ + imperfect verb forms (ستخرج، وسيعود) less the listed look-alikes (سياسة، سيد),
    decided once per word form so that a sentence is then only tested against a set."""

    def __init__(self, not_prefixes: tuple[str, ...], not_words: frozenset[str]) -> None:
        self.not_prefixes = not_prefixes
        self.not_words = not_words
        self._prefix: dict[str, int] = {}  # future verb form -> index of its سـ
        self._future: set[str] = set()  # the keys of `_prefix`
        self._seen: set[str] = set()

    def prefix_at(self, word: str) -> int | None:
        """Index of the future prefix in normalised `word` if it is سـ + an imperfect verb."""
        if word not in self._seen:
            self._learn(word)
        return self._prefix.get(word)

    def positions(self, forms: list[str]) -> list[int]:
        """Indices of the future verb forms among a sentence's token `forms`."""
        if not self._seen.issuperset(forms):
            for word in set(forms).difference(self._seen):
                self._learn(word)
        return positions(forms, self._future)

    def _learn(self, word: str) -> None:
        """Decide one word form."""
        self._seen.add(word)
        if FUTURE_PARTICLE not in word[:3]:
            return
        for split in default_segmenter().splits(word):
            if not split.prefix.endswith(FUTURE_PARTICLE) or split.suffix:
                continue
            bare = word[split.start - 1 :]
            if bare in self.not_words or bare.startswith(self.not_prefixes):
                return
            if split.stem.startswith(IMPERFECT_PREFIXES) and len(split.stem) >= 3:
                self._prefix[word] = split.start - 1
                self._future.add(word)
                return


@dataclass(frozen=True)
class FramingLexicon:
    """All framing phrases in one matcher, plus the future verbs and their exceptions."""

    matcher: PhraseMatcher[Entry]
    future: FutureVerbs
    sides: dict[str, str]
    openers: frozenset[str] = frozenset()  # words that make an opening sentence an opinion
    frame_verbs: frozenset[str] = frozenset()  # ويأتي ذلك ... في إطار: the outlet's own frame
    frame_nouns: frozenset[str] = frozenset()
    names_before_quotes: frozenset[str] = frozenset()  # لـ«الشروق»: a quoted name, not scare quotes
    schedule_adjectives: frozenset[str] = frozenset()  # المقبل: a schedule only after a time noun
    time_nouns: frozenset[str] = frozenset()
    embedded_questions: frozenset[tuple[str, ...]] = frozenset()  # عما إذا: the future after it is asked

    @cached_property
    def question_ends(self) -> frozenset[str]:
        """The last words of `embedded_questions`, which a sentence holding one must contain."""
        return frozenset(phrase[-1] for phrase in self.embedded_questions)


def _entries(cue: Cue, data: DataFile) -> list[tuple[str, Entry]]:
    """(surface form, entry) pairs of one data file, every form listed."""
    out: list[tuple[str, Entry]] = []
    for raw in data.entries:
        if cue == "loaded_term":
            t = LoadedTerm(**raw)
            entry = Entry(cue, t.term, t.neutral or None, t.side, t.note)
            forms = [t.term, *t.forms]
            forms += [f + ACCUSATIVE for f in forms if _takes_accusative_alef(f)]
        else:
            m = Marker(**raw)
            entry = Entry(cue, m.phrase, None, m.polarity, m.note, m.type)
            forms = [m.phrase, *m.forms]
        out += [(f, entry) for f in forms]
    return out


def _takes_accusative_alef(form: str) -> bool:
    """True for one indefinite word whose accusative is written with a final alef (إرهابياً)."""
    key = normalize_key(form)
    return " " not in key and not key.startswith("ال") and not key.endswith(NO_ALEF_ENDINGS)


def load_framing(resources: Resources | None = None) -> FramingLexicon:
    """The packaged framing lexicons plus user files of the same kinds."""
    pairs: list[tuple[str, Entry]] = []
    sides: dict[str, str] = {}
    headers: dict[str, object] = {}
    for cue, path in FILES.items():
        files = [load_packaged(path)]
        if resources is not None:
            files += list(resources.extras_of_kind(KINDS[cue]))
        for data in files:
            pairs += _entries(cue, data)
            pairs += [(p, Entry("not_loaded", p)) for p in _strings(data.header.get("not_loaded"))]
            sides.update(data.header.get("sides") or {})
            headers.update(data.header)
    return FramingLexicon(
        PhraseMatcher(pairs, suffixes=ENCLITICS),
        FutureVerbs(
            tuple(normalize_key(p) for p in _strings(headers.get("not_future_prefixes"))),
            frozenset(normalize_key(w) for w in _strings(headers.get("not_future_words"))),
        ),
        sides,
        frozenset(normalize_key(w) for w in _strings(headers.get("openers"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("frame_verbs"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("frame_nouns"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("names_before_quotes"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("schedule_adjectives"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("time_nouns"))),
        frozenset(tuple(normalize_key(w).split()) for w in _strings(headers.get("embedded_questions"))),
    )


def _strings(value: object) -> list[str]:
    """A header list of strings (empty when absent)."""
    return [str(v) for v in value] if isinstance(value, list) else []
