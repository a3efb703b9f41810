"""Noun phrases of an event sentence: where an actor or target may start and end.

A participant is a noun phrase: a head word then definite adjectives, names or agreeing
indefinite adjectives (القوات الأمريكية، مسلحون مجهولون), a counted quantity (ثلاثة من
عناصرها), a group with its من phrase (قوة من الجيش) or a spokesman باسم X. Never one:
function and cue words, triggers, non-event verbs (أودى، استمرت), words of a time
expression, bare numbers and durations, or prepositional phrases (بالحجارة، برد). A
definite word after a definite noun opens a new phrase (هاجم المسلحون المطار) unless it
is an agreeing adjective (الجيش الإسرائيلي، القاعدة الجوية).
"""

from __future__ import annotations

from collections.abc import Set
from typing import Final

from marsad.document import Document
from marsad.events.triggers import TokInfo
from marsad.kb.schema import PLACE_TYPES
from marsad.model import Attribution, Entity, Ref
from marsad.trusted import trusted

MAX_NP: Final = 4  # tokens in a noun phrase read as a participant
# How far back an SVO subject may start: past MAX_NP, a name or a تابعة ل phrase extends a
# phrase (قافلة تابعة لبرنامج الأغذية العالمي تعرضت لهجوم).
PREV_NP_REACH: Final = MAX_NP + 3
QUOTED_NAME_WORDS: Final = 5  # the longest quoted name read over before a verb («قوات سوريا الديمقراطية»)
NOT_NP_CUES: Final = frozenset(
    {
        "function",
        "report",
        "past",
        "light",
        "undergo",
        "agent",
        "plan",
        "call",
        "condemn",
        "negation",
        "future",
        "condition",
        "denial",
        "claim",
    }
)
# Proclitic preposition + article: a word so written is a prepositional phrase (بالحجارة).
PREP_ARTICLE: Final = ("بال", "وبال", "فبال", "لل", "ولل", "فلل", "كال", "وكال")
PREP: Final = ("ب", "وب", "فب")
LAM: Final = ("ل", "ول", "فل")
_CONJUNCTIONS: Final = ("", "و", "ف")
_OPEN_QUOTES: Final = frozenset({"«", '"', "“"})
_CLOSE_ONLY: Final = frozenset({"»", "”"})  # closing quotes that open nothing
_COURTESY: Final = frozenset({"اخيه", "اخاه", "اخوه", "اخته", "شقيقه", "شقيقته"})  # normalised أخيه ...
_CLOSE_QUOTES: Final = frozenset({"»", '"', "”"})
_VAGUE_COUNTS: Final = frozenset({"عده", "بضعه", "بضع"})  # counts without a number: عدة منازل، بضعة أيام
AUXILIARIES: Final = frozenset({"قد", "لقد"})  # between a subject and its verb (قواته قد قصفت)
# "Another", "second", "third" after an indefinite noun: its adjective (جندي آخر، ناشط ثان).
_OTHER_ORDINALS: Final = frozenset({
    "اخر", "اخري", "اخرون", "اخرين", "اخريات", "ثان", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه",
})
_NOT_PARTICIPANT_UNITS: Final = frozenset(
    {"minutes", "hours", "days", "weeks", "months", "years", "decades", "percent"}
)
GOODS_UNITS: Final = frozenset({"kg", "g", "t", "l"})  # a weight or volume of goods may be seized
_PARTY_NAMES: Final = frozenset({"COUNTRY", "GPE", "PERSON"})  # names that never run on into another
_PLACES: Final = frozenset({"COUNTRY", "GPE", "LOC"})  # place names a place noun may stand in apposition to
_BODY_NAMES: Final = frozenset({"ORG", "ARMED_GROUP"})  # names a party's adjective may follow
_CHAIN_HEADS: Final = frozenset({"office", "group"})  # indefinite heads of a three-word construct chain
PORTFOLIO_WORDS: Final = 3  # words from an office noun to a و-joined second portfolio (وزير الشؤون الخارجية والتعاون)
OBJECT_REACH: Final = 6  # how far after the head a target may start
_CLAUSE_END: Final = frozenset({"،", ",", ":", "«", '"', "(", "؛", ";", "."})
_COMPLEMENTIZERS: Final = frozenset({"ان", "انه", "انها", "بان", "بانه"})
_COUNTRY_TYPES: Final = frozenset({"COUNTRY", "NORP", "GPE"})


class Quant:
    """A quantity's token span in the sentence and what it counts (a plain class: mypyc
    builds it natively)."""

    def __init__(self, start: int, end: int, counted: str | None, unit: str | None, dual: bool = False) -> None:
        self.start = start
        self.end = end
        self.counted = counted
        self.unit = unit
        self.dual = dual  # one word counting itself (جنديان، طفلين)

    @property
    def participant(self) -> bool:
        """Whether the quantity can be an actor or target: a count of people or things,
        not a duration or a share (أكثر من ست ساعات، 30 في المئة)."""
        return (self.unit is None or self.unit in GOODS_UNITS) and self.counted not in _NOT_PARTICIPANT_UNITS


