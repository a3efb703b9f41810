"""Grouping a sentence's trigger hits into one candidate per happening.

Triggers of the same PLOVER type in one sentence describe the same act ("شن هجوما
بطائرة مسيرة استهدف ..." is one ASSAULT), so they merge into one candidate whose head
is its first strong verb (else the first verb, else the first noun). A noun head
preceded by a light verb (شن، نفذ، قام ب) or an undergo verb (تعرض ل) takes that verb
as its verbal head. The mode is the best-ranked one among the trigger lemmas and the
mode words near them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, NamedTuple

from marsad.events.factuality import BACKGROUND_PREPS, CLAUSE_ENDS, COMPLEMENTISERS
from marsad.events.lexicon import FormKind, Lexicon, TriggerEntry, word_keys
from marsad.events.triggers import (
    ANY,
    COMMAS,
    COMPANION_WINDOW,
    VERBAL,
    ModeSpan,
    TokInfo,
    has_companion,
    mode_spans,
    verb_reading,
)

ADJUNCT_WORDS: Final = 4  # words of an adjunct between commas a light verb reaches over
LIGHT_REACH: Final = 6  # a light verb this many tokens before its event noun (past its subject)
# Once a noun heads an event, its light verb may stand further back, past a long subject
# (نفذ المعلمون في عدد من مدارس عمّان وقفة احتجاجية).
HEAD_LIGHT_REACH: Final = 8
UNDERGO_REACH: Final = 8  # تعرض مقر المجلس الرئاسي الليبي في طرابلس لقصف: the undergoer is often long
PREP_LIGHT_REACH: Final = 10  # so is the subject before the preposition of a prep_light verb (تمكنت ... من)
# Prepositions through which a `prep_light` verb takes its event noun (خرج في مسيرة،
# تمكن من ضبط، أقدم على اختطاف، عمد إلى إحراق، أعرب عن رفضه).
PREP_LIGHT_PREPS: Final = frozenset({"في", "من", "علي", "الي", "عن"})  # normalised forms (على -> علي)
# Types whose verbal nouns listed with و are distinct acts (إغلاق المعبر وطرد الملحقين);
# a list of cooperation or talks nouns (التعاون وتبادل المعلومات) tells one relation.
_LISTED_TYPES: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT", "MOBILIZE"})
RESUMPTIVES: Final = frozenset({"خلاله", "خلالها", "فيه", "فيها"})
_TALKS: Final = frozenset({"meeting", "talks"})  # modes of the talks a visit's host holds
_RELATIVES: Final = frozenset({"الذي", "التي"})
TITLE_REACH: Final = 3  # words between a work's noun and its quoted title (روايته الجديدة «...»)
LIST_REACH: Final = 16  # tokens to a list a name is put on (أدرجت X Y ... على قائمة العقوبات)
SUBJECT_WORDS: Final = 6  # words of a verb's subject before its object (أعلنت قوات المقاومة الوطنية في الساحل الغربي ضبط)
UNLESS_REACH: Final = 3  # an `unless` word this near after the trigger cancels it
CHARGE_REACH: Final = 5  # words from a charge word (بتهمة) to the offences it lists
GOODS_REACH: Final = 4  # words from an arrest verb to goods it seizes, past a short subject
MODE_REACH: Final = 8  # mode words this near a trigger of the event
UNRANKED: Final = 50
MENTION_REACH: Final = 3  # words from a `mention` noun to the truce it names (المقترح الإسرائيلي الأخير لوقف)
AGREED_REACH: Final = 3  # words from an agreeing verb to the mention noun it takes (وافقا مبدئيا على مقترح)
_NOMINAL: Final = ("noun", "word")  # a listed noun, or a whole word read as one (دهم)
PURPOSE_TYPES: Final = ("REQUEST", "ACCUSE", "REJECT")  # a protest's purpose clause (رفضا لقرار)
_NOUN_GOVERNORS: Final = frozenset({"undergo", "operation", "light"})  # cues after which a verbal noun follows (قدم استقالته)


class TriggerHit(NamedTuple):
    """One trigger reading kept for a sentence position (a tuple: built for every hit)."""

    pos: int
    entry: TriggerEntry
    kind: FormKind
    prefix: str
    companion: int | None


class Candidate:
    """One happening of one type in a sentence. A plain class (natively built by mypyc),
    as a dataclass's generated __init__ would run as interpreted Python."""

    def __init__(self, type: str) -> None:
        self.type = type
        self.hits: list[TriggerHit] = []
        self.head: TriggerHit | None = None
        self.verb: int | None = None  # verbal head position (the trigger or its light verb)
        self.light: str | None = None  # 'light' or 'undergo' when a light verb carries the noun
        self.mode: str | None = None
        self.mode_rule = ""

    @property
    def span(self) -> tuple[int, int]:
        """Token positions [a, b) of the trigger evidence."""
        assert self.head is not None
        a = self.verb if self.light and self.verb is not None else self.head.pos
        b = max(self.head.pos, self.head.companion or 0) + 1
        return a, b


