"""Finding trigger words, cue words and mode phrases in a sentence's tokens."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from marsad.events.lexicon import FormKind, Lexicon, ModeWord, TriggerEntry
from marsad.events.tokens import Split, splits, stems
from marsad.text.tokenize import Token

# Which proclitics each form kind accepts: a perfect verb takes only a conjunction, the
# future س only goes on an imperfect, the article and prepositions only on nouns.
_VERB_PAST: Final = frozenset({"", "و", "ف"})
_VERB_PRES: Final = frozenset({"", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"})
_PARTICLE: Final = frozenset({"", "و", "ف"})
MEMO_SIZE: Final = 200_000  # distinct words whose readings are remembered
COMPANION_WINDOW: Final = 9  # tokens after a trigger in which its `with` word must appear
ASIDE_REACH: Final = 10  # longest aside between commas skipped by that window
COMMAS: Final = frozenset({"،", ","})  # an intention verb does not reach past one; an aside sits between two
# أي "any" before an event noun: a determiner after a preposition (على أي هجوم), negative
# polarity after a negation (لم يسجل أي هجوم), else a hypothetical act (الرد على أي اعتداء).
ANY: Final = frozenset({"أي", "اي"})
VERBAL: Final = ("past", "pres")  # the verb forms of a trigger reading
ILA: Final = "الي"  # إلى as tokens are normalised (hamza and alif maqsura folded)


TriggerHitReading = tuple[TriggerEntry, FormKind, str]
# A word's stems, cues, trigger readings and the mode words starting with it.
Reading = tuple[
    frozenset[str], dict[str, str], list[TriggerHitReading], tuple[tuple[ModeWord, ...], ...]
]


class TokInfo:
    """A sentence token with what the lexicons say about it. A plain class, not a
    dataclass: mypyc builds it natively (a dataclass's generated __init__ is interpreted
    Python, and one is made for every token of a sentence with a trigger reading)."""

    def __init__(
        self,
        pos: int,
        token: Token,
        stems: frozenset[str],
        cues: dict[str, str],
        hits: list[tuple[TriggerEntry, FormKind, str]],
        modes: tuple[tuple[ModeWord, ...], ...],
    ) -> None:
        self.pos = pos  # position in the sentence's token list
        self.token = token
        self.stems = stems
        self.cues = cues  # cue -> prefix it was found with
        self.hits = hits
        self.modes = modes  # per stem: mode phrases starting with it
        self.in_name = False  # continues a name of several words (set by the event stage)
        self.uncounted = False  # a time, or a count before its noun: no word of a light verb's reach


def verb_reading(info: TokInfo) -> bool:
    """Whether one of the word's trigger readings is a verb (past or present)."""
    return any(kind in VERBAL for _e, kind, _p in info.hits)


def noun_reading(info: TokInfo) -> bool:
    """Whether one of the word's trigger readings is an event noun (ضربات، هجمات)."""
    return any(kind == "noun" for _e, kind, _p in info.hits)


@dataclass(frozen=True)
class ModeSpan:
    start: int  # token positions [start, end)
    end: int
    word: ModeWord


def allowed(kind: FormKind, prefix: str, word_prefixes: frozenset[str] = _PARTICLE) -> bool:
    """Whether a form of `kind` may carry proclitic `prefix`."""
    if kind == "past":
        return prefix in _VERB_PAST
    if kind == "pres":
        return prefix in _VERB_PRES
    if kind == "word":
        return prefix in word_prefixes
    if kind == "circumstantial":
        return prefix in ("", "و")  # ، مؤكدا ...، ومحملا X مسؤولية
    return True


def _lookup_triggers(word: str, lex: Lexicon) -> list[tuple[TriggerEntry, FormKind, str]]:
    """Trigger readings of a word at its least-stripped matching split."""
    for sp in splits(word):
        found = [
            (e, k, sp.prefix) for e, k in lex.triggers.get(sp.stem, ()) if allowed(k, sp.prefix)
        ]
        if found:
            return found
    return []


