"""The content a source is credited with: a quotation («…», "…") or the clause after أن/إن.

Quotations are followed past the end of their sentence until the closing mark, so a
quote running over several sentences is one content span. A clause ends at the end of
its sentence or at a comma followed by a new clause (وهو، فيما، بينما ...).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

from marsad.attribution.cues import CLAUSE_PUNCT, COLONS, CueLexicon
from marsad.document import Document
from marsad.text.tokenize import Token

STRAIGHT: Final = '"'  # opens or closes a quotation: every other one opens
QUOTES: Final = {"«": "»", "“": "”", STRAIGHT: STRAIGHT, "„": "“"}
STRAIGHT_EXTRA: Final = "content.straight_quotes"  # doc.extras key: offsets of the straight quotes
_STRAIGHT: Final = re.compile(STRAIGHT)
TRIM_PUNCT: Final = (".", "،", ",", "؛", ";", ":", "!", "…", "-", "؟", "?")
MARKER_WINDOW: Final = 12
PARTICLE_LI: Final = "ل"  # the preposition written apart before a quoted name (لـ«...»)
ASIDE_WINDOW: Final = 25  # longest aside between commas before the content
NEGATED_NOUN: Final = "عدم"  # "not ...ing": the word after it is a verbal noun
ASIDE_START: Final = 4  # an aside opens this close to the source (قال دبلوماسي غربي في بيروت، ...)


class Content:
    """An attributed content span in original offsets; `direct` for a verbatim quote.
    A plain class: mypyc builds it natively, where a dataclass runs a Python `__init__`."""

    def __init__(self, start: int, end: int, direct: bool = False) -> None:
        self.start = start
        self.end = end
        self.direct = direct


def is_open_quote(doc: Document, tok: Token) -> bool:
    """True if token `tok` opens a quotation (a straight quote counts when it opens one)."""
    if tok.kind != "punct":
        return False
    ch = doc.text[tok.start : tok.end]
    if ch not in QUOTES:
        return False
    return ch != STRAIGHT or bisect_left(_straight_quotes(doc), tok.start) % 2 == 0


def _straight_quotes(doc: Document) -> list[int]:
    """Offsets of the straight quotes of `doc`, found once and kept in `doc.extras`: counting
    them again before every quote token is a pass over the text each time."""
    found: list[int] | None = doc.extras.get(STRAIGHT_EXTRA)
    if found is None:
        found = doc.extras[STRAIGHT_EXTRA] = [m.start() for m in _STRAIGHT.finditer(doc.text)]
    return found


def quote_at(doc: Document, tok: Token) -> Content:
    """The quotation opened by `tok`, followed to its closing mark (or the paragraph end)."""
    closer = QUOTES[doc.text[tok.start : tok.end]]
    end = doc.text.find(closer, tok.end)
    if end < 0:
        para = doc.text.find("\n", tok.end)
        end = para if para >= 0 else len(doc.text)
    return Content(tok.end, end, True)


def marker(doc: Document, toks: Sequence[Token], k: int, lex: CueLexicon) -> int | None:
    """Index of the first content marker (أن/إن, an opening quote, a colon) near token k,
    also after an aside between commas (قال دبلوماسي، طلب عدم ذكر اسمه، إن ...)."""
    words, complementizers = lex.marker_words, lex.words["complementizers"]
    for i, tok in enumerate(toks[k : k + MARKER_WINDOW], k):
        if tok.kind != "punct" and tok.norm not in words:
            continue  # no word the tests below look for
        if tok.kind == "punct" and is_open_quote(doc, tok):
            if _names_outlet(doc, toks, i, lex):
                continue
            return i
        if tok.norm in complementizers or tok.norm in COLONS:
            return i
        if i - k < ASIDE_START and tok.norm in CLAUSE_PUNCT and (after := _after_aside(toks, i, lex)) is not None:
            return after
        if (tok.norm in lex.verbs or (tok.norm[:1] == "و" and tok.norm in lex.with_pronoun)) and i > k \
                and toks[i - 1].norm != NEGATED_NOUN:  # طلب عدم نشر اسمه: a verbal noun, no verb
            return None
    return None


def _names_outlet(doc: Document, toks: Sequence[Token], i: int, lex: CueLexicon) -> bool:
    """True if the quotation opened at token i names an outlet or addressee, not content:
    after لـ (قال لـ«العربي الجديد» إن) or right before أن/إن."""
    if i and toks[i - 1].norm == PARTICLE_LI:
        return True
    end = quote_at(doc, toks[i]).end
    after = bisect_right(doc.token_starts, end) - toks[0].index  # the first token past the quote
    return after < len(toks) and toks[after].norm in lex.words["complementizers"]


def _after_aside(toks: Sequence[Token], comma: int, lex: CueLexicon) -> int | None:
    """Index of أن/إن right after the comma closing an aside opened at `comma`."""
    for c in range(comma + 1, min(len(toks) - 1, comma + ASIDE_WINDOW)):
        if toks[c].norm in CLAUSE_PUNCT and toks[c + 1].norm in lex.words["complementizers"]:
            return c + 1
    return None


def from_marker(doc: Document, toks: Sequence[Token], m: int, lex: CueLexicon) -> Content | None:
    """Content introduced by the marker at token m."""
    tok = toks[m]
    if is_open_quote(doc, tok):
        return quote_at(doc, tok)
    return clause(doc, toks, m + 1, lex)


def clause(doc: Document, toks: Sequence[Token], k: int, lex: CueLexicon) -> Content | None:
    """The clause starting at token k: a quotation if it opens one, else up to a clause break."""
    if k < len(toks) and (toks[k].norm in COLONS or toks[k].norm in lex.words["complementizers"]):
        k += 1
    if k >= len(toks):
        return None
    if is_open_quote(doc, toks[k]):
        return quote_at(doc, toks[k])
    return _trimmed(toks, k, _clause_end(doc, toks, k, lex))


def _clause_end(doc: Document, toks: Sequence[Token], k: int, lex: CueLexicon) -> int:
    """Index where the clause starting at token k ends: a clause break or a new cue, else the
    sentence end. Only the tokens that can be either (a comma, و + a cue form) are checked."""
    continuations, candidates = lex.continuations, lex.clause_ends
    for end, tok in enumerate(toks[k:], k):
        norm = tok.norm
        if norm not in candidates:
            continue
        if norm in CLAUSE_PUNCT and _breaks(toks, end, lex):
            return end
        if end > k and norm in continuations and _next_cue(doc, toks, end, lex):
            return end
    return len(toks)


def _next_cue(doc: Document, toks: Sequence[Token], i: int, lex: CueLexicon) -> bool:
    """True if token i is و + a past reporting verb opening its own content (ووصفتها بأنها)."""
    norm = toks[i].norm
    if not norm.startswith("و") or (norm not in lex.past and norm not in lex.with_pronoun):
        return False
    return marker(doc, toks, i + 1, lex) in (i + 1, i + 2)


def _breaks(toks: Sequence[Token], i: int, lex: CueLexicon) -> bool:
    """True if a clause ends before token i: a comma followed by a new clause, by a participle
    continuing the speaker (...، مشيراً إلى أن) or by a nominal cue (...، على حد تعبيره)."""
    if toks[i].norm not in CLAUSE_PUNCT or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.norm in lex.words["clause_breaks"] or nxt.norm in lex.words["participles"]:
        return True
    return nxt.kind == "word" and lex.nominal.match_at(toks, i + 1) is not None  # ...، على حد تعبيره


def _trimmed(toks: Sequence[Token], first: int, last: int) -> Content | None:
    """Content over tokens [first, last) without punctuation at either edge."""
    while first < last and toks[first].norm in TRIM_PUNCT:
        first += 1
    while last > first and toks[last - 1].norm in TRIM_PUNCT:
        last -= 1
    if last <= first:
        return None
    return Content(toks[first].start, toks[last - 1].end)


def preceding(doc: Document, toks: Sequence[Token], cue: int, lex: CueLexicon, lead: int = 0) -> Content | None:
    """Content placed before a postposed cue ("... أمراً جديداً، يؤكد مراقبون"), after the
    sentence's dateline (tokens before `lead`)."""
    last = cue
    while last > lead and (toks[last - 1].norm in TRIM_PUNCT or toks[last - 1].norm in lex.words["lead_ins"]):
        last -= 1
    first = lead
    if last - first >= 2 and is_open_quote(doc, toks[first]):
        quote = quote_at(doc, toks[first])
        if quote.end <= toks[last - 1].end:
            return quote
    return _trimmed(toks, first, last)


def words_before(toks: Sequence[Token], cue: int, lex: CueLexicon, lead: int = 0) -> int:
    """Number of word tokens before token `cue` and after the dateline (tokens before
    `lead`), lead-in words (كما، حسبما) not counted."""
    lead_ins = lex.words["lead_ins"]
    return len([t for t in toks[lead:cue] if t.kind == "word" and t.norm not in lead_ins])