def _companion(infos: list[TokInfo], pos: int, entry: TriggerEntry) -> int | None:
    """Position of the entry's `with` word: within the usual window, or, for the list a
    name is put on, right after a list noun further on (أدرجت الوزارة ثلاثة مسؤولين في
    الحرس الثوري على قائمة العقوبات)."""
    words = word_keys(entry.with_)
    found = has_companion(infos, pos, words, entry.with_reach or COMPANION_WINDOW)
    if found is not None or entry.companion != "list":
        return found
    for k in range(pos + 2, min(pos + LIST_REACH, len(infos))):
        if not infos[k].stems.isdisjoint(words) and "list_noun" in infos[k - 1].cues:
            return k
        if infos[k].token.kind == "punct" and infos[k].token.norm not in COMMAS:
            return None  # the sentence or clause ends
    return None


def _valid_hits(infos: list[TokInfo], blocked: dict[int, str]) -> list[TriggerHit]:
    """Hits whose companion word is present and that no other-type phrase covers."""
    out: list[TriggerHit] = []
    silenced: set[int] = set()  # companion words of readings dropped as mentions
    titles = _work_titles(infos)
    for info in [i for i in infos if i.hits]:
        if _names_next_act(infos, info):
            continue  # عملية دهم، عملية تفجير: the operation is the act named after it
        best: dict[str, TriggerHit] = {}
        comps = [_companion(infos, info.pos, e) if e.with_ else None for e, _k, _p in info.hits]
        accompanied = any(c is not None for c in comps)  # تم إطلاق سراح: not إطلاق النار
        for (entry, kind, prefix), comp in zip(info.hits, comps, strict=True):
            if blocked.get(info.pos, entry.type) != entry.type:
                continue
            if (
                entry.with_
                and comp is None
                and (accompanied or not (kind == "noun" and _light_verb(infos, info.pos)) or _other_genitive(infos, info.pos))
            ):
                continue  # a light verb stands for the companion, not when another genitive follows (جرى تبادل الأحاديث)
            if entry.unless and _cancelled(infos, info.pos, word_keys(entry.unless), comp):
                continue  # ضبط النفس، تستهدف الخطة خفض العجز
            if entry.unless_subject and _subject_cancels(infos, info.pos, word_keys(entry.unless_subject)):
                continue  # مستشفى المدينة استقبل الجرحى: a hospital hosts no meeting
            if kind in VERBAL and _after_preposition(infos, info.pos):
                continue  # only a noun follows a preposition (بسبب خطف، بعد تلقي)
            if kind in VERBAL and info.pos > 0 and not _NOUN_GOVERNORS.isdisjoint(infos[info.pos - 1].cues):
                continue  # تم ضبط المتهم، عملية بحث وتمشيط: a verbal noun follows
            if info.pos > 0 and "manner" in infos[info.pos - 1].cues:
                continue  # بشكل قاطع، بصورة عاجلة: an adjective of manner
            if kind == "noun" and info.pos > 0 and "discipline" in infos[info.pos - 1].cues:
                continue  # أستاذ علم الاجتماع: a field of study
            if kind == "noun" and info.pos > 0 and infos[info.pos - 1].cues.get("institution") == "":
                continue  # منظمات الإغاثة، مراكز الاحتجاز: what a body does, in its name
            if entry.type == "ASSAULT" and kind in VERBAL and "reach" in info.cues and _after_sanctions(infos, info.pos):
                continue  # حزمة عقوبات جديدة تستهدف قادة: whom the sanctions aim at, no attack
            if info.pos in titles:
                continue  # فيلم «هجوم على الحدود»: a title
            if entry.type == "AGREE" and kind == "noun" and _mentioned(infos, info.pos):
                if comp is not None:
                    silenced.add(comp)  # إطلاق of وقف إطلاق النار is no shooting either
                continue  # خرق وقف إطلاق النار، المقترح الأخير لوقف إطلاق النار: a truce named, none agreed
            if kind == "noun" and _charged(infos, info.pos):
                continue  # أوقف بتهمة القتل والتهديد بالسلاح: an offence charged, no act told
            if kind == "circumstantial" and prefix != "و" and not (info.pos > 0 and infos[info.pos - 1].token.norm in ("،", ",")):
                continue  # ، متهمة كييف، ومهددة: a participle of state follows its clause's comma or و
            if kind == "past" and _object_of_verb(infos, info.pos, entry, prefix):
                continue  # أدانت المنظمة قصف المخيم: the verbal noun is the object
            if kind == "past" and prefix == "و" and _listed_object(infos, info.pos, entry):
                continue  # أعلنت الحكومة إغلاق المعبر وطرد الملحقين: one more object of أعلنت
            if kind == "past" and _counted_accusative(infos, info.pos):
                continue  # اختطف مسلحون 12 طالبا: a counted noun, not the dual verb طالبا
            if kind == "past" and _accusative_noun(infos, info.pos):
                continue  # رصد التقرير قصفا مدفعيا: an accusative noun, not the dual قصفا "they both shelled"
            if entry.type == "ASSAULT" and _hazard_subject(infos, info.pos):
                continue  # ضربت موجة حر الولايات، دمرت السيول المنازل
            hit = TriggerHit(info.pos, entry, kind, prefix, comp)
            if entry.type not in best or _better(hit, best[entry.type]):
                best[entry.type] = hit
        out.extend(best.values())
    if silenced:
        out = [h for h in out if h.pos not in silenced]
    companion_types: dict[int, set[str]] = {}
    for h in out:
        if h.companion is not None:
            companion_types.setdefault(h.companion, set()).add(h.entry.type)
    if not companion_types:  # the common case: no hit is another's companion word
        return out
    return [h for h in out if not companion_types.get(h.pos, set()) - {h.entry.type}]


