"""Names the KB does not know, found by their context (the result has `kb_id: null`).

Rules, each driven by cue words from `data/ar/ner_*.yaml`:
- a title or role (الرئيس، وزير الخارجية، المتحدث باسم، العميد) then name words -> PERSON;
- a common given name (محمد، جون) followed by more name words -> PERSON;
- X بن Y, أبو X -> PERSON;
- a reporting verb (قال، أكد) then two or more name words -> PERSON;
- a definite masculine demonym then two bare name words (الإسباني فرناندو ألونسو) -> PERSON;
- an organisation head (حركة، وزارة، صحيفة) then definite words, foreign name words or a
  «quoted name» -> the head's type (ORG, GOV, MEDIA, ARMED_GROUP); some heads also
  start a name with the article (المجلس التشريعي، الجبهة التركمانية);
- a place head (مدينة، محافظة، معبر) then name words -> GPE, LOC or FACILITY.
Name words are Arabic or Latin words that are neither stop words nor cue words nor
already part of a KB match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from marsad.model import EntityType
from marsad.recognize.cues import ARTICLE_PREFIXES, CONJUNCTIONS, CueEntry, CueKind, Cues, CueStart
from marsad.recognize.linker import stems
from marsad.text.clitics import splits
from marsad.text.tokenize import Token

MAX_NAME_WORDS: Final = 4
MAX_QUOTED_WORDS: Final = 5
MAX_FOREIGN_WORDS: Final = 3
TITLED_NAME_WORDS: Final = 3  # given names of the person a facility is named after (الملك عبد العزيز)
_NOUN_ENDINGS: Final = ("ات", "ه", "ون", "ين")
_BLOCKING_CUES: Final[tuple[CueKind, ...]] = ("title", "verb", "org_head", "place_head", "stop")
# Words ending in a pronoun enclitic (ارادتها، قواتهم) are not names.
_PRONOUN_ENDINGS: Final = ("ها", "هم", "هما", "هن", "كم")
_SURNAME_PREFIXES: Final = CONJUNCTIONS | {"ل", "ب"}  # proclitics a surname alone may carry
# Head types whose name is written after the head word without the head in it (مدينة حمص).
_HEAD_OUTSIDE: Final = frozenset({"GPE"})
# Relative pronouns: after a title they start a clause, not the title's complement.
# أن، إن، أنه: what a reporting verb's subject said follows.
_THAT: Final = frozenset({"ان", "انه", "انها", "بان", "بانه"})
# Known names an organisation may be named after, right after its head (جامعة القاهرة).
_NAMED_AFTER: Final = frozenset({"GPE", "COUNTRY", "PERSON"})
_PLACE_TYPES: Final = frozenset({"GPE", "COUNTRY", "LOC"})
_ORG_TYPES: Final = frozenset({"ORG", "GOV", "MEDIA", "ARMED_GROUP"})
_RELATIVES: Final = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
# Shapes of common words (see `common_shape`): imperfect verbs, the verbal nouns تفعيل،
# استفعال، إفعال، افتعال، انفعال, and accusative adverbs and nouns (رسميا، قائلا، متمنيا،
# ردا، حدثا، حصولا).
_ENCLITICS: Final = ("هما", "هم", "ها", "ه")
_COMMON_SHAPES: Final = tuple(
    re.compile(p)
    for p in (
        r"^ي...+$", r"^ت..ي.$", r"^است...ا.$", r"^ا..ا.$", r"^ا.ت.ا.$", r"^ان..ا.$",
        r"^.+يا$", r"^.ا..ا$", r"^م[^ا]..+ا$", r"^..ا$", r"^.[^اوي].ا$", r"^..و.ا$",
        # accusatives of verbal nouns (اتصالا، انتشارا، تشكيلا، تناولا)
        r"^ا..ا.ا$", r"^ا.ت.ا.ا$", r"^ان..ا.ا$", r"^ت..ي.ا$", r"^ت.ا..ا$",
        # feminine past of derived verbs (تناولت، استقبلت، اعتقلت، انسحبت)
        r"^ت.ا..ت$", r"^است...ت$", r"^ا.ت..ت$", r"^ان...ت$",
        # form VI verbs and their verbal nouns (تناول، تبادل، تراجع، تعاون)
        r"^ت.ا..$",
    )
)


# The verbal noun تفعّل (توصل، تدخل، تحرك) with the article after a full name.
_TAFAUL: Final = re.compile(r"^ت[^ا][^اوي][^اوي]$")


class Unknown(NamedTuple):
    """An unknown name at tokens [first, last] (inclusive), with its type and rule."""

    first: int
    last: int
    type: EntityType
    rule: str
    offset: int = 0  # characters of proclitics to skip in the first token (وحركة -> حركة)
    absorbs: int | None = None  # a demonym token taken into the name (وزارة الطاقة الأميركية)


class NameFinder:
    """Applies the context rules to one document's tokens."""

    def __init__(
        self,
        cues: Cues,
        tokens: Sequence[Token],
        text: str,
        kb_at: dict[int, tuple[int, str]],
        prefixed: frozenset[int] = frozenset(),
    ) -> None:
        self.cues = cues
        self.tokens = tokens
        self.text = text
        self.kb_at = kb_at  # first token of a KB match -> (last token, entity type)
        self.prefixed = prefixed  # first tokens of KB matches that carry a proclitic (بالأردن)
        self.covered = {k for first, (last, _) in kb_at.items() for k in range(first, last + 1)}
        self._memo: dict[tuple[CueKind, int], tuple[int, CueEntry, int] | None] = {}
        # The word tokens that may begin a cue, with what they may begin (most begin nothing).
        self.starts = cues.starts_in(tokens)
        self.definite_heads = {
            i: found
            for i, kinds in self.starts.items()
            if "definite_head" in kinds and (found := cues.definite_head(tokens[i].norm))
        }

    def cue_at(self, kind: CueKind, i: int) -> tuple[int, CueEntry, int] | None:
        """(length, entry, stem offset) of the longest cue of `kind` at token i (proclitics allowed)."""
        if kind not in self.starts.get(i, ()):
            return None
        if (kind, i) not in self._memo:
            self._memo[kind, i] = self._find_cue(kind, i)
        return self._memo[kind, i]

    def _find_cue(self, kind: CueKind, i: int) -> tuple[int, CueEntry, int] | None:
        for start in self.cues.readings_of(kind, self.tokens[i].norm):
            if start.extends:
                found = self._longest_cue(kind, start, i)
            else:
                found = None if start.alone is None else (1, start.alone)
            if found is not None:
                return (*found, start.offset)
        return None

    def _longest_cue(self, kind: CueKind, start: CueStart, i: int) -> tuple[int, CueEntry] | None:
        """(length, entry) of the longest cue of `kind` that `start` begins at token i (its stem
        begins cues of more words)."""
        table, prefixes = self.cues.words(kind), self.cues.prefixes[kind]
        best = None if start.alone is None else (1, start.alone)
        key: tuple[str, ...] = (start.stem,)
        j = i
        while j + 1 < len(self.tokens):
            j += 1
            key = (*key, self.tokens[j].norm)
            if key in table:
                best = len(key), table[key]
            if key not in prefixes:
                break
        return best

    def is_name_word(self, i: int, *, definite_ok: bool = True) -> bool:
        """True if token i can be part of an unknown name."""
        if i >= len(self.tokens) or i in self.covered:
            return False
        tok = self.tokens[i]
        if tok.kind == "latin":
            return self.text[tok.start].isupper()
        if tok.kind != "word" or len(tok.norm) < 2:
            return False
        if is_definite(tok.norm) and (not definite_ok or not tok.norm.startswith("ال")):
            return False
        if len(tok.norm) > 4 and tok.norm.endswith(_PRONOUN_ENDINGS) and not tok.norm.startswith("ال"):
            return False  # قواتهم; but المحاكم: a word with the article carries no pronoun
        if tok.norm[0] in "وف" and self.cues.has("stop", tok.norm[1:]):
            return False  # ومن، فقد: a conjunction and a stop word
        if any(tok.norm.endswith(p) and self.cues.has("stop", tok.norm[: -len(p)]) for p in _ENCLITICS):
            return False  # خلاله، عليه: a stop word with a pronoun
        return tok.norm not in self.cues.one_words(_BLOCKING_CUES)

    def name_run(self, i: int, *, first_definite: bool = True, done: int = 0) -> int:
        """Index after the longest run of name words (linked by بن، أبو، آل) from token i.

        A definite word (الأسد) ends a person's name: two in a row are a name and a noun;
        but not one completing a compound (عبد الرحمن، نور الدين، حسب الله). Link words do
        not count towards the MAX_NAME_WORDS limit (حمد بن جاسم بن جبر آل ثاني). After two
        name words, nouns and adjectives end the name (ستيفن جيرارد ضربة، ميتشل الشهيرة);
        `done` name words come before token i (a given name).
        """
        j = i
        words = done
        while j < len(self.tokens) and words < MAX_NAME_WORDS and not (j > i and self._breaks_name(j)):
            if words >= 2 and self._after_full_name(j):
                break
            if j > i and self._compound_end(j):
                j += 1
            elif j > i and self._is_link(j) and (self.is_name_word(j + 1) or self._compound_end(j + 1)):
                j += 2  # سامي بن حمودة، حسام أبو صفية: the link before the word it joins
            elif self.is_name_word(j, definite_ok=first_definite or j > i):
                j += 1
                if self.tokens[j - 1].norm.startswith("ال") and not (j - 2 >= i and self._is_link(j - 2)):
                    break
            else:
                break
            words += 1
        return j

    def _after_full_name(self, j: int) -> bool:
        """After two name words: a noun or adjective (feminine, plural, dual or verbal-noun
        shaped: ضربة، الشهيرة، الطرفين، محادثات، التعادل), a word with a pronoun (اسمه) or و
        (the next item of a list), rather than a third name."""
        norm = self.tokens[j].norm
        if self.cues.has("given_name", norm) or self._compound_end(j) or self._is_link(j):
            return False
        stem = norm[2:] if norm.startswith("ال") else norm
        if norm[0] == "و" or stem.endswith(("ه", "ات", "ين", "ون", "نا")) or common_shape(stem):
            return True
        if norm.startswith("ال") and _TAFAUL.match(stem):
            return True  # نبيل عبد الله | التوصل: a definite verbal noun of form V, no surname
        return (len(norm) == 4 and norm[0] == "ا") or (len(norm) >= 4 and norm[0] == "ن")  # أصعب، أصدر؛ نتكلم

    def _compound_end(self, j: int) -> bool:
        """الله، الدين: the second part of a compound name (حسب الله، نور الدين)."""
        return j < len(self.tokens) and j not in self.covered and self.cues.has("compound_end", self.tokens[j].norm)

    def _breaks_name(self, j: int) -> bool:
        """A word that cannot continue a name: an imperfect or future verb (يستعد، سيكون), a
        plural verb (سيطروا), و then a cue word or a definite word (والسفير، ومستشار، وناصر:
        the next item of a list), or a proclitic on a noun (للديار، بتوقيت، لصحيفة)."""
        norm = self.tokens[j].norm
        if self.cues.has("given_name", norm):
            return False
        if len(norm) >= 4 and (norm[0] == "ي" or (norm.endswith("وا") and not norm.endswith("اوا"))):
            return True
        if norm[:2] != "ال" and is_definite(norm):  # للديار، بالرغم
            return True
        return any(self._clitic_noun(stem, prefix) for stem, prefix, _o in stems(norm)[1:])

    def _clitic_noun(self, stem: str, prefix: str) -> bool:
        """True if a proclitic reading of a word shows a verb or common noun, not a name."""
        if "س" in prefix and stem[:1] in ("ي", "ن"):
            return not stem.endswith("ا")  # سيكون، سنعمل; but سيلفا (and ستانيشيف: ست is no sign)
        if prefix in ("و", "ف"):
            return stem in self.cues.first_words or self.cues.has("stop", stem) or stem.startswith("ال")
        return stem.endswith(("ه", "ات")) or (common_shape(stem) and stem[0] != "ي")  # بتوقيت; but بينار

    def foreign_run(self, i: int, *, shapes: bool = True) -> int:
        """Index after a short run of indefinite name words (نيويورك تايمز), stopping at
        words shaped like Arabic plurals, feminine nouns or adjectives (تسريبات، إرهابية) and,
        with `shapes`, like verbal nouns or adverbs (ارتفاعا). A later word with و opens
        the next clause or name (ولاية زمفارا وخطفوا، كادونا وكاتسينا)."""
        j = i
        while j - i < MAX_FOREIGN_WORDS and self.is_name_word(j, definite_ok=False):
            norm = self.tokens[j].norm
            if norm.endswith(_NOUN_ENDINGS) or (shapes and common_shape(norm)) or (j > i and self._opens_next(j)):
                break
            j += 1
        return j

    def _opens_next(self, j: int) -> bool:
        """A word that ends a foreign name run: one with و (the next clause or name: ولاية
        زمفارا وخطفوا)، a direction (جيبو شمالي بوركينا فاسو) or ب/ل + a place head (جبال
        غوليس بإقليم بونتلاند)."""
        norm = self.tokens[j].norm
        if norm[0] == "و" or self.cues.has("locative", norm):
            return True
        return norm[0] in "بل" and self.cues.has("place_head", norm[1:])

    def _complement(self, i: int) -> bool:
        """A definite word that may follow a title (وزير الصناعة), not a relative pronoun (التي)."""
        norm = self.tokens[i].norm
        return is_definite(norm) and norm not in _RELATIVES

    def _is_link(self, i: int) -> bool:
        return i < len(self.tokens) and i not in self.covered and self.cues.has("name_link", self.tokens[i].norm)

    def skip_modifiers(self, i: int) -> int:
        """Skip what may stand between a title and a name: demonyms, countries, more titles."""
        for _ in range(4):
            if i in self.kb_at and self.kb_at[i][1] in ("NORP", "COUNTRY", "GOV"):
                i = self.kb_at[i][0] + 1
            elif (cue := self.cue_at("title", i)) is not None:
                i += cue[0]
            elif i < len(self.tokens) and i not in self.covered and self._complement(i):
                i += 1  # the title's complement or an adjective: وزير الصناعة، الرئيس السابق
            else:
                break
        return i


