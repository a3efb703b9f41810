"""`marsad.attribution.v1`: who says so. Fills `doc.attributions` from reporting cues.

For each cue the stage finds the source (after the verb, before it, or carried over
from the previous attribution for وأضاف أن ...), splits a list of outlets into one
attribution each, keeps relays (نقلت رويترز عن مصدر قوله ...) as two linked
attributions (`via`), and finds the content span (see `content`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Final

from marsad.attribution import content as ct
from marsad.attribution.cues import CLAUSE_PUNCT, COLONS, CueInfo, CueLexicon, load_cues
from marsad.attribution.phrases import (
    PhraseMatch,
    PhraseMatcher,
    by_sentence,
    doc_norms,
    norms_of,
    positions,
    sentence_ranges,
)
from marsad.attribution.sources import SCAN_LIMIT, DocMarks, SourceFinder, Span, load_source_nouns
from marsad.document import Document
from marsad.model import Attribution, ContentSpan, Evidence, Ref, SourceKind, Time
from marsad.registry import component
from marsad.resources import Resources
from marsad.text.datelines import DATELINE_SENTENCES, dateline_end
from marsad.text.tokenize import Token
from marsad.trusted import assign, trusted

PLACE_TYPES: Final = ("GPE", "COUNTRY", "LOC", "FACILITY")  # entities a dateline names
RELATIVE_PRONOUNS: Final = frozenset({"الذي", "التي", "الذين"})  # as normalised
ADVERBS: Final = frozenset({"عاده", "دائما", "مرارا", "مجددا", "ايضا"})  # between a cue and its أن (as normalised)
PASSIVE_ENDING: Final = "ى"  # يدعى (is called) against the active يدعي (claims)
MIN_PASSIVE_NAMING: Final = 4  # letters of such a passive (يدعى، يسمى); يرى is the active of رأى
DAMMA: Final = "\u064f"  # on a verb's first letter, a passive written out (يُتوقع)
IMPERFECT_PREFIXES: Final = ("ي", "ت")
MIN_POSSESSED: Final = 4  # letters of a noun with a possessive pronoun (ضيفها، نظيره), not الله
ASIDE_WORDS: Final = 10  # longest aside between commas before a noun content
BREAKING_MARKS: Final = frozenset({"عاجل", "خبر", "متابعه", "تحديث"})  # normalised: عاجل | X: ...
BREAKING_SEPARATORS: Final = frozenset({"|", "-", "–", "/"})
_CLOSERS: Final = frozenset({"»", "\"", ")"})  # a quote or bracket closing the clause before ما
INHERIT_SENTENCES: Final = 2  # وأضاف أن ... continues a source named this many sentences back


class _Found:
    """One source reading for a cue: outer source spans, optional relayed inner source.
    A plain class: mypyc builds it natively, where a dataclass runs a Python `__init__`."""

    def __init__(
        self,
        spans: list[Span],
        content: ct.Content,
        inner: Span | None = None,
        inner_cue: Token | None = None,
        *,
        inherited: Attribution | None = None,
        named: tuple[Ref, SourceKind] | None = None,
        resume: int = 0,
    ) -> None:
        self.spans = spans
        self.content = content
        self.inner = inner
        self.inner_cue = inner_cue
        self.inherited = inherited
        self.named = named  # a speaker named in the previous sentence
        self.resume = resume  # token index after a relayed source (its words are not cues)


class _Sentence:
    """Per-sentence working state. A plain class: mypyc builds it natively, where a dataclass
    runs a Python `__init__`."""

    def __init__(
        self, doc: Document, index: int, toks: Sequence[Token], finder: SourceFinder, quotes: list[tuple[int, int]]
    ) -> None:
        self.doc = doc
        self.index = index
        self.toks = toks
        self.finder = finder
        self.quotes = quotes  # direct quotes attributed so far in the document
        self.out: list[Attribution] = []
        self.markers: dict[int, int | None] = {}  # `content.marker` by token
        self.lead = 0  # tokens of a dateline opening the sentence (طهران/ إرنا -): no content in them


def _marked_passive(raw: str) -> bool:
    """A verb written with a damma on its first letter, past و/ف (يُتوقع، ويُعتقد، أُفيد)."""
    letters = raw[1:] if raw[:1] in ("و", "ف") and len(raw) > 3 else raw
    return len(letters) > 2 and letters[1] == DAMMA


class AttributionStage:
    """Pipeline stage filling `doc.attributions`."""

    def __init__(self, resources: Resources) -> None:
        self.cues: CueLexicon = load_cues(resources)
        self.heads: PhraseMatcher[SourceKind] = load_source_nouns(resources)

    def __call__(self, doc: Document) -> None:
        doc.attributions = []
        norms = doc_norms(doc)
        verbal = positions(norms, self.cues.cue_forms)  # where a verb cue may be, in the document
        phrasal = self.cues.nominal.starts(norms)  # where a nominal cue may start
        colons = positions(norms, COLONS)  # a headline may credit its source with a colon
        if not verbal and not phrasal and not colons:
            return  # nothing to attribute
        marks = DocMarks.of(doc)
        quotes: list[tuple[int, int]] = []
        ranges = sentence_ranges(doc)
        hits = zip(*(by_sentence(h, ranges) for h in (verbal, phrasal, colons)), strict=True)
        for s, (first, end), (cues, heads, colon) in zip(doc.sentences, ranges, hits, strict=True):
            if not (cues or heads or colon):
                continue  # a sentence without a cue form or a colon has nothing to attribute
            toks, forms = doc.tokens[first:end], norms[first:end]
            if colon:
                headline = self._headline(doc, s.index, toks, forms, marks, quotes)
                if headline is not None:
                    doc.attributions.extend(headline.out)
                    continue
            if not cues and not heads:
                continue  # a sentence without a cue form has nothing to attribute
            nominal = {m.first: m for m in self.cues.nominal.find(toks, doc.norm, forms, heads)} if heads else {}
            starts = sorted({*cues, *nominal}) if nominal else cues
            if starts:
                finder = SourceFinder(doc, toks, self.heads, self.cues, marks, forms)
                sent = _Sentence(doc, s.index, toks, finder, quotes)
                if s.index < DATELINE_SENTENCES:
                    sent.lead = dateline_end(
                        toks, finder.names_place, finder.names_outlet, partial(_timed, doc.times, toks), set(cues).__contains__
                    )
                self._sentence(sent, nominal, starts)
                _link_relays(sent.out)
                doc.attributions.extend(sent.out)

    def _headline(
        self, doc: Document, index: int, toks: Sequence[Token], forms: list[str], marks: DocMarks,
        quotes: list[tuple[int, int]],
    ) -> _Sentence | None:
        """A sentence opening with a source phrase and a colon (وزارة الصحة: ارتفاع الحصيلة ...،
        الوزير: «...»), the headline way of crediting a claim: the colon is the cue. A place
        alone before the colon is a dateline, not a source."""
        finder = SourceFinder(doc, toks, self.heads, self.cues, marks, forms)
        a = _breaking_end(toks)  # عاجل | وزارة الصحة: ...
        if a >= len(toks) or toks[a].kind != "word" or not finder.is_source_start(a):
            return None
        colon = next((n for n in range(a + 1, min(len(toks), a + SCAN_LIMIT + 1)) if toks[n].norm in COLONS), None)
        if colon is None or colon + 1 >= len(toks) or max(finder.scan(a), finder.noun_phrase(a)) != colon:
            return None
        place = (e := finder.entity_at(a)) is not None and e.type in PLACE_TYPES and finder.entity_end(a) == colon
        head = finder.head(a)
        if colon == a + 1 and e is None and head is not None and head[2] == "organization" and not finder.definite(a):
            place = True  # عمّان: ...: a capital alone (a source only by metonymy) is a dateline
        if place or (head is None and all(
            (e := finder.entity_at(n)) is None or e.type in PLACE_TYPES for n in range(a, colon)
        )):
            return None  # بيروت: ... (a dateline) or words without a head or a name
        if self._names_only(finder, toks, colon + 1):
            return None  # المصدر: وكالة الأنباء الفرنسية (a credit line)
        content = ct.clause(doc, toks, colon + 1, self.cues)
        if content is None:
            return None
        sent = _Sentence(doc, index, toks, finder, quotes)
        self._emit(sent, toks[colon], _Found([Span(a, colon)], content))
        return sent

    @staticmethod
    def _names_only(finder: SourceFinder, toks: Sequence[Token], k: int) -> bool:
        """True if tokens from k on are only source phrases and punctuation (الجزيرة + وكالات)."""
        while k < len(toks):
            if finder.is_source_start(k):
                k = max(finder.scan(k), k + 1)
            elif toks[k].kind not in ("word", "latin", "number"):
                k += 1
            else:
                return False
        return True

    def _sentence(self, sent: _Sentence, nominal: dict[int, PhraseMatch[CueInfo]], starts: list[int]) -> None:
        """Turn the cues of one sentence (its nominal cues and where cues may start) into attributions."""
        i = 0
        for n in starts:
            if n < i:
                continue
            i, tok = n, sent.toks[n]
            if tok.norm in self.cues.learned and not self._inside_quote(sent, tok.start):
                self._emit(sent, tok, self._learned(sent, i))
                i += 1
                continue
            info = self._cue(sent, i)
            if (info is None and i not in nominal) or self._inside_quote(sent, tok.start):
                continue
            if i in nominal:
                m = nominal[i]
                self._emit(sent, tok, self._nominal(sent, m.last + 1, m.first, m.payload))
                i = m.last + 1
                continue
            found = None
            if info is not None and not (i and sent.toks[i - 1].norm in self.cues.words["negators"]):
                found = self._verb(sent, i, info)
                self._emit(sent, tok, found)
            i = max(i + 1, found.resume if found else 0)

    def _cue(self, sent: _Sentence, i: int) -> CueInfo | None:
        """The reporting verb at token i; after a relative also with an object pronoun (ما نقلته)."""
        tok = sent.toks[i]
        if tok.kind != "word":
            return None
        info = self.cues.verbs.get(tok.norm)
        if info is not None:
            return None if self._passive_naming(sent, i) else info
        hit = self.cues.with_pronoun.get(tok.norm)
        if hit is None:
            return None
        if i > 0 and sent.toks[i - 1].norm in self.cues.words["relatives"]:
            return hit  # ما نقلته
        opens = hit.object and self._marker(sent, i + 1) == i + 1
        return hit if opens else None  # ووصفتها بأنها

    def _passive_naming(self, sent: _Sentence, i: int) -> bool:
        """True for an imperfect written with a final alif maqsura in an aside or with no content
        after it: the passive (ويدعى أبو علي 'who is called'), whose following noun is no speaker."""
        tok = sent.toks[i]
        if not sent.doc.text[tok.start : tok.end].endswith(PASSIVE_ENDING):
            return False
        stem = tok.norm[1:] if tok.norm[:1] in "وف" else tok.norm
        aside = i > 0 and sent.toks[i - 1].norm in CLAUSE_PUNCT  # أحد السكان، ويدعى أبو علي، أن ...
        if len(stem) < MIN_PASSIVE_NAMING:
            return False  # يرى، ترى: the active of رأى is written with alif maqsura too
        return stem[:1] in IMPERFECT_PREFIXES and (aside or self._marker(sent, i + 1) is None)

    def _marker(self, sent: _Sentence, k: int) -> int | None:
        """`content.marker` at token k, cached per sentence (a cue asks for it several times)."""
        if k not in sent.markers:
            sent.markers[k] = ct.marker(sent.doc, sent.toks, k, self.cues)
        return sent.markers[k]

    def _relative(self, sent: _Sentence, i: int) -> bool:
        """True for a cue after a relative whose content comes first (..., بحسب ما أفاد مراسلنا)."""
        toks = sent.toks
        return (
            i > 0
            and toks[i - 1].norm in self.cues.words["relatives"]
            and ct.words_before(toks, i, self.cues, sent.lead) >= 2
            and not self._object_relative(sent, i)
        )

    def _object_relative(self, sent: _Sentence, i: int) -> bool:
        """True for ما + a cue with an object pronoun that is the object of the clause before
        it (نفت الوزارة «بشدة» ما نشرته الصحف): it names what is denied or answered, not a
        report of that clause."""
        toks = sent.toks
        return (
            i > 1
            and toks[i - 1].norm == "ما"
            and (toks[i - 2].norm in _CLOSERS or toks[i - 2].kind == "word")
            and toks[i - 2].norm not in self.cues.words["reference_words"]
        )

    @staticmethod
    def _inside(sent: _Sentence, offset: int) -> bool:
        """True if `offset` lies inside the content of an attribution of this sentence."""
        return any(a.content.start <= offset < a.content.end for a in sent.out)

    @staticmethod
    def _inside_quote(sent: _Sentence, offset: int) -> bool:
        """True if `offset` lies inside a direct quote already attributed."""
        return any(start <= offset < end for start, end in sent.quotes)

    def _verb(self, sent: _Sentence, i: int, info: CueInfo) -> _Found | None:
        """Source and content of a reporting verb at token i."""
        toks, f = sent.toks, sent.finder
        j = i + 1
        if self._inside(sent, toks[i].start) and self._marker(sent, j) is None:
            return self._reported_topic(sent, i)  # a verb inside reported content (نقل شحنات), or نفى ما تناقلته X عن ...
        if (described := self._described(sent, i)) is not None:
            m = self._marker(sent, self._after_adverb(sent, j))
            if m is not None:
                content = ct.from_marker(sent.doc, toks, m, self.cues)
            else:
                content = ct.clause(sent.doc, toks, self._content_start(sent, j), self.cues) if info.object else None
            return _Found(f.members(described.first, described.last), content) if content else None
        if self._describes(sent, i):
            return None  # لافتات تتهم الحكومة: a clause describing the noun before it
        if toks[i].norm in self.cues.participles:
            return self._participle(sent, j, info)
        if j < len(toks) and toks[j].norm in self.cues.words["resumptives"] and not self._relative(sent, i):
            return self._resumed(sent, i, j + 1, info)
        if self._relative(sent, i) and j < len(toks) and toks[j].norm in self.cues.words["resumptives"]:
            j += 1
        if j < len(toks) and toks[j].norm in self.cues.words["honorifics"]:
            return self._honorific(sent, j + 1)
        if j + 1 < len(toks) and toks[j].norm in self.cues.words["object_preps"] and self._marker(sent, j + 1) == j + 1:
            j += 1  # وشدد على أن ...: the verb's preposition, no source after it
        starts_content = j < len(toks) and self._marker(sent, j) == j
        if j < len(toks) and not starts_content and self._told_to(sent, j) and self._pre_verbal(sent, i) is not None:
            j += 1  # مصادر محلية أكدت لفرانس24 أن: the outlet spoken to, the source before the verb
        elif j < len(toks) and not starts_content and toks[j].kind in ("word", "latin", "number"):  # قال 37 معتقلا
            wide = f.scan(j)
            named = f.is_source_start(j) or (
                wide > j and self._marker(sent, wide) is not None and toks[j].kind != "number"
            )
            if named:
                return self._post_verbal(sent, i, j, info)
        pre = self._pre_verbal(sent, i)
        m = self._marker(sent, j)
        content = ct.from_marker(sent.doc, toks, m, self.cues) if m is not None else None
        if content is None and info.object and pre is not None and j < len(toks):
            content = ct.clause(sent.doc, toks, self._content_start(sent, j), self.cues)
        if pre is not None:
            return _Found(f.members(pre.first, pre.last), content) if content else None
        if self._relay(sent, j)[0] is not None:
            return self._passive(sent, j)
        previous = self._previous(sent)
        direct = m is not None and (m <= j + 2 or self._after_channel(sent, j) > j)  # وأضاف في بيان ... أن
        if m is not None and m > j and (f.opens_object(j) or toks[j].norm in self.cues.words["demonstratives"]):
            return None  # وتؤكد هذه الاعتداءات أن ...: a subject of its own that names no source
        opens = i == 0 or (i == 1 and toks[0].norm in self.cues.words["clause_openers"])
        continued = info.object and m is None and toks[i].norm in self.cues.past and opens
        # وجه النائب انتقادا للحكومة. وقال في مقابلة: «...»: the person the sentence before names
        speaker = self._dignitary(sent) if previous is None and opens and direct else None
        if (previous is None and speaker is None) or self._inside(sent, toks[i].start) or not (direct or continued):
            return None
        if _marked_passive(sent.doc.text[toks[i].start : toks[i].end]):
            return None  # ويُتوقع أن، ويُعتقد أن: impersonal, no speaker carried over
        if info.object and m is None:
            content = ct.clause(sent.doc, toks, self._content_start(sent, j), self.cues)
        return _Found([], content, inherited=previous, named=speaker) if content else None

    @staticmethod
    def _after_adverb(sent: _Sentence, j: int) -> int:
        """j, or the token after an adverb at j (التي تقول عادة إن ...)."""
        return j + 1 if j + 1 < len(sent.toks) and sent.toks[j].norm in ADVERBS else j

    @staticmethod
    def _told_to(sent: _Sentence, j: int) -> bool:
        """Whether token j is ل + an outlet's name: who the speaker told, not a source."""
        ent = sent.finder.entity_at(j)
        return ent is not None and ent.type == "MEDIA" and sent.toks[j].norm.startswith("ل") and ent.start > sent.toks[j].start

    @staticmethod
    def _described(sent: _Sentence, i: int) -> Span | None:
        """The source a relative clause opened right before the cue describes (تواصل الفريق
        مع الوزارة، التي نفت صدور أي قرار): the phrase before the relative pronoun."""
        toks, f = sent.toks, sent.finder
        r = i - 1
        named = i + 1 < len(toks) and (f.head(i + 1) is not None or f.entity_at(i + 1) is not None)
        if r < 1 or toks[r].norm not in RELATIVE_PRONOUNS or named:
            return None  # not الحملة التي قالت الشرطة إنها ...: the clause's own subject follows
        end = r - 1 if toks[r - 1].norm in CLAUSE_PUNCT else r
        for start in range(end - 1, max(-1, end - SCAN_LIMIT), -1):
            if f.is_source_start(start) and max(f.noun_phrase(start), f.scan(start)) == end:
                return Span(start, end)
        return None

    def _reported_topic(self, sent: _Sentence, i: int) -> _Found | None:
        """ما + a cue with an object pronoun inside a content (نفى الحزب ما تناقلته وسائل إعلام
        عن نقل أسلحة): the source after the cue, the topic after عن as its content."""
        toks, f = sent.toks, sent.finder
        j = i + 1
        if i == 0 or toks[i - 1].norm != "ما" or toks[i].norm not in self.cues.with_pronoun or not f.is_source_start(j):
            return None
        end = f.scan(j)
        if end + 1 >= len(toks) or toks[end].norm not in self.cues.words["relay"] or f.is_source_start(end + 1):
            return None
        content = ct.clause(sent.doc, toks, end + 1, self.cues)
        return _Found(f.members(j, end), content) if content else None

    def _describes(self, sent: _Sentence, i: int) -> bool:
        """True for an imperfect verb right after a plain noun that names no source: a clause
        describing that noun (رفعوا لافتات تتهم ...، الأدلة تشير إلى), not a speaker's cue."""
        toks, lex = sent.toks, self.cues
        if i == 0 or toks[i].norm in lex.past or toks[i].norm[:1] == "و" or toks[i - 1].kind != "word":
            return False
        prev = toks[i - 1].norm
        if prev in lex.closed_words or prev in lex.verbs or sent.finder.is_source_start(i - 1):
            return False
        if self._pre_verbal(sent, i) is not None:
            return False  # لكن خبراء اقتصاديين يشككون في ...: a source before the verb
        return not self._ends_with_source(sent, i + 1)  # ... قبل الصيف يؤكد خبراء.

    @staticmethod
    def _ends_with_source(sent: _Sentence, j: int) -> bool:
        """True if a source phrase starts at j and closes the sentence (a postposed cue)."""
        if j >= len(sent.toks) or not sent.finder.is_source_start(j):
            return False
        end = sent.finder.noun_phrase(j)
        return end >= len(sent.toks) or sent.toks[end].kind == "punct"

    def _participle(self, sent: _Sentence, j: int, info: CueInfo) -> _Found | None:
        """…، مشيراً إلى أن … / …، داعياً الحكومة إلى …: a participle continues the speaker
        of its clause; the noun after it is its object, never a new source."""
        previous = self._previous(sent)
        after_comma = j >= 2 and sent.toks[j - 2].norm in CLAUSE_PUNCT  # ، مؤكدة أن; not 14 متهما بـ
        own = None if sent.out or not after_comma else self._clause_subject(sent, j - 1)
        if (previous is None and own is None) or j >= len(sent.toks):
            return None
        m = self._marker(sent, j)
        if m is not None and m <= j + 2:
            content = ct.from_marker(sent.doc, sent.toks, m, self.cues)
        elif info.object:
            content = ct.clause(sent.doc, sent.toks, self._content_start(sent, j), self.cues)
        else:
            return None
        if own is not None:  # دافعت الوزارة عن الخطة، مؤكدة أن: the clause's own subject speaks
            return _Found([own], content) if content else None
        return _Found([], content, inherited=previous) if content else None

    def _clause_subject(self, sent: _Sentence, i: int) -> Span | None:
        """The subject of the verb opening the sentence (past an opener like من جهتها،),
        when a participle cue at i continues it with no cue of its own before."""
        toks, f = sent.toks, sent.finder
        n = sent.lead
        while n < i and (toks[n].kind == "punct" or toks[n].norm in self.cues.words["clause_openers"]):
            n += 1
        if n + 1 < i and toks[n].norm in ("من", "ومن") and toks[n + 2 : n + 3] and toks[n + 2].norm in CLAUSE_PUNCT:
            n += 3  # من جهتها، / ومن جانبه،
        if n + 1 >= i or f.is_source_start(n):
            return None  # no verb opens the sentence
        k = n + 1
        if not f.is_source_start(k):
            return None
        end = f.noun_phrase(k)
        return Span(k, end) if end < i else None

    def _resumed(self, sent: _Sentence, i: int, k: int, info: CueInfo) -> _Found | None:
        """نشر الوزير بياناً قال فيه إن ...: the speaker is the subject named earlier in the
        sentence; the cue replaces the reading of the publishing verb (its object is the
        statement, not what was said)."""
        toks, f = sent.toks, sent.finder
        opens = bool(i > 1 and toks[0].norm in self.cues.verbs and toks[1].kind == "word")
        first = 1 if opens else next((n for n in range(i) if f.is_source_start(n)), None)
        if first is None:
            return None
        m = self._marker(sent, k)
        if m is not None:
            content = ct.from_marker(sent.doc, toks, m, self.cues)
        elif info.object and k < len(toks):
            content = ct.clause(sent.doc, toks, self._content_start(sent, k), self.cues)
        else:
            return None
        if content is None:
            return None
        last = max(f.noun_phrase(first), first + 1)
        while last < i and f.is_adjective(last):
            last += 1  # نشرت الفنانة اللبنانية ... رسالة قالت فيها
        span = Span(first, last)
        cue = toks[i].start  # the publishing verb's reading took this cue or what follows it
        sent.out[:] = [a for a in sent.out if not (a.cue.start < cue and (a.content.start <= cue < a.content.end or a.content.start > cue))]
        return _Found([span], content)

    def _learned(self, sent: _Sentence, i: int) -> _Found | None:
        """علمت «الأخبار» من مصادر دبلوماسية أن ...: the source follows من, the content أن."""
        toks, f = sent.toks, sent.finder
        k = next((n for n in range(i + 1, min(len(toks), i + 8)) if toks[n].norm == "من"), None)
        if k is None or k + 1 >= len(toks) or not f.is_source_start(k + 1):
            return None
        end = f.scan(k + 1)
        m = self._marker(sent, end)
        content = ct.from_marker(sent.doc, toks, m, self.cues) if m is not None else None
        return _Found([Span(k + 1, end)], content) if content else None

    def _honorific(self, sent: _Sentence, k: int) -> _Found | None:
        """وشدد معاليه على ...: the speaker named before; content after the honorific pronoun."""
        previous = self._previous(sent)
        named = self._dignitary(sent) if previous is None else None
        if previous is None and named is None:
            return None
        m = self._marker(sent, k)
        if m is not None:
            content = ct.from_marker(sent.doc, sent.toks, m, self.cues)
        else:
            content = ct.clause(sent.doc, sent.toks, self._content_start(sent, k), self.cues)
        return _Found([], content, inherited=previous, named=named) if content else None

    def _dignitary(self, sent: _Sentence) -> tuple[Ref, SourceKind] | None:
        """The person an honorific (وأكد سموه) or a subjectless cue opening a sentence (وقال
        في كلمة: «...») stands for when no attribution names him: the first person source
        phrase of the previous sentence (استقبل سمو الشيخ ... الوفد)."""
        if sent.index == 0:
            return None
        toks = sent.doc.sentence_tokens(sent.index - 1)
        f = SourceFinder(sent.doc, toks, self.heads, self.cues, sent.finder.marks, norms_of(toks))
        for n in range(len(toks)):
            if f.is_source_start(n):
                end = max(f.noun_phrase(n), n + 1)
                if end < len(toks) and (e := f.entity_at(end)) is not None and e.type == "PERSON":
                    end = f.entity_end(end) or end + 1  # الوزير أحمد سالم: the title and the name
                ref, kind = f.ref(Span(n, end))
                return (ref, kind) if kind == "person" else None
        return None

    def _passive(self, sent: _Sentence, j: int) -> _Found | None:
        """A passive cue with its source after عن (ونُقل عن مسؤول قوله إن ...)."""
        inner, _, k = self._relay(sent, j)
        m = self._marker(sent, k)
        content = ct.from_marker(sent.doc, sent.toks, m, self.cues) if m is not None else None
        if inner is None or content is None:
            return None
        return _Found([inner], content, resume=k)

    def _post_verbal(self, sent: _Sentence, i: int, j: int, info: CueInfo) -> _Found | None:
        """Verb-subject order: قال الوزير إن ... / نقلت رويترز عن مصدر قوله ..."""
        toks, f, lex = sent.toks, sent.finder, self.cues
        end = f.scan(j)
        if end - 1 > j and self._told_to(sent, end - 1):
            end -= 1  # قال قائممقام سيدكان | لرووداو إن: the outlet spoken to
        inner, inner_cue, k = self._relay(sent, end)
        about = info.lemma in self.cues.words["about_verbs"]  # تحدث الوزير عن إيران: what he spoke of
        if inner is not None and inner_cue is not None and inner_cue.norm in self.cues.words["relay"] \
                and (f.noun_phrase(j) < end or about) and self._marker(sent, k) is None and not self._relative(sent, i):
            inner, inner_cue, k = None, None, end  # وتوعد سريع باستمرار ... ورفع الحصار عن غزة: no relay
        if inner is None and info.object and end > j + 1 and j < (tight := f.noun_phrase(j)) < end and f.opens_object(tight):
            end = k = tight  # اتهم الجيش الحركة بأنها ...: the object is not part of the source
        m = self._marker(sent, k if inner else self._after_channel(sent, k))  # غرد ... على منصة إكس قائلاً إن
        if self._relative(sent, i):
            content = ct.preceding(sent.doc, toks, i, lex, sent.lead)
        elif m is not None:
            content = ct.from_marker(sent.doc, toks, m, lex)
            if inner is None and j < end - 1 and self._addressee(sent, end - 1) and f.noun_phrase(j) == end - 1:
                end -= 1  # سألت المذيعة ضيفها: «...»: the addressee is not part of the source
        elif self._postposed(sent, i, j, k) or self._quoted_before(sent, i):
            content = ct.preceding(sent.doc, toks, i, lex, sent.lead)
            end = min(end, max(f.noun_phrase(j), j + 1))  # هكذا رد المتحدث باسم الحكومة | على سؤال
        elif info.object or info.stance != "neutral":
            # the noun after the source is the object
            end = self._affiliated(sent, j, self._located(sent, f.object_phrase(j)), end)
            content = ct.clause(sent.doc, toks, self._content_start(sent, end), lex)
        else:
            content = None
        if content is None or end <= j:
            return None
        named = self._naming_aside(sent, end)
        spans = f.members(j, end) if named == end else [Span(j, named, f.members(j, end)[0].skip)]
        return _Found(spans, content, inner, inner_cue, resume=k if inner else 0)

    def _naming_aside(self, sent: _Sentence, end: int) -> int:
        """End of a source extended over an aside naming it (أحد السكان، ويدعى أبو علي، أن ...)."""
        toks = sent.toks
        if end + 2 >= len(toks) or toks[end].norm not in CLAUSE_PUNCT or not self._passive_naming(sent, end + 1):
            return end
        close = next((n for n in range(end + 3, min(len(toks), end + 6)) if toks[n].norm in CLAUSE_PUNCT), None)
        return close if close is not None and self._marker(sent, close + 1) == close + 1 else end

    def _addressee(self, sent: _Sentence, k: int) -> bool:
        """True for a noun with a possessive pronoun right after a complete source and right
        before the content (سألت المذيعة ضيفها: ...، قال الرئيس لنظيره: ...): the one spoken to."""
        tok, f = sent.toks[k], sent.finder
        raw = sent.doc.text[tok.start : tok.end]  # the written form: مطلعة is no مطلعه
        possessed = raw.endswith(("ها", "هم", "ه")) and len(tok.norm) > MIN_POSSESSED and tok.kind == "word"
        if not possessed:
            return False
        closed = f.definite(k - 1) or f.covering_end(k - 1) is not None or f.entity_at(k - 1) is not None  # not وزير خارجيته
        return closed and not f.is_source_start(k) and f.entity_at(k) is None and self._marker(sent, k + 1) == k + 1

    def _affiliated(self, sent: _Sentence, j: int, end: int, wide: int) -> int:
        """End of a source before a noun object, extended over what still belongs to it: the
        name closing a chain of titles (أعلن نائب رئيس مجلس السيادة ... محمد حمدان دقلو
        استعداده) and, after an unnamed head, بـ + the body it belongs to (نفى مصدر عسكري
        بالجيش السوداني الأنباء)."""
        f, toks = sent.finder, sent.toks
        head = f.head(j)
        title = end < len(toks) and (f.is_source_start(end) or self._joined_office(sent, end))
        if head is not None and head[2] == "person" and title and not f.opens_object(end):
            window = range(end, min(len(toks), max(wide, end + SCAN_LIMIT)))
            person = next((n for n in window if (e := f.entity_at(n)) is not None and e.type == "PERSON"), None)
            if person is not None and self._name(sent, person) and not any(f.is_stop(n) for n in range(end, person)):
                return max(f.noun_phrase(person), f.entity_end(person) or person + 1)
        if (
            head is not None and head[2] in ("anonymous", "collective") and end < len(toks)
            and toks[end].norm.startswith("ب") and f.is_source_start(end) and not f.in_media(end)
        ):
            return max(end + 1, f.noun_phrase(end))
        return end

    @staticmethod
    def _joined_office(sent: _Sentence, k: int) -> bool:
        """True for و + an indefinite noun and a definite one at k, a second portfolio of the
        same office (وزير الخارجية وشؤون المغتربين ...), which a person's name then closes."""
        toks, f = sent.toks, sent.finder
        norm = toks[k].norm
        return (
            norm.startswith("و") and not norm.startswith("وال") and toks[k].kind == "word"
            and k + 1 < len(toks) and f.definite(k + 1) and not f.is_stop(k) and not f.is_stop(k + 1)
        )

    @staticmethod
    def _name(sent: _Sentence, k: int) -> bool:
        """True if the person entity at token k is trusted as a name closing a title chain: a
        known person, or a name that is not a stop word and does not open with بـ/لـ (a verbal
        noun taken for a name: هدد الرئيس الأمريكي بفرض رسوم)."""
        ent = sent.finder.entity_at(k)
        if ent is None:
            return False
        return ent.kb_id is not None or not (sent.finder.is_stop(k) or sent.toks[k].norm.startswith(("ب", "ل")))

    def _located(self, sent: _Sentence, k: int) -> int:
        """End of a source extended by في + a named place or body (المقاومة الإسلامية في العراق),
        or by من after مقرب (مصدر مقرب من الحركة)."""
        toks, f = sent.toks, sent.finder
        if k + 1 < len(toks) and toks[k].norm == "من" and f.placed(k):
            return max(k + 2, f.noun_phrase(k + 1))  # مصدر مقرب | من الحركة
        if k + 1 >= len(toks) or toks[k].norm != "في" or self._after_channel(sent, k) > k:
            return k
        if (covered := f.covering_end(k)) is not None:
            return covered
        return f.noun_phrase(k + 1) if f.is_source_start(k + 1) else k

    def _postposed(self, sent: _Sentence, i: int, j: int, k: int) -> bool:
        """True for a cue after its content: "... أمراً جديداً، يؤكد مراقبون"."""
        toks = sent.toks
        past = self._after_channel(sent, k)  # ...، أكد رئيس الهيئة في تصريح إذاعي.
        ends = past >= len(toks) or (toks[past].kind == "punct" and not ct.is_open_quote(sent.doc, toks[past]))
        after_break = i > 0 and (toks[i - 1].kind == "punct" or toks[i - 1].norm in self.cues.words["lead_ins"])
        tight = sent.finder.noun_phrase(j) == k
        return ends and (tight or after_break) and ct.words_before(toks, i, self.cues, sent.lead) >= 2

    def _quoted_before(self, sent: _Sentence, i: int) -> bool:
        """True if the sentence opens with a quotation that closes right before the cue."""
        toks = sent.toks
        if i < 3 or not ct.is_open_quote(sent.doc, toks[0]):
            return False
        last = i - 1
        while last > 0 and (toks[last].norm in CLAUSE_PUNCT or toks[last].norm in self.cues.words["lead_ins"]):
            last -= 1  # «...»، هكذا رد المتحدث
        return ct.quote_at(sent.doc, toks[0]).end == toks[last].start

    def _relay(self, sent: _Sentence, k: int) -> tuple[Span | None, Token | None, int]:
        """A relayed source after عن (and the قوله word), with the index after them."""
        toks, f, lex = sent.toks, sent.finder, self.cues
        start = k
        if k + 2 < len(toks) and toks[k].norm in CLAUSE_PUNCT and toks[k + 1].norm in lex.words["relay_leads"]:
            k += 2  # ، نقلاً عن ...
        elif k + 1 < len(toks) and toks[k].norm in lex.words["relay_leads"]:
            k += 1
        if k + 1 >= len(toks) or toks[k].norm not in lex.words["relay"] or not f.is_source_start(k + 1):
            return None, None, start
        end = f.scan(k + 1)
        cue = toks[k]
        after = end
        while after < len(toks) and (
            toks[after].norm in lex.words["relay_speech"] or toks[after].norm in CLAUSE_PUNCT
        ):
            cue = toks[after] if toks[after].kind == "word" else cue
            after += 1
        return f.members(k + 1, end)[0], cue, after

    def _pre_verbal(self, sent: _Sentence, i: int) -> Span | None:
        """Subject-verb order: the source phrase between the clause start and the verb."""
        toks, f = sent.toks, sent.finder
        if toks[i].norm[:1] in "وف" and toks[i].norm[1:] in self.cues.verbs:
            return None  # وقال / فأكد open a new clause: no subject before them
        start = i
        while start > 0 and not self._clause_edge(toks[start - 1]):
            start -= 1
        while start < i and toks[start].norm in self.cues.words["clause_openers"]:
            start += 1
        imperfect = toks[i].norm[:1] in "يت" and toks[i].norm not in self.cues.past and toks[i].norm not in self.cues.participles
        if start < i and not f.is_source_start(start) and imperfect:
            # انتشر منشور يدعي أن ...: the source phrase right before an imperfect cue
            start = next((n for n in range(start + 1, i) if f.is_source_start(n) and f.noun_phrase(n) == i), start)
        if start == i or i - start > 8 or not f.is_source_start(start):
            return None
        last = i
        while last - 1 > start and toks[last - 1].norm in self.cues.words["clause_openers"]:
            last -= 1  # مصادر أهلية قد أكدت: قد is not part of the source
        return Span(start, last)

    def _clause_edge(self, tok: Token) -> bool:
        """True if a clause (and so a pre-verbal subject) cannot extend back past `tok`."""
        return tok.kind == "punct" or tok.norm in self.cues.words["complementizers"]

    def _content_start(self, sent: _Sentence, k: int) -> int:
        """Where a noun content starts: past a channel adjunct, manner adverbs and a preposition."""
        toks = sent.toks
        k = self._after_aside(sent, self._after_channel(sent, k))
        while k < len(toks) and toks[k].norm in self.cues.words["adverbs"]:
            k += 1
        k = self._past_outlet(sent, k)
        return k + 1 if k < len(toks) and toks[k].norm in self.cues.words["object_preps"] else k

    @staticmethod
    def _past_outlet(sent: _Sentence, k: int) -> int:
        """Index after the outlet spoken to at k (نفى لـ«سودان تربيون» فقدان ...), else k."""
        toks = sent.toks
        if k + 1 < len(toks) and toks[k].norm == ct.PARTICLE_LI and ct.is_open_quote(sent.doc, toks[k + 1]):
            end = ct.quote_at(sent.doc, toks[k + 1]).end
            return next((n for n in range(k + 2, len(toks)) if toks[n].start > end), k)  # past the closing mark
        return k

    def _after_aside(self, sent: _Sentence, k: int) -> int:
        """Index after an aside between commas at k (أكد الوزير، خلال لقائه نظيره، ضرورة ...):
        a short phrase with no cue or complementizer, closed by a comma followed by a word."""
        toks = sent.toks
        if k >= len(toks) or toks[k].norm not in CLAUSE_PUNCT:
            return k
        for n in range(k + 1, min(len(toks) - 1, k + ASIDE_WORDS)):
            norm = toks[n].norm
            if norm in self.cues.marker_words and norm not in CLAUSE_PUNCT:
                return k  # a cue or a complementizer: not an aside
            if norm in CLAUSE_PUNCT:
                return n + 1 if n > k + 1 and toks[n + 1].kind == "word" else k
            if toks[n].kind == "punct":
                return k
        return k

    def _after_channel(self, sent: _Sentence, k: int) -> int:
        """Index after a channel adjunct at k (في بيان على منصة إكس، في تصريح لقناة ...), else k."""
        toks, lex, f = sent.toks, self.cues, sent.finder
        if k + 1 >= len(toks) or toks[k].norm not in lex.words["channel_preps"] or not f.is_channel(k + 1):
            return k
        k += 2
        linked = False  # after على/مع a named outlet or account belongs to the adjunct
        while k < len(toks):
            tok = toks[k]
            if tok.norm in lex.words["platforms"] or tok.kind == "latin" or f.is_adjective(k):
                k, linked = k + 1, False
            elif tok.norm in lex.words["channel_links"] and k + 1 < len(toks):
                k, linked = k + 1, True
            elif (linked or f.in_media(k)) and f.noun_phrase(k) > k:
                k, linked = f.noun_phrase(k), False
            else:
                break
        return k



    def _nominal(self, sent: _Sentence, k: int, first: int, info: CueInfo) -> _Found | None:
        """بحسب / وفقاً لـ / نقلاً عن + source; content before or after the phrase."""
        toks, f, lex = sent.toks, sent.finder, self.cues
        if k >= len(toks) or toks[k].norm in lex.words["not_sources"] or not f.is_source_start(k):
            return None
        end = self._located(sent, f.scan(k))
        if ct.words_before(toks, first, lex, sent.lead) >= 2:
            content = ct.preceding(sent.doc, toks, first, lex, sent.lead)
        else:
            content = ct.clause(sent.doc, toks, self._skip_punct(toks, end), lex)
        return _Found(f.members(k, end), content) if content else None

    @staticmethod
    def _skip_punct(toks: Sequence[Token], k: int) -> int:
        """Index of the first non-punctuation token at or after k."""
        while k < len(toks) and toks[k].kind == "punct":
            k += 1
        return k

    def _previous(self, sent: _Sentence) -> Attribution | None:
        """The latest attribution of this or the previous sentences, for a continued speaker."""
        pool = sent.out or [
            a for a in sent.doc.attributions if sent.index - a.sentence <= INHERIT_SENTENCES
        ]
        return pool[-1] if pool else None

    def _emit(self, sent: _Sentence, cue: Token, found: _Found | None) -> None:
        """Append the attributions of one cue reading to the sentence's output."""
        if found is None:
            return
        sources = [self._source(sent, s) for s in found.spans]
        if found.named is not None:
            sources = [found.named]
        if found.inherited is not None:
            sources = [(found.inherited.source, found.inherited.source_kind)]
        for ref, kind in sources:
            outer = self._add(sent, ref, kind, cue, found.content, None)
            if found.inner is not None and found.inner_cue is not None:
                iref, ikind = sent.finder.ref(found.inner)
                self._add(sent, iref, ikind, found.inner_cue, found.content, outer.id)

    def _source(self, sent: _Sentence, span: Span) -> tuple[Ref, SourceKind]:
        """The source a span names, read back (`_anaphoric`) and by its naming aside (`_named`)."""
        ref, kind = sent.finder.ref(span)
        ref, kind = self._anaphoric(sent, span, ref, kind)
        return self._named(sent, span, ref, kind)

    def _named(self, sent: _Sentence, span: Span, ref: Ref, kind: SourceKind) -> tuple[Ref, SourceKind]:
        """A source whose naming aside gives a name (أحد السكان، ويدعى أبو علي) is a person."""
        if CLAUSE_PUNCT.isdisjoint(sent.finder.forms[span.first : span.last - 1]):
            return ref, kind  # no comma, no aside
        named = any(sent.toks[n].norm in CLAUSE_PUNCT and self._passive_naming(sent, n + 1) for n in range(span.first, span.last - 1))
        return ref, "person" if named else kind

    def _anaphoric(self, sent: _Sentence, span: Span, ref: Ref, kind: SourceKind) -> tuple[Ref, SourceKind]:
        """A source referring back (ذات المصدر، البلاغ ذاته) takes the kind of the last source."""
        words = self.cues.words["anaphoric"]
        if words.isdisjoint(sent.finder.forms[span.first : span.last]):
            return ref, kind
        previous = self._previous(sent)
        return ref, previous.source_kind if previous is not None else kind

    @staticmethod
    def _add(
        sent: _Sentence, ref: Ref, kind: SourceKind, cue: Token, content: ct.Content, via: str | None
    ) -> Attribution:
        """Create, store and return one attribution."""
        n = len(sent.doc.attributions) + len(sent.out) + 1
        att = trusted(
            Attribution, id=f"a{n}", source=ref, source_kind=kind,
            cue=trusted(Evidence, text=sent.doc.text[cue.start : cue.end], start=cue.start, end=cue.end),
            content=trusted(ContentSpan, start=content.start, end=content.end),
            sentence=sent.index, direct_quote=content.direct, via=via,
        )
        sent.out.append(att)
        if content.direct:
            sent.quotes.append((content.start, content.end))
        return att