def _other_genitive(infos: list[TokInfo], pos: int) -> bool:
    """An indefinite noun at pos followed by a definite genitive (تبادل الأحاديث): what the
    noun is of is named, and it is none of its companion words."""
    return (
        pos + 1 < len(infos)
        and not infos[pos].token.norm.startswith(("ال", "وال", "بال", "لل"))
        and infos[pos + 1].token.norm.startswith("ال")
    )


def _charged(infos: list[TokInfo], pos: int) -> bool:
    """Whether a charge word (بتهمة، بجرم، للاشتباه) stands shortly before the noun at pos,
    with only the words of its offence list between (بتهمة السرقة والتهديد بالسلاح)."""
    for k in range(pos - 1, max(-1, pos - 1 - CHARGE_REACH), -1):
        info = infos[k]
        if "charge" in info.cues:
            return True
        if info.token.kind != "word" or "verb" in info.cues or verb_reading(info):
            return False
    return False


def _work_titles(infos: list[TokInfo]) -> set[int]:
    """Positions inside «» quotes opened shortly after a work's noun (فيلم «...»، روايته
    الجديدة «...»، فيلما وثائقيا بعنوان «...»)."""
    inside: set[int] = set()
    opened = False
    for k, info in enumerate(infos):
        norm = info.token.norm
        if norm == "«":
            opened = any("work_title" in infos[j].cues for j in range(max(0, k - TITLE_REACH), k))
        elif norm == "»":
            opened = False
        elif opened:
            inside.add(k)
    return inside


def _after_sanctions(infos: list[TokInfo], pos: int) -> bool:
    """Whether a sanctions noun and its adjectives stand right before `pos` (حزمة عقوبات
    جديدة تستهدف، العقوبات التي تستهدف), no preposition between."""
    for j in range(pos - 1, max(-1, pos - 1 - SANCTION_AIM_REACH), -1):
        if "target_prep" in infos[j].cues or infos[j].token.kind == "punct":
            return False  # عقوبات على جماعة استهدفت سفنا: the group's own attack
        if any(e.type == "SANCTION" and k == "noun" for e, k, _ in infos[j].hits):
            return True
    return False


def _accusative_noun(infos: list[TokInfo], pos: int) -> bool:
    """A word ending in ا that is also read as a noun, before an indefinite accusative
    adjective (قصفا مدفعيا، هجوما عنيفا): the noun with its adjective, not a dual verb."""
    norm = infos[pos].token.norm
    if not norm.endswith("ا") or not any(k == "noun" for _e, k, _p in infos[pos].hits) or pos + 1 >= len(infos):
        return False
    nxt = infos[pos + 1].token.norm
    return len(nxt) >= 4 and nxt.endswith("ا") and not nxt.startswith("ال") and not nxt.endswith("وا")


def _counted_accusative(infos: list[TokInfo], pos: int) -> bool:
    """A word ending in ا right after a count (12 طالبا، عشرين متظاهرا): the counted noun in
    the accusative, not a dual verb."""
    prev = infos[pos - 1] if pos > 0 else None
    return prev is not None and infos[pos].token.norm.endswith("ا") and (prev.token.kind == "number" or prev.uncounted)


def _subject_cancels(infos: list[TokInfo], pos: int, words: frozenset[str]) -> bool:
    """Whether an `unless_subject` word stands just after the verb (VSO), or after an
    indefinite head there (حذرت مصالح الأرصاد), or among the few words before it (SVO:
    مستشفى الفاشر الجنوبي استقبل)."""
    if _any_word(infos, range(pos - UNLESS_REACH, pos + 2), words):
        return True
    construct = pos + 2 < len(infos) and infos[pos + 1].token.kind == "word" and not infos[pos + 1].token.norm.startswith("ال")
    return construct and _any_word(infos, (pos + 2,), words)


def _cancelled(infos: list[TokInfo], pos: int, words: frozenset[str], companion: int | None = None) -> bool:
    """Whether one of the entry's `unless` words follows within UNLESS_REACH tokens, before
    the companion word if there is one (حل جميع الأحزاب السياسية: السياسية describes the
    parties, where حل سياسي is a solution); one that ends the construct chain of a force noun
    is part of the subject (ضبطت قوى الأمن شحنة، ضبطت قوات حرس الحدود شحنة)."""
    last = pos + 1 + UNLESS_REACH if companion is None or companion < pos else min(companion, pos + 1 + UNLESS_REACH)
    reach = range(pos + 1, min(len(infos), last))
    return _any_word(infos, [k for k in reach if not _in_force_name(infos, pos, k)], words)


def _in_force_name(infos: list[TokInfo], pos: int, k: int) -> bool:
    """Whether word k is the genitive of a force noun after pos, directly or through one
    indefinite noun (قوى | الأمن، قوات حرس | الحدود)."""
    if k > pos + 1 and "force" in infos[k - 1].cues:
        return True
    between = infos[k - 1].token.norm
    return k > pos + 2 and "force" in infos[k - 2].cues and not between.startswith("ال")


