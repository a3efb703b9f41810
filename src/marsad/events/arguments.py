"""Actor and target of an event from the sentence's structure (rules, no parser).

Reads VSO and SVO orders around a verbal head (or the light verb of شن هجوما), the
passive (a damma in the written verb, or تعرض/تم: the subject is the target), agent
phrases (على يد / من قبل / بواسطة X, برصاص X), claims of responsibility (تبنت X الهجوم),
target prepositions (على / ضد, and the lemma's own: التقى مع X), the genitive of event
nouns (هجوم المقاومة = actor, اغتيال الرئيس = target, اقتحام المستوطنين للأقصى), a
nationality adjective (القصف الروسي), the subject shared by coordinated verbs and the
doer of a clause on the event noun (كمين نصبه مسلحون). Participants are noun phrases
(`marsad.events.phrases`). A participant that covers an entity points to it; military
nouns before a country name or demonym (قوات X, القوات الأمريكية) name X's military.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from marsad.events.factuality import CLAUSE_ENDS
from marsad.events.lexicon import TriggerEntry, word_keys
from marsad.events.phrases import (
    AUXILIARIES,
    MAX_NP,
    NOT_NP_CUES,
    OBJECT_REACH,
    PREP,
    PREP_ARTICLE,
    Sent,
    agrees,
    definite,
    imperfect_plural,
    next_np,
    np_at,
    partitive_end,
    pp_end,
    prep_led,
    prev_np,
    proclitic_before_article,
    quoted_name,
)
from marsad.events.triggers import ANY, ILA, VERBAL, TokInfo, noun_reading, verb_reading
from marsad.model import Entity, Ref

CASUALTIES: Final = frozenset({"killed", "injured", "detainees", "hostages", "missing"})
DAMMA: Final = "\u064f"
_AGENT_PREPS: Final = frozenset({"من", "علي", "ايدي"})
_NATIONALITY_TYPES: Final = frozenset({"COUNTRY", "NORP"})
_PLACE_TYPES: Final = frozenset({"GPE", "LOC", "FACILITY"})
_RESUMPTIVE: Final = frozenset({"له", "لها", "لهم", "لهما"})  # تعرضت له سفينة
# A preposition with a pronoun right after a verb that follows an indefinite noun: the verb
# opens a relative clause on the noun, whose subject comes after (في خطوة رحبت بها لندن).
_RELATIVE_RESUMPTIVES: Final = frozenset({
    "به", "بها", "بهم", "له", "لها", "لهم", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "عنه", "عنها", "عنهم",
})
# Cues of words that end a phrase or open a clause (not a palace's name: قصر بيان، قصر مونكلوا).
_CLAUSE_WORD_CUES: Final = frozenset({
    "function", "condition", "preposition", "negation", "relative", "future", "plan", "call", "condemn", "denial",
    "light", "undergo", "verb",
})
# Types of physical acts told in chains of verbs on one subject, each with its object
# (اقتحم الجيش المدينة وحاصر المستشفى واعتقل عددا من الشبان).
_CHAINED_TYPES: Final = frozenset({"ASSAULT", "COERCE"})
MUTUAL_TYPES: Final = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # acts two parties do together
_NISBA_ENDINGS: Final = ("يه", "يون", "يين", "ي")  # normalised endings of relational adjectives
_TO: Final = frozenset({"ل", "لل"})  # ل, and ل with the article's ل it swallowed (للأسر)
INTRANSITIVE_TYPES: Final = ("PROTEST", "RETREAT")  # their verbs take no direct target (تظاهر، انسحب)
# A verb with one of these right after it describes the noun before it (اجتماعا بحث خلاله).
_DESCRIBING_RESUMPTIVES: Final = frozenset({"خلاله", "خلالها", "فيه", "فيها"})
_CONDITIONALS: Final = frozenset({"ما", "اذا", "ان", "وان", "حال", "لو"})  # before لم: ما لم، إذا لم، في حال لم
# Accusatives of fear or anticipation: the act they await is someone else's.
_FEARED: Final = frozenset({"تحسبا", "خشيه", "تخوفا", "تفاديا", "منعا"})
PARENTHETICAL_REACH: Final = 8  # words of an adjunct set off by commas between a verb and its object
_PRONOUN_COMPLEMENTIZERS: Final = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
# لكن with the subject's pronoun (لكنها اتهمت الجيش): the phrase after the verb is its object
_BUT_PRONOUNS: Final = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})
# "among them", "most of them": what follows is part of a count of victims
TIME_PREPS: Final = frozenset({"خلال", "اثناء", "عقب", "لدي", "اثر", "ابان"})  # normalised forms
# Rules giving an act to the main clause's subject (the stage treats such acts as that
# speaker's own when they sit inside its statement).
MAIN_CLAUSE_RULE: Final = "subject of the main clause"
RELATIVE_RULE: Final = "the noun the relative clause describes (المسلحين الذين هاجموا)"
_NO_DOER_CUES: Final = frozenset({"munition", "abstract", "installation", "hazard", "goods", "mishap", "ideology"})
_SUBJECT_RELATIVES: Final = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_ORDINALS: Final = frozenset({"اول", "ثاني", "ثالث", "رابع", "اخر"})  # normalised (أول، آخر)
VISITOR_RULE: Final = "the visitor (زيارة يلتقي خلالها X)"
VISIT_REACH: Final = 20  # words from a visit noun to the verb of the clause on it (زيارة رسمية تستغرق يومين، يجري)
COUNT_RULE: Final = "count after verb (patient)"
_DISCLAIMS: Final = frozenset({"negation", "denial"})  # cues that take a claim of responsibility back
GENITIVE_RULE: Final = "genitive of event noun"
ANNOUNCER_RULE: Final = "subject of the verb announcing the act"  # its own act, done by announcing it
OWNER_RULE: Final = "subject owning the event noun"  # أعلن الوزير استقالته
STANCE_OWNER_RULE: Final = "the stance's owner (أعربت الوزارة عن ترحيب المملكة)"  # the speaker voices it
GOVERNOR_REACH: Final = 12  # words between an accusing or calling verb and its complement (subject, object, adjuncts)
_SENTENCE_BREAKS: Final = frozenset({".", "؛", ":"})
AGENT_REACH: Final = 10  # tokens after a trigger in which an agent phrase makes its verb passive
_AMONG: Final = frozenset({"بينهم", "منهم", "بينها", "منها", "بينهما", "غالبيتهم", "معظمهم", "اغلبهم", "اكثرهم"})
AMONG_REACH: Final = 4
DISCLAIM_REACH: Final = 6  # words from a negation to the claim it denies (لم تعلن أي جهة حتى الآن مسؤوليتها)
LIST_WORDS: Final = 40  # tokens back from a listed verbal noun (وطرد) to the list's first
THREAT_PREP_REACH: Final = 4  # words of a threatened act noun and its adjectives before its على/ضد/إلى phrase
_THREAT_PREPS: Final = frozenset({"علي", "ضد", "الي"})  # normalised على، ضد، إلى
_PHRASE_BREAKS: Final = frozenset({".", "،", ",", "؛"})  # where a threat's complement ends
# Cues of nouns that may head what an act is done to (سيارة، مقر، قائد، عناصر).
_OBJECT_NOUN_CUES: Final = frozenset({"installation", "goods", "title", "office", "group", "military", "force", "victim", "b_noun", "lam_word"})
_FLYING_MODES: Final = frozenset({"drone", "aerial"})  # modes whose words name a craft that strikes
_HEADED_BY: Final = frozenset({"برياسه", "بقياده", "برفقه", "بصحبه"})  # a delegation's head named after it (برئاسة, normalised)
_DOER_NOUNS: Final = frozenset({"military", "force", "perpetrator"})  # genitives that name who acted (قوات، مسلحين)
_DECISION_CUES: Final = frozenset({"plan", "decision", "report", "effort"})  # cues a stance's object noun may carry (قرار، تصريحات)
_DOER_CUES: Final = frozenset({"light", "doer"})  # verbs whose subject did the act they describe


def after_prep(
    s: Sent,
    k: int,
    is_prep: Callable[[TokInfo], bool],
    own: frozenset[int] = frozenset(),
    *,
    own_phrase: bool = False,
) -> tuple[int, int] | None:
    """Noun phrase after the first preposition following k (or the preposition's own word
    when it is a proclitic on it, with `own_phrase`), before the sentence ends or another
    event's trigger takes over (دعا إلى وقف الهجمات على X)."""
    aside = -1  # the closing comma of an adjunct being read (أشاد المجلس، خلال اجتماعه، بالجهود)
    for j in range(k + 1, min(len(s.infos), k + 1 + OBJECT_REACH * 2)):
        info = s.infos[j]
        if j > aside and (close := _parenthetical_end(s, j)) is not None:
            aside = close  # its triggers do not stop the search, nor do its prepositions count
            continue
        if j <= aside and own_phrase:
            continue  # أشاد المبعوث، في تصريح بنواكشوط، | بموريتانيا (but بحث، في اتصال مع نظيره، ...)
        if info.token.norm in (".", "؛") or (
            j > aside and info.hits and j not in own and j not in s.times and _eventive(info) and "charge" not in s.infos[j - 1].cues
        ):
            return None  # not فجر اليوم: a time, not the verb فجّر; not تهمة القتل: a charge's crime
        if is_prep(info):
            return (j, j + 1) if own_phrase else np_at(s, j + 1, governed=True)
    return None


def _eventive(info: TokInfo) -> bool:
    """Whether a word is another event's trigger (a participle is also a participant)."""
    return any(kind != "participle" for _, kind, _ in info.hits)


def agent_phrase(s: Sent, k: int) -> tuple[int, int] | None:
    """X of على يد X / من قبل X / بواسطة X after position k, else the owner of an
    instrument near it (برصاص مسلحين، بنيران الجيش)."""
    for j in range(k + 1, len(s.infos)):
        if _agent_word(s, j):
            return np_at(s, j + 1, governed=True)
    owner = _owner_after(s, k)
    return np_at(s, owner + 1) if owner is not None else None


def _agent_word(s: Sent, j: int) -> bool:
    """Whether j is the agent noun of على يد / من قبل / بواسطة."""
    return "agent" in s.infos[j].cues and (s.norms[j].startswith("بواسط") or s.norms[j - 1] in _AGENT_PREPS)


def _owner_after(s: Sent, k: int) -> int | None:
    """Position of ب + an instrument whose genitive names its user, shortly after k (an
    adjunct between commas aside: اغتيل ضابط في الجهاز، مساء اليوم، برصاص مسلحين)."""
    end = min(len(s.infos) - 1, k + 1 + OBJECT_REACH)
    j = k + 1
    while j < end:
        if _instrument_owner(s, j):
            return j
        if (close := _parenthetical_end(s, j)) is not None and _parenthetical_end(s, close) is None:
            end, j = min(len(s.infos) - 1, end + close - j + 1), close + 1
            continue
        j += 1
    return None


def _has_agent(s: Sent, f: Frame) -> bool:
    """Whether an agent phrase follows the trigger (قتل الصحفي على يد مسلحين), or, for
    verbs often passive, the owner of an instrument (اغتيل مرشح برصاص مسلحين): the verb is
    passive and the phrase after it is the patient. The phrase must be in the trigger's
    clause: before a comma, within AGENT_REACH tokens."""
    for j in range(f.head + 1, min(len(s.infos), f.head + 1 + AGENT_REACH)):
        if s.infos[j].token.kind == "punct":
            return False
        if _agent_word(s, j):
            return True
    return f.passive_readable and _owner_after(s, f.head) is not None


def _instrument_owner(s: Sent, j: int) -> bool:
    """Whether j is ب + an instrument noun whose genitive names who used it (برصاص
    مسلحين), not an instrument phrase of its own (بقذائف الهاون)."""
    info, nxt = s.infos[j], s.infos[j + 1]
    return (
        info.token.norm.startswith(PREP)
        and not info.token.norm.startswith(PREP_ARTICLE)
        and bool(info.modes)
        and not info.hits
        and not nxt.modes
        and s.is_word(j + 1)
        and nxt.token.norm not in _LIVE
        and _genitive_ok(s, j, j + 1)
    )


# "Live" after رصاص/ذخيرة: an adjective (برصاص حي), not the genitive of a user.
_LIVE: Final = frozenset({"حي", "الحي", "حيه", "الحيه"})


def is_passive(s: Sent, k: int) -> bool:
    """A written damma in the verb's first letters marks the passive (قُتل، استُهدف); so does
    an imperfect in أ, in news the passive past of a form IV verb (أصيب، أُطلق), rarely "I"."""
    tok = s.infos[k].token
    if DAMMA in s.doc.text[tok.start : tok.start + 6]:
        return True
    norm, hits = s.norms[k], s.infos[k].hits
    if any(kind == "past" and entry.passives and norm[len(prefix) :] in word_keys(entry.passives) for entry, kind, prefix in hits):
        return True  # اغتيل: a listed passive perfect
    if not {"light", "prep_light", "undergo"}.isdisjoint(s.infos[k].cues):
        return False  # أقدم شخص على طعن: a light verb in its past form
    return not any(kind == "past" for _, kind, _ in hits) and any(
        kind == "pres" and norm[len(prefix) :].startswith("ا") for _, kind, prefix in hits
    )  # not a form IV past read as "I" too (ألقى، أسقط)


class Frame:
    """Where an event sits in its sentence, as the argument rules need it (a plain class:
    mypyc builds it natively, where a dataclass runs a Python `__init__`)."""

    def __init__(
        self,
        *,
        head: int,
        span_end: int,
        verb: int | None,
        passive: bool,
        genitive: str,
        positions: frozenset[int],
        verbal_hits: tuple[int, ...],
        nouns: tuple[tuple[int, str], ...] = (),
        described: tuple[int, ...] = (),
        armed_fallback: bool = False,
        transitive: bool = True,
        targeted: bool = True,
        participle: bool = False,
        circumstantial: bool = False,
        speech_act: bool = False,
        visit: bool = False,
        threat: bool = False,
        stance: bool = False,
        aid: bool = False,
        person_act: bool = False,
        passive_readable: bool = False,
        type: str = "",
        companion: int | None = None,
        companion_role: str = "object",
        target_preps: frozenset[str] = frozenset(),
        actor_preps: frozenset[str] = frozenset(),
    ) -> None:
        self.head = head  # trigger token position
        self.span_end = span_end  # end (exclusive) of the trigger evidence tokens
        self.verb = verb  # position of the verb (the trigger or its light verb), if any
        self.passive = passive  # undergo verb (تعرض) or marked passive
        self.genitive = genitive  # 'agent' or 'patient': how to read the genitive of a noun head
        self.positions = positions  # positions of every trigger word of the event
        self.verbal_hits = verbal_hits  # other verbal triggers of the same event (استهدف ...)
        self.nouns = nouns  # noun triggers with their genitive reading
        self.described = described  # the head, then the noun triggers: what a clause may describe
        self.armed_fallback = armed_fallback  # take an armed group named in the sentence as the actor
        self.transitive = transitive  # the trigger's verb may take a direct object (not تظاهر)
        self.targeted = targeted  # the event type has target actors (a protest's cause is none)
        self.participle = participle  # the head is an active participle naming the doer (المحتجون)
        self.circumstantial = circumstantial  # the head is a participle of state after a comma (، متهمة)
        self.speech_act = speech_act  # an act done by saying it (REQUEST, ACCUSE ...): its object is the addressee
        self.visit = visit  # a visit: its destination follows إلى
        self.threat = threat  # a threat: its target is what the threatened act is done to
        self.stance = stance  # praise, support, criticism or refusal of a thing or a party
        self.aid = aid  # aid: a state after ل, or the phrase after لصالح, receives it
        self.person_act = person_act  # an act on a person (assassination, abduction, beating): the victim is the target
        self.passive_readable = passive_readable  # undiacritised verbs of its type are often passive (قتل)
        self.type = type  # the event's PLOVER type
        self.companion = companion  # position of the head's `with` word, if any
        self.companion_role = companion_role  # the `with` word: object, target (أسقط طائرة), the
        # noun whose genitive is the target (أطلق سراح المعتقلين) or the subject (انتشر الجيش)
        self.target_preps = target_preps  # the lemma's own target prepositions (مع)
        self.actor_preps = actor_preps  # prepositions introducing its parties (بين)


Span = tuple[int, int]