def _timed(times: Sequence[Time], toks: Sequence[Token], j: int) -> bool:
    """Whether token j lies inside a time expression (a dateline's date)."""
    start = toks[j].start
    return any(x.start <= start < x.end for x in times)


def _link_relays(atts: list[Attribution]) -> None:
    """A source credited, after the fact, with a statement that reports someone else's (نفت
    الوزارة التقارير، وفقاً لما نقلته رويترز) relays it: the inner attribution's `via` is the
    outer one."""
    for outer in atts:
        if outer.via is not None or outer.content.end > outer.cue.start:
            continue  # only a cue after its content
        for inner in atts:
            if inner is not outer and inner.via is None and outer.content.start <= inner.cue.start < outer.content.end:
                assign(inner, "via", outer.id)


def _breaking_end(toks: Sequence[Token]) -> int:
    """Position after a breaking-news mark opening a sentence (عاجل | ...، عاجل - ...), else 0."""
    if len(toks) > 2 and toks[0].norm in BREAKING_MARKS and toks[1].norm in BREAKING_SEPARATORS:
        return 2
    return 0


# Registered by a call, not a class decorator: mypyc compiles a decorated class as a plain
# Python one, whose attribute reads and method calls go through dictionaries.
component("marsad.attribution.v1", requires=("sentences", "entities"), assigns=("attributions",))(AttributionStage)