def _any_word(infos: list[TokInfo], positions: Iterable[int], words: frozenset[str]) -> bool:
    """Whether a token at one of the positions (those outside the sentence skipped) has a
    stem among `words`."""
    return any(not infos[k].stems.isdisjoint(words) for k in positions if 0 <= k < len(infos))


def _hazard_subject(infos: list[TokInfo], pos: int) -> bool:
    """Whether the word's subject, right after it (VSO) or before it (SVO), is a natural
    hazard (زلزال، سيول، موجة حر): nature strikes, nobody attacks (also ضربت read as
    the noun ضربة)."""
    return any(
        0 <= k < len(infos) and "hazard" in infos[k].cues for k in (pos + 1, pos - 1)
    )


def _after_preposition(infos: list[TokInfo], pos: int) -> bool:
    """Whether the word before `pos` is a preposition; unvowelled من before a verb is the
    pronoun مَن (من يعتدي على), so it does not count unless a verb governs it (تمكنت
    الشرطة من ضبط)."""
    prev = infos[pos - 1] if pos > 0 else None
    if prev is None or "preposition" not in prev.cues:
        return False
    governed = any("prep_light" in infos[k].cues for k in range(max(0, pos - 2 - LIGHT_REACH), pos - 1))
    return prev.token.norm != "من" or governed


def _better(hit: TriggerHit, old: TriggerHit) -> bool:
    """Prefer a reading with its companion present, then a verbal reading (قتل = killed)."""
    if (hit.companion is None) != (old.companion is None):
        return hit.companion is not None
    return hit.kind in VERBAL and old.kind not in VERBAL


def _head(hits: list[TriggerHit], infos: list[TokInfo]) -> TriggerHit:
    """First strong main-clause verb, else a noun carried by a light verb (شن هجوما),
    else any main-clause verb, else the first strong noun, else the first hit. A verb
    right after a relative pronoun (الهجوم الذي استهدف) only describes the noun. Plain
    loops, no closures: mypyc makes a closure a reference cycle the collector must free."""
    for h in hits:
        if _main_verb(h, infos) and h.entry.strength == "strong":
            return h
    for h in hits:
        if h.kind == "noun" and _light_verb(infos, h.pos) is not None:
            return h
    for h in hits:
        if _main_verb(h, infos):
            return h
    for h in hits:
        if h.entry.strength == "strong" and h.kind not in VERBAL:
            return h
    return hits[0]


def _main_verb(hit: TriggerHit, infos: list[TokInfo]) -> bool:
    """A verbal hit heading a main clause: not right after a relative pronoun (الهجوم الذي
    استهدف) nor describing the noun before it (اجتماعا ناقش فيه)."""
    return (
        hit.kind in VERBAL
        and not (hit.pos > 0 and "relative" in infos[hit.pos - 1].cues)
        and not _describes(infos, hit.pos)
    )


# Conjunctions opening a clause: a verb after them heads it (حين رشق ملثمون دوريتهما).
_CLAUSE_CONJUNCTIONS: Final = frozenset({"حين", "حينما", "عندما", "بينما", "وبينما", "فيما", "حيث", "لما", "بعدما", "اذ", "كما"})
# Cue verbs whose object may be an act's verbal noun (أعلن، قرر، نفى ... الجيش ضبط / حظر).
_OBJECT_TAKING_CUES: Final = frozenset({"report", "plan", "decision", "denial"})


def _object_of_verb(infos: list[TokInfo], pos: int, entry: TriggerEntry, prefix: str) -> bool:
    """A bare form that is also the lemma's verbal noun, right after a verb and its
    subject, is that verb's object (أدانت المنظمة قصف المخيم، أعلن الجيش ضبط): not a
    second verb, whose subject would be the first verb's."""
    if prefix or not any(kind == "noun" and e is entry for e, kind, _ in infos[pos].hits):
        return False
    if pos > 0 and "preposition" in infos[pos - 1].cues:
        return True  # no verb follows a preposition: بعد أسابيع من طرد السفير
    k, skipped = pos, 0
    while k > max(0, pos - 1 - SUBJECT_WORDS - skipped):
        k -= 1
        info = infos[k]
        if info.token.norm in COMMAS and (opening := _adjunct_start(infos, k)) is not None:
            skipped += k - opening + 1
            k = opening  # أعلن المجلس، الثلاثاء، طرد السفير
            continue
        if info.in_name:
            skipped += 1  # a name of several words counts as one (أعلن الوزير عادل كريم الساعدي استقالته)
            continue
        if info.token.norm in COMPLEMENTISERS or info.token.norm in _CLAUSE_CONJUNCTIONS:
            return False  # بأن قناصا قتل، حين رشق ملثمون: a clause of its own opens here
        if verb_reading(info) or not _OBJECT_TAKING_CUES.isdisjoint(info.cues):
            return k < pos - 1 - skipped  # a subject stands between (commas and adjunct aside)
        if info.token.kind != "word" or info.hits:
            return False
    return False