def _claim(s: Sent) -> Span | None:
    """The claimant of تبنت X الهجوم / أعلنت X مسؤوليتها; none when the claim is
    negated or denied (لم تعلن أي جهة مسؤوليتها، نفت الوزارة مسؤوليتها)."""
    for info in s.infos:
        if "claim" in info.cues:
            if any(not _DISCLAIMS.isdisjoint(s.infos[k].cues) for k in range(max(0, info.pos - DISCLAIM_REACH), info.pos)):
                return None
            if info.token.norm.startswith(("مسوول", "المسوول")):
                return prev_np(s, info.pos)
            return next_np(s, info.pos) or prev_np(s, info.pos)
    return None


def _verbal(s: Sent, f: Frame) -> tuple[Span | None, str, Span | None, str]:
    """Actor and target around a verbal head: passive, SVO or VSO."""
    assert f.verb is not None
    after, before, noun_subject, relative = _around_verb(s, f, f.verb)
    passive = f.passive or is_passive(s, f.verb) or (before is None and _has_agent(s, f))
    if after and _victim_count(s, after, f):
        return before, "SVO subject" if before else "", after, COUNT_RULE
    if before and before[0] in s.quantities and s.quantities[before[0]].counted in CASUALTIES:
        return None, "", before, f"casualty {COUNT_RULE}"
    if passive:
        target = after or before or _companion_target(s, f) or _object_after(s, f.verb)  # أُطلق سراح الصحفي; وضُبطت بحوزتهم | كميات
        if target is None and f.genitive == "patient" and f.head != f.verb:
            target = _genitive(s, f, f.head)  # جرى اعتقال الصحفي
        return None, "", target, "passive subject"
    if s.norms[f.verb - 1] in _SUBJECT_RELATIVES and _prep_resumed(s, f.verb) and not passive:
        # الصحفي الذي أفرجت عنه السلطات: the phrase after the pronoun is the subject
        target, trule = _prep_resumed_target(s, f)
        return next_np(s, f.verb + 1), "subject after the relative verb's pronoun", target, trule
    if _subject_relative(s, f.verb):
        antecedent = _relative_antecedent(s, f)
        arule = RELATIVE_RULE if antecedent else ""
        if f.verb != f.head:  # المبعوث الذي يقوم بزيارة: the light verb's event noun
            return antecedent, arule, _genitive(s, f, f.head) if f.genitive == "patient" else None, GENITIVE_RULE
        obj = _companion_target(s, f) if f.companion is not None else _through_transparent(s, after)
        return antecedent, arule, obj if f.transitive else None, "object"
    if f.verb + 1 < len(s.infos) and s.norms[f.verb + 1] in _DESCRIBING_RESUMPTIVES and (visitor := _visitor(s, f)) is not None:
        host = next_np(s, f.verb + 1) if f.verb == f.head else None  # زيارة يلتقي خلالها | الأمير
        return visitor, VISITOR_RULE, host, "host met during the visit" if host else ""
    if f.verb == f.head and f.verb + 1 < len(s.infos) and s.norms[f.verb + 1] in _DESCRIBING_RESUMPTIVES:
        # مسيرات حاشدة طالبوا خلالها، وقت أطلقت فيه قوات الأمن: the noun before is no subject
        subject = next_np(s, f.verb + 1)
        if subject is not None:
            return subject, "VSO subject after the resumptive", None, ""
        return _main_subject(s, f.verb), f"{MAIN_CLAUSE_RULE} (مسيرات طالبوا خلالها)", None, ""
    # أعلنت القوات أنها ضبطت | كميات: the subject is the pronoun, the phrase after is the object
    pronoun = _pronoun_complementizer(s, f.verb) is not None
    if f.verb != f.head:  # light verb: its object is the event noun; targets come with على
        subject, rule = (None, "") if pronoun else (before, "SVO subject") if before else (after, "VSO subject")
        if f.stance and (owner := _genitive(s, f, f.head)) is not None and _acting(s, owner[0]) and owner[0] in s.entity_at:
            subject, rule = owner, STANCE_OWNER_RULE
        patient = _genitive(s, f, f.head) if f.genitive == "patient" else None
        return subject, rule if subject else "", patient, GENITIVE_RULE  # قام باعتقال X
    if before or pronoun:
        if after is None and f.companion is None:
            after = _object_after(s, f.verb)  # قواتنا تدك بالمدفعية الثقيلة | تجمعات الميليشيا
        obj = _companion_target(s, f) if f.companion is not None else _through_transparent(s, after)
        obj = obj if f.transitive else None
        return before, "SVO subject" if before else "", obj, "object" if before else "object after a pronoun subject"
    if _coordinated(s, f.verb) and not passive and _pronoun_object_only(s, f.verb) \
            and (shared := _shared_subject(s, f.verb)) is not None:
        # هاجمت الكتلة الحكومة واتهمتها بـ / ودعتها إلى: the pronoun is the earlier object
        return shared, "subject of the coordinated verb", _antecedent_object(s, shared, f.verb), "object pronoun: the earlier object"
    if f.speech_act and _coordinated(s, f.verb) and not passive and not _object_pronoun(s.norms[f.verb]) \
            and not (after is not None and _second_np(s, after)) and (shared := _shared_subject(s, f.verb)) is not None:
        # أدانت الحكومة القصف، وطالبت بغداد باتخاذ موقف: the same speaker, Baghdad addressed
        return shared, "subject of the coordinated verb", after if f.transitive else None, "object"
    if (_coordinated(s, f.verb) or _time_clause(s, f.verb)) and not passive and after is not None \
            and (_tanwin_object(s, after) or (_time_clause(s, f.verb) and _oblique_indefinite(s, after))) \
            and (shared := _shared_subject(s, f.verb)) is not None:
        # شنت الإدارة حملة، واعتقلت عددا من المطلوبين: an accusative after و+verb is its object
        return shared, "subject of the coordinated verb", after if f.transitive else None, "object"
    if _coordinated(s, f.verb) and not passive and f.type in _CHAINED_TYPES and f.companion is None and after is not None \
            and not _second_np(s, after) and (shared := _shared_subject(s, f.verb)) is not None:
        # اقتحم الجيش المدينة وحاصر | مستشفى طوباس: one phrase after a coordinated verb is its object
        return shared, "subject of the coordinated verb", after, "object"
    if _coordinated(s, f.verb) and any(k < f.verb for k in f.verbal_hits) and not passive:
        # ضبطت البحرية غواصة ... واعتقلت أفراد طاقمها: the first verb of the act has the subject
        first = min(k for k in f.verbal_hits if k < f.verb)
        shared = None if _coordinated(s, first) else prev_np(s, first) or next_np(s, first)
        if shared is not None:
            return shared, "subject of the act's first verb", after if f.transitive else None, "object"
    if relative:
        target, trule = _prep_resumed_target(s, f)
        return after, "subject after the relative verb's pronoun" if after else "", target, trule
    if f.verb + 1 in f.positions and f.companion_role != "subject":  # the event noun is the VSO subject: دمر القصف الروسي جسرا
        adjectives = _adjectives(s, f.verb + 1)
        end = adjectives[1]
        while end < len(s.infos) and prep_led(s, end):  # هجوم بمسيرة مفخخة
            end = pp_end(s, end)
        obj = next_np(s, end - 1) if f.transitive else None
        return _nationality(s, adjectives), "nationality adjective", obj, "object"
    if noun_subject or _plural_verb(s, f.verb):  # the subject is not after the verb
        return None, "", _companion_target(s, f) or (after if f.transitive else None), "object"
    after = _joined_names(s, after)
    obj = _companion_target(s, f) if f.companion is not None else _object(s, f, after)
    second_object = f.companion_role == "list" or (f.companion_role == "object" and (f.speech_act or f.aid))
    if obj is None and after is not None and second_object and f.companion is not None:
        obj = _first_object(s, after, f.companion)
    if obj is None and after and f.genitive == "patient" and _unmarked_passive(s, f, after):
        return None, "", after, "no object: unmarked passive (وقتل ضابط في الجيش)"
    return after, "VSO subject" if after else "", obj, "object"


def _second_np(s: Sent, first: Span) -> bool:
    """Whether another noun phrase follows right after `first` (وطالب الخاطفون | ذويهم
    بفدية): the verb then has its own subject and an object."""
    if first[1] >= len(s.infos) or s.norms[first[1]].startswith("و"):
        return False  # داهمت عدة منازل | وفتشتها: a new clause or a conjunct, no second phrase
    return np_at(s, first[1]) is not None


def _first_object(s: Sent, subject: Span, companion: int) -> Span | None:
    """The phrase between a VSO subject and the companion word that is the verb's second
    object: who is handed or charged with it (حمّلت الحكومة | الحركة | مسؤولية الهجوم،
    سلمت ألمانيا | أوكرانيا | منظومتي دفاع), or put on the list it names (أدرجت الحكومة |
    الحركة | على قائمة الإرهاب)."""
    end = s.with_name(subject[0], subject[1])  # ثمّن جلالة الملك عبدالله الثاني | مواقف: the name is the subject's
    while end < companion and end in s.times:
        end += 1  # أدرج المجلس أمس | خمسة قادة على القائمة: a time between subject and object
    obj = np_at(s, end) if end < companion else None
    before_list = obj is not None and obj[1] < companion and "preposition" in s.infos[obj[1]].cues  # أدرجت X | Y | على قائمة
    if obj is None or not (obj[1] == companion or before_list) or s.norms[obj[0]].startswith("و"):
        return None  # وقعت الحكومة | وجماعة متمردة اتفاقا: a second subject
    return obj if definite(s, obj[0]) or before_list else None  # not أرسلت مصر قافلة مساعدات; أدرجت X 12 شركة على


def _tanwin_object(s: Sent, span: Span) -> bool:
    """A phrase opening with an indefinite accusative in ا (عددا من المطلوبين، مسجدا):
    a verb's object, never its subject."""
    norm = s.norms[span[0]]
    return len(norm) > 3 and norm.endswith("ا") and not norm.startswith("ال") and span[0] not in s.entity_at


def _oblique_indefinite(s: Sent, span: Span) -> bool:
    """A phrase opening with an indefinite dual or plural in ين (شابين، مدنيين): not the
    nominative a subject takes (مسلحون), so, after a verb whose subject is left unsaid, its object."""
    norm = s.norms[span[0]]
    return len(norm) > 4 and norm.endswith("ين") and not norm.startswith("ال") and span[0] not in s.entity_at


def _joined_names(s: Sent, span: Span | None) -> Span | None:
    """A VSO subject with the phrases joined to it by و (قاطعت تونس | والمغرب | وليبيا
    القمة، انسحب الجيش | والشرطة): one joint subject, since an object never opens with و."""
    return None if span is None else _with_conjuncts(s, span)


def _with_conjuncts(s: Sent, span: Span) -> Span:
    """`span` extended over the phrases joined to it by و (see `_joined_names`)."""
    a, b = span
    while b < len(s.infos) and (nxt := _conjunct(s, b)) is not None:
        b = nxt[1]  # والنيجر، والشرطة: an object never opens with و
    return a, b


def _conjunct(s: Sent, b: int) -> Span | None:
    """The phrase at b joined by و to a party before it (والنيجر، والشرطة، وإدارة ولاية
    جوبالاند), else None."""
    if b >= len(s.infos) or not s.norms[b].startswith("و"):
        return None
    if s.norms[b] == "و" and b + 1 < len(s.infos):
        return quoted_name(s, b + 1)  # و«قوات سوريا الديمقراطية»: a quoted name written apart
    ent = s.entity_at.get(b)
    cues = s.infos[b].cues
    conjoined = (
        (ent is not None and ent.start > s.infos[b].token.start)
        or proclitic_before_article(s, b) == "و"
        or any(cues.get(cue) == "و" for cue in _BODY_CUES)
    )
    return np_at(s, b) if conjoined else None


def _elided_noun(s: Sent, b: int, second: Span) -> bool:
    """A lone adjective joined to the adjective before it, its noun left out (القوات البحرية
    التركية | والصومالية): one joint party, not two."""
    if second[1] != b + 1:
        return False
    ending = next((e for e in _NISBA_ENDINGS if s.norms[b - 1].endswith(e)), None)
    return ending is not None and s.norms[b].startswith("وال") and s.norms[b].endswith(ending)


def _partner(s: Sent, actor: Span) -> tuple[Span, Span] | None:
    """(first party, second party) of a joint subject of a mutual act (اتفقت باكستان |
    وأفغانستان، وقعت الإمارات | وجمهورية كينيا اتفاقية): the second is the act's target."""
    for b in range(actor[0] + 1, s.with_name(actor[0], actor[1]) + 1):  # past the name (الرئيس فلان | والرئيس)
        inside_name = b in s.entity_at and s.entity_at.get(b - 1) is s.entity_at[b]  # وزارة الخارجية والتعاون الدولي
        if not inside_name and (second := _conjunct(s, b)) is not None and not _elided_noun(s, b, second):
            s.clitics[b] = "و"
            return (actor[0], b), _with_conjuncts(s, second)  # وقعت مصر | والأردن والسودان
    return None


def _around_verb(s: Sent, f: Frame, verb: int) -> tuple[Span | None, Span | None, bool, bool]:
    """The noun phrases after and before the verb, whether its subject is no phrase
    there (the event noun or a munition before it: هجوم مماثل استهدف، صاروخ استهدف), and
    whether the verb opens a relative clause on the noun before it."""
    after = next_np(s, verb)
    while after is not None and "adverb" in s.infos[after[0]].cues:
        after = next_np(s, after[0])  # اعتقلت القوات تعسفيا | عشرات الناشطين
    if after and after[0] in f.positions and f.companion_role != "subject":
        after = None  # no subject between the verb and its companion (unless it is one: انتشر الجيش)
    before = None if _coordinated(s, verb) else prev_np(s, verb)
    relative = _relative_verb(s, verb, before)
    if relative:
        before, after = None, next_np(s, verb + 1)  # خطوة رحبت بها لندن: the noun is no subject
    noun_subject = _noun_subject(s, f) or bool(before and before[0] - 1 in f.positions)
    if before and before[0] - 1 in f.positions:  # adjectives of the event noun
        before = _nationality(s, before)  # غارة جوية أمريكية استهدفت; not هجوم مماثل
    subject = _no_munition(s, before)
    noun_subject = noun_subject or (before is not None and subject is None)
    return _no_munition(s, after), _with_first_conjunct(s, subject, verb), noun_subject, relative


def _object_pronoun(norm: str) -> bool:
    """A verb carrying its object as a pronoun (واتهمتهم الحكومة): the phrase after it is
    then its subject."""
    return norm.endswith(("هم", "ها", "هما")) or (len(norm) >= 6 and norm.endswith("ه"))


def _relative_verb(s: Sent, verb: int, before: Span | None) -> bool:
    """A verb right after an indefinite noun and followed by a preposition with a pronoun
    opens a relative clause on that noun (في خطوة رحبت بها لندن)."""
    return (
        before is not None
        and before[1] == verb
        and not definite(s, before[0])
        and before[0] not in s.entity_at
        and verb + 1 < len(s.infos)
        and s.infos[verb + 1].token.norm in _RELATIVE_RESUMPTIVES
    )


def _with_first_conjunct(s: Sent, span: Span | None, verb: int) -> Span | None:
    """An SVO subject joined to the phrase before it by و, before a dual or plural verb
    (بغداد وأنقرة تتفقان، الجيش والشرطة يعتقلان): both parties. Before a singular verb the
    و opens a new clause (... وواشنطن تتهم طهران)."""
    norm = s.norms[verb]
    plural = len(norm) > 4 and norm.endswith(("ان", "ون", "وا", "تا"))  # تتفقان، يعتقلون، عقدتا
    if span is None or not plural or not _joined(s, span[0]):
        return span
    first = prev_np(s, span[0])
    return (first[0], span[1]) if first and first[1] == span[0] else span


def _joined(s: Sent, k: int) -> bool:
    """A word carrying the conjunction و before an article or a name (والشرطة، وأنقرة)."""
    tok = s.infos[k].token
    if tok.norm.startswith("وال"):
        return True
    ent = s.entity_at.get(k)
    return ent is not None and s.doc.text[tok.start : ent.start] == "و"