class Sent:
    """A sentence prepared for argument reading. The rules ask about the same words many
    times, so `is_word` is memoised on first use: the token readings (`infos`) must not
    change after that. A plain class: mypyc builds it natively, where a dataclass runs a
    Python `__init__`."""

    def __init__(
        self,
        doc: Document,
        infos: list[TokInfo],
        entity_at: dict[int, Entity],
        country_names: dict[str, str],
        attributions: list[Attribution],
        actor_names: dict[str, str],
        times: frozenset[int],
        quantities: dict[int, Quant],
        counts: frozenset[int],
    ) -> None:
        self.doc = doc
        self.infos = infos
        self.entity_at = entity_at
        self.country_names = country_names
        self.attributions = attributions  # those overlapping it
        self.actor_names = actor_names  # KB id -> English name
        self.times = times  # positions inside a time expression
        self.quantities = quantities  # position -> its quantity
        self.counts = counts  # positions of one-word cardinals (ثلاثة)
        self.words: dict[int, bool] = {}
        # The report filter's features shared by all events of the sentence (set on first
        # use) and, per event type, the sum of their weights.
        self.filter_features: Set[str] | None = None
        self.filter_sums: dict[str, float] = {}
        self.norms = [info.token.norm for info in infos]  # normalised tokens, read by slices
        self.entity_types = frozenset([e.type for e in entity_at.values()])  # of its entities
        self.clitics: dict[int, str] = {}  # a phrase's proclitic conjunction or preposition

    def is_word(self, k: int) -> bool:
        """A word or number token that may be part of a noun phrase (memoised)."""
        found = self.words.get(k)
        if found is None:
            found = self.words[k] = self._is_word(k)
        return found

    def _is_word(self, k: int) -> bool:
        """Not a function or cue word, a trigger, a non-event verb, nor part of a time
        expression."""
        info = self.infos[k]
        if k in self.entity_at:
            return not (self.is_verb(k) and self._one_word_entity(k))
        if "name_head" in info.cues and k + 1 in self.entity_at:
            return True  # تنظيم داعش: the organisation, not the act of organising
        if "operation" in info.cues and k + 1 < len(self.infos) and self.infos[k + 1].hits:
            return False  # شنت حملة اعتقالات: the campaign is part of the act, no participant
        if "speaker" in info.cues and speaker_end(self, k) is not None:
            return True  # نفى مصدر عسكري، مصدر في الوزارة: a source described is a party (بحسب مصدر: a report cue)
        return (
            info.token.kind in ("word", "latin", "number")
            and k not in self.times
            and NOT_NP_CUES.isdisjoint(info.cues)
            and not self.is_verb(k)
            and all(kind == "participle" for _, kind, _ in info.hits)
        )

    def _one_word_entity(self, k: int) -> bool:
        """Whether the entity at k is this word alone (a name mistaken for a verb)."""
        ent = self.entity_at[k]
        tok = self.infos[k].token
        return ent.start >= tok.start and ent.end <= tok.end

    def is_verb(self, k: int) -> bool:
        """A form of a listed non-event verb (أودى، استمرت; a word in ة is a noun: قادة),
        or a perfect with the plural subject suffix (أحرقوا، خرجوا)."""
        tok = self.infos[k].token
        if tok.kind == "word" and tok.norm.endswith("وا") and len(tok.norm) >= 4:
            return k not in self.entity_at  # not نيكاراغوا
        return "verb" in self.infos[k].cues and not self.doc.text[tok.start : tok.end].endswith("ة")

    def ref(self, a: int, b: int, *, actor: bool = False) -> Ref:
        """A Ref over token positions [a, b), named after its best entity; an actor
        place is named after what it stands for (metonymy), but a demonym describing
        another noun is not (فصائل عراقية are no Government of Iraq). A proclitic before a
        name is left out (وواشنطن -> واشنطن، لمجلس الأمن -> مجلس الأمن)."""
        b = self.with_name(a, b)
        start, end = self.infos[a].token.start, self.infos[b - 1].token.end
        ent = self.entity_in(a, b)
        proclitic = _proclitic_of_name(self, a) if a in self.entity_at else ""
        proclitic = proclitic or proclitic_before_article(self, a) or self.clitics.get(a, "")
        start += len(proclitic)
        modifier = ent is not None and ent.type == "NORP" and ent.start > start  # فصائل عراقية
        name = (self.name_of(ent) if actor and not modifier else ent.name_en) if ent else None
        if ent is not None and _inner_place(ent) and ent.start > start and "office" in self.infos[a].cues:
            name = None  # قيادة شرطة البصرة is a body of Basra, not Basra: the text names it
        if ent and "military" in self.infos[a].cues and ent.type in _COUNTRY_TYPES:
            country = self.country_names.get(ent.country or "", ent.name_en or ent.country or "")
            name = f"{country} military" if country else name
        return trusted(
            Ref,
            text=self.doc.text[start:end],
            start=start,
            end=end,
            entity=ent.id if ent else None,
            name_en=name,
        )

    def with_name(self, a: int, b: int) -> int:
        """End of the phrase [a, b) with the person's name in apposition after it (الرئيس
        الأمريكي | دونالد ترامب، نظيره الأوكراني | أندريه سيبيها), also past the title's
        complement (الأمين العام للأمم المتحدة | أنطونيو غوتيريش): the name is who acts."""
        ent = self.entity_at.get(b)
        if (ent is None or ent.type != "PERSON") and (skip := self.complement_end(b)) is not None:
            named = self.entity_at.get(skip)
            if named is not None and named.type == "PERSON" and not self._person_in(a, b):
                b, ent = skip, named  # الأمين العام | للأمم المتحدة | أنطونيو غوتيريش
        if ent is None and b + 1 < len(self.infos) and "rank" in self.infos[b].cues:
            ent = self.entity_at.get(b + 1)  # the title before the name (الأمير، العميد)
            b += 1 if ent is not None and ent.type == "PERSON" else 0
        if ent is None or ent.type != "PERSON" or self._person_in(a, b):
            return b
        while b < len(self.infos) and self.entity_at.get(b) is ent:
            b += 1
        return b

    def complement_end(self, b: int) -> int | None:
        """End of a title's complement at b: a ل phrase (للأمم المتحدة، لجامعة الدول العربية)
        or إلى/لدى and a place (المبعوث الأممي | إلى اليمن)."""
        if b >= len(self.infos):
            return None
        norm = self.infos[b].token.norm
        if norm in LAM and b + 1 < len(self.infos):
            return self._quoted_name_end(b + 1)  # لـ«حزب الله»
        if norm in ("الي", "لدي") and b + 1 < len(self.infos):
            b += 1
        elif not (norm.startswith("ل") and prep_led(self, b)):
            return None
        ent = self.entity_at.get(b)
        if ent is None:
            return pp_end(self, b)
        while b < len(self.infos) and self.entity_at.get(b) is ent:
            b += 1
        return b

    def _quoted_name_end(self, b: int) -> int | None:
        """End of a name at b, maybe inside quotes («حزب الله»), past its closing quote."""
        while b < len(self.infos) and self.norms[b] in _OPEN_QUOTES:
            b += 1
        ent = self.entity_at.get(b)
        if ent is None:
            return None
        while b < len(self.infos) and self.entity_at.get(b) is ent:
            b += 1
        while b < len(self.infos) and self.norms[b] in _CLOSE_QUOTES:
            b += 1
        return b

    def _person_in(self, a: int, b: int) -> bool:
        return any(self.entity_at[k].type == "PERSON" for k in range(a, b) if k in self.entity_at)

    def entity_in(self, a: int, b: int) -> Entity | None:
        """The entity of positions [a, b): a person's name that ends it (a title and the
        name: وزير الخارجية التركي هاكان فيدان), else the first one linked to the KB, else
        the first."""
        ents = [self.entity_at[k] for k in range(a, b) if k in self.entity_at]
        if ents and ents[-1].type == "PERSON" and self.entity_at.get(b - 1) is ents[-1]:
            return ents[-1]
        return next((e for e in ents if e.kb_id), ents[0] if ents else None)

    def name_of(self, ent: Entity) -> str | None:
        """English name of what the entity stands for (واشنطن -> the US government)."""
        if ent.stands_for and ent.stands_for in self.actor_names:
            return self.actor_names[ent.stands_for]
        return ent.name_en


