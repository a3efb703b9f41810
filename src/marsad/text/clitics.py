"""Clitic segmentation of normalised Arabic words, with offsets.

A word such as وبقواتها is و + ب + قوات + ها: proclitics (conjunction, particle,
article) before the stem and a pronoun enclitic after it. `splits` lists every reading
the clitic inventory (``data/ar/clitics.yaml``) allows; `segment` picks one.

Blind stripping eats letters that belong to the word (بلد، لبنان، كركوك، فلسطين،
وزير، بغداد، والي all start with a letter that can be a proclitic), so the choice is
lexicon-aware: a split is taken only when the caller's `known` accepts its stem, and
without a lexicon only a clear article prefix (ال، وال، بال، لل ...) is removed.

Words must be normalised (`normalize_key` or a token's `norm`). Two spellings are
given back for lookup, each as an extra split after the one with the stem as written:
ta marbuta written ت before an enclitic (حكومتها: حكومت and حكومه + ها), and the
article's alef dropped after ل (للحكومه: ل + لحكومه and ل + الحكومه, besides لل + حكومه),
so lexicons with or without the article both find their entries.

Splits are ordered by the number of letters stripped, then by prefix length; the first
is always the no-split, and no other split leaves a stem shorter than `MIN_STEM`.
Pipeline components take their segmenter from `Segmenter.from_resources` (user files of
kind ``clitics`` extend the inventory); `stem_span` maps a token's stem to the original.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from marsad.resources import DataFile, load_packaged
from marsad.text.normalize import NormText

if TYPE_CHECKING:
    from marsad.resources import Resources
    from marsad.text.tokenize import Token

CLITICS_FILE = "ar/clitics.yaml"
CLITICS_KIND = "clitics"
MIN_STEM = 2  # no split leaves a stem shorter than this
CLEAR_STEM = 3  # without a lexicon, the article is removed only before this many letters
TA_MARBUTA = "ه"  # normalised ة
TA_BEFORE_SUFFIX = "ت"
ALIF_BEFORE_SUFFIX = "ا"  # a final ى is written ا before a pronoun (أجراها، مستشفاه)
ALIF_MAQSURA = "ي"  # normalised ى


class CliticEntry(BaseModel):
    """One line of a clitics file."""

    model_config = ConfigDict(extra="forbid")
    form: str
    type: Literal["proclitic", "enclitic", "not_article"]
    slot: Literal["conjunction", "particle", "article"] | None = None
    gloss: str | None = None
    article_form: str | None = None
    before: str = ""
    takes_article: bool = True


@dataclass(frozen=True, slots=True)
class Split:
    """One reading of a word: ``prefix + word[start:end] + suffix == word``.

    `prefix` is ``word[:start]`` and `suffix` is ``word[end:]``. `stem` is the lookup form
    of ``word[start:end]``: the same letters, or with ta marbuta given back (حكومت -> حكومه)
    or with the article's dropped alef given back (لحكومه -> الحكومه).
    """

    prefix: str
    stem: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Prefix:
    """A composed proclitic sequence such as وبال."""

    form: str
    article: bool
    before: str  # allowed first letters of the stem ('' = any)
    elided: str = ""  # for ل + ال written لل: the sequence up to the particle (ول for ولل)


_NO_PREFIX = Prefix("", False, "")


@dataclass(frozen=True, slots=True)
class CliticInventory:
    """Proclitic sequences, enclitics and non-article ال words, ready for splitting."""

    prefixes: tuple[Prefix, ...]
    suffixes: tuple[str, ...]
    article: str
    not_article: frozenset[str]


def load_inventory(files: Iterable[DataFile] = ()) -> CliticInventory:
    """The packaged clitic inventory plus user `files` of the same form."""
    entries = [CliticEntry(**e) for e in load_packaged(CLITICS_FILE).entries]
    for data in files:
        entries += [CliticEntry(**e) for e in data.entries]
    article = next((e.form for e in entries if e.slot == "article"), "")
    return CliticInventory(
        prefixes=_compose_prefixes(entries, article),
        suffixes=tuple(sorted({e.form for e in entries if e.type == "enclitic"}, key=len)),
        article=article,
        not_article=frozenset(e.form for e in entries if e.type == "not_article"),
    )


def _compose_prefixes(entries: list[CliticEntry], article: str) -> tuple[Prefix, ...]:
    """Every conjunction + particle + article sequence, shortest first."""
    conjunctions = ["", *(e.form for e in entries if e.slot == "conjunction")]
    particles: list[CliticEntry | None] = [None, *(e for e in entries if e.slot == "particle")]
    found: dict[str, Prefix] = {}
    for conj in conjunctions:
        for part in particles:
            for art in (False, True) if article else (False,):
                if art and part is not None and not part.takes_article:
                    continue
                form = conj + _particle_form(part, art, article)
                before = part.before if part is not None and not art else ""
                elided = conj + part.form if art and part and part.article_form else ""
                if form and form not in found:
                    found[form] = Prefix(form, art, before, elided)
    return tuple(sorted(found.values(), key=lambda p: (len(p.form), p.form)))


def _particle_form(part: CliticEntry | None, art: bool, article: str) -> str:
    """Spelling of a particle (or none) followed by the article (or not)."""
    if part is None:
        return article if art else ""
    if not art:
        return part.form
    return part.article_form or part.form + article


class Segmenter:
    """Splits words with one clitic inventory; results are cached per word."""

    def __init__(self, inventory: CliticInventory) -> None:
        self.inventory = inventory
        self._article_prefixes = frozenset(p.form for p in inventory.prefixes if p.article)
        self._by_form = {p.form: p for p in inventory.prefixes}
        self._lengths = sorted({len(p.form) for p in inventory.prefixes})
        self._suffixes = frozenset(inventory.suffixes)
        self._suffix_lengths = sorted({len(s) for s in inventory.suffixes})
        self.splits: Callable[[str], tuple[Split, ...]] = lru_cache(maxsize=65536)(self._splits)

    @classmethod
    def from_resources(cls, resources: Resources) -> Segmenter:
        """The segmenter for a pipeline, built once (user 'clitics' files included)."""
        cached = resources.cache.get(CLITICS_KIND)
        if not isinstance(cached, Segmenter):
            extra = list(resources.extras_of_kind(CLITICS_KIND))
            cached = cls(load_inventory(extra)) if extra else default_segmenter()
            resources.cache[CLITICS_KIND] = cached
        return cached

    def _splits(self, word: str) -> tuple[Split, ...]:
        """All admissible splits of `word`, least stripped first (the no-split first)."""
        found = [Split("", word, "", 0, len(word))]
        endings = ["", *(word[-k:] for k in self._suffix_lengths if word[-k:] in self._suffixes)]
        for pre in self._prefixes_of(word):
            for suf in ("",) if pre.article else endings:
                if pre.form or suf:
                    found.extend(_readings(word, pre, suf, self.inventory.article))
        return tuple(sorted(found, key=_order))

    def _prefixes_of(self, word: str) -> list[Prefix]:
        """The empty prefix and every proclitic sequence `word` starts with."""
        by_form = self._by_form
        return [_NO_PREFIX, *(by_form[word[:k]] for k in self._lengths if word[:k] in by_form)]

    def segment(self, word: str, known: Callable[[str], bool] | None = None) -> Split:
        """The least-stripped split whose stem `known` accepts, else the default split."""
        candidates = self.splits(word)
        if known is not None:
            for split in candidates:
                if known(split.stem):
                    return split
        return next((s for s in candidates if self._clearly_prefixed(s)), candidates[0])

    def _clearly_prefixed(self, split: Split) -> bool:
        """True for an article split safe to take without a lexicon (الحكومه, وبالقرب)."""
        inv = self.inventory
        return (
            not split.suffix
            and split.end - split.start >= CLEAR_STEM
            and split.prefix in self._article_prefixes
            and inv.article + split.stem not in inv.not_article
        )


def _readings(word: str, pre: Prefix, suf: str, article: str) -> list[Split]:
    """The split(s) of `word` with prefix `pre` and suffix `suf`, if the stem allows it."""
    start, end = len(pre.form), len(word) - len(suf)
    if end - start < MIN_STEM or (pre.before and word[start] not in pre.before):
        return []
    stem = word[start:end]
    out = [Split(pre.form, stem, suf, start, end)]
    if suf and stem.endswith(TA_BEFORE_SUFFIX):
        out.append(Split(pre.form, stem[:-1] + TA_MARBUTA, suf, start, end))
    elif suf and stem.endswith(ALIF_BEFORE_SUFFIX) and end - start > MIN_STEM:
        out.append(Split(pre.form, stem[:-1] + ALIF_MAQSURA, suf, start, end))  # أجراها: أجرى + ها
    if pre.elided:
        out.append(Split(pre.elided, article + stem, suf, len(pre.elided), end))
    return out


def _order(split: Split) -> tuple[int, int]:
    """Sort key: fewer stripped letters, then shorter prefix (stable: as-written stem first)."""
    return len(split.prefix) + len(split.suffix), len(split.prefix)


@lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """The segmenter over the packaged inventory, built once."""
    return Segmenter(load_inventory())


def splits(word: str) -> list[Split]:
    """All admissible splits of a normalised word, the no-split first, least stripped first."""
    return list(default_segmenter().splits(word))


def segment(word: str, known: Callable[[str], bool] | None = None) -> Split:
    """Lexicon-aware split of a normalised word (see `Segmenter.segment`)."""
    return default_segmenter().segment(word, known)


def stem_candidates(word: str) -> list[str]:
    """Distinct stems of a normalised word's splits, the word itself first."""
    return list(dict.fromkeys(s.stem for s in default_segmenter().splits(word)))


def stem_span(norm: NormText, token: Token, split: Split) -> tuple[int, int]:
    """Original-text span of the stem of `split`, a split of ``token.norm``."""
    return norm.to_original(token.nstart + split.start, token.nstart + split.end)