def _title_rule(f: NameFinder, i: int) -> Unknown | None:
    cue = f.cue_at("title", i)
    if cue is None:
        return None
    start = f.skip_modifiers(i + cue[0])
    if (quoted := _quoted_name(f, start, cue[1])) is not None:
        return quoted
    if start >= len(f.tokens) or not (_name_start(f, start) or _feminine_name_start(f, i, start)):
        return None  # لمركز، بعثة، محادثات، تشكيل: a preposition or a plain noun, not a name
    if _place_or_act_noun(f, start) or _lam_feminine_noun(f, start):
        return None  # أعلن رئيس الوزراء مقتل قيادي، الرئيسة المشتركة لدائرة العلاقات: no name
    if cue[1].strict and _future_verb(f, start):
        return None  # الفريق سيعود أقوى: a title that is also a common noun, then its verb
    end = f.name_run(start, first_definite=False)
    if end <= start or (cue[1].strict and end == start + 1 and not f.cue_at("given_name", start)):
        return None  # الفريق جاهز: a title that is also a common noun needs a longer name
    if _future_verb(f, start) and (end == start + 1 or f.tokens[start + 1].norm.startswith("ال")):
        return None  # الرئيس سيلتقي ولي العهد، المبعوث سيزور المنطقة: the title's verb and its object
    if end == start + 1 and len(f.tokens[start].norm) == 3 and not f.cue_at("given_name", start):
        return None  # وزير الخارجية المصري رفض: a bare three-letter word is a verb or verbal noun
    if _accusative_pair(f, start, end):
        return None  # لعب المدافع دورا كبيرا
    return Unknown(start, end - 1, "PERSON", "title")