def _inner_place(ent: Entity) -> bool:
    """A place below a country: a body named after it is not it (a country's bodies are its
    government's, وزير خارجية فرنسا)."""
    return ent.type in PLACE_TYPES and ent.type != "COUNTRY"


def np_at(s: Sent, k: int, *, governed: bool = False) -> tuple[int, int] | None:
    """Noun phrase starting at position k: a counted quantity, or a head word then
    definite/entity words (and a باسم X complement); None for a prepositional phrase. A
    `governed` phrase (after a preposition) cannot open a new one, so every definite word
    after its head is an adjective."""
    if k >= len(s.infos):
        return None
    if k in s.quantities:
        return _quantity_np(s, k, s.quantities[k])
    info = s.infos[k]
    if not s.is_word(k) or "link" in info.cues or prep_led(s, k):
        return None
    if s.norms[k] in _COURTESY and k + 1 < len(s.infos) and "honorific" in s.infos[k + 1].cues:
        return np_at(s, k + 1, governed=governed)  # اتصالا من أخيه | فخامة الرئيس: a Gulf courtesy
    if (titled := _honorific_end(s, k)) is not None:
        title = np_at(s, titled, governed=governed)
        return (k, title[1]) if title is not None else None
    end = k + 1
    if (info.token.kind == "number" or k in s.counts or info.token.norm in _VAGUE_COUNTS) and end < len(s.infos) and s.is_word(end):
        end += 1  # "20 شخصا"، "ثلاثة مصارف"، "عدة منازل"
    if "partitive" in info.cues or "perpetrator" in info.cues:  # قوة من الجيش، مسلحون من الحركة
        end = _partitive(s, end)
    while end < len(s.infos):
        if end == k + 1 and "speaker" in info.cues and (spoken := speaker_end(s, k)) is not None:
            end = spoken  # مصدر عسكري، مصدر في وزارة الدفاع: a source described, and no more
            break
        if s.norms[end] in _OTHER_ORDINALS and not s.norms[end - 1].startswith("ال") and s.is_word(end - 1):
            end += 1  # جندي آخر، ناشط ثان
            continue
        if _with_preposition(s, end) > end:
            end += 1  # المشتبه | به
            continue
        if not s.is_word(end):
            if end == k + 1 and s.norms[end] in _OPEN_QUOTES and not s.norms[k].startswith("ال"):
                quoted = quoted_name(s, end)  # منظمة «أطباء بلا حدود»: a head and its quoted name
                end = quoted[1] + 1 if quoted is not None else end
            break
        if end in s.entity_at and s.entity_at[end] is s.entity_at.get(end - 1):
            end += 1  # a name is never cut (قوات الدعم السريع، هيومن رايتس ووتش)
            continue
        if _body_adjective(s, end):
            end += 1  # حزب اتحاد قوى التقدم المعارض
            continue
        if end - k >= MAX_NP or _next_name(s, end):
            break  # طالبت الصين | الولايات المتحدة: two names, two phrases
        norm = s.norms[end]
        if norm.startswith("و") and not norm.startswith("وال") and end not in s.entity_at and not _whole_cue(s, end):
            break  # و + a noun opens a conjunct; not وزراء، وكالة (a cue word read whole)
        if _qualifier(s, end):  # مسيرات تابعة للجيش
            end = _qualified(s, end)
            continue
        if _construct_link(s, end) or _portfolio(s, k, end) or _cargo(s, k, end):  # قيادة شرطة البصرة، وزير الاقتصاد والتجارة
            end += 1
            continue
        if not (norm.startswith("ال") or end in s.entity_at or agrees(s, end)) or imperfect_plural(s, end):
            break  # مسلحون | يرتدون زيا عسكريا: a verb describing the phrase ends it
        if _second_indefinite(s, k, end) or _definite_after_adjective(s, k, end):  # طائرة مسيرة | سيارة القيادي
            break
        new_np = not governed and _starts_new_np(s, end)  # none inside a PP (على الجيش الحر)
        if end in s.quantities or new_np or _unannexed(s, end - 1):
            break
        end += 1
    return k, _linked(s, _place_apposition(s, k, end))


