"""marsad.quantities.v1: numbers attached to what they count, with hedges and ranges.

A number (from `marsad.text.numbers`) becomes a quantity when a counted noun follows it
(900 جندي، 156 مليون دولار، 30 في المئة), or, failing that, when a running count names
the noun before it (ارتفع عدد القتلى إلى 50). Dual nouns are quantities of two (قتيلين).
Hedges set `approx`; "بين 20 و30 قتيلا" gives value 20 and value_max 30. Numbers inside
time expressions, ordinals, phone-like digit strings and numbers counting nothing known
are not reported. Vocabularies: data/ar/units.yaml and data/ar/hedges.yaml; see
docs/quantities.md.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from marsad.document import Document, sentence_at
from marsad.model import Approx, Quantity
from marsad.recognize.schema import HedgeEntry, UnitEntry
from marsad.recognize.time_lexicon import Hit, PhraseLexicon, build_lexicon
from marsad.registry import component
from marsad.resources import Resources, load_packaged
from marsad.text.normalize import normalize_key
from marsad.text.numbers import Atom, NumberSpan, number_lexicon
from marsad.text.tokenize import Token
from marsad.trusted import trusted

UNITS_FILE: Final = "ar/units.yaml"
HEDGES_FILE: Final = "ar/hedges.yaml"
VERB_WINDOW: Final = 12  # tokens a clause-level hedge verb (تجاوز) may stand before its number
TALLY_GAP: Final = 5  # tokens allowed between "عدد القتلى" and its number (في صفوفهم ارتفع إلى)
AFTER_WINDOW: Final = 6  # tokens a verb may stand after its noun (6 عناصر من قوات النظام لقوا، 7 مقاتلين من الفصائل الموالية لأنقرة قتلوا)
VOID_WINDOW: Final = 3  # tokens a sentencing/threat word (حكمت، هددت) may stand before an event word
COORD_GAP: Final = 3  # tokens of a من phrase allowed between two coordinated quantities
CONTEXT_WINDOW: Final = 4  # tokens an event word (مقتل، اعتقلت الشرطة) may stand before number/hedge
_MULT_ROLES: Final = ("mult", "mult_plural", "mult_dual")
_CLAUSE_END: Final = frozenset({".", "،", ",", "؛", ";", ":", "!", "؟", "?", "(", ")", "«", "»", '"'})
_RANGE_JOIN: Final = frozenset({"و", "الي", "حتي", "-"})
_RANGE_OPEN: Final = frozenset({"بين"})
_PREPOSITIONS: Final = frozenset({"من", "في", "على", "الي", "عن", "مع"})
_GENERIC: Final = frozenset({"people"})  # nouns a running count before them makes precise
_NEGATION: Final = frozenset({"لا", "لم", "لن", "ولا", "ولم", "ولن"})


@lru_cache(maxsize=1)
def enclitics() -> tuple[str, ...]:
    """Pronoun suffixes a counted noun may carry (units.yaml header), longest first."""
    raw = load_packaged(UNITS_FILE).header.get("enclitics", [])
    return tuple(sorted((normalize_key(e) for e in raw), key=len, reverse=True))


@lru_cache(maxsize=1)
def quantity_lexicon() -> PhraseLexicon:
    """Counted nouns, currencies, units and hedges (built once)."""
    units = load_packaged(UNITS_FILE)
    proclitics = [normalize_key(p) for p in units.header.get("proclitics", [])]
    return build_lexicon(((units, UnitEntry), (load_packaged(HEDGES_FILE), HedgeEntry)), proclitics)


class _Found:
    """A quantity over tokens [start, end) before it becomes a contract object.
    A plain class: mypyc builds it natively, where a dataclass runs a Python `__init__`."""

    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        counted: str | None,
        unit: str | None,
        approx: Approx = "exact",
        value_max: float | None = None,
        *,
        char_start: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.counted = counted
        self.unit = unit
        self.approx = approx
        self.value_max = value_max
        self.char_start = char_start  # original offset of the span start (a proclitic may precede it)


class _Reader:
    """Finds the quantities of one document."""

    def __init__(self, doc: Document, lex: PhraseLexicon) -> None:
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        self.size = len(doc.tokens)
        self.lex = lex
        self.blocked = _time_tokens(doc)
        self.last_context: tuple[int, Hit | None] = (-1, None)  # (end token, event word)
        self.hedges: dict[int, Hit | None] = {}

    def match(self, i: int, kind: str, *, bare: bool = False) -> Hit | None:
        """Lexicon phrase of `kind` at token i (a cheap test first: most tokens start none)."""
        if not 0 <= i < self.size or kind not in self.lex.first_kinds.get(self.tokens[i].norm, ()):
            return None
        return self.lex.match_kind(self.tokens, i, kind, bare)

    def norm(self, i: int) -> str:
        """Normalised token i ('' outside the text)."""
        return self.tokens[i].norm if 0 <= i < self.size else ""

    def run(self) -> list[_Found]:
        """All quantities, left to right."""
        numbers = [n for n in self.doc.numbers if self._usable(n)]
        out: list[_Found] = []
        k = 0
        while k < len(numbers):
            if out and numbers[k].token_start < out[-1].end:  # في المائة of the previous one
                k += 1
                continue
            found, used = self._quantity(numbers, k)
            if found is not None:
                out.append(found)
            k += used
        taken = {i for f in out for i in range(f.start, f.end)}
        out.extend(self._duals(taken))
        return sorted(out, key=lambda f: f.start)

    def _usable(self, n: NumberSpan) -> bool:
        """Cardinals outside time expressions that do not look like phone numbers or names."""
        if n.kind != "cardinal" or n.value <= 0:
            return False
        if not self.blocked.isdisjoint(range(n.token_start, n.token_end)):
            return False
        first = self.tokens[n.token_start]
        phone = first.kind == "number" and first.norm.startswith("0") and len(first.norm) >= 6
        return not (phone or self.norm(n.token_start - 1) == "+" or self._dashed(n) or self._named(n))

    def _named(self, n: NumberSpan) -> bool:
        """Digits glued to Latin letters or to a word by '-': G20, H1N1, إف-16، كوفيد-19."""
        i, j, tokens = n.token_start, n.token_end, self.tokens
        if j < self.size and tokens[j].kind == "latin" and self._glued(j - 1, j):
            return True
        if i == 0 or not self._glued(i - 1, i):
            return False
        if tokens[i - 1].kind == "latin":
            return True
        word = i - 2
        return self.norm(i - 1) == "-" and self._glued(word, i - 1) and (
            tokens[word].kind in ("word", "latin") and len(self.norm(word)) >= 2
        )

    def _glued(self, a: int, b: int) -> bool:
        """True if tokens a and b both exist and touch (no space between them)."""
        return a >= 0 and b < len(self.tokens) and self.tokens[a].end == self.tokens[b].start

    def _dashed(self, n: NumberSpan) -> bool:
        """Digit groups glued by '-' or '/' with a leading 0 or 5+ digits (011-2233445)."""
        j = n.token_end
        if self.norm(j) not in ("-", "/") or self.tokens[j].start != self.tokens[j - 1].end:
            return False
        parts = (self.norm(j - 1), self.norm(j + 1))
        return all(p.isdigit() for p in parts) and any(p[0] == "0" or len(p) >= 5 for p in parts)

    def _quantity(self, numbers: list[NumberSpan], k: int) -> tuple[_Found | None, int]:
        """The quantity read from numbers[k] (and numbers[k+1] for a range); numbers used."""
        n = numbers[k]
        if self.match(n.token_start - 1, "label") and not self.match(n.token_end, "noun", bare=True):
            return None, 1  # الفرقة 4، الطابق 12 من البرج: a name, not a count
        second = self._range_end(n, numbers[k + 1]) if k + 1 < len(numbers) else None
        last = second or n
        noun, inner = self._noun_past_hedge(last.token_end)
        start = self._lead_start(n, second)
        if noun is None or noun[0] in _GENERIC:  # عدد النازحين ... 7 ملايين شخص: displaced
            before = self._noun_before(n, start) or self._sign_before(n)
            if before is not None:
                noun = before[:3] if noun is None else (before[0], noun[1], noun[2])
                start = min(start, before[3])
        if noun is None:
            noun = self._event_count(start, last.token_end)
        if noun is None:
            return None, 1
        counted, unit, end = noun
        found = _Found(start, max(end, last.token_end), n.value, counted, unit)
        found.char_start = n.start if start == n.token_start else self.tokens[start].start
        if second is not None:
            found.value, found.value_max = self._scaled(n, second), second.value
        found.counted = self._context(found, counted)
        self._hedge(found, n)
        if inner is not None:
            found.approx = inner.get("approx")
        return found, 2 if second else 1

    def _noun_past_hedge(self, i: int) -> tuple[tuple[str, str | None, int] | None, Hit | None]:
        """The counted noun at i, or past a hedge standing between it and the number
        (ثلاثون ونيف قتيلا), with that hedge."""
        inner = self.match(i, "hedge_after", bare=True)
        noun = self._noun_after(inner.end) if inner is not None else None
        return (noun, inner) if noun is not None else (self._noun_after(i), None)

    def _event_count(self, start: int, end: int) -> tuple[str, str | None, int] | None:
        """قتل 13 وجرح 45: a bare number after an event word counts what the word says."""
        hit = self._event_word(start)
        if hit is None or self.match(end, "noun") is not None:
            return None
        return hit.get("counted"), None, end

    def _lead_start(self, n: NumberSpan, second: NumberSpan | None) -> int:
        """First token of the quantity: بين of a range, the ال of الـ40, else the number."""
        start = n.token_start
        if second is not None and self.norm(start - 1) in _RANGE_OPEN:
            return start - 1
        if self.norm(start - 1) == "ال" and self.tokens[start - 1].end == self.tokens[start].start:
            return start - 1
        return start

    def _scaled(self, n: NumberSpan, second: NumberSpan) -> float:
        """بين خمسة وعشرة مليارات: the first end borrows the second's multiplier."""
        lex = number_lexicon()
        mult = _first_mult(lex.lookup(self.norm(second.token_end - 1)))
        if mult is None or second.token_end - second.token_start < 2:
            return n.value
        if _first_mult(lex.lookup(self.norm(n.token_end - 1))) is not None:
            return n.value
        return n.value * mult

    def _range_end(self, n: NumberSpan, m: NumberSpan) -> NumberSpan | None:
        """m if "n و/إلى/- m" is a range (و, alone or glued to m, needs بين before n)."""
        glued = m.token_start == n.token_end and m.start > self.tokens[m.token_start].start
        if m.value <= n.value or (m.token_start != n.token_end + 1 and not glued):
            return None
        join = "و" if glued and self.norm(m.token_start).startswith("و") else self.norm(n.token_end)
        if join not in _RANGE_JOIN:
            return None
        return m if join != "و" or self.norm(n.token_start - 1) in _RANGE_OPEN else None

    def _noun_after(self, i: int) -> tuple[str, str | None, int] | None:
        """(counted, unit, end) of a counted noun at i, or after من (ثلاثة من الجنود/عناصر);
        never a word of a time expression (المائة سنة 2023)."""
        if i in self.blocked:
            return None
        hit = self.match(i, "noun", bare=True)
        if hit is None and self.norm(i) == "من":
            hit = self.match(i + 1, "noun")
            hit = hit if hit is not None and hit.skip in (0, 2) and self.norm(i + 1)[: hit.skip] in ("", "ال") else None
            if hit is None:
                return self._possessed_noun(i + 1)
        if hit is None:
            return None
        return hit.get("counted"), hit.get("unit"), hit.end

    def _possessed_noun(self, i: int) -> tuple[str, str | None, int] | None:
        """A counted noun with a pronoun suffix after من: 3 من عناصرها."""
        norm = self.norm(i)
        for suffix in enclitics():
            if norm.endswith(suffix) and len(norm) > len(suffix) + 2:
                phrase = self.lex.word(norm[: -len(suffix)], "noun")
                if phrase is not None:
                    return phrase.get("counted"), phrase.get("unit"), i + 1
        return None

    def _noun_before(self, n: NumberSpan, start: int) -> tuple[str, str | None, int, int] | None:
        """(counted, unit, end, start): عدد القتلى ... 50 / حصيلة الجرحى 12 / جندي واحد;
        `start` is the quantity's first token (بين of a range)."""
        prev = self.match(n.token_start - 1, "noun", bare=True)
        described = self.norm(n.token_start - 2) in _PREPOSITIONS  # من عائلة واحدة
        if prev is not None and prev.end == n.token_start and n.value <= 2 and not described:
            return prev.get("counted"), prev.get("unit"), n.token_end, prev.start
        hedge = self._hedge_before(start)  # حصيلة قتلى الفيضانات في درنة إلى أكثر من 4 آلاف
        hit = self._find_back(hedge.start if hedge else start, TALLY_GAP + 1, "noun", self._tallied)
        return None if hit is None else (hit.get("counted"), hit.get("unit"), n.token_end, start)

    def _tallied(self, hit: Hit) -> bool:
        """True for a noun after a tally word, definite or in a construct: عدد القتلى، حصيلة
        ضحايا الزلزال."""
        article = hit.skip == 0 or self.norm(hit.start)[: hit.skip].endswith(("ال", "لل"))
        return article and self.match(hit.start - 1, "tally") is not None

    def _sign_before(self, n: NumberSpan) -> tuple[str, str | None, int, int] | None:
        """%45، $500: a sign written before the digits (the order of some keyboards)."""
        i = n.token_start - 1
        hit = self.match(i, "noun", bare=True)
        if hit is None or self.tokens[i].kind == "word" or self.tokens[i].end != self.tokens[n.token_start].start:
            return None
        return hit.get("counted"), hit.get("unit"), n.token_end, i

    def _context(self, found: _Found, counted: str | None) -> str | None:
        """مقتل 5 أشخاص -> killed: an event word shortly before the number (or hedge), or
        before the quantity this one is coordinated with (قتل 9 جنود و6 مدنيين), decides."""
        hit = self._event_word(found.start) or self._coordinated(found.start)
        self.last_context = (found.end, hit)
        if hit is None or counted not in (hit.get("applies_to") or ()):
            hit = self._event_after(found.end)
        if hit is not None and counted in (hit.get("applies_to") or ()):
            return str(hit.get("counted"))
        return counted

    def _event_after(self, end: int) -> Hit | None:
        """A verb just after the counted noun (or one word/hedge later): أشخاص قتلوا."""
        first, tokens = self.lex.first_kinds, self.tokens
        for j in range(end, min(end + AFTER_WINDOW, len(tokens))):
            tok = tokens[j]
            if tok.norm in _CLAUSE_END or tok.kind == "number":
                return None
            hit = self.lex.match_kind(tokens, j, "context_after", True) if "context_after" in first.get(tok.norm, ()) else None
            if hit is not None:
                return hit
        return None

    def _event_word(self, start: int) -> Hit | None:
        """An event word (مقتل، اعتقلت) in the few tokens before the number or its hedge."""
        hedge = self._hedge_before(start)
        pos = hedge.start if hedge is not None else start
        return self._find_back(pos, CONTEXT_WINDOW, "context", self._happened)

    def _happened(self, hit: Hit) -> bool:
        """False for an event word a sentence or a threat makes unreal: حكمت المحكمة بإعدام."""
        return self._find_back(hit.start, VOID_WINDOW, "void") is None

    def _find_back(self, pos: int, window: int, kind: str, accept: Callable[[Hit], bool] | None = None) -> Hit | None:
        """The nearest phrase of `kind` (that `accept` takes) among up to `window` tokens
        before `pos`, within the clause and not past another number; time expressions are
        stepped over (اعتقلت الشرطة فجر اليوم 15)."""
        first, tokens, blocked, j = self.lex.first_kinds, self.tokens, self.blocked, pos - 1
        while j >= 0 and window > 0:
            if j not in blocked:
                norm, tok_kind = tokens[j].norm, tokens[j].kind
                if norm in _CLAUSE_END or tok_kind == "number":
                    return None
                if kind in first.get(norm, ()):
                    hit = self.lex.match_kind(tokens, j, kind, False)
                    if hit is not None and (accept is None or accept(hit)):
                        return hit
                window -= 1
            j -= 1
        return None

    def _coordinated(self, start: int) -> Hit | None:
        """The previous quantity's event word when "و" joins the two, possibly after a short
        من phrase of the first (أصيب 5 عناصر من الشرطة و3 مدنيين)."""
        end, hit = self.last_context
        sep = start - 1 if start > end and self.norm(start - 1) == "و" else start
        if hit is None or (sep == start and not self.norm(start).startswith("و")):
            return None
        gap = range(end, sep)
        if len(gap) > COORD_GAP or (gap and self.norm(end) != "من"):
            return None
        return None if any(self.norm(j) in _CLAUSE_END or self.tokens[j].kind == "number" for j in gap) else hit

    def _hedge_before(self, start: int) -> Hit | None:
        """The longest hedge phrase ending right before token `start` (memoised)."""
        if start not in self.hedges:
            self.hedges[start] = self._hedge_ending(start)
        return self.hedges[start]

    def _hedge_ending(self, start: int) -> Hit | None:
        """The hedge phrase ending right before token `start`, None at once if that token
        ends no hedge (most do not)."""
        if self.norm(start - 1) not in self.lex.endings("hedge_before"):
            return None
        return next(
            (h for size in (4, 3, 2, 1) if (h := self.match(start - size, "hedge_before")) and h.end == start),
            None,
        )

    def _hedge(self, found: _Found, n: NumberSpan) -> None:
        """Set approx (and widen the span) from a hedge before, after, or a clause verb."""
        before = self._hedge_before(found.start)
        if before is not None:
            found.approx, found.start = before.get("approx"), before.start
            tok = self.tokens[before.start]
            found.char_start = self.doc.norm.to_original(tok.nstart + before.skip, tok.nend)[0]
            return
        after = self.match(found.end, "hedge_after", bare=True)
        verb = self.match(found.end, "context_after", bare=True)
        if after is None and verb is not None:  # ثمانية أشخاص قتلوا على الأقل
            after = self.match(verb.end, "hedge_after", bare=True)
        if after is not None:
            found.approx, found.end = after.get("approx"), after.end
            return
        first, tokens = self.lex.first_kinds, self.tokens
        for j in range(n.token_start - 1, max(-1, n.token_start - VERB_WINDOW), -1):
            norm = tokens[j].norm
            if norm in _CLAUSE_END:
                return
            verb = self.lex.match_kind(tokens, j, "hedge_verb", False) if "hedge_verb" in first.get(norm, ()) else None
            if verb is not None:  # لا يتجاوز الأجر 50 دولارا: at most
                found.approx = "at_most" if self.norm(j - 1) in _NEGATION else verb.get("approx")
                return

    def _duals(self, taken: set[int]) -> list[_Found]:
        """Indefinite dual nouns outside times and other quantities: يومين، قتيلين، وامرأتان
        (a conjunction or preposition may be glued to them, the article may not)."""
        out: list[_Found] = []
        duals = self.lex.surfaces(frozenset({"dual"}))
        end = 0  # past the last dual found: طائرتين مسيرتين is one pair, not two
        for i in [t.index for t in self.tokens if t.norm in duals]:
            tok = self.tokens[i]
            if i in taken or i in self.blocked or i < end:
                continue
            hit = self.match(i, "dual")
            if hit is not None and not tok.norm[: hit.skip].endswith(("ال", "لل")):
                end = hit.end
                start = self.doc.norm.to_original(tok.nstart + hit.skip, tok.nend)[0]
                found = _Found(i, hit.end, 2.0, hit.get("counted"), hit.get("unit"), char_start=start)
                found.counted = self._context(found, found.counted)
                self._hedge(found, NumberSpan(tok.start, tok.end, 2.0, "cardinal", i, i + 1))
                out.append(found)
        return out