def _lookup_cues(word: str, lex: Lexicon) -> dict[str, str]:
    """Cue readings of a word (cue name -> proclitic)."""
    out: dict[str, str] = {}
    for sp in splits(word):
        if _nisba(sp):
            continue
        for cue, kind in lex.cues.get(sp.stem, ()):
            if cue == "nontrigger" or (
                allowed(kind, sp.prefix) and (kind != "word" or not sp.suffix)
            ):
                out.setdefault(cue, sp.prefix)
    return out


def _nisba(sp: Split) -> bool:
    """The article before a stem ending in ي: a relational adjective (المكتب التنفيذي), not
    the noun with the pronoun "my" (the article never takes a pronoun)."""
    return sp.suffix == "ي" and sp.prefix.endswith(("ال", "لل"))


def cue_forms(word: str, lex: Lexicon, cue: str) -> frozenset[FormKind]:
    """The form kinds under which `word` carries `cue` (a light verb's tense: تشن is only an
    imperfect, تعرض both a perfect and an imperfect)."""
    return frozenset(
        kind for sp in splits(word) for c, kind in lex.cues.get(sp.stem, ()) if c == cue and allowed(kind, sp.prefix)
    )


def _lookup(word: str, lex: Lexicon) -> Reading:
    """Stems, cue, trigger and mode-word readings of a word, memoised per lexicon (words
    repeat a lot); the returned objects are shared and never changed by their readers."""
    found: Reading | None = lex.memo.get(word)
    if found is None:
        cues = _lookup_cues(word, lex)
        hits = [] if "nontrigger" in cues else _lookup_triggers(word, lex)
        word_stems = stems(word)
        modes = tuple(tuple(lex.mode_words[x]) for x in sorted(word_stems) if x in lex.mode_words)
        found = (word_stems, cues, hits, modes)
        if len(lex.memo) < MEMO_SIZE:
            lex.memo[word] = found
    return found


@lru_cache(maxsize=4096)
def _plain(norm: str) -> Reading:
    """The reading of a token that is no word (number, punctuation): its own form as its
    only stem, nothing else; shared like the word readings."""
    return frozenset((norm,)), {}, [], ()


def analyse(tokens: list[Token], lex: Lexicon) -> list[TokInfo] | None:
    """Look every word token of a sentence up in the trigger and cue lexicons; None when
    no word has a trigger reading (most news sentences), so nothing is built for them."""
    memo = lex.memo
    readings = [
        (memo.get(tok.norm) or _lookup(tok.norm, lex)) if tok.kind == "word" else _plain(tok.norm)
        for tok in tokens
    ]
    if not any([r[2] for r in readings]):
        return None
    return [TokInfo(pos, tok, r[0], r[1], r[2], r[3]) for pos, (tok, r) in enumerate(zip(tokens, readings, strict=True))]


def mode_spans(infos: list[TokInfo]) -> list[ModeSpan]:
    """Mode words and phrases found in the sentence (longest phrase at each position)."""
    spans: list[ModeSpan] = []
    for info in [i for i in infos if i.modes]:
        for group in info.modes:
            for mw in group:
                end = info.pos + len(mw.words)
                if end <= len(infos) and all(
                    w in infos[info.pos + k].stems for k, w in enumerate(mw.words[1:], 1)
                ):
                    spans.append(ModeSpan(info.pos, end, mw))
                    break
    return spans


def has_companion(infos: list[TokInfo], pos: int, words: frozenset[str], window: int = COMPANION_WINDOW) -> int | None:
    """Position of the first `with` word within the window after `pos`, if any; an aside
    between commas does not count towards the window (وقعت X وY، بعد مفاوضات في نيروبي،
    اتفاقا)."""
    k, left = pos + 1, window
    while k < len(infos) and left > 0:
        if not infos[k].stems.isdisjoint(words):
            return k
        if infos[k].token.norm in COMMAS and (close := _aside_end(infos, k)) is not None:
            k = close  # the closing comma, read next as one token
        k, left = k + 1, left - 1
    return None


def _aside_end(infos: list[TokInfo], k: int) -> int | None:
    """Position of the comma closing an aside opened by the comma at k, within a few words."""
    for j in range(k + 1, min(len(infos), k + 1 + ASIDE_REACH)):
        norm = infos[j].token.norm
        if norm in COMMAS:
            return j
        if infos[j].token.kind == "punct":
            return None
    return None