def _place_apposition(s: Sent, k: int, end: int) -> int:
    """End of a place's name in apposition to a definite place noun and its adjectives (العاصمة
    الإيرانية | طهران، المدينة الساحلية | اللاذقية), else `end`."""
    ent = s.entity_at.get(end)
    if ent is None or ent.type not in _PLACES or "place_noun" not in s.infos[k].cues or not s.norms[k].startswith("ال"):
        return end
    if any(j in s.entity_at and s.entity_at[j].type not in _PLACES and s.entity_at[j].type != "NORP" for j in range(k, end)):
        return end  # (the noun and its adjective may be read as the place: العاصمة الإيرانية)
    while end < len(s.infos) and s.entity_at.get(end) is ent:
        end += 1
    return end


def imperfect_plural(s: Sent, k: int) -> bool:
    """A plural imperfect verb (يرتدون، يستقلون، تحمل... ون), shaped like the sound plural it
    follows but no adjective: a nisba plural (يمنيون) is one."""
    norm = s.norms[k]
    return len(norm) >= 6 and norm[0] in "يت" and norm.endswith("ون") and not norm.endswith("يون") and s.is_word(k) and k not in s.entity_at


def _whole_cue(s: Sent, k: int) -> bool:
    """Whether a lexicon cue matched word k whole, with no proclitic (وزراء، وكالة)."""
    return "" in s.infos[k].cues.values()


def _next_name(s: Sent, k: int) -> bool:
    """Whether the name of a state, place or person starts at k right after another one:
    VSO subject and object side by side, never one phrase (a body's name may be read in
    parts: قوات | الفرقة الرابعة)."""
    ent, prev = s.entity_at.get(k), s.entity_at.get(k - 1)
    return (
        ent is not None
        and prev is not None
        and ent is not prev
        and ent.type in _PARTY_NAMES
        and prev.type in _PARTY_NAMES
        and not s.norms[k].startswith("و")
    )


def _second_indefinite(s: Sent, k: int, end: int) -> bool:
    """An indefinite word after an indefinite noun and its adjective that is neither a
    relational adjective (-ي، -ية) nor shaped like a participle (م-): the object of a VSO
    verb, not a second adjective (استهدفت طائرة مسيرة سيارة، but طائرات حربية إسرائيلية،
    مجموعة قرصنة مرتبطة)."""
    norm = s.norms[end]
    if end - k < 2 or norm.startswith(("ال", "م")) or end in s.entity_at or norm.endswith(("يه", "ي", "يون", "يين")):
        return False
    if prep_led(s, end):
        return False  # a phrase after a preposition is read elsewhere
    return _after_indefinite_adjective(s, end)


def _definite_after_adjective(s: Sent, k: int, end: int) -> bool:
    """A definite word after an indefinite noun and its indefinite adjective: an adjective
    agrees in definiteness and a described noun takes no genitive, so it starts another
    phrase (تبنت جماعة مسلحة | المسؤولية)."""
    if end - k < 2 or not s.norms[end].startswith("ال") or end in s.entity_at:
        return False
    return _after_indefinite_adjective(s, end)


def _after_indefinite_adjective(s: Sent, k: int) -> bool:
    """Whether the word before k is an indefinite word agreeing with the one before it."""
    return not s.norms[k - 1].startswith("ال") and k - 1 not in s.entity_at and agrees(s, k - 1)


_BIH: Final = frozenset({"به", "بها", "بهم", "بهما", "بهن"})


def _construct_link(s: Sent, k: int) -> bool:
    """An indefinite noun after an indefinite office or group noun and before a definite
    word: a link of the construct chain naming a body (وزارة شؤون البيشمركة، قيادة شرطة
    البصرة، رابطة أمهات المختطفين); also an office noun after a title (رئيس بلدية الزرقاء،
    مدير شرطة المحافظة)."""
    prev, norm = s.norms[k - 1], s.norms[k]
    before = s.infos[k - 1].cues
    linked = not _CHAIN_HEADS.isdisjoint(before) or ("title" in before and "office" in s.infos[k].cues)
    if not linked or prev.startswith("ال") or norm.startswith("ال") or (norm.startswith("و") and not _whole_cue(s, k)):
        return False
    return k + 1 < len(s.infos) and s.is_word(k) and (s.norms[k + 1].startswith("ال") or k + 1 in s.entity_at)