def _mentioned(infos: list[TokInfo], pos: int) -> bool:
    """An agreement noun governed by a `mention` noun a few words before it, with no verb or
    other trigger between (خرق | وقف إطلاق النار، الورقة الإسرائيلية المعدلة | لوقف)."""
    for k in range(pos - 1, max(-1, pos - 1 - MENTION_REACH), -1):
        info = infos[k]
        if "mention" in info.cues:  # unless agreed to itself (وافقا على مقترح هدنة)
            return not any(e.type == "AGREE" for j in range(max(0, k - AGREED_REACH), k) for e, _k, _p in infos[j].hits)
        if info.token.kind != "word" or info.hits or verb_reading(info):
            return False
    return False


def _listed_object(infos: list[TokInfo], pos: int, entry: TriggerEntry) -> bool:
    """A form with the lemma's verbal noun reading, joined by و to a list of verbal nouns
    that a verb takes as its objects (أعلنت الحكومة تعليق المعاهدة وإغلاق المعبر وطرد
    الملحقين): a noun of the list too, not a verb."""
    if not any(kind == "noun" and e is entry for e, kind, _ in infos[pos].hits):
        return False
    k = pos
    while True:
        j = k - 1
        while j > max(-1, k - LIST_REACH) and not infos[j].hits and infos[j].token.norm not in CLAUSE_ENDS:
            j -= 1
        if j < 0 or not infos[j].hits or verb_reading(infos[j]):
            return False
        first = next(((e, p) for e, kind, p in infos[j].hits if kind == "noun"), None)
        if first is None:
            return False
        if not first[1]:
            return _object_of_verb(infos, j, first[0], "")
        if first[1] != "و":
            return False
        k = j


def _names_next_act(infos: list[TokInfo], info: TokInfo) -> bool:
    """An operation noun right before another act's noun (عملية دهم، حملة اعتقالات): the
    operation is that act, not one of its own."""
    nxt = info.pos + 1
    return "operation" in info.cues and nxt < len(infos) and any(kind in _NOMINAL for _, kind, _ in infos[nxt].hits)


def _describes(infos: list[TokInfo], pos: int) -> bool:
    """A verb with a resumptive pronoun right after it describes the noun before it
    (اتصالا هاتفيا بحث خلاله، اجتماعا ناقش فيه): no main clause."""
    return pos + 1 < len(infos) and infos[pos + 1].token.norm in RESUMPTIVES


def _light_verb(infos: list[TokInfo], pos: int, reach: int = LIGHT_REACH) -> tuple[int, str] | None:
    """A light or undergo verb shortly before an event noun; through في or من only a
    `prep_light` verb (خرج الآلاف في مسيرة، دخل المعلمون في إضراب، تمكنت الشرطة من ضبط،
    أقدم مسلحون على خطف)."""
    via_fi = False
    types = {entry.type for entry, _, _ in infos[pos].hits}
    governor = pos - 2 if pos > 1 and infos[pos - 1].token.norm in ANY else pos - 1  # على أي هجوم
    skipped = 0  # words of adjuncts set off by commas, which do not count (، الاثنين،)
    prep_between = False  # a preposition between the noun and the word being looked at
    k = pos
    while k > max(0, pos - (PREP_LIGHT_REACH if via_fi and not prep_between else UNDERGO_REACH) - skipped):
        k -= 1
        cues = infos[k].cues
        if prep_between and k < governor and any(kind == "noun" for _, kind, _ in infos[k].hits):
            return None  # قدم استقالته من الحكومة مقابل إسقاط: the verb's noun is the earlier one
        if "preposition" in cues and k < governor:
            prep_between = True
        if infos[k].token.norm in COMMAS and (opening := _adjunct_start(infos, k)) is not None:
            skipped += k - opening + 1
            k = opening  # أجرى الجيش، الاثنين، مناورات
            continue
        if infos[k].in_name or infos[k].uncounted:
            skipped += 1  # a name of several words counts as one; a time or count not at all
            continue
        if infos[k].token.norm in COMMAS and k > 0 and infos[k - 1].in_name:
            skipped += 1  # the comma closing a name's title (تلقى X رئيس مجلس الوزراء، اتصالا)
            continue
        # An undergo verb, or a prep_light one right before its preposition's subject
        # (تمكنت عناصر الشرطة القضائية بولاية أمن المدينة من توقيف), may stand past a long
        # subject; not past another preposition (لم تتمكن السلطات من تحديد الجهة المسؤولة عن قطع).
        far_light = via_fi and not prep_between and "prep_light" in cues
        if pos - k - skipped > reach and "undergo" not in cues and not far_light:
            if infos[k].token.kind == "punct":
                return None
            continue
        if via_fi:
            if "prep_light" in cues:
                return k, "light"
            if infos[k].token.kind == "punct" or {"light", "undergo", "verb"} & cues.keys():
                return None
            if any(kind == "noun" and entry.type not in types for entry, kind, _ in infos[k].hits):
                return None  # أسفه لمقتل اثنين من المتظاهرين: the من phrase is the other noun's
            continue
        if "involvement" in cues or infos[k].token.norm in BACKGROUND_PREPS:
            return None  # نفى أي علاقة له بالتفجير، استقال بعد موجة الاحتجاجات: not the verb's noun
        if "undergo" in cues:
            return k, "undergo"
        if "light" in cues:
            return k, "light"
        if k == governor and infos[k].token.norm == "من" and (rnd := _round_before(infos, k)) is not None:
            k = rnd  # أجرى عراقجي جولة ثالثة من المحادثات: the light verb carries the round's talks
            continue
        if "preposition" in cues and k == governor and infos[k].token.norm in PREP_LIGHT_PREPS:
            via_fi = True
            continue
        if infos[k].token.kind == "punct" or ("preposition" in infos[k].cues and k == governor):
            return None  # جرى الحديث عن إرسال: the noun is the preposition's object
    return None


