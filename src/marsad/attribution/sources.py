"""Source phrases: where the words naming a source start and end, and what kind it is.

Head nouns (مصدر، مراقبون، وكالة، وزارة، وزير ...) and well-known names come from
``data/ar/source_nouns.yaml``; entities from the entity stage refine the kind and give
the `Ref` its entity id. A phrase listing several outlets ("وسائل إعلام بينها موقع ...
ومجلة ...") is split into one source per outlet.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from marsad.attribution.cues import ARTICLE, CueLexicon
from marsad.attribution.phrases import PhraseMatcher
from marsad.attribution.schema import SourceNoun
from marsad.document import Document
from marsad.model import Entity, Ref, SourceKind
from marsad.resources import Resources, load_packaged
from marsad.text.tokenize import Token
from marsad.trusted import trusted

SOURCES_FILE: Final = "ar/source_nouns.yaml"
SOURCES_KIND: Final = "source_nouns"
NAME_WORDS: Final = ("word", "latin")
SOURCE_WORDS: Final = (*NAME_WORDS, "number")  # token kinds a source phrase is made of
NISBA_ENDINGS: Final = ("ي", "يه", "يون", "يين", "يا")
ENCLITICS: Final = ("نا", "ه", "ها", "هم")  # a head with a possessive: مراسلنا، مصادرها
PROCLITICS: Final = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
DEFINITE_PREFIXES: Final = ("لل", "ولل", *(p + ARTICLE for p in PROCLITICS))
PLURAL_NUN: Final = ("ون", "ين")
MIN_NISBA: Final = 4  # letters of the shortest nisba adjective (رسمي); أي is not one
NAME_STEPS: Final = 2  # titles and names a head may take in a row
SCAN_LIMIT: Final = 9  # most words a source phrase may span
ACRONYM_WORDS: Final = 3  # most words of a bracketed short name after a source (أ ف ب)
QUOTED_NAME_WORDS: Final = 4  # most words of an outlet's name in quotes after a media head
GOD: Final = "الله"  # the second part of a compound name (فضل الله، نصر الله)
PLACE_TYPES: Final = ("GPE", "LOC", "FACILITY", "COUNTRY")
COMMAS: Final = frozenset({"،", ","})
BODY_TYPES: Final = ("ORG", "GOV", "ARMED_GROUP")  # bodies a title may represent (النائب عن الكتلة)
REPRESENTED_TYPES: Final = ("ORG", "GOV", "ARMED_GROUP", "GPE", "LOC", "FACILITY", "COUNTRY")  # a body or a place
ENTITY_KINDS: Final[dict[str, SourceKind]] = {
    "PERSON": "person",
    "MEDIA": "media",
    "ORG": "organization",
    "GOV": "organization",
    "ARMED_GROUP": "organization",
    "COUNTRY": "organization",
    "GPE": "organization",
    "NORP": "collective",
}


def load_source_nouns(resources: Resources | None = None) -> PhraseMatcher[SourceKind]:
    """Matcher over the packaged source nouns plus user files of kind ``source_nouns``."""
    files = [load_packaged(SOURCES_FILE)]
    if resources is not None:
        files += list(resources.extras_of_kind(SOURCES_KIND))
    nouns = [SourceNoun(**e) for f in files for e in f.entries]
    return PhraseMatcher(((n.phrase, n.kind) for n in nouns), suffixes=ENCLITICS)


class Span:
    """A source phrase as a token range [first, last) with the clitic skipped at its start.
    A plain class: mypyc builds it natively, where a dataclass runs a Python `__init__`."""

    def __init__(self, first: int, last: int, skip: int = 0) -> None:
        self.first = first
        self.last = last
        self.skip = skip


@dataclass(frozen=True)
class DocMarks:
    """Per-document lookups by token start: the entity starting in a token, time tokens."""

    entities: dict[int, Entity]
    times: frozenset[int]
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) of every entity, by start
    longest: int = 0  # characters of the longest entity

    @classmethod
    def of(cls, doc: Document) -> DocMarks:
        """Index a document's entities and times by the start of the tokens they touch."""
        starts = doc.token_starts
        ents: dict[int, Entity] = {}
        for e in doc.entities:
            i = bisect_right(starts, e.start) - 1
            if i >= 0 and doc.text[starts[i] : e.start] in PROCLITICS:
                ents.setdefault(starts[i], e)
        times: set[int] = set()
        for t in doc.times:
            times.update(starts[max(0, bisect_right(starts, t.start) - 1) : bisect_right(starts, t.end - 1)])
        spans = tuple(sorted((e.start, e.end) for e in doc.entities))
        return cls(ents, frozenset(times), spans, max((end - start for start, end in spans), default=0))