def _no_munition(s: Sent, span: Span | None) -> Span | None:
    """A subject headed by a munition names no actor but its nationality, if any
    (استهدف صاروخ المستوطنة، مصادر نيران استهدفت)."""
    if span is None or all("munition" not in s.infos[k].cues for k in range(span[0], span[1])):
        return span
    return _nationality(s, span)


def _noun_subject(s: Sent, f: Frame) -> bool:
    """Whether the event's own noun is the verb's subject, right before it or separated by
    its instrument phrase (هجوم بطائرتين مسيرتين استهدف القاعدة)."""
    assert f.verb is not None
    for k in range(f.verb - 1, max(-1, f.verb - MAX_NP - 1), -1):
        if k in f.positions:
            return True
        info = s.infos[k]
        if info.token.kind != "word" or not NOT_NP_CUES.isdisjoint(info.cues):
            return False
    return False


def _adjectives(s: Sent, k: int) -> Span:
    """Positions of the adjectives right after a noun: definite words after a definite noun
    (القصف الإسرائيلي الأخير), agreeing words or demonyms after an indefinite one (غارة
    جوية أمريكية)."""
    is_definite = s.norms[k].startswith(_DEFINITE)
    end = k + 1
    while end < len(s.infos) and end - k <= MAX_NP and s.is_word(end):
        norm = s.norms[end]
        ent = s.entity_at.get(end)  # a name after ل or ب is none (مظاهرة مؤيدة | لإسرائيل)
        demonym = ent is not None and ent.type in _NATIONALITY_TYPES and not prep_led(s, end)
        if not (norm.startswith("ال") if is_definite else demonym or agrees(s, end)):
            break
        end += 1
    return k + 1, end


def _nationality(s: Sent, span: Span) -> Span | None:
    """The country or nationality name among an event noun's adjectives, if any."""
    for k in range(span[0], span[1]):
        ent = s.entity_at.get(k)
        if ent is not None and ent.type in _NATIONALITY_TYPES:
            end = k
            while end < span[1] and s.entity_at.get(end) is ent:
                end += 1
            return k, end
    return None


def _coordinated(s: Sent, k: int) -> bool:
    """A verb carrying و/ف (ودعا، فهاجموا): it opens a new clause, so the noun phrase
    before it is not its subject."""
    info = s.infos[k]
    prefixes = [p for _, _, p in info.hits] + list(info.cues.values())
    return any(p in ("و", "ف") for p in prefixes)


def _time_clause(s: Sent, k: int) -> bool:
    """A verb opening a clause of time (قبل أن، بعد أن) whose subject is left unsaid: the
    main clause's (اختطف مسلحون طلابا بعد أن أطلقوا النار على الحراس)."""
    return k > 1 and s.norms[k - 1] == "ان" and s.norms[k - 2] in ("قبل", "بعد")


def _shared_subject(s: Sent, k: int) -> Span | None:
    """The subject of the verb that a coordinated verb follows (اقتحم الجنود القرية
    وضربوا السكان: الجنود); past a verb with an object pronoun and no subject after it,
    the chain's earlier verb (هاجمت الكتلة الحكومة واتهمتها ... ودعتها)."""
    relative_clause = False  # past the verb of a relative clause: الهجوم الذي استهدف ثكنة، ودعت
    for j in range(k - 1, -1, -1):
        info = s.infos[j]
        if info.token.norm in (".", "؛", ";"):
            return None
        if "relative" in info.cues:
            if not relative_clause:
                return None
            relative_clause = False
            continue
        if j in s.times or "past" in info.cues:
            continue  # فجر اليوم، فجرا: dawn, not the verb فجّر
        verbal = verb_reading(info) and not (j > 0 and "preposition" in s.infos[j - 1].cues)  # عن قصف: a noun
        if (verbal or s.is_verb(j)) and j > 0 and "relative" in s.infos[j - 1].cues:
            plural = _plural_verb(s, k) or s.norms[k].endswith(("وها", "وهم", "وهما"))  # رشقوها
            if s.norms[j - 1] == "الذين" and plural and (doers := prev_np(s, j - 1)) is not None:
                return doers  # عدد من الأهالي الذين اعترضوا طريقها | ورشقوها: the clause's own chain
            relative_clause = True
            continue
        if verbal or s.is_verb(j) or "light" in info.cues:
            if _coordinated(s, j) and (_pronoun_object_only(s, j) or _own_object(s, j) or _accusative_after(s, j)):
                continue  # اقتحم الجيش المدينة وحاصر مستشفى | واعتقل، ونصبت حاجزا: the chain's first verb
            subject = None if _coordinated(s, j) else prev_np(s, j)
            return subject or (None if _plural_verb(s, j) else next_np(s, j))
    return _initial_verb_subject(s) if k > 0 else None


def _accusative_after(s: Sent, k: int) -> bool:
    """A verb whose next phrase is an indefinite accusative (ونصبت حاجزا): its object."""
    after = next_np(s, k)
    return after is not None and _tanwin_object(s, after)


def _own_object(s: Sent, k: int) -> bool:
    """A coordinated transitive verb with one phrase after it and none after that: its
    object, its subject being the chain's (اقتحم الجيش المدينة وحاصر | مستشفى طوباس)."""
    after = next_np(s, k)
    return after is not None and not _second_np(s, after) and _transitive_verb(s, k)


def _transitive_verb(s: Sent, k: int) -> bool:
    """Whether the word at k is a trigger verb of a type whose verbs chain on one subject
    with direct objects (اقتحم، حاصر، اعتقل), not تعهد ب، اتفق على."""
    return any(kind in VERBAL and entry.type in _CHAINED_TYPES for entry, kind, _ in s.infos[k].hits)


def _pronoun_object_only(s: Sent, k: int) -> bool:
    """A verb carrying its object as a pronoun with no noun phrase right after it (واتهمتها
    بالتقاعس، ودعتها إلى): it shares the subject and object of the verb before it."""
    return _object_pronoun(s.norms[k]) and np_at(s, k + 1) is None


def _antecedent_object(s: Sent, subject: Span, k: int) -> Span | None:
    """The object of the first verb of the chain a pronoun-object verb at k belongs to
    (هاجمت الكتلة الحكومة واتهمتها: الحكومة), found after that verb's VSO `subject`."""
    if subject[1] >= k:
        return None
    obj = np_at(s, subject[1])
    return obj if obj is not None and obj[1] <= k else None


def _initial_verb_subject(s: Sent) -> Span | None:
    """The subject after a sentence-initial word that is no noun (no article, name or
    number): news sentences open with their verb (أحرق المحتجون الإطارات ورشقوا ...)."""
    first = s.infos[0]
    if first.token.kind != "word" or first.hits or 0 in s.entity_at or 0 in s.quantities:
        return None  # not مقتل ثلاثة جنود وإصابة ...
    if first.token.norm.startswith(_DEFINITE) or not NOT_NP_CUES.isdisjoint(first.cues):
        return None
    return next_np(s, 0)


def _plural_verb(s: Sent, k: int) -> bool:
    """A verb with a plural subject suffix (هتفوا، يهاجمون): in VSO order the verb would be
    singular, so the noun phrase after it is its object, not its subject."""
    norm = s.norms[k]
    return norm.endswith("وا") or (norm.endswith("ون") and norm.startswith(("ي", "وي", "في")))


def _unmarked_passive(s: Sent, f: Frame, after: Span) -> bool:
    """An undiacritised passive: a patient-taking verb with no object whose noun phrase is
    an indefinite common noun (وقتل ضابط في الجيش), not a name or definite body (أفرجت
    السلطات عن), nor armed doers (اختطف متمردون من الجماعة ...)."""
    k, end = after
    construct = k + 1 < len(s.infos) and definite(s, k + 1)  # أفرج حركة طالبان
    plain = k not in s.entity_at and not definite(s, k) and not construct and "perpetrator" not in s.infos[k].cues
    nxt = s.infos[end] if end < len(s.infos) else None  # a phrase ends it, not a clause
    ends = nxt is None or nxt.token.kind == "punct" or "preposition" in nxt.cues or _next_verb(nxt)
    return f.passive_readable and f.companion is None and plain and ends


def _next_verb(info: TokInfo) -> bool:
    """و + a verb: the next clause (وقتل شرطي | وأصيب اثنان آخران)."""
    return info.token.norm.startswith("و") and verb_reading(info)


def _object(s: Sent, f: Frame, subject: Span | None) -> Span | None:
    """The noun phrase after the VSO subject (or the trigger), if it is no trigger word,
    also after a place phrase (استقبل الرئيس في قصر الاتحادية رئيس الوزراء)."""
    if not f.transitive:
        return None
    end = subject[1] if subject else 0
    if subject and (s.complement_end(end) is not None or (end < len(s.infos) and "rank" in s.infos[end].cues)):
        end = s.with_name(subject[0], subject[1])  # المبعوث الأممي إلى اليمن هانس غروندبرغ | وفدا، ولي العهد الأمير محمد
    k = max(end, f.span_end) - 1
    if subject and end < len(s.infos) and imperfect_plural(s, end) and (described := next_np(s, end, reach=1)) is not None:
        k = described[1] - 1  # اختطف مسلحون | يرتدون زيا عسكريا |، ظهر الثلاثاء، مديرة مدرسة
    obj = _object_after(s, k)
    if subject is None and obj is not None and f.verb is not None and _munition_subject(s, f.verb, obj):
        obj = _object_after(s, obj[1] - 1)  # استهدف صاروخ | محطة كهرباء: the munition is no object
    if subject and obj and end > subject[1] and obj[0] == end:
        obj = _after_titles(s, end, obj)  # الأمير محمد بن سلمان | ولي العهد ...، في قصر اليمامة، | X
    if subject and obj and obj[0] == subject[1] and _person_at(s, obj[0]):
        obj = _after_titles(s, obj[1], _object_after(s, obj[1] - 1))  # استقبل الرئيس | عبد الفتاح السيسي، اليوم، X
    name = _apposition(s, obj) if obj else None
    if name is not None:  # المتحدث باسم الجيش اللواء فلان: the object follows the name
        obj = _after_titles(s, name, next_np(s, name - 1))
    obj = _through_transparent(s, obj)
    return None if obj and obj[0] in f.positions else obj


def _munition_subject(s: Sent, verb: int, span: Span) -> bool:
    """A munition right after a singular verb in the nominative: the verb's subject, which
    names no actor (استهدف صاروخ محطة الكهرباء), not its object (أطلقوا صاروخا)."""
    return (
        span[0] == verb + 1
        and "munition" in s.infos[span[0]].cues
        and not s.norms[span[0]].endswith("ا")
        and not _plural_verb(s, verb)
    )


def _after_titles(s: Sent, end: int, obj: Span | None) -> Span | None:
    """The object after a name's titles in apposition (الأمير محمد بن سلمان | ولي العهد رئيس
    مجلس الوزراء، في قصر اليمامة، | دولة رئيس الوزراء): phrases right after the name that a
    comma closes are its titles."""
    k, first = end, obj
    while obj is not None and obj[0] == k and k - end < MAX_NP:
        k = obj[1]
        obj = np_at(s, k)
    if k > end and k < len(s.infos) and s.norms[k] in ("،", ","):
        return _object_after(s, k - 1)
    return first


def _through_transparent(s: Sent, obj: Span | None) -> Span | None:
    """An object headed by a movement noun is the act's path; its genitive is what the act
    is done to (منعت دخول | شاحنات المساعدات)."""
    if obj and obj[0] + 1 < len(s.infos) and _transparent(s, obj[0]) and s.is_word(obj[0] + 1):
        return np_at(s, obj[0] + 1) or obj
    return obj


def _transparent(s: Sent, k: int) -> bool:
    """A movement noun (دخول، عبور) or an activity's noun in construct (منع تجول | العمال،
    منع سفر | المعارضين; not حظر التجول): its genitive is what the act is done to."""
    cues = s.infos[k].cues
    if "transparent" in cues:
        return True
    genitive = k + 1 < len(s.infos) and (s.norms[k + 1].startswith("ال") or k + 1 in s.entity_at)
    return "activity" in cues and not s.norms[k].startswith("ال") and genitive  # not حظر تجول | كاملا


def _object_after(s: Sent, k: int) -> Span | None:
    """The first noun phrase after position k past adjuncts: manner adverbs, prepositional
    phrases with the article, ب place phrases and adjuncts set off by commas."""
    k = _past_adjuncts(s, k)
    return next_np(s, k) or _after_place(s, k)


def _past_adjuncts(s: Sent, k: int) -> int:
    """The last position of the adjuncts that follow position k (or k itself)."""
    while k + 1 < len(s.infos):
        if "adverb" in s.infos[k + 1].cues:
            k += 1  # اعتقلت قوات الأمن تعسفيا | عشرات الناشطين
        elif s.norms[k + 1].startswith(PREP_ARTICLE):
            k = pp_end(s, k + 1) - 1  # قصفت القوات بالمدفعية الثقيلة أطراف المدينة
        elif (place := _b_place_end(s, k + 1)) is not None:
            k = place - 1  # أوقفت مصالح الأمن بولاية وهران شبكة
        elif s.norms[k + 1] in TIME_PREPS and (after := _time_pp_end(s, k + 2)) is not None:
            k = after - 1  # اعتقل الجهاز خلال الأسابيع الماضية | سبعة مواطنين
        elif s.norms[k + 1] in _HEADED_BY and (head := np_at(s, k + 2)) is not None:
            k = head[1] - 1  # التقى وفد من الحركة برئاسة فلان | رئيس الجهاز
        elif _instrument(s, k + 1):
            k = min(pp_end(s, k + 1), k + 3) - 1  # هاجمت أوكرانيا بطائرات مسيرة | مصفاة نفط (a noun and one adjective)
        elif (close := _parenthetical_end(s, k + 1)) is not None:
            k = close - 1  # أوقفت قوات الدرك، خلال عملية تمشيط، أربعة عناصر
            if _parenthetical_end(s, close) is None:
                k = close  # the last adjunct: its comma is passed (، اليوم، بقصر الاتحادية، X)
        else:
            break
    return k


def _time_pp_end(s: Sent, j: int) -> int | None:
    """End of the phrase a time preposition governs from j (خلال | الأسابيع الماضية، خلال |
    الحملة) when a noun phrase or count follows it: an adjunct before the verb's object."""
    if j >= len(s.infos):
        return None
    timed = j + 1 < len(s.infos) and "past" in s.infos[j + 1].cues  # الأسابيع | الماضية
    if j in s.times or timed:
        end = min(j + 3, len(s.infos))
        while j < end and (j in s.times or s.norms[j].startswith("ال")):
            j += 1
    else:
        phrase = np_at(s, j, governed=True)
        if phrase is None:
            return None
        j = phrase[1]
    if j >= len(s.infos) or s.infos[j].hits or not (s.is_word(j) or j in s.quantities):
        return None
    return j


def _instrument(s: Sent, k: int) -> bool:
    """An indefinite ب phrase naming a weapon (بطائرات مسيرة، بصواريخ، بقذائف): how the act
    was done, between a verb's subject and its object."""
    if k >= len(s.infos) or not s.norms[k].startswith("ب") or not prep_led(s, k):
        return False
    return bool(s.infos[k].modes) or "munition" in s.infos[k].cues


def _person_at(s: Sent, k: int) -> bool:
    """Whether a person's name starts at k."""
    ent = s.entity_at.get(k)
    return ent is not None and ent.type == "PERSON"


def _b_place_end(s: Sent, k: int) -> int | None:
    """End of a ب place phrase at k whose name follows or is the word (بولاية وهران،
    بمدينة طنجة، بالجزائر): Maghreb style places it between a verb's subject and object."""
    if k >= len(s.infos) or not s.norms[k].startswith(("ب", "وب")) or not prep_led(s, k):
        return None
    j = k if k in s.entity_at else k + 1
    ent = s.entity_at.get(j)
    if ent is None or ent.type not in _PLACE_TYPES:
        return None
    while j < len(s.infos) and s.entity_at.get(j) is ent:
        j += 1
    return j