def _cargo(s: Sent, k: int, end: int) -> bool:
    """The indefinite genitive right after a container head naming its cargo or kind
    (ناقلة | نفط، مستودع | أسلحة، نقطة | تفتيش); not an accusative (شاحنة | طعاما) nor a
    word with a conjunction or pronoun."""
    if end != k + 1 or "container" not in s.infos[k].cues or s.norms[k].startswith("ال"):
        return False
    norm = s.norms[end]
    return (
        s.is_word(end)
        and not norm.startswith(("ال", "و"))
        and not norm.endswith(("ا", "ها", "هم"))
        and end not in s.entity_at
    )


def _honorific_end(s: Sent, k: int) -> int | None:
    """Position of the title after an honorific at k (صاحب السمو | أمير البلاد، فخامة |
    الرئيس); صاحب alone is an owner (صاحب المحل)."""
    if "honorific" not in s.infos[k].cues:
        return None
    j = k + 1
    while j < len(s.infos) and "honorific" in s.infos[j].cues:
        j += 1  # حضرة صاحب الجلالة: honorifics in a row
    if s.norms[j - 1] == "صاحب":
        return None  # صاحب المحل: an owner
    return j if j < len(s.infos) and s.is_word(j) else None


def _partitive(s: Sent, end: int) -> int:
    """End of a group noun extended by its من + definite phrase (قوة من الجيش، عناصر من
    تنظيم القاعدة)."""
    if end + 1 < len(s.infos) and s.norms[end] == "من":
        quoted = s.norms[end + 1] == "«"  # متمردون من «القوات الديمقراطية المتحالفة»
        if quoted and (name := quoted_name(s, end + 1)) is not None:
            return name[1] + 1  # عناصر من «قسد»: a quoted name, definite or not, and its closing quote
        tail = np_at(s, end + 2 if quoted else end + 1)  # قوة من الجيش | المخيم: a definite noun after it is the object
        if tail is None or not any(definite(s, j) or _possessed_word(s, j) for j in range(tail[0], tail[1])):
            return end
        if not quoted:
            return tail[1]
        if tail[1] < len(s.infos) and s.norms[tail[1]] == "»":
            return tail[1] + 1  # the name and its closing quote
    return end


def _possessed_word(s: Sent, k: int) -> bool:
    """A noun with a plural or feminine possessive pronoun (طاقمها، عناصرهم): definite."""
    return len(s.norms[k]) > 4 and s.norms[k].endswith(("ها", "هم", "هما")) and s.is_word(k)


def partitive_end(s: Sent, k: int) -> int | None:
    """End of a group noun at k with its من + definite phrase (عدد من المحبوسين), read
    even when the group noun is a function word; None without such a phrase."""
    end = _partitive(s, k + 1)
    return end if end > k + 1 else None


# Definite adjectives that govern a ل phrase naming an owner or patron (normalised forms).
_GOVERNING: Final = frozenset({"التابع", "التابعه", "التابعين", "التابعون", "الموالي", "المواليه", "الموالين", "الموالون"})


def _qualifier(s: Sent, k: int) -> bool:
    """An indefinite listed adjective after an indefinite noun (مسيرات تابعة), or a
    definite one governing a ل phrase after a definite noun (الطيران التابع للجيش)."""
    if "adjective" not in s.infos[k].cues:
        return False
    if not s.norms[k - 1].startswith("ال"):
        return True
    after = k + 1
    return s.norms[k] in _GOVERNING and after < len(s.infos) and s.norms[after].startswith("ل") and prep_led(s, after)


def _qualified(s: Sent, k: int) -> int:
    """End of a qualifier with the ل phrase it governs (تابعة للجيش)."""
    end = k + 1
    if end < len(s.infos) and s.norms[end].startswith("ل") and prep_led(s, end):
        return pp_end(s, end)
    return end


def _linked(s: Sent, end: int) -> int:
    """End of a noun phrase extended by a link word and its complement (المتحدث باسم X)."""
    if end < len(s.infos) and "link" in s.infos[end].cues:
        if s.norms[end].endswith(("ه", "ها", "هم")):
            return end + 1  # متحدث باسمها: the pronoun is the complement
        tail = np_at(s, end + 1)
        if tail is not None:
            return tail[1]
    return end


def _quantity_np(s: Sent, k: int, q: Quant) -> tuple[int, int] | None:
    """A quantity read as a participant: from its start, with its counted noun (the
    quantity's own, the word after a bare number: خمسة آخرون, or a من phrase: 23 من
    الكوريين); a bare number, a word inside the quantity (the وعشرون of ثلاثة وعشرون) or
    a duration is none."""
    if k != q.start or not q.participant:
        return None
    if q.end - q.start > 1 or q.dual:
        return q.start, _with_preposition(s, _definite_adjectives(s, q.end))
    nxt = q.end
    if _partitive(s, nxt) > nxt:
        return q.start, _partitive(s, nxt)
    if nxt < len(s.infos) and nxt not in s.quantities and s.is_word(nxt) and not prep_led(s, nxt):
        return q.start, nxt + 1
    return None


def _with_preposition(s: Sent, end: int) -> int:
    """Past the ب + pronoun a suspect is named with (ثلاثة مشتبه | بهم، المشتبه | به)."""
    if 0 < end < len(s.infos) and s.norms[end] in _BIH and "suspect" in s.infos[end - 1].cues:
        return end + 1
    return end


