"""The framing lexicons (loaded terms, distancing, evaluative, prediction, opinion and
unsourced-claim markers): schemas, loading and one combined phrase matcher."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from marsad.attribution.phrases import PhraseMatcher
from marsad.resources import DataFile, Resources, load_packaged
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
    type: Literal["certain", "future", "scheduled", "hedged"] | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """What a match means: its lexicon, canonical phrase and the notes to report."""

    cue: Cue
    phrase: str
    neutral: str | None = None
    side: str | None = None
    note: str | None = None
    type: str | None = None


@dataclass(frozen=True)
class FramingLexicon:
    """All framing phrases in one matcher, plus the future-prefix exceptions."""

    matcher: PhraseMatcher[Entry]
    not_future_prefixes: tuple[str, ...]
    not_future_words: frozenset[str]
    sides: dict[str, str]
    openers: frozenset[str] = frozenset()  # words that make an opening sentence an opinion
    frame_verbs: frozenset[str] = frozenset()  # ويأتي ذلك ... في إطار: the outlet's own frame
    frame_nouns: frozenset[str] = frozenset()
    names_before_quotes: frozenset[str] = frozenset()  # لـ«الشروق»: a quoted name, not scare quotes
    schedule_adjectives: frozenset[str] = frozenset()  # المقبل: a schedule only after a time noun
    time_nouns: frozenset[str] = frozenset()


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
        tuple(normalize_key(p) for p in _strings(headers.get("not_future_prefixes"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("not_future_words"))),
        sides,
        frozenset(normalize_key(w) for w in _strings(headers.get("openers"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("frame_verbs"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("frame_nouns"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("names_before_quotes"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("schedule_adjectives"))),
        frozenset(normalize_key(w) for w in _strings(headers.get("time_nouns"))),
    )


def _strings(value: object) -> list[str]:
    """A header list of strings (empty when absent)."""
    return [str(v) for v in value] if isinstance(value, list) else []
