"""`marsad.framing.v1`: sentence kinds, framing items and the per-article summary.

Framing items are loaded terms, distancing markers (and scare quotes), evaluative
words, predictions and unsourced claims. Words inside a direct quote belong to the
quoted source: loaded terms, distancing and evaluative words there get voice 'quoted'
and the attribution's id; unsourced-claim markers there are not flagged.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from marsad.attribution.content import QUOTES, is_open_quote, quote_at
from marsad.attribution.phrases import (
    PhraseMatch,
    by_sentence,
    doc_norms,
    positions,
    sentence_ranges,
)
from marsad.attribution.stage import PASSIVE_ENDING
from marsad.document import Document
from marsad.framing.kinds import Credited, prediction_marker, sentence_kind
from marsad.framing.lexicons import Entry, FramingLexicon, load_framing
from marsad.framing.summary import TERMS_EXTRA, build_summary
from marsad.model import Attribution, Framing, FramingKind
from marsad.registry import component
from marsad.resources import Resources
from marsad.text.tokenize import Token
from marsad.trusted import assign, trusted

SCARE_QUOTE_WORDS: Final = 3  # a quotation of at most this many words, credited to nobody
OUTLET_KINDS: Final = ("report", "opinion", "prediction")
QUOTE_OPENERS: Final = frozenset(QUOTES)
QUOTES_EXTRA: Final = "framing.quotes"  # doc.extras key: attributions carrying a direct quote
NAMED_TYPES: Final = ("ORG", "ARMED_GROUP", "MEDIA", "GOV", "FACILITY")


@dataclass(frozen=True)
class _DocMarks:
    """Per-document lookups the sentence loop asks often: what is credited to sources, the
    starts of attributed contents, the (start, end, in the KB) of entities that are names."""

    credited: Credited
    content_starts: frozenset[int]
    names: list[tuple[int, int, bool]]  # by start
    name_starts: list[int]
    longest_name: int
    entity_spans: frozenset[tuple[int, int]] = frozenset()  # (start, end) of every entity

    @classmethod
    def of(cls, doc: Document) -> _DocMarks:
        """Index a document's attributions and named entities."""
        names = _joined(sorted((e.start, e.end, e.kb_id is not None) for e in doc.entities if e.type in NAMED_TYPES))
        return cls(
            Credited.of(doc.attributions), frozenset(a.content.start for a in doc.attributions),
            names, [n[0] for n in names], max((end - start for start, end, _ in names), default=0),
            frozenset((e.start, e.end) for e in doc.entities),
        )

    def names_near(self, toks: Sequence[Token]) -> list[tuple[int, int, bool]]:
        """The names that may hold a word of `toks` (all that do, and a few that do not)."""
        lo = bisect_left(self.name_starts, toks[0].start - self.longest_name)
        return self.names[lo : bisect_right(self.name_starts, toks[-1].end)]