def _first_mult(atoms: list[Atom]) -> float | None:
    """Value of the first multiplier atom (ألف، ملايين، مليارا), if any."""
    return next((a.value for a in atoms if a.role in _MULT_ROLES), None)


def _time_tokens(doc: Document) -> set[int]:
    """Indices of tokens inside the document's time expressions."""
    blocked: set[int] = set()
    for t in doc.times:
        lo = bisect_left(doc.token_starts, t.start)
        hi = bisect_right(doc.token_starts, t.end - 1)
        blocked.update(range(lo, hi))
    return blocked


def find_quantities(doc: Document) -> list[Quantity]:
    """Every quantity of `doc` (run after the times stage so dates are left out)."""
    found = _Reader(doc, quantity_lexicon()).run()
    starts = doc.sentence_starts()
    return [_to_quantity(doc, k, f, starts) for k, f in enumerate(found)]


def _to_quantity(doc: Document, k: int, f: _Found, sentence_starts: list[int]) -> Quantity:
    """The contract object for a reading."""
    start, end = f.char_start, doc.tokens[f.end - 1].end
    return trusted(
        Quantity,
        id=f"q{k + 1}",
        text=doc.text[start:end],
        start=start,
        end=end,
        sentence=sentence_at(sentence_starts, start),
        value=float(f.value),
        approx=f.approx,
        unit=f.unit,
        counted=f.counted,
        value_max=None if f.value_max is None else float(f.value_max),
    )


class QuantityRecognizer:
    """Pipeline stage filling `doc.quantities`."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        quantity_lexicon()

    def __call__(self, doc: Document) -> None:
        doc.quantities = find_quantities(doc)


# Registered by a call, not a class decorator: mypyc compiles a decorated class as a plain
# Python one, whose attribute reads and method calls go through dictionaries.
component("marsad.quantities.v1", requires=("sentences", "times"), assigns=("quantities",))(QuantityRecognizer)