def _place_or_act_noun(f: NameFinder, i: int) -> bool:
    """A four-letter word of the مفعل shape (مقتل، مصرع، مكتب، ملزم): a noun of place or act,
    or a participle, unless it is a given name (محمد، مريم)."""
    norm = f.tokens[i].norm
    return len(norm) == 4 and norm[0] == "م" and not any(c in "اوي" for c in norm[1:]) and not f.cue_at("given_name", i)


def _lam_feminine_noun(f: NameFinder, i: int) -> bool:
    """ل + a feminine noun (لدائرة، لهيئة): the title's complement, unless a given name
    (لطيفة)."""
    norm = f.tokens[i].norm
    return len(norm) >= 5 and norm[0] == "ل" and norm.endswith("ه") and not f.cue_at("given_name", i)


def _feminine_name_start(f: NameFinder, title: int, i: int) -> bool:
    """الروائية العمانية جوخة الحارثي: after a feminine title, a plain word ending in ة (a
    woman's given name) starts a name when a name word follows it."""
    norm = f.tokens[i].norm
    if not f.tokens[title].norm.endswith("ه") or not norm.endswith("ه") or not _plain_word(f, i):
        return False
    return f.is_name_word(i + 1) and not common_shape(f.tokens[i + 1].norm)


def _future_verb(f: NameFinder, i: int) -> bool:
    """A word read as the future particle on an imperfect verb (سيعود، ستبدأ، سنواصل), unless
    it is a given name (سيرغي، ستيفن)."""
    norm = f.tokens[i].norm
    return len(norm) >= 5 and norm[0] == "س" and norm[1] in "يتن" and not f.cue_at("given_name", i)