def _round_before(infos: list[TokInfo], k: int) -> int | None:
    """Position of a round, series or package noun before من at k, maybe with an ordinal
    between (جولة ثالثة من، سلسلة من، الحزمة التاسعة عشرة من): the acts after من are what
    it counts."""
    for j in (k - 1, k - 2, k - 3):  # الحزمة التاسعة عشرة من: an ordinal of two words
        if j >= 0 and "round" in infos[j].cues:
            return j
    return None


def _adjunct_start(infos: list[TokInfo], close: int) -> int | None:
    """Position of the comma opening a short adjunct that the comma at `close` ends (، اليوم
    الأحد،، في بيان،), or None."""
    for j in range(close - 1, max(-1, close - 2 - ADJUNCT_WORDS), -1):
        tok = infos[j].token
        if tok.norm in COMMAS:
            return j if j < close - 1 else None
        if tok.kind == "punct" or (infos[j].hits and "past" not in infos[j].cues):
            return None  # a time word may look like a trigger (فجر الأحد)
    return None


def _choose_mode(
    cand: Candidate, spans: list[ModeSpan], rank: dict[tuple[str, str], int], others: list[Candidate]
) -> None:
    """The best-ranked mode among the lemmas' and the mode words near the event; a mode word
    nearer to another act of the same type is that act's (ضبطت شحنة واعتقلت ثلاثة مهربين)."""
    if any(h.entry.modeless for h in cand.hits):
        return  # قضت المحكمة بسجن ثلاثة ... حبسا نافذا: a sentence, whatever penalty it names
    # (rank, weak, mode, rule): of equal ranks a strong lemma wins (حاصرت ... ومنعت)
    options: list[tuple[int, int, str, str]] = []
    for h in cand.hits:
        if h.entry.mode:
            weak = int(h.entry.strength == "weak")
            options.append(
                (rank.get((cand.type, h.entry.mode), UNRANKED), weak, h.entry.mode, f"lemma {h.entry.id}")
            )
    rivals = [h for c in others if c is not cand and c.type == cand.type for h in c.hits]
    for span in spans:
        if span.word.type == cand.type and _near(span.start, cand.hits) and not _nearer(span.start, rivals, cand.hits):
            options.append(
                (span.word.rank, 0, span.word.mode, "mode word " + " ".join(span.word.words))
            )
    if options:
        _, _, cand.mode, cand.mode_rule = min(options)


def _nearer(pos: int, rivals: list[TriggerHit], hits: list[TriggerHit]) -> bool:
    """Whether a word at `pos` is nearer to one of `rivals` than to every one of `hits`."""
    return bool(rivals) and min(abs(pos - h.pos) for h in rivals) < min(abs(pos - h.pos) for h in hits)


def _near(pos: int, hits: list[TriggerHit]) -> bool:
    """Whether a mode word at `pos` is within reach of a trigger of the event."""
    return any(abs(pos - h.pos) <= MODE_REACH for h in hits)


def _is_purpose(hit: TriggerHit, infos: list[TokInfo]) -> bool:
    """A purpose adjunct: ل + verbal noun (للمطالبة), an imperfect verb (تندد) or an
    adverbial accusative (تنديدا، احتجاجا)."""
    return (
        (hit.kind == "noun" and hit.prefix.endswith(("ل", "لل")))
        or hit.kind == "pres"
        or _adverbial(hit, infos)
    )


def _adverbial(hit: TriggerHit, infos: list[TokInfo]) -> bool:
    """A bare indefinite verbal noun in the accusative (احتجاجا على): a manner adverb."""
    info = infos[hit.pos]
    norm = info.token.norm
    as_noun = hit.kind == "noun" or any(k == "noun" for _, k, _ in info.hits)  # رفضا: also a dual verb
    return as_noun and not hit.prefix and norm.endswith("ا") and not norm.endswith("ات")


def _absorb_purposes(by_type: dict[str, Candidate], infos: list[TokInfo]) -> None:
    """A protest's stated purpose (للمطالبة ب، تندد ب) is part of the protest, not a
    separate REQUEST/ACCUSE event; an act done "in protest" (سحبت سفيرها احتجاجا على)
    is that act, not a protest."""
    if "PROTEST" not in by_type:
        return
    for type_ in PURPOSE_TYPES:
        if type_ in by_type and all(_is_purpose(h, infos) for h in by_type[type_].hits):
            del by_type[type_]
    others = [c for t, c in by_type.items() if t != "PROTEST"]
    if any(h.kind in VERBAL for c in others for h in c.hits) and all(
        _adverbial(h, infos) for h in by_type["PROTEST"].hits
    ):
        del by_type["PROTEST"]