class SourceFinder:
    """Finds and classifies source phrases in the tokens of one sentence. A plain class: mypyc
    builds it natively, where a dataclass runs a Python `__init__`."""

    def __init__(
        self,
        doc: Document,
        toks: Sequence[Token],
        heads: PhraseMatcher[SourceKind],
        cues: CueLexicon,
        marks: DocMarks,
        forms: list[str],
    ) -> None:
        self.doc = doc
        self.toks = toks
        self.heads = heads
        self.cues = cues
        self.marks = marks
        self.forms = forms  # the normalised forms of `toks`
        self._heads: dict[int, tuple[int, int, SourceKind] | None] = {}
        self._stops: dict[int, bool] = {}
        self._phrases: dict[int, int] = {}
        self._scans: dict[int, int] = {}

    def head(self, i: int) -> tuple[int, int, SourceKind] | None:
        """(clitic length, last token, kind) of a source head or known name at token i."""
        if i in self._heads:
            return self._heads[i]
        hit = None
        if i < len(self.toks) and self.toks[i].kind in NAME_WORDS:
            hit = self.heads.match_at(self.toks, i, self.forms)
        self._heads[i] = hit
        return hit

    def names_place(self, i: int) -> bool:
        """Whether token i is part of a place's name (a dateline names one)."""
        ent = self.entity_at(i)
        return ent is not None and ent.type in PLACE_TYPES

    def names_outlet(self, i: int) -> bool:
        """Whether token i starts a news outlet's name (a dateline credits one: واس)."""
        ent = self.entity_at(i)
        return ent is not None and ent.type == "MEDIA"

    def entity_at(self, i: int) -> Entity | None:
        """The entity starting inside token i (after a clitic), if any."""
        return self.marks.entities.get(self.toks[i].start)

    def is_source_start(self, i: int) -> bool:
        """True if a source phrase can start at token i (a head, a name, an entity, or a
        count before a head: ثلاثة مسؤولين، عدد من الخبراء)."""
        return self.head(i) is not None or self.entity_at(i) is not None or self._counted(i)

    def _counted(self, i: int) -> bool:
        """True for a count or quantifier before a head (ثلاثة مسؤولين، أحد الفصائل، عدد من)."""
        if i + 1 >= len(self.toks) or not (
            self.toks[i].kind == "number" or self.forms[i] in self.cues.words["quantifiers"]
        ):
            return False
        k = i + 2 if self.forms[i + 1] == "من" else i + 1
        return k < len(self.toks) and self.head(k) is not None

    def definite(self, i: int) -> bool:
        """True if token i carries the article (after و/ف/ب/ل; لل counts)."""
        return self.forms[i].startswith(DEFINITE_PREFIXES)

    def is_adjective(self, k: int) -> bool:
        """True for a nisba adjective (رسمي، الصحفي، الأسبوعية), not a noun in -ية (مسؤولية)."""
        tok = self.toks[k]
        if tok.kind != "word" or len(tok.norm) < MIN_NISBA or self.is_stop(k):
            return False
        return tok.norm.endswith("ي") or (self.definite(k) and tok.norm.endswith(NISBA_ENDINGS))

    def opens_object(self, k: int) -> bool:
        """True if token k, right after a complete source phrase, opens a noun object instead:
        a bare definite noun or a quantifier (وصفت السلطات المحتجين، دعا المجلس جميع الأطراف)."""
        norm = self.forms[k]
        if self.cues.stops_source(norm):
            return False  # إلى، الذي: closed words that only look definite
        possessed = norm.endswith(("ها", "هم")) and len(norm) > MIN_NISBA  # دعوتها، مواقفهم
        opens = norm in self.cues.words["quantifiers"] or norm in self.cues.words["universals"]
        # دعت المنظمة | سلطات الإقليم: an indefinite noun with a definite genitive after a
        # definite source is neither its adjective nor its genitive
        joined = norm[0] in "وف" and k >= 2 and self.head(k - 2) is not None  # وزير الخارجية | وشؤون المغتربين
        construct = (
            k > 0 and self.definite(k - 1) and not self.definite(k) and norm[0] not in "بلك" and not joined
            and self.entity_at(k) is None  # وزير المالية | سالم الهادي: a name in apposition
            and k + 1 < len(self.toks) and self.definite(k + 1) and self.toks[k].kind == "word"
        )
        return possessed or opens or construct or norm.startswith((ARTICLE, "ب" + ARTICLE))

    def is_stop(self, i: int) -> bool:
        """True if token i cannot be part of a source phrase (cached per token)."""
        stop = self._stops.get(i)
        if stop is None:
            stop = self._stops[i] = self._stop(i)
        return stop

    def _stop(self, i: int) -> bool:
        """`is_stop` computed: a non-word, a time, a stop word, a verb or an addressee."""
        tok = self.toks[i]
        if tok.kind not in SOURCE_WORDS or tok.start in self.marks.times:  # قال الأسبوع الماضي
            return True
        norm = tok.norm
        if norm in self.cues.words["channel_preps"] and i + 1 < len(self.toks) and (
            self.is_channel(i + 1) or self.forms[i + 1] in self.cues.words["platforms"]
        ):
            return True  # غرد النائب على منصة إكس، ناشطون على فيسبوك: a channel adjunct ends the source
        if norm in self.cues.words["source_stops"] and i + 1 < len(self.toks) and self.forms[i + 1] == GOD:
            return False  # حسن فضل الله، نصر الله: a stop word opening a theophoric name
        if norm in self.cues.words["name_adjectives"] and (i + 1 >= len(self.toks) or not self.definite(i + 1)):
            return False  # مصدر سياسي مطلع: an adjective, not the time word of مطلع العام
        return norm in self.cues.source_breaks or self.to_media(i)

    def in_media(self, i: int) -> bool:
        """True for بـ/لـ + an outlet (في مقال بصحيفة الاتحاد، في تصريح لقناة ...)."""
        norm = self.forms[i]
        hit = self.head(i) if norm[:1] in "بل" and not norm.startswith("ال") else None
        return hit is not None and hit[0] >= 1 and hit[2] == "media"

    def to_media(self, i: int) -> bool:
        """True for لـ + an outlet after a cue (صرح لقناة الجزيرة): an addressee, not the source."""
        norm = self.forms[i]
        if not norm.startswith("ل") or norm.startswith("ال"):
            return False
        hit = self.head(i)
        return hit is not None and hit[0] >= 1 and hit[2] == "media"

    def scan(self, j: int) -> int:
        """End (exclusive) of the widest source phrase starting at token j (cached)."""
        end = self._scans.get(j)
        if end is None:
            end = self._scans[j] = self._with_acronym(j, self._scan(j))
        return end

    def _scan(self, j: int) -> int:
        """`scan` computed: the first word, then words up to a stop word (or to في + a place
        or صادر عن + an issuer, which belong to the source)."""
        limit = min(len(self.toks), j + SCAN_LIMIT)
        if j >= limit or (self.is_stop(j) and not self.is_source_start(j)):
            return j
        hit = self.head(j)  # a head's own words (الأمين العام) never stop it
        k = max(self.entity_end(j) or j + 1, hit[1] + 1 if hit else j + 1)
        while k < limit:
            if (represented := self.representing(k)) is not None:
                return represented
            if self.is_stop(k) and not self.placed(k) and not self._issued(k):
                spanned = self._spanned(j, k)  # المقاومة الإسلامية في العراق: a name across في
                if spanned is None:
                    break
                k = spanned
                continue
            k = self.entity_end(k) or k + 1
        return k

    def _spanned(self, j: int, k: int) -> int | None:
        """Index after the last token of a name that starts in the phrase at j and runs over
        the word at k (a stop word inside a name), else None."""
        first, start = self.toks[j].start, self.toks[k].start
        spans = self.marks.spans
        lo, hi = bisect_left(spans, (first, -1)), bisect_left(spans, (start, -1))
        ends = [end for _, end in spans[lo:hi] if end > start]
        if not ends or self.toks[k].kind not in NAME_WORDS:
            return None
        last = k
        while last + 1 < len(self.toks) and self.toks[last + 1].start < max(ends):
            last += 1
        return last + 1

    def representing(self, k: int) -> int | None:
        """Index after عن + the body or place a title represents (النائب عن ائتلاف دولة القانون
        محمد الصيهود، النائب عن محافظة نينوى، ثامر الحمداني): عن reads 'representing', not a
        relay. A person's name must close it, except after a representative's title (النائب)."""
        if k < 1 or k + 2 >= len(self.toks) or self.forms[k] not in self.cues.words["relay"]:
            return None
        title = next((self.head(n) for n in range(k - 1, max(-1, k - 3), -1) if self.head(n) is not None), None)
        at = k + 2 if self.entity_at(k + 1) is None and self.entity_at(k + 2) is not None else k + 1  # عن محافظة | نينوى
        body = self.entity_at(at)
        if title is None or title[2] != "person" or body is None or body.type not in REPRESENTED_TYPES:
            return None
        after = self.entity_end(at) or at + 1
        named = after + 1 if after + 1 < len(self.toks) and self.toks[after].norm in COMMAS else after
        name = self.entity_at(named) if named < len(self.toks) else None
        if name is not None and name.type == "PERSON":
            return self.entity_end(named) or named + 1
        if self.forms[k - 1] in self.cues.words["representatives"]:
            return after
        return None

    def placed(self, k: int) -> bool:
        """True for a phrase that belongs to the source: في + a named body or place (مسؤول في
        الحركة، دبلوماسي في بيروت) or a common place noun (سكان في المدينة), not a channel (في
        بيان); من after مقرب (مصدر مقرب من الحزب); على + social media (ناشطون على مواقع التواصل)."""
        if k + 1 >= len(self.toks) or (self.is_channel(k + 1) and self.forms[k] == "في"):
            return False
        words, nxt = self.cues.words, self.forms[k + 1]
        if self.forms[k] == "من":
            return k > 0 and self.forms[k - 1] in words["close_words"] and self.toks[k + 1].kind == "word"
        if self.forms[k] == "على":
            return nxt in words["social_media"]
        if self.forms[k] != "في":
            return False
        return self.is_source_start(k + 1) or self._place_noun(k + 1) or nxt in words["place_nouns"]

    def _place_noun(self, k: int) -> bool:
        """True for a word before a named place (سكان في حي الجمهورية، في بلدة بيت جالا)."""
        if k + 1 >= len(self.toks) or self.toks[k].kind != "word" or self.cues.stops_source(self.forms[k]):
            return False
        ent = self.entity_at(k + 1)
        return ent is not None and ent.type in PLACE_TYPES

    def _issued(self, k: int) -> bool:
        """True for عن after صادر (تقرير صادر عن البنك الدولي، البيان الصادر عن الاجتماع):
        the issuer, not a relay."""
        return (
            k > 0 and self.forms[k] in self.cues.words["relay"] and self.forms[k - 1] in self.cues.words["issued"]
            and k + 1 < len(self.toks) and self.toks[k + 1].kind == "word"
        )

    def is_channel(self, k: int) -> bool:
        """True for a channel noun at token k (`CueLexicon.is_channel`)."""
        return self.cues.is_channel(self.forms[k])

    def entity_end(self, k: int) -> int | None:
        """Index after the last token of an entity starting at token k (never past a stop word)."""
        ent = self.entity_at(k)
        if ent is None:
            return None
        last = k
        while last + 1 < len(self.toks) and self.toks[last + 1].start < ent.end and not self.is_stop(last + 1):
            last += 1
        return last + 1

    def noun_phrase(self, j: int) -> int:
        """End of a tight noun phrase at j: head or entity, then a name and adjectives (cached)."""
        end = self._phrases.get(j)
        if end is None:
            end = self._phrases[j] = self._with_acronym(j, self._noun_phrase(j))
        return end

    def _with_acronym(self, j: int, end: int) -> int:
        """`end` moved past a short name in brackets right after the phrase [j, end): the
        body's acronym or short name (شركة تسويق النفط (سومو)، هيئة البث (كان)), or an
        outlet's name in quotes after a media head (قناة «العربية»، مراسل «الأخبار»)."""
        if end <= j or end + 2 >= len(self.toks):
            return end
        opening = self.toks[end].norm
        if opening == "(":
            closing, words = ")", ACRONYM_WORDS
        elif opening == "«" and (hit := self.head(j)) is not None and hit[2] == "media":
            closing, words = "»", QUOTED_NAME_WORDS
        else:
            return end
        for close in range(end + 2, min(len(self.toks), end + 2 + words)):
            if self.toks[close - 1].kind not in NAME_WORDS:
                return end
            if self.toks[close].norm == closing:
                return close + 1
        return end

    def _noun_phrase(self, j: int) -> int:
        """`noun_phrase` computed."""
        if self._counted(j):
            return self.noun_phrase(j + 2 if self.forms[j + 1] == "من" else j + 1)
        hit = self.head(j)
        end = max(self.entity_end(j) or j, (hit[1] + 1) if hit else j)
        if end == j:
            return j
        before = end
        construct = hit is not None and end == hit[1] + 1 and self._construct(j, hit[1])
        if hit and end < len(self.toks):
            end = self._name_after(hit, end, construct)
        name_taken = end > before
        if name_taken:  # a name that is itself a bare head governs the next noun (دول مجلس التعاون)
            construct = self.head(before) is not None and self._construct(before, end - 1)
        first = end
        while end < len(self.toks) and self._modifier(end, complement=end == first and construct):
            end += 1
        if hit and hit[2] in ("person", "organization") and end > first and end < len(self.toks) and self._genitive(end):
            end = max(self.entity_end(end) or end + 1, self._head_end(end))  # القيادة العامة للقوات المسلحة
            while end < len(self.toks) and self._modifier(end, complement=False):
                end += 1
        if end < len(self.toks) and (represented := self.representing(end)) is not None:
            return represented
        if end + 1 < len(self.toks) and self.forms[end] in self.cues.words["source_links"]:
            complement = self.noun_phrase(end + 1)
            if complement == end + 1 and self.definite(end + 1):
                complement = end + 2  # المتحدث باسم | الصحة: a body named by one definite word
            return max(end, complement)
        if end + 2 < len(self.toks) and self._issued(end + 1):  # البيان الصادر عن الاجتماع
            return max(end + 3, self.noun_phrase(end + 2))
        return end

    def _name_after(self, hit: tuple[int, int, SourceKind], k: int, construct: bool) -> int:
        """End of the name a head takes at k: any name after a bare head (حركة حماس، صحيفة
        هآرتس); after a person's title an ل-genitive body and a person's name (الأمين العام
        للأمم المتحدة أنطونيو غوتيريش); a definite body takes none (the next noun is an object)."""
        if hit[2] in ("person", "organization") and self._genitive(k):
            k = max(self.entity_end(k) or k + 1, self._head_end(k))
        for step in range(NAME_STEPS):  # جلالة الملك عبدالله الثاني: title, title, name
            if k >= len(self.toks):
                return k
            name, ent = self.head(k), self.entity_at(k)
            personal = (name is not None and name[2] == "person") or (ent is not None and ent.type == "PERSON")
            if not ((construct and step == 0 and hit[2] in ("media", "person", "organization"))
                    or (hit[2] == "person" and personal)):
                return k
            k = max(name[1] + 1 if name else k, self.entity_end(k) or k)
        return k

    def _construct(self, j: int, last: int) -> bool:
        """True if a head ending at `last` can govern a following noun (وزارة الدفاع): no
        article, not a name, not a plural or dual ending in ن (متعاملون الارتفاع: an object)."""
        norm = self.forms[last]
        return not self.definite(last) and self.entity_at(j) is None and not norm.endswith(PLURAL_NUN)

    def covering_end(self, k: int) -> int | None:
        """Index after the last token of an entity that started before token k and covers it."""
        start = self.toks[k].start
        spans, longest = self.marks.spans, self.marks.longest
        lo, hi = bisect_left(spans, (start - longest, -1)), bisect_left(spans, (start, -1))
        ends = [end for _, end in spans[lo:hi] if end > start]
        if not ends:
            return None
        last = k
        while last + 1 < len(self.toks) and self.toks[last + 1].start < max(ends):
            last += 1
        return last + 1

    def _genitive(self, k: int) -> bool:
        """True for لـ + a body after a title (للأمم المتحدة، للأمن الوطني), not an addressee
        (لقناة ...، للصحفيين، لرووداو)."""
        norm = self.forms[k]
        ent = self.entity_at(k)
        if ent is not None and ent.type == "MEDIA":
            return False  # قال قائممقام المدينة لرووداو: the outlet spoken to
        named = ent is not None or self.head(k) is not None or norm.startswith("لل")
        return norm.startswith("ل") and not norm.startswith("ال") and named and not self.is_stop(k)

    def _head_end(self, k: int) -> int:
        """Index after the source head at k (k + 1 when there is none)."""
        hit = self.head(k)
        return hit[1] + 1 if hit else k + 1

    def _modifier(self, k: int, complement: bool) -> bool:
        """True for a word extending a noun phrase: a nisba or name adjective (العامة، الأعلى),
        Latin, or (right after the head, as its complement) any definite word (وزارة الدفاع)."""
        tok = self.toks[k]
        if self.is_stop(k) or tok.norm in self.cues.words["members"]:
            return False
        if tok.kind == "latin":
            return True
        if k > 0 and self.definite(k - 1) and not self.definite(k):
            return False  # an adjective agrees in definiteness: دول مجلس التعاون | أهمية
        if tok.norm.endswith(NISBA_ENDINGS) or tok.norm in self.cues.words["name_adjectives"]:
            return True
        if self._joined_adjective(k):
            return True
        return complement and tok.norm.startswith("ال")

    def object_phrase(self, j: int) -> int:
        """End of a source before a noun object: noun phrases joined by و or a member word."""
        end = self.noun_phrase(j)
        while end > j and end < len(self.toks):
            tok = self.toks[end]
            if tok.norm in self.cues.words["members"]:
                nxt = self.noun_phrase(end + 1)
            elif tok.norm.startswith("و") and self.is_source_start(end):
                nxt = self.noun_phrase(end)
            else:
                break
            if nxt <= end + (1 if tok.norm in self.cues.words["members"] else 0):
                break
            end = nxt
        return end

    def members(self, first: int, last: int) -> list[Span]:
        """Split a source phrase into the outlets or actors it lists (or keep it whole); a
        trailing preposition (شدد الرئيس على أن) is not part of it."""
        toks = self.toks
        while last - 1 > first and toks[last - 1].norm in self.cues.words["object_preps"]:
            last -= 1
        member_words = self.cues.words["members"]
        if member_words.isdisjoint(self.forms[first:last]) and not any(
            w.startswith("و") for w in self.forms[first + 1 : last]
        ):
            return [self._span(first, last)]  # one source: no member word, no و + a second one
        m = next((k for k in range(first, last) if toks[k].norm in member_words), None)
        start = first if m is None else m + 1
        cuts = [start] + [
            k for k in range(start + 1, last)
            if toks[k].norm.startswith("و") and self._conjunct(k) and not self._second_title(start, k, last)
            and not self._genitive_pair(k) and not self._joined_adjective(k)
        ]
        if m is None and len(cuts) == 1:
            return [self._span(first, last)]
        bounds = [*cuts, last]
        return [self._span(a, b) for a, b in pairwise(bounds) if b > a]

    def _joined_adjective(self, k: int) -> bool:
        """True for و + a nisba adjective right after another (مصادر أمنية | ودبلوماسية،
        مصادر مصرية | وقطرية): a second adjective of the same noun, not a second source."""
        norm = self.forms[k]
        return (
            norm.startswith("و") and len(norm) > MIN_NISBA and norm.endswith(("يه", "يون", "يين"))
            and self.forms[k - 1].endswith(NISBA_ENDINGS) and not self.definite(k)
        )

    def _genitive_pair(self, k: int) -> bool:
        """True for و + a definite word right after a ل-genitive word: the second half of a
        body's field (الإدارة العامة للعلاقات | والإعلام الأمني), not a second source."""
        prev = self.forms[k - 1]
        return self.forms[k].startswith("وال") and prev.startswith("لل") and self.entity_at(k) is None

    def _second_title(self, first: int, k: int, last: int) -> bool:
        """True if و + a person's title at k is a named person's second title (الدكتور ماجد
        الأنصاري مستشار رئيس الوزراء والمتحدث باسم الخارجية), not a second speaker: a name
        before it and none after."""
        hit = self.head(k)
        if hit is None or hit[2] != "person":
            return False
        return self._names_person(first, k) and not self._names_person(k, last)

    def _names_person(self, a: int, b: int) -> bool:
        """True if a person entity starts in tokens [a, b)."""
        ents = (self.entity_at(n) for n in range(a, b))
        return any(e is not None and e.type == "PERSON" for e in ents)

    def _conjunct(self, k: int) -> bool:
        """True if token k is و + a source head or an entity (a new listed source)."""
        hit = self.head(k)
        if hit is not None:
            return hit[0] >= 1
        ent = self.entity_at(k)
        return ent is not None and ent.start > self.toks[k].start

    def _span(self, a: int, b: int) -> Span:
        """A span whose leading conjunction or particle clitic is skipped."""
        hit = self.head(a)
        skip = hit[0] if hit else 0
        prefix = self.forms[a][:skip]
        if prefix.endswith("لل"):
            skip -= 1  # ل + the article written لل: keep the article's ل
        elif prefix.endswith("ال"):
            skip -= 2  # keep the article with the name
        ent = self.entity_at(a)
        if ent is not None:
            skip = ent.start - self.toks[a].start
        return Span(a, b, skip)

    def ref(self, span: Span) -> tuple[Ref, SourceKind]:
        """The contract `Ref` for a span and the kind of source it names."""
        toks, entities = self.toks, self.marks.entities
        start = toks[span.first].start + span.skip
        end = toks[span.last - 1].end
        ent = None  # the first person entity in the span, else its first entity
        for tok in toks[span.first : span.last]:
            e = entities.get(tok.start)
            if e is not None and start <= e.start < end and (ent is None or (e.type == "PERSON" and ent.type != "PERSON")):
                ent = e
        ref = trusted(Ref, text=self.doc.text[start:end], start=start, end=end,
                      entity=ent.id if ent else None, name_en=ent.name_en if ent else None)
        return ref, self._kind(span, ent, ref.text)

    def _office_holder(self, first: int, last: int, span: Span) -> bool:
        """An official's one-word head at `first` governing a definite noun that names the
        office (مسؤول العلاقات الإعلامية), not one with an adjective (مسؤول كبير، مسؤول
        أمني): a known person."""
        k = last + 1
        if first != last or self.toks[first].norm not in self.cues.words["office_heads"] or k >= span.last:
            return False
        norm = self.forms[k]
        return norm.startswith("ال") and not norm.endswith(NISBA_ENDINGS) and norm not in self.cues.words["name_adjectives"]

    def _on_head(self, ent: Entity, span: Span) -> bool:
        """True if entity `ent` starts on the phrase's first word, i.e. covers the head itself."""
        return ent.start < self.toks[span.first].end

    def _kind(self, span: Span, ent: Entity | None, text: str) -> SourceKind:
        """Kind from a person entity, else the first head noun in the phrase, else the
        entity, else the article (a bare name without one is taken for a person), unless the
        word is the last name of a person named in the document (الدويري after فايز الدويري)."""
        hit = None
        for k in range(span.first, span.last):
            if (hit := self.head(k)) is not None:
                break
        if ent is not None and ent.type == "PERSON" and not (hit and hit[2] != "person" and self._on_head(ent, span)):
            return "person"  # a name after an anonymous head names it (مسؤول أمريكي جون كيربي)
        if hit is not None and hit[2] == "anonymous" and self._office_holder(k, hit[1], span):
            return "person"  # مسؤول العلاقات الإعلامية في الحزب: one office's holder
        if hit is not None:
            return hit[2]
        if ent is not None and ent.type in ENTITY_KINDS:
            return ENTITY_KINDS[ent.type]
        first = self.forms[span.first]
        if " " not in text and any(e.type == "PERSON" and e.text.endswith(" " + text) for e in self.doc.entities):
            return "person"
        return "organization" if first.startswith(("ال", "وال")) else "person"