def _accusative_pair(f: NameFinder, start: int, end: int) -> bool:
    """دورا كبيرا: a noun and adjective both in the accusative (-ا), not a name (unless the
    first word is a given name: ماريا شارابوفا)."""
    words = [t.norm for t in f.tokens[start:end]]
    return len(words) >= 2 and all(w.endswith("ا") for w in words[:2]) and not f.cue_at("given_name", start)


def _name_start(f: NameFinder, i: int) -> bool:
    """A word that can begin a name after a title: a given name, or a bare word not shaped
    like a verb, verbal noun or adverb; a word that may carry a proclitic (برند) only when
    its stem is no common word and a bare name word follows it."""
    given = f.cue_at("given_name", i)
    if given is not None:
        return given[2] == 0  # الرئيس ومحمد: a conjunction starts another phrase
    if not _plain_word(f, i):
        # يوشيرو تاناكا: a word shaped like an imperfect verb starts a name only before a bare name
        norm = f.tokens[i].norm
        return norm[0] == "ي" and f.is_name_word(i, definite_ok=False) and _bare_name_after(f, i + 1)
    if _bare_name_word(f, i):
        return True
    if any(f.cues.has("stop", stem) or f.cues.has("act_noun", stem) for stem, _p, _o in stems(f.tokens[i].norm)):
        return False  # بجميع، لحين، بفرض
    return _bare_name_after(f, i + 1)


def _bare_name_after(f: NameFinder, i: int) -> bool:
    """A plain name word with no proclitic reading at token i."""
    return _plain_word(f, i) and _bare_name_word(f, i)


def _plain_word(f: NameFinder, i: int) -> bool:
    """An indefinite name word not shaped like a verb, verbal noun or adverb."""
    return f.is_name_word(i, definite_ok=False) and not common_shape(f.tokens[i].norm)


def _quoted_name(f: NameFinder, j: int, title: CueEntry) -> Unknown | None:
    """الإمبراطور «هوانج تي»: a short quoted run of name words after a title is the person;
    after a title of an organisation's head (رئيس «بروتان إنترناسيونال») the organisation."""
    end = _quoted_end(f, j)
    if end is None or end - j - 2 > MAX_NAME_WORDS:
        return None
    if not all(f.is_name_word(k, definite_ok=False) for k in range(j + 1, end - 1)):
        return None
    if title.of_org:
        return Unknown(j + 1, end - 2, "ORG", "quoted name after a head's title")
    return Unknown(j + 1, end - 2, "PERSON", "title + quoted name")


@lru_cache(maxsize=65536)
def common_shape(norm: str) -> bool:
    """True for words shaped like verbs, verbal nouns or adverbs, which follow titles and
    reporting verbs far more often than names do: يترك، تشكيل، استخدام، اجراء، انسحاب،
    رسميا، قائلا، متمنيا."""
    return any(p.match(norm) for p in _COMMON_SHAPES)


def _given_name_rule(f: NameFinder, i: int) -> Unknown | None:
    if i in f.covered or (cue := f.cue_at("given_name", i)) is None or not _spelled_as_name(f, i):
        return None
    if cue[1].strict and not _plain_name_after(f, i + 1):
        return None  # خلف سالم is a name, عادل ودائم and فريد لجزيرة are not
    nxt = i + cue[0]
    if nxt < len(f.tokens) and f._breaks_name(nxt):
        end = nxt  # سالم وعبد الله: the list goes on
    else:
        end = f.name_run(nxt, first_definite=not cue[1].strict, done=1)
    if end == i + cue[0] and not cue[1].strict and _alone(f, i, end):
        return Unknown(i, end - 1, "PERSON", "given name alone", cue[2])  # لم يصل عدنان للتدريبات
    return Unknown(i, end - 1, "PERSON", "given name", cue[2]) if end > i + cue[0] else None


def _alone(f: NameFinder, i: int, end: int) -> bool:
    """A given name standing alone: no name word before it (an imperfect verb, يصل, may
    stand there), and a clause boundary after it."""
    prev = f.tokens[i - 1] if i > 0 else None
    before = prev is not None and prev.kind == "word" and prev.norm[0] != "ي" and _plain_word(f, i - 1)
    return not before and _clause_goes_on(f, end)


def _plain_name_after(f: NameFinder, i: int) -> bool:
    """A name word after a given name that is also a common word: indefinite, not shaped like
    a verb or verbal noun, and not starting with a letter that is likely a proclitic (و ف ل ب)."""
    if not f.is_name_word(i, definite_ok=False):
        return False
    norm = f.tokens[i].norm
    return bool(f.cue_at("given_name", i)) or not (common_shape(norm) or norm[0] in "وفلب")


