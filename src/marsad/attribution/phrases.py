"""Token-level phrase matching with proclitics, shared by the attribution and framing stages.

Phrases (lexicon entries) are normalised and split into words. A phrase matches a run
of word tokens when its first word equals a clitic-free stem of the first token (so
وقوات الاحتلال and للاحتلال match) and every further word equals the next token's
normalised form. Matches are the longest phrase starting at each token, left to right,
never overlapping. A matcher built with `suffixes` also accepts a one-word phrase
carrying one of those pronoun enclitics (جرائمه، وكلائها، مراسلنا).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING, Final, Generic, NamedTuple, TypeVar

from marsad.text.clitics import Segmenter, default_segmenter
from marsad.text.normalize import NormText, normalize_key
from marsad.text.tokenize import Token

if TYPE_CHECKING:
    from marsad.document import Document

T = TypeVar("T")
TA_MARBUTA: Final = "ة"
NORMS_EXTRA: Final = "phrases.norms"  # doc.extras key: the forms of doc.tokens
RANGES_EXTRA: Final = "phrases.ranges"  # doc.extras key: the token range of each sentence
_NORM: Final = attrgetter("norm")


class PhraseMatch(NamedTuple, Generic[T]):
    """A phrase found in the text: token range [first, last], original span, payload (a
    named tuple: built faster than a dataclass, and mypyc compiles the module around it)."""

    first: int
    last: int
    start: int
    end: int
    payload: T


Options = list[tuple[int, dict[tuple[str, ...], T]]]  # (words after the first, phrases)


class PhraseMatcher(Generic[T]):
    """Finds lexicon phrases in tokens; `payload` is whatever the lexicon attaches."""

    def __init__(
        self, items: Iterable[tuple[str, T]], segmenter: Segmenter | None = None,
        suffixes: Iterable[str] = (),
    ) -> None:
        self.segmenter = segmenter or default_segmenter()
        self.suffixes = frozenset(normalize_key(x) for x in suffixes)
        by_first: dict[str, dict[int, dict[tuple[str, ...], T]]] = {}
        for phrase, payload in items:
            words = tuple(normalize_key(phrase).split())
            if words:
                by_len = by_first.setdefault(words[0], {}).setdefault(len(words) - 1, {})
                by_len.setdefault(words[1:], payload)  # the first entry of a phrase wins
        # longest phrases first, so the first hit at a token is the longest
        self.index: dict[str, Options[T]] = {
            w: sorted(v.items(), key=lambda kv: -kv[0]) for w, v in by_first.items()
        }
        self.depth = max((n for v in self.index.values() for n, _ in v), default=0)  # words after the first
        self._candidates: dict[str, tuple[tuple[int, Options[T]], ...]] = {}
        self._seen: set[str] = set()  # the keys of `_candidates`
        self._starts: set[str] = set()  # the words of `_candidates` that have candidates
        # the words a start needs next (None: it may match alone), by word of `_starts`
        self._follow: dict[str, frozenset[str] | None] = {}

    def __len__(self) -> int:
        return sum(len(d) for v in self.index.values() for _, d in v)

    def candidates(self, word: str) -> tuple[tuple[int, Options[T]], ...]:
        """(clitic length, phrase options) for every clitic-free stem of `word` in the index."""
        found = self._candidates.get(word)
        if found is None:
            found = tuple(
                (split.start, self._options(split.stem, bool(split.suffix)))
                for split in self.segmenter.splits(word)
                if split.stem in self.index and (not split.suffix or split.suffix in self.suffixes)
            )
            self._candidates[word] = found
            self._seen.add(word)
            if found:
                self._starts.add(word)
                self._follow[word] = _followers(found)
        return found

    def starts(self, norms: list[str]) -> list[int]:
        """Indices of the tokens (given by their forms, any kind) whose form has candidates, in
        order; each form is looked up once, later sentences only test it against sets."""
        if not self._seen.issuperset(norms):
            for word in set(norms).difference(self._seen):
                self.candidates(word)
        return positions(norms, self._starts)

    def _options(self, stem: str, suffixed: bool) -> Options[T]:
        """Phrase options of a stem; only one-word phrases when the word carries an enclitic."""
        options = self.index[stem]
        return [o for o in options if o[0] == 0] if suffixed else options

    def match_at(
        self, tokens: Sequence[Token], i: int, norms: list[str] | None = None
    ) -> tuple[int, int, T] | None:
        """(clitic length, last token index, payload) of the longest phrase at token i
        (`norms`: the tokens' forms, when the caller has them)."""
        word = tokens[i].norm
        candidates = self._candidates.get(word)
        if candidates is None:
            candidates = self.candidates(word)
        if not candidates:
            return None
        following = norms_of(tokens[i + 1 : i + 1 + self.depth]) if norms is None else norms[i + 1 : i + 1 + self.depth]
        hit = self._longest(following, candidates)
        return None if hit is None else (hit[0], i + hit[1], hit[2])

    @staticmethod
    def _longest(
        following: Sequence[str], candidates: tuple[tuple[int, Options[T]], ...]
    ) -> tuple[int, int, T] | None:
        """(clitic length, words after the first, payload) of the longest phrase whose first
        word has `candidates` and whose further words open `following`."""
        best: tuple[int, int, T] | None = None
        for skip, options in candidates:
            for n, phrases in options:
                if best is not None and n <= best[1]:
                    break
                rest = tuple(following[:n])
                if rest in phrases:
                    best = (skip, n, phrases[rest])
                    break
        return best

    def _ta_marbuta(self, tok: Token, norm: NormText) -> bool:
        """True if a one-word match needs an enclitic ه that is really a ta marbuta (مستوطنة
        is not مستوطن + ه): normalisation writes both ه."""
        if not self.suffixes or norm.original[norm.offsets[tok.nend - 1]] != TA_MARBUTA:
            return False
        return not any(not sp.suffix and sp.stem in self.index for sp in self.segmenter.splits(tok.norm))

    def find(
        self, tokens: Sequence[Token], norm: NormText, norms: list[str] | None = None,
        starts: list[int] | None = None,
    ) -> list[PhraseMatch[T]]:
        """All non-overlapping longest matches, left to right, in original offsets (`norms`:
        the tokens' forms, `starts`: their `starts`, when the caller has them)."""
        norms = norms_of(tokens) if norms is None else norms
        found: list[PhraseMatch[T]] = []
        after = 0  # tokens before this index lie in a match already found
        follow, last_index = self._follow, len(norms) - 1
        for i in self.starts(norms) if starts is None else starts:
            nxt = follow[norms[i]]
            if i < after or (nxt is not None and (i == last_index or norms[i + 1] not in nxt)):
                continue  # inside the last match, or no word after it that continues a phrase
            tok = tokens[i]
            if tok.kind != "word":
                continue
            hit = self._longest(norms[i + 1 : i + 1 + self.depth], self._candidates[tok.norm])
            if hit is None or (hit[1] == 0 and self._ta_marbuta(tok, norm)):
                continue
            skip, n, payload = hit
            start = norm.to_original(tok.nstart + skip, tok.nend)[0]
            found.append(PhraseMatch(i, i + n, start, tokens[i + n].end, payload))
            after = i + n + 1
        return found


def _followers(candidates: tuple[tuple[int, Options[T]], ...]) -> frozenset[str] | None:
    """The second words of the phrases open to `candidates`, or None when one may be one word long."""
    options = [o for _, opts in candidates for o in opts]
    if any(n == 0 for n, _ in options):
        return None
    return frozenset(rest[0] for _, phrases in options for rest in phrases)


def norms_of(tokens: Sequence[Token]) -> list[str]:
    """The normalised forms of `tokens` (mapped at C speed: documents have hundreds)."""
    return list(map(_NORM, tokens))


def doc_norms(doc: Document) -> list[str]:
    """The normalised forms of `doc.tokens`, made once and kept in `doc.extras` for the
    attribution and framing stages both."""
    norms: list[str] | None = doc.extras.get(NORMS_EXTRA)
    if norms is None:
        norms = doc.extras[NORMS_EXTRA] = norms_of(doc.tokens)
    return norms


def sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """The [first, end) token range of each sentence of `doc`: the tokens that
    `Document.sentence_tokens` gives, as indices into `doc.tokens` (kept in `doc.extras`
    like `doc_norms`)."""
    ranges: list[tuple[int, int]] | None = doc.extras.get(RANGES_EXTRA)
    if ranges is None:
        starts = doc.token_starts
        ranges = [(bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in doc.sentences]
        doc.extras[RANGES_EXTRA] = ranges
    return ranges


def by_sentence(hits: list[int], ranges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The items of ascending `hits` per sentence (token `ranges`), counted from the
    sentence's first token: each sentence's share of token positions found once for the
    whole document (one pass over the document's forms costs less than a set test per
    sentence, and one look-up per hit less than one per sentence)."""
    out: list[list[int]] = [[] for _ in ranges]
    firsts = [first for first, _ in ranges] if hits else []
    for h in hits:
        n = bisect_right(firsts, h) - 1
        if n >= 0 and h < ranges[n][1]:
            out[n].append(h - firsts[n])
    return out


def positions(words: list[str], wanted: AbstractSet[str]) -> list[int]:
    """Indices of the items of `words` that are in `wanted`, found at C speed; most scans
    find none, which the set test tells without building anything."""
    if wanted.isdisjoint(words):
        return []
    return list(compress(count(), map(wanted.__contains__, words)))