def _parenthetical_end(s: Sent, k: int) -> int | None:
    """Position of the closing comma of an adjunct set off by commas at k (، خلال عملية
    تمشيط واسعة،), when it opens with a preposition or adverb; else None."""
    if k + 1 >= len(s.infos) or s.norms[k] not in ("،", ","):
        return None
    purpose = "purpose" in s.infos[k + 1].cues  # ، استجابة لوساطة قادتها قطر،: its verbs are a relative's
    if not purpose and {"preposition", "function", "place_prep", "past"}.isdisjoint(s.infos[k + 1].cues) and not prep_led(s, k + 1):
        return None  # ، اليوم، بقصر الاتحادية، / ، خلال عملية تمشيط،
    for j in range(k + 2, min(len(s.infos), k + 2 + PARENTHETICAL_REACH)):
        norm = s.norms[j]
        if norm in ("،", ","):
            return j
        if s.infos[j].token.kind == "punct" or (s.is_verb(j) and not purpose):
            return None
    return None


def _apposition(s: Sent, span: Span) -> int | None:
    """End of a person's name after a title word (اللواء صلاح الدين عثمان) that stands
    in apposition to the subject, or None. A longer title names the object (أوقفت الشرطة
    رئيس بلدية إسطنبول فلان)."""
    a, b = span
    ent = s.entity_at.get(b)
    if b - a > 1 or a in s.entity_at or ent is None or ent.type != "PERSON":
        return None
    while b < len(s.infos) and s.entity_at.get(b) is ent:
        b += 1
    return b


def _after_place(s: Sent, k: int) -> Span | None:
    """The noun phrase right after a place phrase في X that follows position k."""
    if k + 1 >= len(s.infos) or "place_prep" not in s.infos[k + 1].cues:
        return None
    place = np_at(s, k + 2)
    if place is None:
        return None
    # قصر مونكلوا: a place's own name may be a word no phrase is read from
    name = place[1]
    info = s.infos[name] if name < len(s.infos) else None
    if place[1] - place[0] > 1 or info is None or info.token.kind != "word" or info.hits or not _CLAUSE_WORD_CUES.isdisjoint(info.cues):
        return next_np(s, place[1] - 1, reach=2)
    return next_np(s, place[1] - 1, reach=2) or next_np(s, name, reach=1)


def _companion_target(s: Sent, f: Frame) -> Span | None:
    """The `with` word's phrase when the lexicon marks it as the target (أسقط طائرة مسيرة),
    or its genitive (أطلق سراح المعتقلين); otherwise it is the verb's object (فرض عقوبات،
    قطع العلاقات) and names no target."""
    if f.companion is None or f.companion_role in ("object", "list"):
        return None
    if f.companion_role == "genitive":
        if s.norms[f.companion].startswith(_DEFINITE):
            return None  # قضت بالسجن المؤبد على X: a definite noun takes no genitive
        k = f.companion + 1
        group = partitive_end(s, k) if k < len(s.infos) and "partitive" in s.infos[k].cues else None
        return (k, group) if group is not None else np_at(s, k)  # سراح عدد من المحبوسين
    end = f.companion + 1
    while (
        end < len(s.infos)
        and end - f.companion < MAX_NP
        and ((s.norms[end].startswith("ال") and s.norms[end] != ILA) or agrees(s, end))
    ):
        end += 1  # not إلى, normalised الي
    return f.companion, end


def _victim_count(s: Sent, span: Span, f: Frame) -> bool:
    """A counted participant of a patient-taking trigger (قتل خمسة جنود، لقي ثلاثة أشخاص)."""
    k = span[0]
    if k in s.quantities:
        return f.genitive == "patient" or s.quantities[k].counted in CASUALTIES
    return s.infos[k].token.kind == "number" and f.genitive == "patient"


_DEFINITE: Final = ("ال", "وال", "بال", "لل", "فال", "كال", "ولل")


def _genitive_ok(s: Sent, noun: int, k: int) -> bool:
    """Whether the word after an event noun can be its genitive rather than an adjective:
    a definite noun (الاستنفار القصوى) or an accusative (حصارا خانقا) takes no genitive,
    and an indefinite word agreeing with the noun (تعزيزات عسكرية) is an adjective."""
    head, word = s.norms[noun], s.norms[k]
    if head.startswith(_DEFINITE) or (head.endswith("ا") and len(head) > 3):
        return False
    if head.endswith(("ته", "تها", "تهم", "تهما")):
        return False  # زيارته المقررة: a noun with a possessive pronoun takes no genitive
    if head.endswith(("ون", "ين")) and any(kind == "participle" for _, kind, _ in s.infos[noun].hits):
        return False  # a sound plural keeps its ن only out of construct: متظاهرون | السفارة
    if k in s.entity_at or word.startswith(_DEFINITE):
        return True
    if head.endswith("ه") and word.endswith("ه") and not _adjective_shape(word):
        return True  # مداهمة بؤرة: a noun in ة after a noun in ة is its genitive, not an adjective
    if word.endswith("يه") and len(word) >= 5:
        return False  # مذكرة توقيف | وجاهية: a relational adjective of the noun before, no patient
    if s.infos[k].modes and word.endswith("ي"):
        return False  # قصف | مدفعي، قصف | صاروخي: a mode's relational adjective, no patient
    return not (agrees(s, k) or (head.endswith("ات") and word.endswith("ه")) or _closing_nisba(s, k))


def _adjective_shape(word: str) -> bool:
    """A feminine word shaped like an adjective: a relational adjective (أمنية), a
    participle (مسلحة، واسعة) or a فعيلة (كبيرة، خطيرة)."""
    return (
        word.endswith("يه") or word.startswith("م") or (len(word) >= 5 and (word[1] == "ا" or word[2] == "ي"))
        or len(word) <= 3
    )


def _closing_nisba(s: Sent, k: int) -> bool:
    """An indefinite nisba adjective that closes the noun phrase, before a ل phrase or the
    end of the clause (تهجير قسري للسكان، عن تهجير قسري.): the noun's adjective."""
    word = s.norms[k]
    if len(word) < 4 or not word.endswith("ي"):
        return False
    nxt = s.infos[k + 1].token if k + 1 < len(s.infos) else None
    return nxt is None or nxt.kind == "punct" or (nxt.norm.startswith("ل") and s.is_word(k + 1) and prep_led(s, k + 1))


def _genitive(s: Sent, f: Frame, pos: int) -> Span | None:
    """The genitive of the event noun at `pos`, after its companion when the head has one
    (إطلاق سراح المعتقلين)."""
    k = pos + 1
    if pos == f.head and f.companion == k and f.genitive == "patient":
        k += 1
    if k + 1 < len(s.infos) and s.norms[k] in ANY:
        k += 1  # استهداف أي مواقع مدنية
    if k + 1 < len(s.infos) and _transparent(s, k) and s.is_word(k + 1):
        k += 1  # منع دخول | الشاحنات
    gen = np_at(s, k)
    if gen is not None and (not f.positions.isdisjoint(range(gen[0], gen[1])) or not _genitive_ok(s, k - 1, gen[0])):
        if gen[0] == k and _closing_nisba(s, k):
            k += 1  # تهجير قسري للسكان: the ل phrase after the adjective
        gen = None
    return gen or _lam_genitive(s, k)


def _lam_object(s: Sent, k: int) -> Span | None:
    """The ل phrase after an event noun's genitive: the noun's object, the genitive then
    being its doer (اقتحام المستوطنين لباحات الأقصى)."""
    if k >= len(s.infos):
        return None
    if not s.norms[k].startswith("ل") or not s.is_word(k) or not prep_led(s, k):
        return None
    return k, pp_end(s, k)


def _weapon_object(s: Sent, gen: Span) -> Span | None:
    """The noun phrase right after a verbal noun's genitive that names an aircraft or drone
    (استهداف طائرة مسيرة | سيارة عسكرية): the aircraft did the act, the phrase is what it
    struck."""
    k = gen[1]
    if not any(word.mode in _FLYING_MODES for group in s.infos[gen[0]].modes for word in group):
        return None
    if k >= len(s.infos) or prep_led(s, k) or not s.is_word(k) or s.is_verb(k) or k in s.times or s.infos[k].hits:
        return None
    if not _OBJECT_NOUN_CUES.issuperset(s.infos[k].cues):
        return None
    return np_at(s, k)


def _weapon_pair(s: Sent, k: int) -> tuple[Span, Span] | None:
    """The weapon genitive and the object after the verbal noun at k (استهداف | طائرة مسيرة
    | سيارة عسكرية), if that is how the noun is followed."""
    gen = np_at(s, k + 1) if k + 1 < len(s.infos) and s.is_word(k + 1) else None
    obj = _weapon_object(s, gen) if gen is not None else None
    return (gen, obj) if gen is not None and obj is not None else None


def _acting(s: Sent, k: int) -> bool:
    """Whether the phrase at k names who can act: a state, body, group or person, or a
    force or armed men (قوات الاحتلال، مسلحين); not a place or a thing."""
    ent = s.entity_at.get(k)
    if ent is not None and ent.type in _PARTIES and (ent.type not in _PLACE_TYPES or ent.stands_for is not None):
        return True
    return not _DOER_NOUNS.isdisjoint(s.infos[k].cues)


def _definite_object(s: Sent, k: int) -> Span | None:
    """A definite phrase, a name, a count or a person's title right after an event noun's
    genitive: the verbal noun's object, the genitive then being its doer (اقتحام مستوطنين
    باحات الأقصى، اعتقال قوات الأمن 20 ناشطا)."""
    if k + 1 >= len(s.infos) or prep_led(s, k):
        return None
    construct = s.is_word(k) and definite(s, k + 1)  # باحات | المسجد
    if definite(s, k) or construct:
        return np_at(s, k)
    person = k in s.quantities or _person_at(s, k) or "title" in s.infos[k].cues  # 20 ناشطا، مراسل قناة
    return np_at(s, k) if s.is_word(k) and k not in s.times and (person or _accusative_pair(s, k)) else None


def _accusative_pair(s: Sent, k: int) -> bool:
    """An indefinite accusative noun and its adjective, both ending in the tanwin alif
    (موظفا قنصليا، شابا فلسطينيا): an object, which adverbs (مؤخرا، أيضا) seldom pair as."""
    return all(
        j < len(s.infos) and s.is_word(j) and len(s.norms[j]) > 3 and s.norms[j].endswith("ا")
        and not s.infos[j].cues and not s.infos[j].hits and j not in s.times
        for j in (k, k + 1)
    )


def _lam_genitive(s: Sent, k: int) -> Span | None:
    """A genitive with ل after an indefinite event noun (اجتماع لمجلس الأمن)."""
    if k >= len(s.infos) or k - 1 < 0 or s.norms[k - 1].startswith(_DEFINITE):
        return None
    norm = s.norms[k]
    if norm.startswith(("لل", "ل")) and (k in s.entity_at or norm.startswith("لل")):
        return k, pp_end(s, k)
    return None


def _lam_people(s: Sent, f: Frame) -> Span | None:
    """The people of a protest or withdrawal noun given with ل after its adjectives, as a
    construct phrase (مسيرة ليلية لشباب الحي، اعتصاما لعمال المناجم); not a purpose
    (لبحث الأزمة، لوقف الحرب: a trigger or cue word)."""
    k = _adjectives(s, f.head)[1]
    if k + 1 >= len(s.infos) or not s.is_word(k) or s.infos[k].hits:
        return None
    info = s.infos[k]
    if not info.token.norm.startswith("ل") or info.token.norm.startswith("لل"):
        return None
    if info.cues.keys() - {"partitive"}:
        return None  # لبحث، لوقف: a purpose or a word that is no ل phrase

    end = k + 1 if _annexed(s, k + 1) else k + 2  # a construct phrase: لعمال النظافة، لشباب حي التضامن
    if not (s.is_word(end - 1) and _annexed(s, end)):
        return None
    while end < len(s.infos) and end - k <= MAX_NP and _annexed(s, end) and s.is_word(end):
        end += 1
    return k, end


def _annexed(s: Sent, j: int) -> bool:
    """A definite word or a name at j: a genitive annexed to the word before."""
    return j < len(s.infos) and (definite(s, j) or j in s.entity_at)


def _agent_like(s: Sent, k: int) -> bool:
    """Whether an agent genitive may name the actor: a definite word, a name or a force
    noun annexed to one, not an indefinite adjective (اجتماع طارئ، هجوم بري) nor a place (مفاوضات جدة)."""
    ent = s.entity_at.get(k)
    if ent is not None:
        return ent.type not in _PLACE_TYPES or ent.stands_for is not None
    if "military" in s.infos[k].cues and k + 1 < len(s.infos) and definite(s, k + 1):
        return True  # a construct force: انسحاب مقاتلي الحركة، هجوم عناصر التنظيم
    return definite(s, k)


def _nominal(s: Sent, f: Frame) -> tuple[Span | None, str, Span | None, str]:
    """Actor/target of a noun-headed event: genitives after the nouns, or an entity right
    before the verbal noun (نية واشنطن الانسحاب)."""
    actor = target = None
    arule = trule = ""
    if f.head + 1 < len(s.infos) and "target_prep" in s.infos[f.head + 1].cues:
        target, trule = np_at(s, f.head + 2), "target preposition after event noun"
    for pos, genitive in f.nouns or ((f.head, f.genitive),):
        if pos == f.head and f.companion == pos + 1 and f.companion_role == "target":
            continue  # إغلاق | خط الغاز: the companion heads the target, no genitive follows it
        gen = _genitive(s, f, pos)
        if gen is None:
            continue
        lam = _lam_object(s, gen[1])
        obj = _definite_object(s, gen[1])
        if genitive == "patient" and lam is not None and actor is None and target is None and _agent_like(s, gen[0]):
            actor, arule, target, trule = gen, "genitive before a ل object", lam, "ل object"
        elif genitive == "patient" and obj is not None and actor is None and target is None and _acting(s, gen[0]):
            actor, arule, target, trule = gen, "genitive before an object", obj, "object of the verbal noun"  # اقتحام قوات الاحتلال المخيم
        elif genitive == "patient" and f.type == "ASSAULT" and actor is None and target is None and (hit := _weapon_object(s, gen)) is not None:
            actor, arule, target, trule = gen, "weapon genitive before an object", hit, "object of the verbal noun"  # استهداف طائرة مسيرة سيارة
        elif genitive == "patient" and target is None:
            target, trule = gen, GENITIVE_RULE
        elif genitive == "agent" and f.aid and target is None and s.norms[gen[0]].startswith("ل") and gen[0] in s.entity_at:
            target, trule = gen, "recipient of the aid (مساعدات للبنان)"
        elif genitive == "agent" and actor is None and _agent_like(s, gen[0]):
            actor, arule = gen, GENITIVE_RULE
    if target is None and f.speech_act and f.verb is None and _possessed(s, f.head) and f.head + 1 < len(s.infos):
        addressee = _definite_object(s, f.head + 1) if s.is_word(f.head + 1) else None
        if addressee is not None:
            target, trule = addressee, "object of a possessed verbal noun (مجددة دعوتها الأطراف إلى)"
    if actor is None and s.norms[f.head].startswith(_DEFINITE):
        actor, arule = _nationality(s, _adjectives(s, f.head)), "nationality adjective"
    if target is None and f.companion_role == "target":
        target, trule = _companion_target(s, f), "companion word (أسقط طائرة)"
    doer = _doer_clause(s, f)
    after = doer[1] if doer is not None else 0
    while after < len(s.infos) and after in s.times:
        after += 1  # غارات شنها X منذ فجر اليوم على Y: a time between
    if doer is not None and after + 1 < len(s.infos) and "target_prep" in s.infos[after].cues:
        target, trule = np_at(s, after + 1), "target preposition after the doer clause"  # الهجوم الذي نفذته X على Y
    if actor is None and f.participle:
        actor, arule = np_at(s, f.head), "participle names its doer"  # محتجون غاضبون
    if actor is None and not f.transitive and (lam := _lam_people(s, f)) is not None:
        actor, arule = lam, "ل phrase of an intransitive event noun"  # وقفة لعمال النظافة
    before = prev_np(s, f.head)
    if actor is None and before and before[0] > 0 and "plan" in s.infos[before[0] - 1].cues:
        actor, arule = before, "genitive of intention noun"  # نية واشنطن الانسحاب
    if actor is None and before and _possessed(s, f.head) and _after_verb(s, before[0]):
        actor, arule = before, OWNER_RULE  # جدد المتظاهرون مطالبتهم
    if actor is None and _possessed(s, f.head) and f.head > 0 and "circumstantial" in s.infos[f.head - 1].cues:
        actor, arule = _main_subject(s, f.head - 1), f"{MAIN_CLAUSE_RULE} (، مجددة دعوتها)"
    if actor is None and _possessed(s, f.head) and (told := _told_to(s, f.head)) is not None:
        actor, arule = told[0], f"{OWNER_RULE}: the chain's subject (وأبلغته احتجاجها)"
        if told[1] is not None:
            target, trule = told[1], "whom the possessed act was told (the pronoun's antecedent)"
    return actor, arule, target, trule