def _spelled_as_name(f: NameFinder, i: int) -> bool:
    """علي the name vs على the preposition: the folded ى/ي is told apart in the original."""
    tok = f.tokens[i]
    return not f.text[tok.start : tok.end].endswith("ى") or not tok.norm.endswith("ي")


def _link_rule(f: NameFinder, i: int) -> Unknown | None:
    if not f._is_link(i) or not f.is_name_word(i + 1, definite_ok=False):
        return None
    norm = f.tokens[i].norm
    if norm in ("بن", "ابن", "بنت") and f.is_name_word(i - 1, definite_ok=False):
        return Unknown(i - 1, f.name_run(i + 1) - 1, "PERSON", "X bin Y")
    if norm == "ابو":
        return Unknown(i, f.name_run(i + 1) - 1, "PERSON", "kunya")
    return None


def _verb_rule(f: NameFinder, i: int) -> Unknown | None:
    cue = f.cue_at("verb", i)
    if cue is None:
        return None
    start = i + cue[0]
    if start >= len(f.tokens) or not f.is_name_word(start, definite_ok=False):
        return None
    if common_shape(f.tokens[start].norm) and not f.cue_at("given_name", start):
        return None  # وأضاف قائلا، وقال توصيل المساعدات
    end = f.name_run(start, first_definite=False)
    if end == start + 1 and _long_or_bare(f, start) and _clause_goes_on(f, end):
        return Unknown(start, start, "PERSON", "reporting verb")  # وقال تريباثي للصحفيين
    if end < start + 2 or not (_bare_name_word(f, start) or _role_after(f, end)):
        return None
    return Unknown(start, end - 1, "PERSON", "reporting verb")


def _long_or_bare(f: NameFinder, i: int) -> bool:
    """A bare name word, or a long one (كونفوشيوس) whose first letter only looks like a proclitic."""
    norm = f.tokens[i].norm
    return _bare_name_word(f, i) or (len(norm) >= 7 and not norm.endswith(_NOUN_ENDINGS))


def _clause_goes_on(f: NameFinder, k: int) -> bool:
    """After a one-word subject: punctuation, أن/إن/أنه (what was said) or a word that cannot
    continue a name (لصحيفة، قوله), which shows the word is the whole subject."""
    if k >= len(f.tokens):
        return False
    norm = f.tokens[k].norm
    return f.tokens[k].kind == "punct" or norm in _THAT or f._breaks_name(k) or f.cues.has("stop", norm)


def _quoted_source_rule(f: NameFinder, i: int) -> Unknown | None:
    """نقلت الوكالة عن ستانيشيف قوله: the name words between عن and قوله are who said it."""
    if f.cue_at("quote_end", i) is None:
        return None
    start = i
    while start > 0 and i - start < MAX_NAME_WORDS and start - 1 not in f.covered and _plain_word(f, start - 1):
        start -= 1
    if start == i or start == 0 or f.tokens[start - 1].norm not in ("عن", "وعن"):
        return None
    return Unknown(start, i - 1, "PERSON", "source of a quote (عن X قوله)")


def _role_after(f: NameFinder, end: int) -> bool:
    """A title right after a name, maybe after a comma (قال باتريك دورتون، المتحدث باسم): the
    apposition confirms a name whose first letter could be a proclitic (ب، ف، و، ل، ك)."""
    if end < len(f.tokens) and f.tokens[end].norm in ("،", ","):
        end += 1
    return f.cue_at("title", end) is not None


def _bare_name_word(f: NameFinder, i: int) -> bool:
    """A word with no proclitic reading and no noun-like ending (plurals, feminine nouns)."""
    norm = f.tokens[i].norm
    return not norm.endswith(_NOUN_ENDINGS) and all(not p for _s, p, _o in stems(norm)[1:])


def _org_rule(f: NameFinder, i: int) -> Unknown | None:
    if i in f.covered or (cue := f.cue_at("org_head", i)) is None or cue[1].type is None:
        return None
    j = i + cue[0]
    if (named := _named_after(f, i, j, cue)) is not None:
        return named
    end = _quoted_end(f, j) or _follower_end(f, j, cue[1])
    if end <= j or (cue[1].strict and end == j + 1 and not _nisba(f.tokens[j].norm)):
        return None  # حركة المرور، مركز القمر: a strict head needs more than one plain noun
    if cue[1].outside:  # سهم إعمار: the head is not part of the name
        return _with_demonym(f, Unknown(j, end - 1, cue[1].type, "organisation head"))
    return _with_demonym(f, Unknown(i, end - 1, cue[1].type, "organisation head", cue[2]))


def _named_after(f: NameFinder, i: int, j: int, cue: tuple[int, CueEntry, int]) -> Unknown | None:
    """جامعة القاهرة، شرطة دبي، جامعة السلطان قابوس: a head, then a known place or person
    the organisation is named after (taken into the name), maybe then definite words (سوق
    دبي المالي; a strict head, سوق, needs them)."""
    span = f.kb_at.get(j)
    if span is None or span[1] not in _NAMED_AFTER or cue[1].type is None or j in f.prefixed:
        return None
    end = _after_known(f, span[0] + 1)
    if end is None and cue[1].strict:
        return None
    first, offset = (j, 0) if cue[1].outside else (i, cue[2])
    return Unknown(first, (end or span[0] + 1) - 1, cue[1].type, "organisation head + known name", offset, absorbs=j)


def _after_known(f: NameFinder, k: int) -> int | None:
    """End of the words that go on a name after the known name in it: relational adjectives
    and لـ phrases (مطار دمشق الدولي، سوق أبوظبي للأوراق المالية), not other adjectives (الممتد)."""
    end = _definite_run(f, k, later=True)
    if end is None:
        return None
    stop = next((m for m in range(k, end) if not (_nisba(f.tokens[m].norm) or f.tokens[m].norm.startswith("لل"))), end)
    return stop if stop > k else None