def _absorb_charges(by_type: dict[str, Candidate], infos: list[TokInfo]) -> None:
    """The charge of an arrest (اعتقل X لاتهامه بالسرقة) is its stated reason, not an
    ACCUSE event of its own."""
    if (
        "COERCE" in by_type
        and "ACCUSE" in by_type
        and all(h.kind == "noun" and h.prefix.endswith("ل") for h in by_type["ACCUSE"].hits)
    ):
        del by_type["ACCUSE"]


_CONTRASTS: Final = frozenset({"بينما", "فيما"})
SANCTION_AIM_REACH: Final = 4  # words from a sanctions noun to the verb saying whom they aim at


def _acts(cand: Candidate, infos: list[TokInfo]) -> list[Candidate]:
    """Split a type's hits where a second strong main-clause verb, or a light verb carrying
    a strong event noun, is coordinated with و، ف or ثم after a first one of another
    lemma and mode: two acts of one type (داهمت قوة المخيم واعتقلت أربعة شبان; رفع الجيش
    حالة التأهب ودفع بتعزيزات). Weak verbs (قتل، أحرق) tell a result of the act, and
    a second verb of the same mode (اقتحمت المدينة وداهمت المنازل) the same act."""
    acts = [Candidate(cand.type)]
    # The current act's verbal hit. For talks, the first hit opens an act even as a noun, so a
    # coordinated verb of another mode after it (زيارة ... والتقى، الاجتماع ... واتصل) parts from it.
    last: TriggerHit | None = cand.hits[0] if cand.type == "CONSULT" and cand.hits else None
    for hit in cand.hits:
        if last is not None and _trip_and_talks(hit, last, infos):
            acts.append(Candidate(cand.type))  # وصل إلى الدوحة في زيارة يلتقي خلالها الأمير: a visit, then a meeting
            last = hit
            acts[-1].hits.append(hit)
            continue
        verb = _act_verb(hit, infos)
        if verb is not None and verb[2] and hit.companion is None and (last is None or _act_mode(last, infos) is None):
            verb = None  # a listed noun parts only from an act of another named mode (إغلاق المعبر وطرد)
        elif verb is None and last is None and hit.kind == "noun" and not hit.prefix and hit.entry.type in _LISTED_TYPES:
            last = hit  # the first act of a list of verbal nouns (أعلنت الحكومة إغلاق المعبر)
        if verb is not None:
            contrast = _after_contrast(infos, verb[0])  # أفرجت X عن أسرى، بينما سلمت Y رهائن: two acts
            if last is not None and (verb[1] or contrast) and (_other_act(hit, last, infos) or contrast):
                acts.append(Candidate(cand.type))
            last = hit
        acts[-1].hits.append(hit)
    return acts


def _trip_and_talks(hit: TriggerHit, last: TriggerHit, infos: list[TokInfo]) -> bool:
    """A meeting or talks told in a clause on a visit (زيارة رسمية يلتقي خلالها، يجري خلالها
    مباحثات), or a visit told in a clause on the guest of a meeting (استقبل الرئيس الوزير،
    الذي يقوم بزيارة): two acts of the trip, the visit to a place and the talks with a host."""
    if hit.pos <= last.pos or hit.entry.type != "CONSULT":
        return False
    modes = (_act_mode(last, infos), _act_mode(hit, infos))
    if modes[0] == "visit" and modes[1] in _TALKS:
        near = range(max(last.pos + 1, hit.pos - 1), min(len(infos), hit.pos + 3))
        with_host = modes[1] == "meeting" or hit.kind == "noun" or any(infos[k].token.norm == "مع" for k in range(hit.pos + 1, min(len(infos), hit.pos + 4)))
        return with_host and any(infos[k].token.norm in RESUMPTIVES for k in near)  # not يبحث خلالها سبل: the visit's topic
    if modes[0] in _TALKS and modes[1] == "visit":
        return any(infos[k].token.norm in _RELATIVES or infos[k].token.norm in COMMAS for k in range(last.pos + 1, hit.pos))
    return False


def _act_verb(hit: TriggerHit, infos: list[TokInfo]) -> tuple[int, bool, bool] | None:
    """Position of the main-clause verb of a strong hit (itself, the light verb of a noun,
    or a listed verbal noun itself), whether و، ف or ثم joins it to the clause before, and
    whether it is a listed noun (`_listed_noun`); None for other hits."""
    if hit.entry.strength != "strong" and _act_mode(hit, infos) != "seizure":
        return None  # a weak verb tells a result of the act, unless it catches goods (وضبطت شحنة)
    if hit.kind in VERBAL:
        joined = hit.prefix in ("و", "ف") or _after_then(infos, hit.pos)
        return (hit.pos, joined, False) if _main_verb(hit, infos) else None
    lv = _light_verb(infos, hit.pos) if hit.kind == "noun" else None
    if lv is None:
        return (hit.pos, True, True) if hit.kind == "noun" and _listed_noun(hit, infos) else None
    if lv[1] != "light":
        return None
    cues = infos[lv[0]].cues
    return lv[0], cues.get("light", cues.get("prep_light")) in ("و", "ف") or _after_then(infos, lv[0]), False