def _definite_adjectives(s: Sent, end: int) -> int:
    """End of the definite adjectives after a counted phrase ending in a definite noun
    (12 من العمال | الأجانب)."""
    if not definite(s, end - 1):
        return end
    while end < len(s.infos) and end not in s.quantities and s.is_word(end):
        if not s.norms[end].startswith("ال") or end in s.entity_at:
            break
        end += 1
    return end


def prep_led(s: Sent, k: int) -> bool:
    """A prepositional phrase, not a noun phrase: preposition + article (بالحجارة، للنظام),
    or ب/ل before a word that is no ب- or ل-initial noun (بقذيفة، برد، لقوات; not بلدة،
    لجنة)."""
    norm = s.norms[k]
    if norm.startswith(PREP_ARTICLE):
        return True
    if k in s.entity_at:
        return any(c in "بلك" for c in _proclitic_of_name(s, k))  # لمجلس الأمن، not وواشنطن
    if norm.startswith(PREP):
        return s.infos[k].cues.get("b_noun") not in _CONJUNCTIONS
    if norm.startswith(LAM) and len(norm) > 3:
        return s.infos[k].cues.get("lam_word") not in _CONJUNCTIONS
    return norm in LAM  # لـ«حزب الله»: the preposition written apart before a quote


def proclitic_before_article(s: Sent, k: int) -> str:
    """The proclitic conjunction or preposition before the article of word k (the ب of
    بالرئيس, the و of والمتظاهرين); none when under three letters would follow the
    article (والد، والدة، والي: the و is the word's own)."""
    tok = s.infos[k].token
    raw = s.doc.text[tok.start : tok.end]
    if not raw.startswith(("بال", "وبال", "كال", "وال", "فال")) or len(raw) - raw.index("ال") < 5:
        return ""
    return raw[: raw.index("ال")]


def _proclitic_of_name(s: Sent, k: int) -> str:
    """The letters of word k before the name that starts inside it (the و of وواشنطن), with
    the article's ل a preposition ل swallowed (للحكومة -> حكومة)."""
    tok, ent = s.infos[k].token, s.entity_at[k]
    if not tok.start < ent.start < tok.end:
        return ""
    letters = s.doc.text[tok.start : ent.start]
    return "لل" if letters == "ل" and s.doc.text.startswith("لل", tok.start) else letters  # للحكومة: not لحكومة


def pp_end(s: Sent, k: int) -> int:
    """End of the prepositional phrase starting at k (بطائرتين مسيرتين), a name never cut
    (لجماعة بوكو حرام)."""
    end = k + 1
    while end < len(s.infos) and s.is_word(end):
        ent = s.entity_at.get(end)
        if not (s.norms[end].startswith("ال") or agrees(s, end) or (ent is not None and ent is s.entity_at.get(end - 1))):
            break
        end += 1
    return end


def definite(s: Sent, k: int) -> bool:
    """A definite word: the article, or a name (not a military head noun like قوات)."""
    tok = s.infos[k].token
    if s.doc.text[tok.start : tok.end].startswith(("ال", "لل")):  # not آلاف (folded to الاف)
        return True
    return k in s.entity_at and "military" not in s.infos[k].cues


def _unannexed(s: Sent, k: int) -> bool:
    """An indefinite word that cannot take a genitive: a sound plural or dual keeping its ن
    (محتجون غاضبون | الطريق) or an accusative with tanwin (هجوما | المطار)."""
    norm = s.norms[k]
    if norm.startswith("ال") or k in s.entity_at or k + 1 >= len(s.infos):
        return False
    if not s.norms[k + 1].startswith("ال"):
        return False
    dual = norm.endswith("ان") and len(norm) >= 5
    accusative = norm.endswith("ا") and len(norm) > 3 and not norm.endswith(("ما", "ها"))
    return _sound_plural(norm) or dual or accusative


def _portfolio(s: Sent, k: int, end: int) -> bool:
    """A second portfolio joined by و to a minister's or office's genitive (وزير الاقتصاد
    والتجارة، وزارة الخارجية والتعاون): part of the title."""
    return (
        s.norms[end].startswith("وال")
        and end - k <= PORTFOLIO_WORDS
        and "office" in s.infos[k].cues
        and end not in s.entity_at
    )


def _starts_new_np(s: Sent, k: int) -> bool:
    """Whether a definite word after a definite one opens a new noun phrase (هاجم
    المسلحون المطار) rather than being its adjective (الجيش الإسرائيلي); after an
    indefinite head it is a genitive (قوات الجيش) and stays in the phrase."""
    if not definite(s, k - 1):
        return False
    ent = s.entity_at.get(k)
    if ent is not None and ent.type == "NORP":
        return False
    return not (_nisba(s, k) or "adjective" in s.infos[k].cues) or not _same_form(s, k)


def _body_adjective(s: Sent, k: int) -> bool:
    """Whether position k holds an adjective of the name of a party, group or other body
    before it, maybe after another one (حزب الأمة القومي، حركة النهضة الإسلامية المعارضة): it
    agrees with the name's head, not with the genitive it follows."""
    if k in s.entity_at or not _body_adjective_form(s, k):
        return False
    j = k - 1
    while j > 0 and j not in s.entity_at and _body_adjective_form(s, j):
        j -= 1
    ent = s.entity_at.get(j)
    return ent is not None and ent.type in _BODY_NAMES