def _told_to(s: Sent, k: int) -> tuple[Span, Span | None] | None:
    """The subject of a coordinated verb carrying its object as a pronoun right before a
    possessed act (استدعت الوزارة السفير، وأبلغته احتجاجها): the act's owner, and the
    earlier object the pronoun stands for."""
    verb = k - 1
    norm = s.norms[verb] if verb >= 1 else ""
    joined = _coordinated(s, verb) or (norm.startswith(("و", "ف")) and len(norm) >= 5)  # وأبلغته
    if verb < 1 or not joined or not _object_pronoun(norm) or s.infos[verb].hits:
        return None
    shared = _shared_subject(s, verb)
    return (shared, _antecedent_object(s, shared, verb)) if shared is not None else None


def _accused(s: Sent, f: Frame) -> Span | None:
    """The accused of an accusation whose complement is the event noun (اتهمت الوزارة،
    في بيان، الميليشيا المتمردة بقصف المخيم؛ حمّل الرئيس إسرائيل مسؤولية التصعيد): the
    text says they did it. The phrase runs from the accusing verb's object to the event
    noun; none when the verb has no object before it (اتهم الجيش بقصف: who accuses whom is
    unclear)."""
    if f.verb is not None:
        return None
    end = f.head
    if end > 0 and "claim" in s.infos[end - 1].cues and not s.infos[end - 1].hits:
        end -= 1  # حمّل X Y مسؤولية الهجوم
    elif not s.norms[f.head].startswith("ب"):
        return None
    k = _governing_verb(s, end, _accusing)
    if k is None:
        return None
    if any(kind == "circumstantial" and _accusing(entry, kind) for entry, kind, _ in s.infos[k].hits):
        obj = np_at(s, k + 1)  # ، متهمة باريس بدعم
    else:
        obj = _verb_object(s, k)[1]
    return (obj[0], end) if obj and obj[0] < end else None


def _accusing(entry: TriggerEntry, kind: str) -> bool:
    return entry.type == "ACCUSE" and entry.mode == "accuse"


def _calling(entry: TriggerEntry, kind: str) -> bool:
    return (entry.type == "REQUEST" or _giving_deadline(entry, kind)) and kind in VERBAL


def _giving_deadline(entry: TriggerEntry, kind: str) -> bool:
    return (entry.type, entry.mode) == ("THREATEN", "ultimatum") and kind in VERBAL


def _addressee(s: Sent, f: Frame) -> Span | None:
    """Who a call or an ultimatum asks to do the act it names (دعت المنظمة السلطات إلى
    الإفراج عن ...، طالب الاتحاد الحكومة بسحب القرار، أمهل الجيش المسلحين يومين للانسحاب):
    the verb's object, before إلى، ب or ل + the event noun (one verbal noun may carry it:
    إلى تقديم مساعدات)."""
    head = f.head
    if f.verb is not None:
        if not (f.verb > 0 and s.norms[f.verb - 1] == ILA):
            return None
        head = f.verb  # إلى فرض عقوبات: the form read as a verb is the verbal noun after إلى
    intro = next((k for k in (head - 1, head - 2) if k > 0 and s.norms[k] == ILA), None)
    if intro is None and s.norms[head].startswith(("ب", "ل")) and prep_led(s, head):
        intro = head  # طالب X Y بسحب، أمهل X Y أسبوعا للانسحاب
    if intro is None:
        return None
    purpose = s.norms[intro].startswith("ل")  # دعا X إلى الضغط على Y للإفراج: a purpose, unless after an ultimatum
    k = _governing_verb(s, intro, _giving_deadline if purpose else _calling)
    if k is None:
        return None
    subject, obj = _verb_object(s, k)
    return obj if obj and subject and obj[0] >= subject[1] and obj[1] <= intro else None


def _governing_verb(s: Sent, end: int, reads: Callable[[TriggerEntry, str], bool]) -> int | None:
    """The nearest word before `end`, within its sentence and GOVERNOR_REACH words, with a
    trigger reading `reads` accepts: the verb whose complement holds the event noun."""
    for k in range(end - 1, max(-1, end - 2 - GOVERNOR_REACH), -1):
        if any(reads(entry, kind) for entry, kind, _ in s.infos[k].hits):
            return k
        if s.infos[k].token.norm in _SENTENCE_BREAKS:
            return None
    return None


def _verb_object(s: Sent, k: int) -> tuple[Span | None, Span | None]:
    """The VSO subject of the verb at k and the object after it (past adjuncts)."""
    subject = next_np(s, k)
    if subject is not None:
        subject = (subject[0], s.with_name(subject[0], subject[1]))  # الرئيس الفلسطيني محمود عباس | مجلس الأمن
    return subject, (_object_after(s, subject[1] - 1) if subject else None)


def _doer_clause(s: Sent, f: Frame) -> Span | None:
    """The subject of a light or doing verb describing one of the event's nouns: الهجوم
    الذي نفذه X، غارات شنتها طائرات حربية، كمين نصبه مسلحون (not شهدتها مدينة), or of a
    call for it (إضراب دعت إليه النقابات)."""
    for pos in f.described:
        k = _adjectives(s, pos)[1]  # وقفات احتجاجية | نظمها شباب
        while k < len(s.infos) and "adjective" in s.infos[k].cues:
            k += 1  # إضراب عام | دعت إليه
        if k + 1 < len(s.infos) and _plain_indefinite(s, k) and not _DOER_CUES.isdisjoint(s.infos[k + 1].cues):
            k += 1  # هجوم مضاد | شنه الجيش: an adjective whose ending does not show agreement
        k = _past_times(s, k)  # استهدافها فجر اليوم | بمسيرات
        if _instrument(s, k):
            k = _adjectives(s, k)[1]  # استهدافها بمسيرات انتحارية | أطلقتها قوات الدعم السريع
        if k < len(s.infos) and "relative" in s.infos[k].cues:
            k += 1
        if k + 1 < len(s.infos) and "call" in s.infos[k].cues and s.norms[k + 1] in _CALLED_FOR:
            return next_np(s, k + 1, reach=2)  # إضراب عام دعت إليه النقابات
        if k < len(s.infos) and "relative" not in s.infos[k - 1].cues and not _possessed(s, k):
            continue
        if k < len(s.infos) and not _DOER_CUES.isdisjoint(s.infos[k].cues):
            doer = next_np(s, k, reach=2)
            if doer is None and k + 1 < len(s.infos) and "preposition" in s.infos[k + 1].cues:
                return _main_subject(s, k)  # معارك عنيفة خاضتها | ضد: the subject in the verb is the main clause's
            return doer
    return None


def _operation_doer(s: Sent) -> Span | None:
    """The subject of a doing verb resuming an operation noun of the sentence as its object
    (خلال عمليات نفذتها مفارز الجيش، في حملة قادتها الشرطة): who carried out the acts it held."""
    for k, info in enumerate(s.infos):
        if "operation" not in info.cues:
            continue
        j = _adjectives(s, k)[1]  # عمليات متفرقة | نفذتها
        if j < len(s.infos) and not _DOER_CUES.isdisjoint(s.infos[j].cues) and s.norms[j].endswith("ها"):
            return next_np(s, j, reach=2)
    return None


def _received(s: Sent, f: Frame) -> Span | None:
    """The party right after another noun of a meeting that carries its doer as a pronoun
    (خلال استقباله | قائد القيادة المركزية، أثناء لقائه | رئيس الوزراء)."""
    for pos, _genitive in f.nouns:
        obj = np_at(s, _past_place_and_time(s, pos + 1)) if pos != f.head and _possessed(s, pos) and pos + 1 < len(s.infos) else None
        if obj is not None and (obj[0] in s.entity_at or not {"title", "office", "rank"}.isdisjoint(s.infos[obj[0]].cues)):
            return obj
    return None


def _past_place_and_time(s: Sent, k: int) -> int:
    """Position k past time words and a place phrase with في (خلال استقباله | في قصر الشعب
    اليوم | وزير الخارجية)."""
    k = _past_times(s, k)
    if k + 1 < len(s.infos) and s.norms[k] == "في" and (place := np_at(s, k + 1, governed=True)) is not None:
        k = _past_times(s, place[1])
    return k


def _past_times(s: Sent, k: int, end: int | None = None) -> int:
    """Position k past the time words at it (فجر اليوم، مساء أمس), stopping at `end`."""
    stop = len(s.infos) if end is None else end
    while k < stop and (k in s.times or "past" in s.infos[k].cues):
        k += 1
    return k


def _plain_indefinite(s: Sent, k: int) -> bool:
    """A word with no article, no trigger reading and no cue, outside names (مضاد)."""
    info = s.infos[k]
    return s.is_word(k) and not s.norms[k].startswith("ال") and not info.hits and not info.cues and k not in s.entity_at


def _undergoer_clause(s: Sent, f: Frame) -> Span | None:
    """The subject of an undergo verb in a relative clause on the event noun: الاعتداء
    الذي تعرضت له سفينة إغاثة."""
    for pos in f.described:
        k = pos + 1
        if k + 1 < len(s.infos) and "relative" in s.infos[k].cues and "undergo" in s.infos[k + 1].cues:
            j = k + 2
            if j < len(s.infos) and s.norms[j] in _RESUMPTIVE:
                j += 1
            return np_at(s, j)
    return None


def _reached(s: Sent, f: Frame) -> Span | None:
    """The object of a verb like طال or شمل right after one of the event's nouns and its
    adjectives (حملة اعتقالات طالت 15 مواطنا، غارات شملت مواقع عسكرية)."""
    for pos in f.described:
        k = _adjectives(s, pos)[1]
        if k < len(s.infos) and "relative" in s.infos[k].cues:
            k += 1  # الحملة التي طالت
        if k < len(s.infos) and "reach" in s.infos[k].cues:
            return next_np(s, k)
    return None


def _noun_nationality(s: Sent, f: Frame) -> Span | None:
    """A country or nationality adjective of one of the event's nouns (بغارة إسرائيلية),
    or of its instrument (هجوم بطائرة مسيرة تركية)."""
    for pos, _ in f.nouns:
        adjectives = _adjectives(s, pos)
        found = _nationality(s, adjectives)
        end = adjectives[1]
        if found is None and end < len(s.infos) and s.norms[end].startswith("ب") and prep_led(s, end) and _instrument(s, end):
            found = _nationality(s, (end, pp_end(s, end)))  # an instrument, not a partner (اتصالا بنظيره الإيراني)
        if found is not None:
            return found
    return None


def _pronoun_complementizer(s: Sent, verb: int) -> int | None:
    """Position of the أنه/أنها before a verb (past negations and قد), whose pronoun is the
    verb's subject, or None."""
    k = verb - 1
    while k > 0 and ("negation" in s.infos[k].cues or s.norms[k] in AUXILIARIES):
        k -= 1
    return k if k > 0 and (s.norms[k] in _PRONOUN_COMPLEMENTIZERS or s.norms[k] in _BUT_PRONOUNS) else None


def _complement_subject(s: Sent, f: Frame) -> Span | None:
    """The reporter as the doer when the verb's subject is the pronoun of أنه/أنها (وأكدت
    الشرطة أنها لم تطلق النار): the subject of the reporting verb before it; after لكنها, the
    main clause's subject."""
    k = _pronoun_complementizer(s, f.verb) if f.verb is not None else None
    if k is None or f.verb is None or "undergo" in s.infos[f.verb].cues:
        return None  # صرح المدير بأنه تم القبض على: an impersonal passive has no doer said
    if s.norms[k] in _BUT_PRONOUNS:
        return _main_subject(s, k)  # أعلنت الحكومة ...، لكنها اتهمت: the clause's subject
    for j in range(k - 1, -1, -1):
        if "report" in s.infos[j].cues and "circumstantial" not in s.infos[j].cues:
            span = prev_np(s, j) or next_np(s, j)  # a participle (مؤكدة) defers to the main verb
            if span is not None:  # a cue noun with no phrase beside it (في بيان،) is passed
                return span
    return None


def _direction(s: Sent, span: Span | None) -> bool:
    """A one-word target that only says where the shots went (على الأرض، في الهواء) or what
    a ban forbids (حظر التجول): no party."""
    return span is not None and span[1] - span[0] == 1 and not {"direction", "activity"}.isdisjoint(s.infos[span[0]].cues)


def _lemma_target(s: Sent, f: Frame) -> Span | None:
    """The target after one of the lemma's prepositions: a word (التقى مع X) or a proclitic
    on the target itself (التقى الوزير بالسفير)."""
    words = {p for p in f.target_preps if len(p) > 1}
    clitics = tuple(p for p in f.target_preps if len(p) == 1)

    own = f.positions
    if f.type == "AGREE":  # تعهدت X بتقديم 500 مليون دولار إلى Y: the pledged aid does not stop the search
        own = own | frozenset(k for k, info in enumerate(s.infos) if any(e.type == "AID" for e, _k, _p in info.hits))
    target = after_prep(s, f.head, lambda i: i.token.norm in words, own)
    if target is not None and _destination_place(s, target):
        target = None  # أرسلت مصر قافلة مساعدات إلى قطاع غزة: a destination, not a party
    if target is None and clitics:
        start = after_prep(s, f.head, lambda i: _on_target(s, f, clitics, i), f.positions, own_phrase=True)
        target = (start[0], _with_genitive_name(s, start[0], pp_end(s, start[0]))) if start else None
        if target is not None:
            _mark_proclitic(s, target[0])  # اتصالا هاتفيا | بنظيره
    return target


def _stance_target(s: Sent, f: Frame, actor: Span | None, target: Span | None, rule: str) -> tuple[Span | None, str]:
    """What a stance is taken on: the lemma's ب/ل phrase (أشاد بـ، دعمه لـ X), which an
    adjective before it is not (تأييده الكامل | لخطة مصر), else a verb's object headed by a
    decision or event noun (انتقد قرار الحكومة، رفض طلب واشنطن); a party's effort or role
    stands for the party (الجهود التي تبذلها مصر)."""
    if f.target_preps and (found := _lemma_target(s, f)) is not None:
        target, rule = found, "preposition of the lemma"
    elif target is None and f.verb == f.head:
        start = max(s.with_name(actor[0], actor[1]) if actor and actor[0] > f.head else 0, f.span_end)  # past the name too
        if f.companion is not None and f.companion > f.head:
            start = f.companion  # ثمّن المجلس | الجهود: the companion word is the object
        target, rule = _decision_object(s, start), "object headed by a decision or event noun"
    if target is not None and (party := _effort_party(s, target)) is not None:
        target, rule = party, "doer of the effort (الجهود التي تبذلها X)"
    return target, rule


def _decision_object(s: Sent, k: int) -> Span | None:
    """The noun phrase at k (past adverbs and adjuncts) whose head may be a decision,
    statement or event noun (قرار الحكومة، انتقادات البرلمان الأوروبي), with its adjectives
    or its genitive."""
    k = _past_adjuncts(s, k - 1) + 1  # ثمّن المجلس، خلال جلسته، | الجهود
    if k + 1 < len(s.infos) and s.norms[k] in ANY:
        found = _decision_object(s, k + 1)  # رفضت أي | تدخل عسكري: أي is part of it
        return (k, found[1]) if found is not None else None
    if k >= len(s.infos):
        return None
    if (obj := np_at(s, k)) is not None:
        return obj
    info = s.infos[k]
    nominal = (not info.hits or noun_reading(info)) and info.cues.keys() <= _DECISION_CUES
    if info.token.kind != "word" or not nominal or s.is_verb(k) or prep_led(s, k):
        return None
    end = _adjectives(s, k)[1]
    if end == k + 1 and end < len(s.infos) and definite(s, end) and (gen := np_at(s, end, governed=True)):
        end = gen[1]
    if info.hits and end == k + 1:
        return None  # رفضت الحركة الانسحاب: the act refused, no party
    return k, end


