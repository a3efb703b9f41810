"""Sentence kinds: attributed, question, prediction, opinion, or report (the default).

A sentence is `attributed` (a question included, when a source asks it) when it holds a reporting cue with a found source or lies
inside a quotation credited to one; `prediction` when the outlet states the future as
settled (عاجلاً أم آجلاً، حتماً), as likely (من المرجح) or speaks of it (سـ، سوف، لن) without a
schedule (من المقرر، الأسبوع المقبل); `opinion` when it carries an opinion marker (يبدو،
لا بد) or an evaluative word in the outlet's voice, or opens with an emphatic إن/لقد or the outlet's own frame (ويأتي ذلك في إطار).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Final

from marsad.attribution.phrases import PhraseMatch
from marsad.document import Document
from marsad.framing.lexicons import Entry, FramingLexicon
from marsad.model import Attribution, Sentence, SentenceKind
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token

QUESTION_MARKS: Final = ("؟", "?")


@dataclass(frozen=True)
class Credited:
    """What a document credits to sources: the sentences holding an attribution and the
    spans of direct quotes (built once per document, asked once per sentence)."""

    sentences: frozenset[int]
    starts: list[int]  # of the direct quotes, ascending
    reach: list[int]  # the furthest end of the direct quotes up to each of `starts`

    @classmethod
    def of(cls, atts: Sequence[Attribution]) -> Credited:
        """Index a document's attributions."""
        quotes = sorted((a.content.start, a.content.end) for a in atts if a.direct_quote)
        reach = list(accumulate((end for _, end in quotes), max))
        return cls(frozenset(a.sentence for a in atts), [start for start, _ in quotes], reach)

    def covers(self, index: int, s: Sentence) -> bool:
        """True if sentence `index` (`s`) carries an attribution or lies inside a credited quote
        (one opening at or before it and ending at most two characters short of its end)."""
        if index in self.sentences:
            return True
        n = bisect_right(self.starts, s.start)
        return n > 0 and s.end <= self.reach[n - 1] + 2


def prediction_marker(
    doc: Document, toks: Sequence[Token], forms: list[str], matches: Sequence[PhraseMatch[Entry]],
    lex: FramingLexicon,
) -> tuple[int, int] | None:
    """Span of the marker that makes a sentence (tokens `toks`, their `forms`) a prediction, or None."""
    preds = [m for m in matches if m.payload.cue == "prediction"]
    certain = next((m for m in preds if m.payload.type == "certain"), None)
    if certain is not None:
        return certain.start, certain.end
    if any(m.payload.type == "scheduled" and _schedules(m, toks, lex) for m in preds):
        return None
    if any(m.payload.type == "expected" for m in preds) and _dated(doc, toks):
        return None  # من المنتظر أن يصل المبعوث الأحد المقبل: a plan with a date, not a forecast
    asked = _asked_from(forms, lex)  # سئل الوزير عما إذا كانت قواته ستنسحب: a question, not a forecast
    preds = [m for m in preds if m.first < asked]
    emphatic = next((m for m in preds if m.payload.type == "emphatic"), None)  # ولا شك أن ... لن
    future = next((m for m in preds if m.payload.type in ("future", "likely", "expected")), None)
    if future is not None:
        shown = emphatic or future
        return shown.start, shown.end
    for n in lex.future.positions(forms):
        if n >= asked:
            break
        tok = toks[n]
        prefix = lex.future.prefix_at(tok.norm)
        if tok.kind == "word" and prefix is not None:  # سـ + imperfect verb (ستخرج، وسيعود)
            if emphatic is not None:
                return emphatic.start, emphatic.end
            return doc.norm.to_original(tok.nstart + prefix, tok.nend)[0], tok.end
    return None


def _dated(doc: Document, toks: Sequence[Token]) -> bool:
    """True if a time expression (from the times stage) lies in the sentence of `toks`."""
    start, end = toks[0].start, toks[-1].end
    return any(start <= t.start < end for t in doc.times)


def _asked_from(forms: list[str], lex: FramingLexicon) -> int:
    """Index of the first word of an embedded question (عما إذا، ما إذا), else the sentence
    length: what follows is asked about, not foretold."""
    if lex.question_ends.isdisjoint(forms):
        return len(forms)  # most sentences ask nothing
    for phrase in lex.embedded_questions:
        size = len(phrase)
        for n in range(len(forms) - size + 1):
            if tuple(forms[n : n + size]) == phrase:
                return n
    return len(forms)


def _schedules(m: PhraseMatch[Entry], toks: Sequence[Token], lex: FramingLexicon) -> bool:
    """True if a schedule marker dates something: المقبل after a time noun (الأسبوع المقبل),
    not after any noun (الحكومة المقبلة)."""
    if normalize_key(m.payload.phrase) not in lex.schedule_adjectives:
        return True
    return m.first > 0 and toks[m.first - 1].norm in lex.time_nouns


def sentence_kind(
    doc: Document, index: int, toks: Sequence[Token], forms: list[str],
    matches: Sequence[PhraseMatch[Entry]], lex: FramingLexicon, outlet_voice: Sequence[bool],
    credited: Credited,
) -> SentenceKind:
    """The kind of sentence `index` (tokens `toks`, their `forms`) given its framing matches
    (with their voice)."""
    s = doc.sentences[index]
    if credited.covers(index, s):
        return "attributed"  # a question a source asks (وتساءل X: «...؟») is its speech
    if doc.text[s.start : s.end].rstrip(" .»\"”)").endswith(QUESTION_MARKS):
        return "question"
    if prediction_marker(doc, toks, forms, matches, lex) is not None:
        return "prediction"
    opinion = any(
        (m.payload.cue in ("opinion", "evaluative") or m.payload.type == "emphatic") and own
        for m, own in zip(matches, outlet_voice, strict=True)
    )
    return "opinion" if opinion or _opens_opinion(toks, lex) else "report"


def _opens_opinion(toks: Sequence[Token], lex: FramingLexicon) -> bool:
    """True if the sentence opens with an emphatic word of the outlet's own claim (إن، لقد)
    or places the event in the outlet's frame (ويأتي ذلك في إطار ...)."""
    first = next((t.norm for t in toks if t.kind == "word"), None)
    if first is None:
        return False
    if first in lex.openers:
        return True
    return first in lex.frame_verbs and any(t.norm in lex.frame_nouns for t in toks if t.kind == "word")