def _nisba(norm: str) -> bool:
    """A relational adjective (الإسلامية، الوطني), which names rather than describes."""
    return norm.endswith(("ي", "يه"))


def _follower_end(f: NameFinder, j: int, head: CueEntry) -> int:
    """End of the name after a head, as the head allows (definite words, foreign words), or
    a genitive chain: one plain noun, then definite words (اتحاد صناعة السيارات), or another
    head and its own name (مجلس اتحاد المحاكم الإسلامية)."""
    if head.follow == "nisba":  # البنك المركزي التونسي; not البنك المذكور
        return (_definite_run(f, j) or j) if j < len(f.tokens) and _nisba(f.tokens[j].norm) else j
    if head.follow != "indefinite":
        if end := _definite_run(f, j):
            return end
        inner = f.cue_at("org_head", j) if j not in f.covered else None
        if inner is not None and inner[2] == 0 and (chain := _follower_end(f, j + inner[0], inner[1])) > j + inner[0]:
            return chain
        if _plain_word(f, j) and (end := _definite_run(f, j + 1)):
            return end
    return f.foreign_run(j, shapes=not head.outside) if head.follow != "definite" else j


def _definite_org_rule(f: NameFinder, i: int) -> Unknown | None:
    """المجلس التشريعي، الجمعية العامة: a definite head then definite words -> its type."""
    head = f.definite_heads.get(i)
    if head is None or i in f.covered or head[0].type is None:
        return None
    end = _definite_run(f, i + 1)
    if not end or (end == i + 2 and f.cues.has("org_scope", f.tokens[i + 1].norm)):
        return None  # المنظمة الدولية: a description, not a name
    if head[0].strict and end == i + 2 and not _nisba(f.tokens[i + 1].norm):
        return None  # المركز الأول: a strict head needs a relational adjective or more
    first = f.tokens[i + 1].norm
    if not (_nisba(first) or f.cues.has("org_word", first)):
        return None  # أدانت المفوضية | الهجوم: a definite noun after a definite head is no adjective
    return _with_demonym(f, Unknown(i, end - 1, head[0].type, "definite organisation head", head[1]))


def _with_demonym(f: NameFinder, u: Unknown) -> Unknown:
    """Take a demonym right after an organisation's name into it (وزارة الثقافة المصرية)."""
    nxt = u.last + 1
    if f.kb_at.get(nxt) == (nxt, "NORP"):
        return Unknown(u.first, nxt, u.type, u.rule, u.offset, absorbs=nxt)
    return u


def _definite_run(f: NameFinder, j: int, *, later: bool = False) -> int | None:
    """End of a run of definite name words (وزارة الدفاع الوطني), or None; `later` when the
    run continues a name, so that it may start with لـ (سوق أبوظبي للأوراق المالية)."""
    end = j
    while end - j < MAX_NAME_WORDS and end < len(f.tokens) and _definite_word(f, end, later or end > j):
        if end > j and _after_adjective(f, end):
            break  # هيئة التنسيق النقابية | الأساتذة: a noun after the adjective is the next phrase
        end += 1
        if f.tokens[end - 1].norm.startswith("وال"):
            break  # the coordinated word ends the name: المجلس الاقتصادي والاجتماعي
    return end if end > j else None


def _after_adjective(f: NameFinder, k: int) -> bool:
    """A bare definite noun right after a definite nisba or a لـ complement (هيئة التنسيق
    النقابية | الأساتذة، اللجنة المستقلة للانتخابات | النتائج): no nisba, agreeing
    participle (الوطنية المستقلة; not التنظيمية | المشرفين) or organisation word."""
    prev, norm = f.tokens[k - 1].norm, f.tokens[k].norm
    closed = (prev.startswith("ال") and _nisba(prev)) or prev.startswith("لل")
    participle = norm.startswith("الم") and prev.endswith("ه") == norm.endswith("ه")  # agreeing
    return (
        closed and norm.startswith("ال") and not participle
        and not _nisba(norm) and not f.cues.has("org_word", norm)
    )


def _definite_word(f: NameFinder, k: int, later: bool) -> bool:
    """A definite name word or organisation adjective (الوطني، العامة); after the first,
    also one joined by و (الاقتصاد والتجارة) or by لـ (المجلس الأعلى للقضاء)."""
    norm = f.tokens[k].norm
    if k in f.covered:
        return False
    if f.cues.has("org_word", norm):
        return True
    if f.cues.has("stop", norm):
        return False
    if later and norm.startswith(("وال", "لل")):
        return not f.cues.has("stop", norm[2:] if norm.startswith("لل") else norm[1:])
    return norm.startswith("ال") and (f.is_name_word(k) or f.cues.has("org_word", norm))


def _quoted_end(f: NameFinder, j: int) -> int | None:
    """Index after a short «quoted name» starting at token j, or None."""
    if j >= len(f.tokens) or f.tokens[j].norm not in ("«", '"', "“"):
        return None
    for k in range(j + 1, min(j + 2 + MAX_QUOTED_WORDS, len(f.tokens))):
        if f.tokens[k].norm in ("»", '"', "”"):
            return k + 1 if k > j + 1 else None
        if f.tokens[k].kind == "punct":
            return None
    return None


def _place_rule(f: NameFinder, i: int) -> Unknown | None:
    if i in f.covered or (cue := f.cue_at("place_head", i)) is None or cue[1].type is None:
        return None
    j = i + cue[0]
    if cue[1].named_after and (named := _facility_of(f, i, j, cue)) is not None:
        return named
    end = min(_follower_end(f, j, cue[1]), j + 2)
    if end <= j:
        return None
    if cue[1].outside or cue[1].type in _HEAD_OUTSIDE:
        return Unknown(j, end - 1, cue[1].type, "place head")
    return Unknown(i, end - 1, cue[1].type, "place head", cue[2])