def _effort_party(s: Sent, span: Span) -> Span | None:
    """The party doing an effort or role: names annexed to it (جهود قطر ومصر) or the
    subject of a relative clause after it (الجهود التي تبذلها مصر، الدور الذي تضطلع به عمان:
    the verb, a resumptive pronoun, then the party)."""
    if "effort" not in s.infos[span[0]].cues:
        return None
    if span[0] + 1 in s.entity_at:  # بجهود | قطر ومصر والولايات المتحدة
        return _joined_names(s, np_at(s, span[0] + 1, governed=True))
    k = span[1]
    if k + 2 >= len(s.infos) or "relative" not in s.infos[k].cues:
        return None
    k += 2
    if s.norms[k] in _RELATIVE_RESUMPTIVES:
        k += 1
    return np_at(s, k)


def _struck(s: Sent, f: Frame) -> Span | None:
    """What an attack with casualties struck: the object of one of its verbs (استهدف) or
    the phrase after على/ضد following one of its nouns (قتل جنديان في هجوم ... على حاجز);
    a post, base or vehicle (cue `installation`) is the target, a town or a road is where."""
    found = _struck_phrase(s, f)
    if found is None or "installation" not in s.infos[found[0]].cues or _possessed(s, found[0]):
        return None  # على مواقعهم: the victims' own posts, so the victims stay the target
    return found


def _casualty_reading(info: TokInfo) -> bool:
    """Whether one of the word's trigger readings tells a toll (قتل، أصيب)."""
    return any(e.casualty for e, _k, _p in info.hits)


def _toll_genitive(s: Sent, span: Span | None) -> bool:
    """A phrase that is the genitive of a casualty noun (مقتل | ثلاثة من أفراد الحزام)."""
    return span is not None and span[0] > 0 and any(e.casualty for e, kind, _ in s.infos[span[0] - 1].hits if kind == "noun")


def _struck_phrase(s: Sent, f: Frame) -> Span | None:
    """The object of one of an attack's other verbs, the على/ضد phrase after one of its
    nouns, or the genitive of its head noun (بمهاجمة نقطة أمنية ما أدى إلى مقتل ثلاثة)."""
    for k in sorted(f.positions):
        if k == f.head:
            if f.verb is None and "victim" not in s.infos[k].cues and not _casualty_reading(s.infos[k]):
                own = np_at(s, k + 1)
                if own is not None and "installation" in s.infos[own[0]].cues:
                    return own
            continue
        kinds = {kind for entry, kind, _ in s.infos[k].hits if not entry.casualty}
        if "noun" not in kinds and kinds & {"past", "pres"}:
            return next_np(s, k)  # انفجار عبوة استهدفت | دورية عسكرية
        if "noun" in kinds and (pair := _weapon_pair(s, k)) is not None:
            return pair[1]  # مقتل ثلاثة جراء استهداف طائرة مسيرة | سيارة عسكرية
        if "noun" in kinds and "victim" not in s.infos[k].cues:
            found = after_prep(s, k, lambda i: "target_prep" in i.cues, f.positions)
            if found is not None:
                return found
    return None


def _aid_giver(s: Sent, f: Frame) -> Span | None:
    """Who gives aid: the phrase after مقدمة من (شحنة ذخائر مقدمة من الولايات المتحدة), else
    the subject of the verb opening the sentence (سيّرت الهيئة قافلة مساعدات، تعهدت هولندا
    بتقديم مساعدات), unless a call stands before the aid (ناشد X Y تقديم مساعدات)."""
    for j in range(f.head + 1, len(s.infos) - 2):
        if s.norms[j] in _PROVIDED and (k := next((k for k in (j + 1, j + 2) if s.norms[k] == "من"), None)):
            return np_at(s, k + 1, governed=True)
    first = s.infos[0]
    if any("call" in s.infos[k].cues for k in range(f.head)) or first.token.kind != "word":
        return None
    if not {"function", "negation", "preposition"}.isdisjoint(first.cues):
        return None  # لم تدخل أي شاحنة مساعدات: a particle, not a verb
    if first.token.norm.startswith(_DEFINITE) or 0 in s.entity_at or 0 in s.quantities:
        return None  # an SVO sentence or a headline: its subject is read elsewhere
    subject = next_np(s, 0)
    return subject if subject is not None and subject[1] < f.head else None  # not وصلت قافلة | مساعدات


def _aid_recipient(s: Sent, f: Frame) -> Span | None:
    """A state given aid with ل (منحة لسوريا، مساعدات عسكرية لأوكرانيا) or the phrase after
    لصالح; a ل before anything else is mostly a purpose (لدعم، لإعادة الإعمار)."""
    for j in range(f.head + 1, min(len(s.infos), f.head + 1 + OBJECT_REACH * 3)):
        info = s.infos[j]
        if info.token.norm in (".", "؛") or (info.hits and j not in f.positions and _eventive(info) and "verb" not in info.cues):
            return None  # another act; not a listed verb describing the aid (طائرة تحمل 40 طنا)
        if info.token.norm == "لصالح":
            return np_at(s, j + 1, governed=True)
        if info.token.norm == ILA and (to := np_at(s, j + 1, governed=True)) is not None and not _destination_place(s, to):
            return to  # سيّرت الإمارات طائرة مساعدات تحمل 40 طنا من المواد الغذائية إلى اللاجئين
        lam = info.cues.get("beneficiary", "")
        if lam in _TO and prep_led(s, j):  # للأسر النازحة، للاجئين
            s.clitics[j] = lam  # لل: the article's ل went with it (للأسر -> أسر)
            return j, pp_end(s, j)
        ent = s.entity_at.get(j)
        if ent is not None and info.token.norm.startswith("ل") and ent.start > info.token.start and _state(ent):
            s.clitics[j] = "ل"
            end = j
            while end < len(s.infos) and s.entity_at.get(end) is ent:
                end += 1
            return j, end
    return None


def _measured(s: Sent, span: Span) -> bool:
    """A phrase opening with an amount of goods or money (30 طنا، 50 مليون دولار): what aid
    gives, never whom it is given to."""
    quant = s.quantities.get(span[0])
    return quant is not None and quant.unit is not None


def _state(ent: Entity) -> bool:
    """A country, or a place standing for its state (a capital)."""
    return ent.type == "COUNTRY" or (ent.type in _PLACE_TYPES and ent.stands_for is not None)


def _on_target(s: Sent, f: Frame, clitics: tuple[str, ...], info: TokInfo) -> bool:
    """A word carrying one of the lemma's one-letter prepositions and naming its target (a
    decision noun too for a stance: لخطة مصر)."""
    starts = bool(clitics) and info.token.norm.startswith(clitics) and info.token.norm not in _HEADED_BY  # not برئاسة
    noun = s.is_word(info.pos) or (f.stance and bool(info.cues) and info.cues.keys() <= _DECISION_CUES)
    return starts and noun and prep_led(s, info.pos)


def _with_genitive_name(s: Sent, a: int, b: int) -> int:
    """End of a one-word prepositional phrase [a, b) with the name annexed to it (لخطة |
    مصر، بجهود | قطر): the name is part of the phrase."""
    if b != a + 1 or b not in s.entity_at:
        return b
    ent = s.entity_at[b]
    while b < len(s.infos) and s.entity_at.get(b) is ent:
        b += 1
    return b


def _mark_proclitic(s: Sent, k: int) -> None:
    """Leave word k's proclitic preposition out of its phrase's text: one letter (بنظيره),
    or ل with the article's ل it swallowed (للحكومة -> حكومة: الحكومة is not in the text)."""
    raw = s.doc.text[s.infos[k].token.start : s.infos[k].token.end]
    s.clitics[k] = "لل" if raw.startswith("لل") and len(raw) > 4 else raw[0]


def _destination_place(s: Sent, span: Span) -> bool:
    """Whether a phrase after إلى names a place below a country (قطاع غزة، مدينة السويداء):
    where something goes, not who receives it (a country is its state)."""
    if span[0] == 0 or s.norms[span[0] - 1] != ILA:
        return False
    ent = s.entity_in(span[0], span[1])
    return ent is not None and ent.type in _PLACE_TYPES and ent.stands_for is None


def _between(s: Sent, f: Frame) -> Span | None:
    """The first side of an event between two parties (اشتباكات بين الجيش والمسلحين), or its
    doer after لدى when that names who can act (احتجازه لدى الأجهزة الأمنية, not لدى عودته)."""
    if not f.actor_preps:
        return None
    span = after_prep(s, f.head, lambda i: i.token.norm in f.actor_preps, f.positions)
    if span is not None and s.norms[span[0] - 1] == "لدي" and not _agent_like(s, span[0]):
        return None
    return span


def _sides(s: Sent, span: Span) -> tuple[Span, Span | None]:
    """The two sides of X و Y after بين (the first phrase may run over the و): the first
    is the actor, the second the other party (اشتباكات بين الجيش والمسلحين)."""
    a, b = span
    for k in range(a + 1, min(len(s.infos) - 2, a + PARENTHETICAL_REACH)):
        if s.infos[k].token.kind == "punct":
            break
        if s.norms[k] == "من" and s.norms[k + 1] == "جهه" and s.norms[k + 2].startswith("و") and (other := np_at(s, k + 2)):
            s.clitics[k + 2] = "و"  # بين الجيش والقوات المساندة له من جهة | وقوات الدعم السريع من جهة أخرى
            return (a, k), other
    for k in range(a + 1, min(b + 1, len(s.infos))):
        if not s.norms[k].startswith("و") or s.entity_at.get(k, span) is s.entity_at.get(k - 1):
            continue  # not a و word, or inside one name (بوركينا فاسو)
        if k == b or k in s.entity_at or s.norms[k].startswith("وال"):
            s.clitics[k] = "و"  # the conjunction (بين الجيش | ومسلحين)
            return ((a, k) if k < b else span), np_at(s, k)
    if b < len(s.infos) and s.norms[b].startswith("ل") and prep_led(s, b):
        # بين جهاز الردع لمكافحة الجريمة والإرهاب | واللواء 444: past the first side's ل
        # complement, the last و phrase of the clause is the other side
        last = None
        for k in range(pp_end(s, b), min(len(s.infos), b + PARENTHETICAL_REACH)):
            if s.infos[k].token.kind == "punct" or "preposition" in s.infos[k].cues:
                break
            if s.norms[k].startswith("و") and (k in s.entity_at or s.norms[k].startswith("وال")):
                last = k
        if last is not None and (second := np_at(s, last)) is not None:
            s.clitics[last] = "و"
            return span, second
    return span, None


def _gathered(s: Sent, f: Frame) -> tuple[Span | None, Span | None] | None:
    """The sides of a meeting told by جمع after its noun: X و Y (لقاء جمع الوزير والمبعوث),
    or the subject whose pronoun جمع carries and the ب phrase (بعد لقاء جمعها بالوزير)."""
    k = _adjectives(s, f.head)[1]
    if f.verb is not None or k + 1 >= len(s.infos) or "gather" not in s.infos[k].cues:
        return None
    j = k + 1
    if s.norms[j].startswith("ب") and prep_led(s, j):
        s.clitics[j] = "ب"
        owner = _main_subject(s, f.head) if s.norms[k] != "جمع" else None
        return owner, (j, pp_end(s, j))
    first = np_at(s, j)
    if first is None:
        return None
    both = _joined_names(s, (first[0], s.with_name(first[0], first[1])))  # الوزير عباس عراقجي | والمبعوث ...
    return _sides(s, both) if both is not None else None


def _both_sides(s: Sent, span: Span) -> bool:
    """A one-word dual or plural naming both sides at once (بين الطرفين، بين البلدين)."""
    norm = s.norms[span[0]]
    return span[1] - span[0] == 1 and norm.startswith("ال") and norm.endswith("ين") and span[0] not in s.entity_at


def _speaker(s: Sent, k: int) -> Span | None:
    """The source of an attribution told before an event noun carrying its pronoun (أعلن
    الأمين العام لجامعة الدول العربية أحمد أبو الغيط تأييده): the speaker's own act."""
    start = s.infos[k].token.start
    for x in s.attributions:
        if x.cue.end <= start and x.source.end <= start:
            inside = [i.pos for i in s.infos if x.source.start <= i.token.start and i.token.end <= x.source.end]
            if inside and _agrees_with_pronoun(s, (inside[0], inside[-1] + 1), s.norms[k]):
                return inside[0], inside[-1] + 1
    return None


def _agrees_with_pronoun(s: Sent, span: Span, noun: str) -> bool:
    """Whether a feminine pronoun (عدوانها) may stand for the phrase: not for a man named
    by his title (دعا الرئيس محمود عباس ... وقف عدوانها: Israel's aggression)."""
    if not noun.endswith("ها"):
        return True
    person = any(s.entity_at[j].type == "PERSON" for j in range(span[0], span[1]) if j in s.entity_at)
    return not person or s.norms[span[0]].endswith("ه")


def _result_doer(s: Sent, k: int) -> Span | None:
    """Who did an act listed after أسفر عن: the subject of the clause that ما أسفر follows
    (اشتبكت القوات مع المهربين، ما أسفر عن ... وضبط شحنة), or the doer of the operation
    that resulted in it (أسفرت عملية نفذتها مفرزة للجيش عن القضاء على ...)."""
    r = next((j for j in range(k - 1, max(-1, k - GOVERNOR_REACH), -1) if "result" in s.infos[j].cues), None)
    if r is None or any(s.norms[j] in _SENTENCE_BREAKS for j in range(r, k)):
        return None
    if r > 0 and s.norms[r - 1] == "ما":
        return _shared_subject(s, r - 1)
    doer = next((j for j in range(r + 1, k) if not _DOER_CUES.isdisjoint(s.infos[j].cues)), None)
    return next_np(s, doer, reach=2) if doer is not None else None


def _pressed(s: Sent, k: int) -> Span | None:
    """Who pressure is put on to do the act a ل noun names (الضغط على سلطات الاحتلال
    للإفراج عن الأسرى): the phrase after على, right before the event noun."""
    if not s.norms[k].startswith("ل") or not prep_led(s, k):
        return None
    for j in range(k - 1, max(0, k - MAX_NP - 2), -1):
        if s.norms[j] == "علي" and j > 0 and "pressure" in s.infos[j - 1].cues:
            obj = np_at(s, j + 1, governed=True)
            return obj if obj is not None and obj[1] == k else None
    return None


def _possessed(s: Sent, k: int) -> bool:
    """An event noun with a possessive pronoun (مطالبتهم، إضرابهم), not a word in ة."""
    tok = s.infos[k].token
    raw = s.doc.text[tok.start : tok.end]
    return tok.norm.endswith(("ه", "ها", "هم", "هما")) and not raw.endswith("ة")


def _after_verb(s: Sent, k: int) -> bool:
    """Whether the word before position k is a verb (a listed verb, a reporting verb or a
    verbal trigger): the noun phrase at k is then that verb's subject."""
    if k == 0:
        return False
    info = s.infos[k - 1]
    return (
        s.is_verb(k - 1)
        or "report" in info.cues
        or verb_reading(info)
    )


def _planner(s: Sent, f: Frame) -> Span | None:
    """Subject of an intention or denial verb before the trigger (قررت واشنطن سحب
    قواتها، نفت قيادة الجيش استهداف أي مواقع): right before it, or with the whole
    subject phrase between them."""
    involved = False  # نفت الحركة أي علاقة لها بالهجوم: the denier is no actor
    reach = MAX_NP + (PARENTHETICAL_REACH + 2 if any(n in ("،", ",") for n in s.norms[max(0, f.head - MAX_NP) : f.head]) else 0)
    for k in range(f.head - 1, max(-1, f.head - 2 - reach), -1):
        cues = s.infos[k].cues
        involved = involved or "involvement" in cues
        if "foil" in cues:
            return None  # أحبطت الشرطة مخططا لتفجير: the subject stopped the plan
        if {"plan", "denial", "cancel"}.isdisjoint(cues) or (involved and "plan" not in cues):
            continue
        if "plan" in cues and s.norms[k] in _FEARED:
            return None  # انتشار أمني تحسبا لتظاهرات: others' act, prepared against
        if "plan" in cues and _adverbial_accusative(s, k):
            return _main_subject(s, k)  # دفع الجيش بتعزيزات استعدادا لشن هجوم: the army's
        span = next_np(s, k, reach=2)
        if k < f.head - 2:
            return span if span and _just_before(s, span[1], f.head) else None
        if span and span[0] < f.head:
            return span
        return prev_np(s, k)
    return None