def _body_adjective_form(s: Sent, k: int) -> bool:
    """A definite singular relational adjective or a listed party adjective (المعارض،
    الحاكمة)."""
    if not s.norms[k].startswith("ال"):
        return False
    return "party_adjective" in s.infos[k].cues or _singular_nisba(s, k)


def _singular_nisba(s: Sent, k: int) -> bool:
    """A singular relational adjective (القومي، الإسلامية), not a plural one (الأمريكيين)."""
    return _nisba(s, k) and not s.norms[k].endswith(("يون", "يين", "يات"))


def _nisba(s: Sent, k: int) -> bool:
    """A definite relational adjective in -ي/-ية/-يون/-يين/-يات (الجوي، الأمريكية),
    not a stem in -ى (المستشفى), a plural of the مفاعل pattern (الأهالي) nor a short noun
    in -ية or -اية (القرية، الولاية); short adjectives (الجوية) are listed as adjectives."""
    tok = s.infos[k].token
    raw, norm = s.doc.text[tok.start : tok.end], tok.norm
    stem = norm[2:]
    if norm.endswith(("يون", "يين", "يات")):
        return len(stem) >= 5
    if norm.endswith("يه") and raw[-1] in "ةه":
        return len(stem) >= 5 and not stem.endswith("ايه")
    if not raw.endswith("ي") or len(stem) < 3:
        return False
    if len(stem) < 4 or stem[-3] != "ا" or stem.endswith("اني"):
        return True
    # ا before the last letter: a plural of the مفاعل or فواعل shape (الأهالي، المساعي،
    # الضواحي), or an adjective of a longer or another shape (الاقتصادي، السياسي، الثقافي)
    return len(stem) >= 6 or not (stem[0] in "ما" or stem[1] == "و")


def _same_form(s: Sent, k: int) -> bool:
    """Gender, number and case of an adjective agree with the word before it."""
    prev, norm = s.norms[k - 1], s.norms[k]
    if _sound_plural(norm):
        return prev[-2:] == norm[-2:]
    if _sound_plural(prev):
        return False
    return norm.endswith("ه") or not prev.endswith(("ه", "ات"))


def _sound_plural(norm: str) -> bool:
    """A masculine sound plural (المسلحين), not a singular in -ين (الأمين، السجين)."""
    stem = norm[2:] if norm.startswith("ال") else norm
    return stem.endswith(("ون", "ين")) and len(stem) >= 5


def agrees(s: Sent, k: int) -> bool:
    """An indefinite adjective after an indefinite noun, same ending (مسلحين مجهولين), or
    feminine after a plural in ات (طائرات حربية)."""
    prev, norm = s.norms[k - 1], s.norms[k]
    if prev.startswith("ال") or norm.startswith(("ال", "و", "لل")) or len(norm) < 4:
        return False
    if len(prev) > 4 and prev.endswith(("هم", "ها", "هما", "هن")):
        return False  # ذويهم | بفدية: a noun with a pronoun is definite
    if prev.endswith("ا") and not prev.endswith("وا"):
        return norm.endswith("ا")  # accusatives: مطارا عسكريا
    if prev.endswith("ات") and norm.endswith("ه"):
        return True  # a plural of things takes a feminine singular adjective: كميات كبيرة
    if prev[-2:] == norm[-2:] if prev[-1] == "ن" else prev[-1] == norm[-1]:
        return True
    return _nisba_after_broken_plural(prev, norm)


def speaker_end(s: Sent, k: int) -> int | None:
    """End of a source noun at k and what describes it: an agreeing adjective (مصدر عسكري،
    مصادر محلية) or a في phrase naming its body (مصدر في | وزارة الدفاع); None when nothing does."""
    if k + 1 >= len(s.infos):
        return None
    if _described(s.norms[k], s.norms[k + 1]):
        return k + 2
    if s.norms[k + 1] == "في" and k + 2 < len(s.infos) and (k + 2 in s.entity_at or s.norms[k + 2].startswith("ال")):
        body = np_at(s, k + 2)
        return body[1] if body is not None else None
    return None


def _described(noun: str, adjective: str) -> bool:
    """An indefinite adjective agreeing with an indefinite noun (مصدر عسكري، مصادر محلية)."""
    if noun.startswith("ال") or adjective.startswith(("ال", "و")) or len(adjective) < 4:
        return False
    return adjective.endswith(("ي", "يه", "ه")) or noun[-2:] == adjective[-2:]


def _nisba_after_broken_plural(prev: str, norm: str) -> bool:
    """A relational adjective or participle after a noun with no sound ending, as broken
    plurals take them: masculine plural nominative (زعماء قبليون، خبراء أمميون) or feminine
    singular (كتل نيابية، فصائل مسلحة); not after a sound plural, a dual or -ة."""
    if prev.endswith(("ون", "ين", "ان", "ه")):
        return False
    if norm.startswith("م") and norm.endswith("ه") and len(norm) >= 5 and len(prev) >= 5 and prev[2] == "ا":
        return True  # a participle after a plural of the فعائل/فعالل shape: فصائل مسلحة، عناصر مجهولة
    if len(norm) == 5 and norm.endswith("يه"):
        # عشائر عربية، أحزاب محلية: after the فعائل or أفعال shape; not a verbal noun (تسوية)
        # nor a noun after a singular (رئيس | بلدية)
        broken = len(prev) == 5 and (prev[2] == "ا" or (prev[0] == "ا" and prev[3] == "ا"))
        return broken and not norm.startswith("ت")
    return len(norm) >= 6 and norm.endswith(("يون", "يه"))  # not -يين: also a dual (جنديين)