class FramingStage:
    """Pipeline stage filling `doc.framing`, `sentences[].kind` and `doc.summary`."""

    def __init__(self, resources: Resources) -> None:
        self.lex: FramingLexicon = load_framing(resources)

    def __call__(self, doc: Document) -> None:
        doc.framing = []
        doc.extras[QUOTES_EXTRA] = [a for a in doc.attributions if a.direct_quote]
        marks = _DocMarks.of(doc)
        norms = doc_norms(doc)
        ranges = sentence_ranges(doc)
        starts = by_sentence(self.lex.matcher.starts(norms), ranges)  # where a phrase may start
        openers = by_sentence(positions(norms, QUOTE_OPENERS), ranges)  # where a quotation may open
        for s, (first, end), mine, opens in zip(doc.sentences, ranges, starts, openers, strict=True):
            toks, forms = doc.tokens[first:end], norms[first:end]
            matches = self.lex.matcher.find(toks, doc.norm, forms, mine) if mine else []
            quotes = [_quote_of(doc, m.start) for m in matches]
            voice = [q is None for q in quotes]
            assign(s, "kind", sentence_kind(doc, s.index, toks, forms, matches, self.lex, voice, marks.credited))
            scare = self._scare_quotes(doc, s.index, toks, opens, marks) if opens else []
            if matches:  # most sentences have none: no terms, no names to look them up in
                names = marks.names_near(toks)
                terms = [(m, q) for m, q in zip(matches, quotes, strict=True) if not _within(m, scare, names)]
                self._terms(doc, s.index, terms, marks.entity_spans)
            self._sentence_level(doc, s.index, toks, forms, matches, quotes)
        doc.framing.sort(key=lambda f: (f.start, f.end))
        for n, item in enumerate(doc.framing, 1):
            assign(item, "id", f"f{n}")
        doc.summary = build_summary(doc)

    def _terms(
        self, doc: Document, index: int, terms: Sequence[tuple[PhraseMatch[Entry], Attribution | None]],
        entities: frozenset[tuple[int, int]],
    ) -> None:
        """Loaded, distancing and evaluative items of one sentence (matches with their quote)."""
        previous: Framing | None = None  # the last loaded term, which a next one may extend
        for m, quote in terms:
            e = m.payload
            if e.cue == "loaded_term":
                if previous is not None and previous.voice == ("quoted" if quote else "outlet") \
                        and _one_phrase(doc, previous.end, m.start, entities):
                    previous.end, previous.text = m.end, doc.text[previous.start : m.end]  # عصابات داعش الإرهابية
                    continue
                previous = _add(doc, m.start, m.end, index, "loaded_term", _loaded_note(e, quote), quote, e.neutral)
                doc.extras.setdefault(TERMS_EXTRA, {})[(m.start, m.end)] = e.phrase
            elif e.cue == "distancing" and not _passive(doc, m):
                _add(doc, m.start, m.end, index, "distancing", e.note or "distancing marker", quote)
            elif e.cue == "evaluative":
                voice = "the outlet's voice" if quote is None else "a quoted source's words"
                _add(doc, m.start, m.end, index, "evaluative", f"{e.side or 'evaluative'} judgement in {voice}", quote)

    def _scare_quotes(
        self, doc: Document, index: int, toks: Sequence[Token], opens: list[int], marks: _DocMarks
    ) -> list[tuple[int, int]]:
        """Short quotations credited to no source (`opens`: the tokens that may open one): the
        outlet distancing itself from a name (not an outlet's name after لـ or صحيفة: لـ«الشروق»)."""
        spans: list[tuple[int, int]] = []
        for n in opens:
            tok = toks[n]
            if not is_open_quote(doc, tok) or _quote_of(doc, tok.end):
                continue
            if n and toks[n - 1].norm in self.lex.names_before_quotes:
                continue
            q = quote_at(doc, tok)
            inner = doc.text[q.start : q.end]
            if not inner.strip() or len(inner.split()) > SCARE_QUOTE_WORDS or q.start in marks.content_starts:
                continue
            _add(doc, tok.start, q.end + 1, index, "distancing",
                 "scare quotes: the outlet distances itself from the words", None)
            spans.append((tok.start, q.end + 1))
        return spans

    def _sentence_level(
        self, doc: Document, index: int, toks: Sequence[Token], forms: list[str],
        matches: Sequence[PhraseMatch[Entry]], quotes: Sequence[Attribution | None],
    ) -> None:
        """Prediction and unsourced-claim items of a sentence in the outlet's voice."""
        kind = doc.sentences[index].kind
        if kind not in OUTLET_KINDS:
            return
        if kind == "prediction":
            span = prediction_marker(doc, toks, forms, matches, self.lex)
            if span is not None:
                _add(doc, span[0], span[1], index, "prediction",
                     "the outlet states a future outcome in its own voice", None)
        claim = next(
            (m for m, q in zip(matches, quotes, strict=True) if m.payload.cue == "unsourced" and q is None),
            None,
        )
        if claim is not None:
            note = f"unsourced claim: {claim.payload.note or 'not observable by the outlet'}"
            _add(doc, claim.start, claim.end, index, "unsourced_claim", note, None)