def _resumed_target(s: Sent, f: Frame) -> Span | None:
    """The target of an act told in a relative clause on it: the noun before a verb whose
    object pronoun stands for it (سفينة تجارية خطفها قراصنة، الطفلة التي خطفها مسلحون،
    الأسير الذي اعتقلته قوات الاحتلال).
    Not after a plural verb, which may agree with the noun as its subject (مستوطنين
    هاجموهم، الذين هاجموهم)."""
    norm = s.norms[f.head]
    # ه alone may be a folded ة; after the ت of a perfect it is the pronoun (الأسير الذي اعتقلته)
    if not f.targeted or not norm.endswith(("ها", "هم", "هما", "ته")) or len(norm) < 5:
        return None
    if norm.removesuffix("ا").removesuffix("م").removesuffix("ه").endswith(("و", "ا")):
        return None  # هاجموهم، خطفوها، قتلاهم
    if not verb_reading(s.infos[f.head]):
        return None
    if f.head > 0 and "relative" in s.infos[f.head - 1].cues:
        return prev_np(s, f.head - 1)
    if not norm.endswith(("ها", "هم", "هما")):
        return None  # X اتهمته: without الذي, a subject before the verb (ته needs a relative pronoun)
    before = prev_np(s, f.head)
    if before is None or before[1] != f.head or definite(s, before[0]) or before[0] in s.entity_at:
        return None
    return before


def _adverbial_accusative(s: Sent, k: int) -> bool:
    """An indefinite verbal noun in the accusative after its clause, saying what the clause
    is done for (استعدادا، تمهيدا، سعيا): not the genitive of a phrase before it."""
    norm = s.norms[k]
    return len(norm) > 4 and norm.endswith("ا") and not norm.startswith(("ال", "و", "ب", "ل")) and k > 2


def _foiler(s: Sent, f: Frame, actor: Span) -> bool:
    """Whether the phrase is the subject of a verb of foiling the act (أحبطت الشرطة
    مخططا لتفجير، تمكن الجيش من إحباط هجوم): a foil cue between it and the trigger."""
    if f.verb is not None and f.verb > actor[1] and _coordinated(s, f.verb):
        return False  # أحبطت الدوريات محاولة تهريب، وقبضت على مهربين: the next act is the foiler's own
    before = actor[0] - 1  # the verb of a VSO clause
    return any("foil" in s.infos[k].cues for k in (before, *range(actor[1], f.head)) if 0 <= k < f.head)


def _just_before(s: Sent, end: int, head: int) -> bool:
    """Whether a phrase ending at `end` stands right before the event noun, or before a
    light verb's noun that carries it (قررت النقابة | خوض | إضراب، قرر المكتب | تنفيذ | إضراب)."""
    if end < head and s.norms[end].startswith(PREP_ARTICLE):
        end = pp_end(s, end)  # القيادة العامة | للقوات المسلحة، في بيان،
    elif end + 1 < head and s.norms[end] == "في" and (place := np_at(s, end + 1, governed=True)) and place[0] in s.entity_at:
        end = place[1]  # قررت الحكومة المؤقتة | في بنغلاديش | حظر
    if end < head and (close := _parenthetical_end(s, end)) is not None and _parenthetical_end(s, close) is None:
        end = close + 1  # نفت القيادة، في بيان، شن أي غارات: past the adjunct and its commas
    if end == head - 2 and s.norms[head - 1] in ANY:
        head -= 1  # شن أي غارات
    return end == head or (end == head - 1 and not {"light", "prep_light"}.isdisjoint(s.infos[end].cues))


def _part_denied(s: Sent, head: int) -> bool:
    """Whether a party's part in the act is denied before the trigger in its clause (نفت
    الحركة أي علاقة لها بالهجوم، لا صلة لنا بالتفجير): the denier is not the doer."""
    involved = False
    for k in range(head - 1, -1, -1):
        info = s.infos[k]
        if info.token.kind == "punct" and info.token.norm in CLAUSE_ENDS:
            return False
        involved = involved or "involvement" in info.cues
        if involved and not {"denial", "negation"}.isdisjoint(info.cues):
            return True
    return False


def _announcer(s: Sent, f: Frame) -> Span | None:
    """The subject of a reporting verb whose object is the event noun itself (أعلنت الشرطة
    اعتقال، أعلن البنك الدولي منحة): who announces its own act did it. Not for violence
    (أعلنت الوزارة مقتل عشرة: the ministry counts, it killed no one)."""
    if f.verb is not None or f.armed_fallback or "victim" in s.infos[f.head].cues:
        return None
    return _announcer_of(s, _list_start(s, f.head))


def _list_start(s: Sent, head: int) -> int:
    """For a verbal noun joined by و to a list (أعلنت الحكومة تعليق المعاهدة وإغلاق المعبر
    وطرد الملحقين), the nearest earlier verbal noun of the clause that a reporting verb
    governs; else head itself."""
    if not s.norms[head].startswith("و"):
        return head
    for j in range(head - 1, max(-1, head - LIST_WORDS), -1):
        if s.norms[j] in CLAUSE_ENDS:
            break
        if noun_reading(s.infos[j]) and _announcer_of(s, j) is not None:
            return j
    return head


def _announcer_of(s: Sent, head: int) -> Span | None:
    """The subject of a reporting verb right before the event noun at head."""
    head = _before_time_adjunct(s, head)  # أعلن المجلس، الثلاثاء، قطع العلاقات
    named = 0  # words of names, which count as none (أعلنت القيادة العامة للقوات المسلحة العربية الليبية رفع)
    k = head
    while k > max(0, head - 1 - MAX_NP - named):
        k -= 1
        info = s.infos[k]
        if info.token.kind == "punct":
            return None
        ent = s.entity_at.get(k)
        if ent is not None and s.entity_at.get(k - 1) is ent:
            named += 1  # a word continuing a name
        if "report" in info.cues and "circumstantial" not in info.cues:
            span = next_np(s, k, reach=2)
            if span and span[1] < head and s.infos[span[1]].token.norm == "في":
                place = np_at(s, span[1] + 1, governed=True)  # أعلن المجلس العسكري في ميانمار وقفا
                return span if place and place[1] == head else None
            return span if span and span[1] == head else None
    return None


def _before_time_adjunct(s: Sent, k: int) -> int:
    """Position of the opening comma of a time adjunct set off by commas right before k
    (، الثلاثاء، / ، اليوم الاثنين،), else k."""
    if k < 3 or s.norms[k - 1] not in ("،", ","):
        return k
    j = k - 2
    while j > 0 and (j in s.times or "past" in s.infos[j].cues) and k - j <= 4:
        j -= 1
    return j if j < k - 2 and s.norms[j] in ("،", ",") else k


_PARTIES: Final = frozenset({"COUNTRY", "GPE", "PERSON", "ORG", "GOV", "ARMED_GROUP"})  # entity types that can act
_BODY_CUES: Final = ("office", "title", "group")  # nouns heading the name of a body or a person's title
_PROVIDED: Final = frozenset({"مقدمه", "المقدمه", "مقدم", "المقدم"})  # aid "provided by" (مقدمة من X)
_CALLED_FOR: Final = frozenset({"اليه", "اليها"})  # دعت إليه X: X called the act (normalised إليه)
_IYYA: Final = frozenset({"اياه", "اياها", "اياهم", "اياهما"})  # object pronouns standing alone (متهما إياها)
_MEMBER_PREPS: Final = frozenset({"في", "من"})  # قيادي في حركة، عنصر من الجماعة


def _armed_group(s: Sent, taken: Span | None) -> Span | None:
    """The first armed group named in the sentence (outside the target), unless it is
    counted among the victims (أصيب 23 شخصا، بينهم 14 عنصرا من قوات الأمن) or the group
    the target belongs to (اغتيل قيادي في حركة حماس)."""
    victims: set[int] = set()  # ids of the entities counted among victims
    for pos, ent in s.entity_at.items():
        if any(s.norms[j] in _AMONG for j in range(max(0, pos - AMONG_REACH), pos)):
            victims.add(id(ent))
        if taken and pos == taken[1] + 1 and s.norms[taken[1]] in _MEMBER_PREPS:
            victims.add(id(ent))
        if ent.type == "ARMED_GROUP" and not (taken and taken[0] <= pos < taken[1]) and id(ent) not in victims:
            end = pos
            while end < len(s.infos) and s.entity_at.get(end) is ent:
                end += 1
            return pos, end
    return None


def _antecedent(s: Sent, span: Span | None) -> Span | None:
    """A stand-alone object pronoun (متهمة إياها) stands for the other party of the main
    clause (قطعت علاقاتها مع الجزائر)، else the state, body or person named last before it."""
    if span is None or s.norms[span[0]] not in _IYYA:
        return span
    with_ = next((k for k in range(span[0] - 1, -1, -1) if s.norms[k] == "مع"), None)
    other = np_at(s, with_ + 1, governed=True) if with_ is not None else None
    return other or _last_party(s, 0, span[0]) or span  # none named: the pronoun is the evidence


def _last_party(s: Sent, start: int, end: int) -> Span | None:
    """The last state, body or person named in [start, end): what an object pronoun
    (إياها) after the main clause refers to."""
    for k in range(end - 1, start - 1, -1):
        ent = s.entity_at.get(k)
        if ent is not None and (ent.type in _PARTIES or ent.type == "MEDIA"):  # متهمة إياها: an outlet too
            first = k
            while first > start and s.entity_at.get(first - 1) is ent:
                first -= 1
            return first, k + 1
    return None


def _purpose_accusative(s: Sent, k: int) -> bool:
    """An indefinite accusative event noun after its clause (أغلقوا الطريق احتجاجا على ...،
    تنديدا بـ): the reason the main clause's subject acted, so its act too."""
    norm = s.norms[k]
    return norm.endswith("ا") and not norm.startswith("ال") and k > 1 and "preposition" not in s.infos[k - 1].cues


def _main_subject(s: Sent, k: int) -> Span | None:
    """Subject of the main clause before position k: the phrase opening the sentence
    (SVO: a definite word or a name), else the phrase after its first word (a verb);
    none when the sentence opens with a particle or preposition."""
    if k > 4 and s.norms[0] == "من" and "plan" in s.infos[1].cues and s.norms[2] == "ان":
        span = next_np(s, 3)  # من المقرر أن يصل | الرئيس: the planned act's subject
        return span if span and span[1] <= k else None
    if k < 2 or {"preposition", "function"} & s.infos[0].cues.keys():
        return None
    opened = definite(s, 0) or 0 in s.entity_at
    span = np_at(s, 0) if opened else next_np(s, 0)
    if span is not None and not opened and span[0] > 1 and "preposition" in s.infos[span[0] - 1].cues:
        span = None  # وصل إلى | أبوظبي: the preposition's phrase, not the subject
    if span is None and not opened:
        span = _subject_past_phrases(s, 1, k)  # وصل إلى الرياض، مساء اليوم، رئيس الوزراء
    return span if span and span[1] <= k else None


def _subject_past_phrases(s: Sent, j: int, k: int) -> Span | None:
    """The VSO subject of an opening verb after its prepositional phrases (and the times and
    commas next_np passes), before position k."""
    while j < k and (prep_led(s, j) or "preposition" in s.infos[j].cues):
        if "preposition" in s.infos[j].cues and (governed := np_at(s, j + 1, governed=True)) is not None:
            j = governed[1]  # إلى | أبوظبي: the whole phrase the preposition governs
        else:
            j = pp_end(s, j)  # بالرياض، إلى الرياض
        j = _past_times(s, j, k)  # وصل إلى أبوظبي مساء اليوم | الرئيس
    return next_np(s, j - 1) if j < k else None


def _kind_genitive(s: Sent, f: Frame, target: Span) -> bool:
    """A one-word indefinite genitive right before one of the lemma's own prepositions (زيارة
    عمل إلى، زيارة دولة إلى): it names the kind of act, the preposition its target."""
    k = target[1]
    if target[1] - target[0] != 1 or target[0] in s.entity_at or definite(s, target[0]):
        return False
    return "visit_kind" in s.infos[target[0]].cues or (k < len(s.infos) and s.norms[k] in f.target_preps)


def _subject_relative(s: Sent, verb: int) -> bool:
    """A verb right after الذي/الذين with no object pronoun: its subject is the noun the
    clause describes, and the phrase after it its object (not الهجوم الذي شنه المسلحون)."""
    if verb < 2 or s.norms[verb - 1] not in _SUBJECT_RELATIVES or s.norms[verb].endswith(("ه", "ها", "هم", "هما")):
        return False
    return not _prep_resumed(s, verb)  # الصحفي الذي أفرجت عنه السلطات: the authorities freed him


def _prep_resumed_target(s: Sent, f: Frame) -> tuple[Span | None, str]:
    """The noun a relative clause's pronoun stands for, when the pronoun's preposition is the
    lemma's own (أسرى أفرجت عنهم روسيا: the captives were freed), with the rule."""
    assert f.verb is not None
    prep = s.norms[f.verb + 1][:2] if f.verb + 1 < len(s.infos) else ""
    if not f.targeted or prep not in f.target_preps:
        return None, ""
    antecedent = prev_np(s, f.verb - 1 if s.norms[f.verb - 1] in _SUBJECT_RELATIVES else f.verb)
    return (antecedent, "the noun the relative clause describes") if antecedent else (None, "")


def _prep_resumed(s: Sent, verb: int) -> bool:
    """A verb followed by a preposition with a pronoun for the noun before, then a phrase:
    its subject (أسرى أفرجت عنهم روسيا، القرية التي انسحبت منها القوات)."""
    return verb + 1 < len(s.infos) and s.norms[verb + 1] in _RELATIVE_RESUMPTIVES and next_np(s, verb + 1) is not None


def _relative_antecedent(s: Sent, f: Frame) -> Span | None:
    """The noun a subject relative clause describes (المسلحين الذين | هاجموا القرية، الوزير،
    الذي يقوم بزيارة): the doer of its verb; none when the noun is the event's own trigger
    or names no doer (الانفجار الذي استهدف)."""
    assert f.verb is not None
    k = f.verb - 2 if s.norms[f.verb - 2] in ("،", ",") else f.verb - 1
    span = prev_np(s, k)
    if span is None or span[1] != k or any(p in f.positions for p in range(span[0], span[1])):
        return None
    head = s.infos[span[0]]
    ent = s.entity_at.get(span[0])
    if head.hits or not _NO_DOER_CUES.isdisjoint(head.cues) or (ent is not None and ent.type in _PLACE_TYPES and ent.stands_for is None):
        return None  # الانفجار الذي استهدف، الصاروخ الذي أصاب، المدينة التي شهدت: no doer
    return span


def _in_visit(s: Sent, head: int) -> bool:
    """A visit noun after في, or after في and an ordinal (في أول زيارة، في ثاني زيارة له)."""
    if head > 0 and s.norms[head - 1] == "في":
        return True
    return head > 1 and s.norms[head - 2] == "في" and s.norms[head - 1] in _ORDINALS


def _visitor(s: Sent, f: Frame) -> Span | None:
    """Who holds the talks told in a clause on a visit noun (في زيارة رسمية يلتقي خلالها،
    تستغرق يومين، يجري خلالها مباحثات): the visitor, the main clause's subject."""
    if f.type != "CONSULT" or f.verb is None:
        return None
    visit = any(
        entry.mode == "visit" and kind == "noun"
        for k in range(max(0, f.verb - VISIT_REACH), f.verb) for entry, kind, _p in s.infos[k].hits
    )
    return _main_subject(s, f.verb) if visit else None


def _feminine_subject_before(s: Sent, k: int) -> Span | None:
    """The subject of the nearest verb in the feminine perfect (قالت الجماعة) before position
    k: a feminine participle of state's subject when the main verb is masculine."""
    for j in range(k - 1, 0, -1):
        if (s.is_verb(j) or "report" in s.infos[j].cues) and s.norms[j].endswith("ت") and (span := next_np(s, j)) is not None and span[1] <= k:
            return span
    return None


def _plural_form(norm: str) -> bool:
    """A masculine sound plural (مطالبين، محتجون)."""
    return len(norm) >= 5 and norm.endswith(("ين", "ون"))


def _plural_head(s: Sent, k: int) -> bool:
    """Whether the phrase at k is plural: a sound plural, a plural in ات or a count."""
    return _plural_form(s.norms[k]) or s.norms[k].endswith("ات") or k in s.quantities