def _facility_of(f: NameFinder, i: int, j: int, cue: tuple[int, CueEntry, int]) -> Unknown | None:
    """مطار دمشق الدولي، ميناء حيفا، مبنى وزارة الخارجية، شارع الحبيب بورقيبة: a facility head,
    then the known place or person (or, for a building, the organisation) it is named after,
    taken into the name."""
    span = f.kb_at.get(j)
    if span is None and (titled := _titled_name_end(f, j)) is not None:
        end = _after_known(f, titled) or titled  # جسر الملك فهد، مطار الملكة علياء الدولي
        return Unknown(i, end - 1, "FACILITY", "facility head + title + given name", cue[2])
    if span is None:
        org = (_org_rule(f, j) or _definite_org_rule(f, j)) if cue[1].definite else None
        if org is None:
            return None
        return Unknown(i, org.last, "FACILITY", "building of an organisation", cue[2], absorbs=org.absorbs)
    allowed = _PLACE_TYPES | {"PERSON"} | (_ORG_TYPES if cue[1].definite else frozenset())
    if span[1] not in allowed or j in f.prefixed:
        return None
    end = _after_known(f, span[0] + 1) or span[0] + 1
    return Unknown(i, end - 1, "FACILITY", "facility head + known name", cue[2], absorbs=j)


def _titled_name_end(f: NameFinder, j: int) -> int | None:
    """End of a person's title and given names at j (الملك فهد، الملك عبد العزيز، الشهيد
    رجائي) after a facility head: the person the facility is named after; None unless a
    given name follows the title."""
    title = f.cue_at("title", j)
    if title is None or title[2] != 0:
        return None
    k = j + title[0]
    start = k
    while k < len(f.tokens) and k - start < TITLED_NAME_WORDS:
        given = f.cue_at("given_name", k)
        if given is None or given[2] != 0:
            break
        k += given[0]
    return k if k > start else None


@lru_cache(maxsize=65536)
def is_definite(norm: str) -> bool:
    """True for a word with the article, bare or after a particle (الدولة، للمنظمة، بالجهود)."""
    return norm.startswith("ال") or any(sp.prefix.endswith(("ال", "لل")) for sp in splits(norm))


def _demonym_rule(f: NameFinder, i: int) -> Unknown | None:
    """الإسباني فرناندو ألونسو، للكيني بونغي ويلفريد، السويسرية مارتينا هينغيس: a definite
    demonym, then a bare foreign name (after a feminine one, two bare words) with no
    definite word (التونسي سعر الفائدة is a noun phrase)."""
    span = f.kb_at.get(i)
    norm = f.tokens[i].norm
    if span is None or span[1] != "NORP" or span[0] != i or not norm.startswith(ARTICLE_PREFIXES):
        return None
    feminine = norm.endswith("يه")
    if not (feminine or norm.endswith("ي")):
        return None
    start = i + 1
    if start >= len(f.tokens) or not _plain_word(f, start) or _place_or_act_noun(f, start):
        return None  # رئيس الوزراء العراقي مقتل قيادي: the object, not a name
    if not _bare_name_word(f, start) and not _foreign_pair(f, start):
        return None  # التونسي بسعر، الأمريكية لتقييم: a proclitic on a noun; but الأمريكية كوكو غوف
    end = f.name_run(start, first_definite=False)
    end = next((k for k in range(start, end) if f.tokens[k].norm.startswith("ال")), end)  # سعر | الفائدة
    if feminine and not (end >= start + 2 and _bare_name_word(f, start + 1)):
        return None  # الحكومة الروسية: a feminine demonym mostly describes a noun
    # One bare word after a demonym is as often a verb (السوري يريد) as a surname.
    return Unknown(start, end - 1, "PERSON", "demonym before a name") if end >= start + 2 else None


def _foreign_pair(f: NameFinder, start: int) -> bool:
    """Two name words whose first only looks like a conjunction or ك on a word (كوكو غوف: ك +
    وكو، فلوريان ماير) and has no noun ending, the second a bare word and no adjective."""
    nxt = start + 1
    norm = f.tokens[start].norm
    if norm.endswith(_NOUN_ENDINGS) or norm[0] in "بل" or f._breaks_name(start) or nxt >= len(f.tokens):
        return False  # بوقف منح: a preposition on a noun
    return _plain_word(f, nxt) and _bare_name_word(f, nxt) and not f.tokens[nxt].norm.endswith("ي")


def _institution_rule(f: NameFinder, i: int) -> Unknown | None:
    """الشرطة اللبنانية، السلطات العراقية: a generic institution noun and a demonym name the
    institution of that country (the demonym gives its country)."""
    if i in f.covered or (cue := f.cue_at("institution", i)) is None or cue[1].type is None:
        return None
    nxt = i + cue[0]
    if f.kb_at.get(nxt) != (nxt, "NORP") or _feminine(f.tokens[i].norm) != f.tokens[nxt].norm.endswith("يه"):
        return None  # وزير الخارجية الفرنسي: the demonym agrees with the title, not the ministry
    return Unknown(i, nxt, cue[1].type, "institution + demonym", cue[2], absorbs=nxt)


def _feminine(norm: str) -> bool:
    """A feminine or plural-feminine noun (الحكومة، السلطات), which a feminine demonym follows."""
    return norm.endswith(("ه", "ات"))