def _after_then(infos: list[TokInfo], pos: int) -> bool:
    """A verb after ثم, or opening a clause of time (قبل أن، بعد أن): the next step."""
    if pos > 0 and infos[pos - 1].token.norm == "ثم":
        return True
    return pos > 1 and infos[pos - 1].token.norm == "ان" and infos[pos - 2].token.norm in ("قبل", "بعد")


def _listed_noun(hit: TriggerHit, infos: list[TokInfo]) -> bool:
    """A verbal noun joined by و to a list of acts (أعلنت الحكومة إغلاق المعبر وطرد
    الملحقين), or the cause an act answers (طردت الجزائر موظفين ردا على توقيف موظف): an act
    of its own when its mode is another (see `_other_act`), so synonyms (الاعتقال والاحتجاز) stay one."""
    if hit.entry.mode is None or hit.pos == 0 or hit.entry.type not in _LISTED_TYPES:
        return False
    before = infos[hit.pos - 1].token
    if hit.prefix == "و":
        return before.kind != "punct" or before.norm in COMMAS
    return not hit.prefix and before.norm == "علي" and hit.pos > 1 and infos[hit.pos - 2].token.norm == "ردا"


def _after_contrast(infos: list[TokInfo], pos: int) -> bool:
    """A verb opening a contrasting clause (بينما، فيما، في حين): another act, even of the
    same lemma and mode."""
    prev = infos[pos - 1].token.norm if pos > 0 else ""
    return prev in _CONTRASTS or (prev == "حين" and pos > 1 and infos[pos - 2].token.norm == "في")


def _other_act(hit: TriggerHit, last: TriggerHit, infos: list[TokInfo]) -> bool:
    """A lemma and mode other than the act's so far (two raids are one raid); a catch of
    goods is a seizure, another act than an arrest (احتجزت ناقلة واعتقلت طاقمها)."""
    mode, last_mode = _act_mode(hit, infos), _act_mode(last, infos)
    return hit.entry.id != last.entry.id and (mode is None or mode != last_mode)


def _act_mode(hit: TriggerHit, infos: list[TokInfo]) -> str | None:
    """The mode of a hit's lemma, or seizure for an arrest verb whose object, within its
    clause and past a short VSO subject, is goods (احتجزت البحرية ناقلة نفط), or an arrest
    noun whose genitive is."""
    if hit.entry.mode != "arrest" or hit.kind not in ("past", "pres", "noun"):
        return hit.entry.mode
    reach = 1 if hit.kind == "noun" else GOODS_REACH  # a noun's goods are its genitive (احتجاز ناقلة)
    for k in range(hit.pos + 1, min(len(infos), hit.pos + 1 + reach)):
        if "goods" in infos[k].cues:
            return "seizure"
        if infos[k].token.kind == "punct" or infos[k].hits:
            break
    return hit.entry.mode


def _drop_hazard_results(by_type: dict[str, Candidate], infos: list[TokInfo]) -> None:
    """After a natural hazard, weak ASSAULT words (تدمير، مقتل) tell its damage, not an
    attack (ضرب إعصار السواحل، ما أدى إلى تدمير آلاف المساكن), unless a strong one is there."""
    cand = by_type.get("ASSAULT")
    if cand is None or any(h.entry.strength == "strong" for h in cand.hits):
        return
    hazard = next((i.pos for i in infos if "hazard" in i.cues), None)
    if hazard is None:
        return
    cand.hits = [h for h in cand.hits if h.pos < hazard]
    if not cand.hits:
        del by_type["ASSAULT"]


def _yield(by_type: dict[str, Candidate]) -> None:
    """Drop a type whose every reading yields to another type present in the sentence
    (مسيرات beside a strike are drones, not marches)."""
    for type_, cand in list(by_type.items()):
        others = by_type.keys() - {type_}
        if others and all(not others.isdisjoint(h.entry.yields_to) for h in cand.hits):
            del by_type[type_]


def build_candidates(
    infos: list[TokInfo], lex: Lexicon, rank: dict[tuple[str, str], int]
) -> list[Candidate]:
    """One candidate per event type present in the sentence."""
    spans = mode_spans(infos)
    blocked = {
        p: span.word.type
        for span in spans
        if span.end - span.start > 1
        for p in range(span.start, span.end)
    }
    by_type: dict[str, Candidate] = {}
    for hit in _valid_hits(infos, blocked):
        if hit.entry.type not in by_type:
            by_type[hit.entry.type] = Candidate(hit.entry.type)
        by_type[hit.entry.type].hits.append(hit)
    _drop_hazard_results(by_type, infos)
    _absorb_purposes(by_type, infos)
    _absorb_charges(by_type, infos)
    _yield(by_type)
    cands = [act for cand in by_type.values() for act in _acts(cand, infos)]
    for cand in cands:
        cand.head = _head(cand.hits, infos)
        if cand.head.kind in VERBAL:  # also after a relative pronoun: the arguments read the clause
            cand.verb = cand.head.pos
        elif (lv := _light_verb(infos, cand.head.pos, HEAD_LIGHT_REACH)) is not None:
            cand.verb, cand.light = lv
        _choose_mode(cand, spans, rank, cands)
    return cands