def next_np(s: Sent, k: int, reach: int = OBJECT_REACH) -> tuple[int, int] | None:
    """First noun phrase within `reach` words after position k, skipping time adverbs and
    time expressions, also between commas (شنت، ليل الأحد، طائرات حربية)."""
    j, skipped = k + 1, 0
    while j < len(s.infos) and j - k - skipped <= reach:
        info = s.infos[j]
        comma = info.token.norm in ("،", ",")
        if _time_word(s, j) or (comma and (_time_word(s, j + 1) or _time_word(s, j - 1))):
            j, skipped = j + 1, skipped + 1
            continue
        if info.token.norm in _OPEN_QUOTES and (quoted := quoted_name(s, j)) is not None:
            return quoted  # نفى «حزب الله»
        if info.token.norm in _CLOSE_ONLY and j == k + 1 and k in s.entity_at:
            j, skipped = j + 1, skipped + 1  # the closing quote of a quoted subject («حزب الله»)
            continue
        if info.token.kind == "punct" and info.token.norm in _CLAUSE_END:
            return None
        return np_at(s, j)
    return None


def quoted_name(s: Sent, j: int) -> tuple[int, int] | None:
    """The name inside the quotes opening at j («حزب الله»), if a closing quote ends it."""
    b = j
    while b < len(s.infos) and s.norms[b] in _OPEN_QUOTES:
        b += 1
    ent = s.entity_at.get(b)
    if ent is None:
        return None
    end = b
    while end < len(s.infos) and s.entity_at.get(end) is ent:
        end += 1
    return (b, end) if end < len(s.infos) and s.norms[end] in _CLOSE_QUOTES else None


def _time_word(s: Sent, j: int) -> bool:
    """A time adverb, a word of a time expression, or a preposition opening one (خلال
    الأيام الماضية، مطلع الشهر)."""
    if j >= len(s.infos):
        return False
    if j in s.times or "past" in s.infos[j].cues:
        return True
    return "function" in s.infos[j].cues and j + 1 in s.times


def clause_start(s: Sent, k: int) -> int:
    """Position after the last clause boundary (punctuation, أن, reporting verb) before k."""
    j = k - 1
    while j >= 0:
        info = s.infos[j]
        norm = info.token.norm
        if norm in _OPEN_QUOTES and (name := quoted_name(s, j)) is not None and name[1] < k:
            j -= 1  # عناصر من «قسد» اعتقلوا: a quoted name closed before k opens no clause
            continue
        if norm in _CLAUSE_END or norm in _COMPLEMENTIZERS or "report" in info.cues:
            return j + 1
        j -= 1
    return 0


def _quote_opening(s: Sent, k: int, words: int = 3) -> int | None:
    """Position of the opening quote of at most `words` quoted words ending right before k
    («قسد»)."""
    if k < 3 or s.norms[k - 1] not in _CLOSE_ONLY:
        return None
    for j in range(k - 2, max(-1, k - 3 - words), -1):
        if s.norms[j] in _OPEN_QUOTES:
            return j if all(s.is_word(i) for i in range(j + 1, k - 1)) else None
    return None


def _quoted_alias_start(s: Sent, k: int) -> int | None:
    """Position of the opening quote of a short quoted alias ending right before k («قسد»)."""
    j = _quote_opening(s, k)
    if j is not None and s.norms[j - 1] == "من":
        return None  # عناصر من «قسد» اعتقلوا: the name a partitive takes, no short form
    return j


def prev_np(s: Sent, k: int) -> tuple[int, int] | None:
    """Noun phrase right before position k inside its clause (the SVO subject), over an
    auxiliary or negation particle (قواته قد قصفت، عناصرها لم يستخدموا)."""
    alias = _quoted_alias_start(s, k)
    if alias is not None:
        k = alias  # قوات سوريا الديمقراطية «قسد» انسحبت: the name before its short form
    start = clause_start(s, k)
    while k - 1 > start and (
        s.norms[k - 1] in AUXILIARIES or "negation" in s.infos[k - 1].cues
    ):
        k -= 1
    j = k
    while j > start and k - (j - 1) <= PREV_NP_REACH:
        if s.is_word(j - 1):
            j -= 1
        elif (opening := _quote_opening(s, j, QUOTED_NAME_WORDS)) is not None and opening > start:
            j = opening  # عناصر من «قسد» اعتقلوا: over a quoted name
        else:
            break
    if j < k and j in s.quantities:  # ثلاثة من عناصرها قتلوا
        j = max(start, s.quantities[j].start)
    while j < k:  # the last of the noun phrases in [j, k) (المدينة | المسلحون هاجموا)
        span = np_at(s, j)
        if span is not None and span[1] >= k:
            return j, k
        if span is not None and span[1] == k - 1 and s.norms[span[1]] in _CLOSE_ONLY:
            return j, span[1]  # عناصر من «قسد» اعتقلوا: the quoted name
        if span is not None and s.infos[span[1]].token.norm.startswith("ل") and prep_led(s, span[1]) and pp_end(s, span[1]) == k:
            return j, k  # a noun and its ل phrase: مفارز للجيش ضبطت، الإدارة العامة لمكافحة المخدرات ضبطت
        if span is None and prep_led(s, j):
            j = pp_end(s, j)
        else:
            j = span[1] if span is not None else j + 1
    return None