def _plural_doers_before(s: Sent, k: int) -> Span | None:
    """The nearest noun in ون before position k (محتجون، مسلحون), a plural participle of
    state's subject when the main clause's is singular."""
    for j in range(k - 1, 0, -1):
        norm = s.norms[j]
        if norm.endswith("ون") and len(norm) >= 5 and not norm.startswith(("ي", "ت", "وي")) and not s.is_verb(j):
            return np_at(s, j)
    return None


def negative_condition(s: Sent, head: int) -> int | None:
    """Position of the verb of a negative condition after a threat in its sentence (ما لم
    ينسحب، إذا لم يغادرها، إن لم تستجب، في حال لم تستجب): the threat is an ultimatum."""
    for j in range(head + 1, len(s.infos) - 2):
        if s.norms[j] in (".", "؛"):
            return None
        if s.norms[j] == "لم" and s.norms[j - 1] in _CONDITIONALS:
            return j + 1
    return None


def condition_subject(s: Sent, verb: int) -> Span | None:
    """The subject after a condition's verb, past a pronoun phrase (تنسحب منها | القوة
    المشتركة، يغادرها | الجيش); none after a bare preposition, whose noun is its object
    (إذا لم ينسحبوا من | البلدة)."""
    j = verb + 1
    while j < len(s.infos) and ("function" in s.infos[j].cues or "preposition" in s.infos[j].cues):
        if "preposition" in s.infos[j].cues:
            return None  # a bare preposition (من); with its pronoun (منها) a word is only `function`
        j += 1
    return np_at(s, j) if j < len(s.infos) else None


def _threatened(s: Sent, f: Frame) -> Span | None:
    """X of a threat with ب + the verbal noun of an act and its genitive (هدد الوزير بتدمير
    X، توعد باستهداف X) within a few words of the trigger."""
    j, end = f.head + 1, min(len(s.infos) - 1, f.head + 6)
    while j < end:
        norm = s.norms[j]
        if norm in ("،", ",") and (close := _parenthetical_end(s, j)) is not None:
            end, j = min(len(s.infos) - 1, end + close - j + 1), close + 1  # هددت الجماعة، في بيان، باستهداف
            continue
        if s.infos[j].in_name:
            end = min(len(s.infos) - 1, end + 1)  # a long name counts as one
        if norm in _PHRASE_BREAKS:
            return None
        if norm.startswith("ب") and not norm.startswith("بال") and (s.infos[j].hits or "light" in s.infos[j].cues):
            return _threatened_act_target(s, j)  # an act of its own (بتدمير، بشن هجمات), not بوجود متفجرات
        j += 1
    return None


def _threatened_act_target(s: Sent, j: int) -> Span | None:
    """What the threatened act at j is done to: its genitive (بتدمير X), or, when that is an
    act noun itself (بشن ضربات على X، بتوجيه ضربات صاروخية إلى X), the على/ضد/إلى phrase
    after it."""
    genitive = np_at(s, j + 1) if s.is_word(j + 1) else None
    if genitive is not None and not noun_reading(s.infos[genitive[0]]):
        return genitive
    m, words = genitive[1] if genitive is not None else j + 1, 0
    while m < len(s.infos) and words < THREAT_PREP_REACH:
        if s.norms[m] in _THREAT_PREPS:
            return np_at(s, m + 1, governed=True)
        if s.norms[m] in _PHRASE_BREAKS:
            break
        if s.is_word(m):
            words += 1  # بتوجيه «ضربات صاروخية ساحقة» إلى X: quotes are passed, not counted
        m += 1
    return genitive



def _destination(s: Sent) -> Span | None:
    """The phrase after the sentence's first إلى, normalised الي (يصل الوزير إلى بيروت في زيارة)."""
    j = next((j for j, norm in enumerate(s.norms) if norm == ILA), None)
    return np_at(s, j + 1, governed=True) if j is not None and j + 1 < len(s.infos) else None


def _own_time_adjunct(s: Sent, k: int) -> bool:
    """An event noun with a possessive pronoun in a time adjunct (خلال لقائه، عقب اجتماعها،
    أثناء زيارته): the act of the main clause's subject, who is the pronoun (of a noun
    whose genitive is its patient, إثر استهدافها, the pronoun is the one struck)."""
    return k > 0 and s.norms[k - 1] in TIME_PREPS and _possessed(s, k)  # not عقب زيارة


def _bare_object(s: Sent, k: int) -> bool:
    """A noun phrase right after the event noun at k, no time and no preposition (خلال
    اقتحامها | بلدة بيتا): the noun's object, its pronoun being the doer."""
    return k + 1 < len(s.infos) and k + 1 not in s.times and np_at(s, k + 1) is not None


def _manner_adjunct(s: Sent, k: int) -> bool:
    """An event noun with بال set off by a comma: how the main clause's act was done
    (نفذت القوات غارة، بالتنسيق مع الحكومة), not a verb's complement (طالب بالإفراج)."""
    return k > 0 and s.norms[k - 1] in ("،", ",") and s.norms[k].startswith(("بال", "وبال"))


def read_arguments(s: Sent, f: Frame) -> tuple[Ref | None, str, Ref | None, str]:
    """(actor, rule, target, rule) for an event framed by `f`."""
    actor: Span | None
    target: Span | None
    if f.circumstantial and (main := _main_subject(s, f.head)) is not None:
        if _plural_form(s.norms[f.head]) and not _plural_head(s, main[0]) and (doers := _plural_doers_before(s, f.head)):
            main = doers  # أعلنت المؤسسة ...، بعد أن أغلق محتجون الحقل، مطالبين: the plural's subject
        elif s.norms[f.head].endswith("ه") and main[0] > 0 and not s.norms[main[0] - 1].endswith("ت"):
            main = _feminine_subject_before(s, f.head) or main  # شن الطيران غارات، قالت الجماعة ...، متوعدة
        target = next_np(s, f.head) if f.targeted else None
        target = _antecedent(s, target)
        return s.ref(main[0], main[1], actor=True), f"{MAIN_CLAUSE_RULE} (، متهمة X)", (
            s.ref(target[0], target[1]) if target else None
        ), "object of the participle" if target else ""
    if (resumed := _resumed_target(s, f)) is not None:
        actor, arule = _no_munition(s, next_np(s, f.head)), "subject after the relative verb"
        first = s.norms[actor[0]] if actor is not None else ""
        if actor is not None and (verb_reading(s.infos[actor[0]]) or s.is_verb(actor[0]) or (first.startswith("و") and _object_pronoun(first))):
            actor = None  # التي هاجمتها | وأغرقتها: a second verb, no subject
        if actor is None:  # دبلوماسيين اتهمتهم: the subject in the verb is the main clause's
            actor, arule = _main_subject(s, resumed[0]), f"{MAIN_CLAUSE_RULE} (X ... سفينة احتجزتها)"
        return (s.ref(actor[0], actor[1], actor=True) if actor else None), arule if actor else "", (
            s.ref(resumed[0], resumed[1])
        ), "the noun the verb's object pronoun resumes (سفينة خطفها قراصنة)"
    if f.visit and f.verb is None and _in_visit(s, f.head) and (main := _main_subject(s, f.head)):
        actor, arule = main, f"{MAIN_CLAUSE_RULE} (في زيارة)"  # X في زيارة إلى Y، يصل X إلى Y في زيارة
        target, trule = _destination(s), "destination of the visit (إلى)"
    elif f.verb is None and (f.genitive != "patient" or _bare_object(s, f.head)) and _own_time_adjunct(s, f.head) \
            and (main := _main_subject(s, f.head)) is not None:
        actor, arule = main, f"{MAIN_CLAUSE_RULE} (خلال لقائه)"  # the pronoun is the actor,
        target, trule = (next_np(s, f.head) if f.targeted else None), "object of the event noun"  # no genitive
    elif f.verb is not None:
        actor, arule, target, trule = _verbal(s, f)
    else:
        actor, arule, target, trule = _nominal(s, f)
    if actor is None and target is None and (sides := _gathered(s, f)) is not None:
        actor, target = sides
        arule = trule = "the sides a meeting gathered (لقاء جمع X و Y)"
    # each rule is only read while no actor is found
    if actor is None and (span := agent_phrase(s, f.head)):
        actor, arule = span, "agent phrase"
    if actor is None and (span := _claim(s)):
        actor, arule = span, "claim of responsibility"
    if actor is None and (span := _doer_clause(s, f)):
        actor, arule = span, "subject of a light verb on the event noun"
    if actor is None and (span := _between(s, f)):
        actor, arule = span, "first party of the event"
    if arule == "first party of the event" and actor is not None and actor[0] > 0 and s.norms[actor[0] - 1] == "بين":
        actor, second = _sides(s, actor)  # not after من (اتصالا من X | وزير ...: no second side)
        if target is None and second is not None:
            target, trule = second, "second party of the event (بين X و Y)"
        elif second is None and _both_sides(s, actor):
            actor = None  # بين الطرفين: both sides in one word, neither is the doer
    if actor is not None and "perpetrator" in s.infos[actor[0]].cues and (claimant := _claim(s)) is not None:
        actor, arule = claimant, "claim of responsibility over unnamed doers"  # فجّر انتحاري ... وأعلن X مسؤوليته
    if actor is None and f.verb is not None and (_coordinated(s, f.verb) or _time_clause(s, f.verb)) \
            and not f.passive and not is_passive(s, f.verb):
        actor, arule = _shared_subject(s, f.verb), "subject of the coordinated verb"
    if actor is not None and _measured(s, actor):  # وحجز أكثر من 6 قناطير: goods do nothing
        if target is None and f.type == "COERCE":
            target, trule = actor, "goods measured after the verb (seized)"
        actor, arule = None, ""
    if target is None:
        target, trule = _undergoer_clause(s, f), "subject of an undergo verb on the event noun"
    if target is None:
        target, trule = _reached(s, f), "whom the act reached (حملة اعتقالات طالت X)"
    if f.threat and (cond := negative_condition(s, f.head)) is not None:
        # an ultimatum: its target is whom it addresses (هدد X الحكومة ...، ما لم ينسحب الجيش)
        addressee = target if target is not None and trule == "object" else condition_subject(s, cond)
        if addressee is not None:
            target, trule = addressee, "addressee of the ultimatum (ما لم ينسحب X)"
    if target is None and f.threat:
        target, trule = _threatened(s, f), "genitive of the threatened act (هدد بتدمير X)"
    if f.stance:
        target, trule = _stance_target(s, f, actor, target, trule)
    if target is not None and trule == GENITIVE_RULE and _kind_genitive(s, f, target):
        after = np_at(s, target[1] + 1, governed=True) if s.norms[target[1]] in f.target_preps else None
        target = after or (_destination(s) if f.visit else None)  # زيارة عمل | إلى الجزائر، زيارة دولة تستمر: the genitive says what kind
    if target is not None and trule == "object" and f.type == "CONSULT" and f.target_preps and (party := _lemma_target(s, f)):
        target, trule = party, "party after the lemma's preposition (بحث X مع Y الملف): the object is the topic"
    if (target is None or trule == "object") and f.type == "CONSULT" and (guest := _received(s, f)) is not None:
        target, trule = guest, "whom a possessed meeting noun takes (بحث X، خلال استقباله Y، الملف): the object is the topic"
    if target is not None and trule == "object" and f.aid and _measured(s, target):
        given_to = (_lemma_target(s, f) if f.target_preps else None) or _aid_recipient(s, f)
        if given_to is not None:  # أرسلت X | 30 طنا من المساعدات | إلى السودان
            target, trule = given_to, "recipient of the aid: the object is the goods measured"
    if target is None and f.target_preps:
        target, trule = _lemma_target(s, f), "preposition of the lemma"
    if target is None and f.aid:
        target, trule = _aid_recipient(s, f), "recipient of the aid (لسوريا، لصالح X)"
    if target is None:
        target = after_prep(s, f.head, lambda i: "target_prep" in i.cues, f.positions)
        trule = "target preposition"
    if actor is None:
        actor, arule = _planner(s, f), "subject of intention verb"
    if actor is None:
        actor, arule = _announcer(s, f), f"{ANNOUNCER_RULE} (أعلنت X اعتقال)"
    if actor is None and f.type in _CHAINED_TYPES:
        actor, arule = _operation_doer(s), "doer of the operations the act was part of (خلال عمليات نفذتها X)"
    for k in f.verbal_hits:
        if target is None:
            target, trule = next_np(s, k), "object of co-trigger"
    if actor is None:
        actor, arule = _complement_subject(s, f), "subject of the reporting verb (أنها)"
    if actor is None and f.aid:
        actor, arule = _aid_giver(s, f), "giver of the aid (مقدمة من X، سيّرت X قافلة مساعدات)"
    if actor is None and f.verb is None and _possessed(s, f.head):
        actor, arule = _speaker(s, f.head), f"{OWNER_RULE}: the speaker (أعلن X تأييده)"
    if actor is None and f.verb is None:
        actor, arule = _pressed(s, f.head), "who is pressed to act (الضغط على X للإفراج)"
    if actor is None:
        actor, arule = _result_doer(s, f.head), "doer of what resulted in it (ما أسفر عن ... وضبط)"
    if actor is None:
        actor, arule = _noun_nationality(s, f), "nationality adjective of an event noun"
    if actor is None and f.verb is None and _manner_adjunct(s, f.head):
        actor, arule = _main_subject(s, f.head), f"{MAIN_CLAUSE_RULE} (، بالتنسيق مع)"
    if actor is None and f.verb is None and f.type == "PROTEST" and _purpose_accusative(s, f.head):
        actor, arule = _main_subject(s, f.head), f"{MAIN_CLAUSE_RULE} (أغلقوا الطريق احتجاجا)"
    if (accused := _accused(s, f)) is not None and accused != target:
        actor, arule = accused, "the accused of an accusation (اتهم X Y بـ)"
    if actor is None and (asked := _addressee(s, f)) is not None and asked != target:
        actor, arule = asked, "the addressee of a call to act (دعا X Y إلى)"
    if actor is not None and _foiler(s, f, actor):
        actor, arule = None, ""  # أحبطت الشرطة هجوما: who stopped the act did not do it
    if actor is None and f.verb is None and target is not None and target[0] > 0 and s.norms[target[0] - 1] == "مع" \
            and "مع" in f.target_preps and (main := _main_subject(s, f.head)) is not None and main != target:
        actor, arule = main, f"{MAIN_CLAUSE_RULE} (عقب اشتباكات مع X)"  # the other side is the clause's subject
    if actor is None and f.armed_fallback and not _part_denied(s, f.head):
        actor, arule = _armed_group(s, target), "armed group named in sentence"
        if actor is not None and _foiler(s, f, actor):
            actor, arule = None, ""
    if actor is not None and f.companion is not None and actor[0] < f.companion < actor[1]:
        actor = (actor[0], f.companion)  # فرقت قوات الأمن | المتظاهرين: the companion is no part of the subject
    if target is None and actor is not None and f.type in MUTUAL_TYPES and (pair := _partner(s, actor)) is not None:
        (actor, target), trule = pair, "second party of a joint subject (اتفقت X و Y)"
    actor, target = _antecedent(s, actor), _antecedent(s, target)
    casualties = (
        COUNT_RULE in trule
        or (trule == GENITIVE_RULE and ("victim" in s.infos[f.head].cues or _toll_genitive(s, target)))
        or (trule == "passive subject" and _casualty_reading(s.infos[f.head]))  # وأصيب آخرون
    )
    if casualties and actor is None:
        actor = next((pair[0] for k in sorted(f.positions - {f.head}) if (pair := _weapon_pair(s, k)) is not None), None)
        arule = "weapon genitive of the attack's noun (جراء استهداف طائرة مسيرة سيارة)" if actor else arule
    if casualties and f.armed_fallback and not f.person_act and (struck := _struck(s, f)) is not None:
        target, trule = struck, "the post or vehicle the attack struck (هجوم على حاجز، استهدف ثكنة), not its casualties"
    if not f.targeted or (target and actor and target == actor) or _direction(s, target):
        target = None
    return (
        s.ref(actor[0], actor[1], actor=True) if actor else None,
        arule if actor else "",
        s.ref(target[0], target[1]) if target else None,
        trule if target else "",
    )
