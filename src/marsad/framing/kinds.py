"""Sentence kinds: question, attributed, prediction, opinion, or report (the default).

A sentence is `attributed` when it holds a reporting cue with a found source or lies
inside a quotation credited to one; `prediction` when the outlet states the future as
settled (عاجلاً أم آجلاً، حتماً) or speaks of it (سـ، سوف، لن) without a
schedule (من المقرر، الأسبوع المقبل); `opinion` when it carries an opinion marker (يبدو،
لا بد) or an evaluative word in the outlet's voice, or opens with an emphatic إن/لقد or the outlet's own frame (ويأتي ذلك في إطار).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.attribution.phrases import PhraseMatch
from marsad.document import Document
from marsad.framing.lexicons import Entry, FramingLexicon
from marsad.model import Attribution, SentenceKind
from marsad.text.clitics import default_segmenter
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token

QUESTION_MARKS = ("؟", "?")
FUTURE_PARTICLE = "س"
IMPERFECT_PREFIXES = ("ي", "ت", "ن")


def is_attributed(doc: Document, index: int, atts: Sequence[Attribution]) -> bool:
    """True if sentence `index` carries an attribution or lies inside a credited quote."""
    s = doc.sentences[index]
    for a in atts:
        if a.sentence == index:
            return True
        if a.direct_quote and a.content.start <= s.start and s.end <= a.content.end + 2:
            return True
    return False


def future_verb(tok: Token, lex: FramingLexicon, doc: Document) -> int | None:
    """Start offset of the future prefix if `tok` is سـ + imperfect verb (ستخرج، وسيعود)."""
    word = tok.norm
    if FUTURE_PARTICLE not in word[:3]:
        return None
    for split in default_segmenter().splits(word):
        if not split.prefix.endswith(FUTURE_PARTICLE) or split.suffix:
            continue
        bare = word[split.start - 1 :]
        if bare in lex.not_future_words or bare.startswith(lex.not_future_prefixes):
            return None
        if split.stem.startswith(IMPERFECT_PREFIXES) and len(split.stem) >= 3:
            return doc.norm.to_original(tok.nstart + split.start - 1, tok.nend)[0]
    return None


def prediction_marker(
    doc: Document, toks: Sequence[Token], matches: Sequence[PhraseMatch[Entry]], lex: FramingLexicon
) -> tuple[int, int] | None:
    """Span of the marker that makes a sentence a prediction, or None."""
    preds = [m for m in matches if m.payload.cue == "prediction"]
    certain = next((m for m in preds if m.payload.type == "certain"), None)
    if certain is not None:
        return certain.start, certain.end
    if any(m.payload.type == "scheduled" and _schedules(m, toks, lex) for m in preds):
        return None
    future = next((m for m in preds if m.payload.type == "future"), None)
    if future is not None:
        return future.start, future.end
    for tok in toks:
        start = future_verb(tok, lex, doc) if tok.kind == "word" else None
        if start is not None:
            return start, tok.end
    return None


def _schedules(m: PhraseMatch[Entry], toks: Sequence[Token], lex: FramingLexicon) -> bool:
    """True if a schedule marker dates something: المقبل after a time noun (الأسبوع المقبل),
    not after any noun (الحكومة المقبلة)."""
    if normalize_key(m.payload.phrase) not in lex.schedule_adjectives:
        return True
    return m.first > 0 and toks[m.first - 1].norm in lex.time_nouns


def sentence_kind(
    doc: Document, index: int, matches: Sequence[PhraseMatch[Entry]], lex: FramingLexicon,
    outlet_voice: Sequence[bool],
) -> SentenceKind:
    """The kind of sentence `index` given its framing matches (with their voice)."""
    s = doc.sentences[index]
    if doc.text[s.start : s.end].rstrip(" .»\"”)").endswith(QUESTION_MARKS):
        return "question"
    if is_attributed(doc, index, doc.attributions):
        return "attributed"
    if prediction_marker(doc, doc.sentence_tokens(index), matches, lex) is not None:
        return "prediction"
    opinion = any(
        m.payload.cue in ("opinion", "evaluative") and own
        for m, own in zip(matches, outlet_voice, strict=True)
    )
    return "opinion" if opinion or _opens_opinion(doc, index, lex) else "report"


def _opens_opinion(doc: Document, index: int, lex: FramingLexicon) -> bool:
    """True if the sentence opens with an emphatic word of the outlet's own claim (إن، لقد)
    or places the event in the outlet's frame (ويأتي ذلك في إطار ...)."""
    words = [t.norm for t in doc.sentence_tokens(index) if t.kind == "word"]
    if not words:
        return False
    return words[0] in lex.openers or (words[0] in lex.frame_verbs and any(w in lex.frame_nouns for w in words))