Rule = Callable[[NameFinder, int], "Unknown | None"]
# Each rule with what triggers it at a token: a cue kind, "definite_head" or "NORP".
RULES: Final[tuple[tuple[Rule, str], ...]] = (
    (_org_rule, "org_head"),
    (_institution_rule, "institution"),
    (_definite_org_rule, "definite_head"),
    (_place_rule, "place_head"),
    (_title_rule, "title"),
    (_link_rule, "name_link"),
    (_given_name_rule, "given_name"),
    (_verb_rule, "verb"),
    (_quoted_source_rule, "quote_end"),
    (_demonym_rule, "NORP"),
)


_RULE_KINDS: Final = frozenset(trigger for _rule, trigger in RULES)


def _triggers(finder: NameFinder, kb_at: dict[int, tuple[int, str]]) -> dict[int, frozenset[str]]:
    """Tokens where some rule may fire, with what may fire it."""
    out = {k: hit for k, kinds in finder.starts.items() if (hit := kinds & _RULE_KINDS)}
    for k, (_last, etype) in kb_at.items():
        if etype == "NORP":
            out[k] = out.get(k, frozenset()) | {"NORP"}
    return out


@lru_cache(maxsize=1024)
def _rules_for(triggers: frozenset[str]) -> tuple[Rule, ...]:
    """The rules these triggers fire, in the order of RULES (a token has few distinct sets)."""
    return tuple(rule for rule, trigger in RULES if trigger in triggers)


def find_unknown(
    cues: Cues,
    tokens: Sequence[Token],
    text: str,
    kb_at: dict[int, tuple[int, str]],
    prefixed: frozenset[int] = frozenset(),
    numbers: frozenset[int] = frozenset(),
) -> list[Unknown]:
    """Unknown names in the tokens not covered by KB matches (`kb_at`: first -> (last, type);
    `prefixed`: the first tokens of those matches that carry a proclitic; `numbers`: number
    words, which are in no name: الناشط الحقوقي | خمس سنوات)."""
    finder = NameFinder(cues, tokens, text, kb_at, prefixed)
    finder.covered.update(numbers)
    found: list[Unknown] = []
    for i, kinds in sorted(_triggers(finder, kb_at).items()):
        for rule in _rules_for(kinds):
            hit = rule(finder, i)
            if hit is None or any(k in finder.covered and not _absorbed(finder, hit, k) for k in range(hit.first, hit.last + 1)):
                continue
            found.append(hit)
            finder.covered.update(range(hit.first, hit.last + 1))
            break
    found += _coordinated(finder, found)
    found += _surnames(finder, found)
    return sorted(found, key=lambda u: u.first)


def _surnames(f: NameFinder, found: list[Unknown]) -> list[Unknown]:
    """تيفيز، محفوظ: the last word of a person's full name found in the document, alone
    elsewhere in it (maybe after و، ل، ب), is that person."""
    last = {f.tokens[u.last].norm for u in found if u.type == "PERSON" and u.last > u.first}
    last = {w for w in last if len(w) >= 3 and not w.startswith("ال") and not f.cues.known(w)}
    out: list[Unknown] = []
    if not last:
        return out
    tails = tuple(last)  # a stem without suffix ends its word, so only such words can hold one
    for k, tok in enumerate(f.tokens):
        if k in f.covered or tok.kind != "word" or not tok.norm.endswith(tails):
            continue
        hit = next((off for stem, pre, off in stems(tok.norm) if stem in last and pre in _SURNAME_PREFIXES), None)
        if hit is not None:
            out.append(Unknown(k, k, "PERSON", "surname of a name in the document", hit))
            f.covered.add(k)
    return out


def _absorbed(f: NameFinder, hit: Unknown, k: int) -> bool:
    """True if token k belongs to the KB match the hit takes in (جامعة + السلطان قابوس)."""
    return hit.absorbs is not None and hit.absorbs <= k <= f.kb_at.get(hit.absorbs, (hit.absorbs, ""))[0]


def _coordinated(f: NameFinder, found: list[Unknown]) -> list[Unknown]:
    """شارون وبلير وأولمرت: name runs joined by و to a person's name are persons too."""
    ends = {last for last, etype in f.kb_at.values() if etype == "PERSON"}
    ends.update(u.last for u in found if u.type == "PERSON")
    out: list[Unknown] = []
    for last in sorted(ends):
        k = last + 1
        while (hit := _conjunct(f, k)) is not None:
            out.append(hit)
            f.covered.update(range(hit.first, hit.last + 1))
            k = hit.last + 1
    return out


def _conjunct(f: NameFinder, k: int) -> Unknown | None:
    """A name after و at token k (و بلير or وبلير), ending where the list goes on or stops."""
    if k >= len(f.tokens):
        return None
    norm = f.tokens[k].norm
    start, offset = (k + 1, 0) if norm == "و" else (k, 1)
    if start >= len(f.tokens) or (offset and not (norm.startswith("و") and len(norm) > 3)):
        return None
    stem = f.tokens[start].norm[offset:]
    given = f.cues.has("given_name", stem)  # وكريستوفر، وشادية
    if not f.is_name_word(start, definite_ok=False) or (f.cues.known(stem) and not given) or stem.startswith("ي"):
        return None
    if not given and (stem.endswith(_NOUN_ENDINGS) or stem.endswith(_PRONOUN_ENDINGS)):
        return None
    end = f.name_run(start, first_definite=False)
    nxt = f.tokens[end].norm if end < len(f.tokens) else "."
    if end <= start or not (f.tokens[end - 1].kind == "word" and (nxt.startswith("و") or not nxt.isalpha())):
        return None
    return Unknown(start, end - 1, "PERSON", "coordinated with a person", offset)