def _quote_of(doc: Document, offset: int) -> Attribution | None:
    """The attribution whose direct quote contains `offset`, or whose reported content holds
    the guillemets around it (وعلقت حماس بأن التصريحات «ضوء أخضر للمجازر»)."""
    quotes: list[Attribution] = doc.extras.get(QUOTES_EXTRA, [])
    found = next((a for a in quotes if a.content.start <= offset < a.content.end), None)
    if found is not None:
        return found
    span = _guillemets_around(doc.text, offset)
    if span is None:
        return None
    return next((a for a in doc.attributions if a.content.start <= span[0] and span[1] <= a.content.end), None)


def _guillemets_around(text: str, offset: int) -> tuple[int, int] | None:
    """The «…» pair enclosing `offset` in the same paragraph, if any."""
    opened = text.rfind("«", 0, offset)
    if opened < 0 or text.rfind("»", opened, offset) >= 0 or text.rfind("\n", opened, offset) >= 0:
        return None
    closed = text.find("»", offset)
    return (opened, closed + 1) if closed >= 0 and text.find("\n", offset, closed) < 0 else None


def _joined(names: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Names (sorted by start) with those one space apart joined into one: a name the entity
    stage split in two (مستشفى شهداء | الأقصى) is one name."""
    out: list[tuple[int, int, bool]] = []
    for start, end, known in names:
        if out and out[-1][1] <= start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], end, out[-1][2] or known)
        else:
            out.append((start, end, known))
    return out


def _within(m: PhraseMatch[Entry], scare: Sequence[tuple[int, int]], names: Sequence[tuple[int, int, bool]]) -> bool:
    """True if a match lies in scare quotes or inside a name: a known one after its first word
    (حركة المقاومة الإسلامية حماس) or with the term in its middle (كتائب شهداء الأقصى). A span
    that opens with the term (قوات الاحتلال الإسرائيلي) or ends with it is a description
    (ميليشيات إيران الطائفية، قوات العدو) and keeps it."""
    if any(a <= m.start and m.end <= b for a, b in scare):
        return True
    return any(
        start <= m.start and m.end <= end and (start, end) != (m.start, m.end)
        and ((known and start < m.start) or (start < m.start and m.end < end))
        for start, end, known in names
    )


def _one_phrase(doc: Document, end: int, start: int, entities: frozenset[tuple[int, int]]) -> bool:
    """True if two loaded terms are one phrase: only a name between them (عصابات داعش
    الإرهابية). Terms side by side stay apart (الاحتلال | الصهيوني are two choices)."""
    gap = doc.text[end:start]
    inner = gap.strip()
    if not inner:
        return False
    offset = end + gap.index(inner)
    return (offset, offset + len(inner)) in entities


def _passive(doc: Document, m: PhraseMatch[Entry]) -> bool:
    """True for a verb written with a final alif maqsura that no attribution takes as its cue:
    the passive (ويدعى أبو علي 'who is called'), not the distancing active (يدعي 'claims')."""
    if not doc.text[m.start : m.end].endswith(PASSIVE_ENDING) or m.payload.phrase.endswith(PASSIVE_ENDING):
        return False
    return not any(a.cue.start <= m.start < a.cue.end for a in doc.attributions)


def _loaded_note(e: Entry, quote: Attribution | None) -> str:
    """The English note of a loaded term, naming the speaker when quoted."""
    side = f"term used by {e.side} outlets" if e.side else "loaded term"
    neutral = f"; neutral: {e.neutral}" if e.neutral else ""
    if quote is not None:
        return f"{side}{neutral}; in a direct quote of {quote.source.text}, not the outlet's wording"
    return f"{side}{neutral}"


def _add(
    doc: Document, start: int, end: int, index: int, kind: FramingKind, note: str,
    quote: Attribution | None, neutral: str | None = None,
) -> Framing:
    """Append and return one framing item (ids are assigned once the document is done)."""
    doc.framing.append(
        trusted(
            Framing, id="", text=doc.text[start:end], start=start, end=end, sentence=index, kind=kind,
            neutral=neutral, note=note, voice="quoted" if quote else "outlet",
            attribution=quote.id if quote else None,
        )
    )
    return doc.framing[-1]


# Registered by a call, not a class decorator: mypyc compiles a decorated class as a plain
# Python one, whose attribute reads and method calls go through dictionaries.
component("marsad.framing.v1", requires=("sentences", "attributions"), assigns=("framing", "sentences.kind", "summary"))(FramingStage)
