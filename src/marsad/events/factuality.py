"""Factuality of an event from the cues around its trigger (rule layer).

Precedence: negated > hypothetical > planned > generic > reported > asserted. Each rule
returns the factuality and the name of the rule that fired, for explanations.
"""

from __future__ import annotations

from typing import Final

from marsad.events.triggers import ANY, COMMAS, ILA, TokInfo

NEGATION_REACH: Final = 2  # a negation particle must stand right before the verb (or one word off)
PLAN_REACH: Final = 8  # intention verb before the trigger, past its subject (ينوي الاتحاد العام للشغل تنظيم إضراب)
GENERIC_REACH: Final = 6  # "أدان ... الهجوم", "دعا إلى وقف الهجمات"
ANY_REACH: Final = 7  # لم + verb + its subject + أي + trigger (لم تشهد العاصمة الليبية طرابلس أي مظاهرات)
CALL_REACH: Final = 14  # a call's complement after إلى or ب, past a long subject and object
QUESTION_MARKS: Final = ("?", "؟")
CLAUSE_ENDS: Final = frozenset({".", "؛", ";", ":", "«", '"'})
# Words opening a contrasting clause: cues before them do not reach a trigger after them
# (أعلن المجلس هدنة، لكن المعارضة اتهمته بمواصلة القصف).
CLAUSE_OPENERS: Final = frozenset({"لكن", "ولكن", "لكنه", "لكنها", "بينما", "وبينما"})
# Prepositions opening a background event: a plan before them does not reach it
# (تراجعت الحكومة عن قرار رفع الأسعار بعد موجة من الاحتجاجات).
BACKGROUND_PREPS: Final = frozenset({"بعد", "رغم", "برغم", "اثر", "عقب", "جراء", "بسبب", "وسط"})
# Complementisers: what follows them is the content of a reporting verb before them.
COMPLEMENTISERS: Final = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم"})
# Cues that, after a comma, name the source of the clause before them (normalised forms).
# The rule of an act whose doer's part in it is denied: the act itself is a fact the
# denial presupposes, not the content of what the denier says.
DENIED_PART: Final = "a party's part denied: the act is a fact"
DECISION_RULE: Final = "decision before trigger"  # planned, unless deciding is doing (قررت قطع العلاقات)
CONDEMNED_RULE: Final = "condemnation or call before trigger"  # the act a condemnation or call is about
TRAILING_SOURCE_CUES: Final = frozenset({"بحسب", "حسب", "حسبما", "وفق", "وفقا", "وفقما", "نقلا", "طبقا"})


def _nearest_cues(infos: list[TokInfo], head: int) -> dict[str, int]:
    """Cue -> rank of the nearest word before `head` that carries it (0 = adjacent),
    counting word tokens back to a clause-ending punctuation or a contrasting clause
    opener; "," holds the rank of the nearest comma, "background" of the nearest
    background preposition, "that" of the nearest complementiser."""
    nearest: dict[str, int] = {}
    rank = 0
    for info in reversed(infos[:head]):
        tok = info.token
        if tok.kind == "word":
            unless = _unless_at(infos, info.pos)
            for cue in info.cues:
                nearest.setdefault("condition" if unless and cue == "negation" else cue, rank)
            if tok.norm in CLAUSE_OPENERS:
                break
            if tok.norm in BACKGROUND_PREPS:
                nearest.setdefault("background", rank)
            elif tok.norm in COMPLEMENTISERS:
                nearest.setdefault("that", rank)
            rank += 1
        elif tok.kind == "punct" and tok.norm in CLAUSE_ENDS:
            break
        elif tok.norm in COMMAS:
            nearest.setdefault(",", rank)
    return nearest


def _within(cue_at: dict[str, int], cue: str, reach: int) -> bool:
    """Whether the nearest word carrying `cue` before the trigger is closer than `reach`
    (a module function, not a closure: mypyc makes a closure a reference cycle)."""
    return cue_at.get(cue, reach) < reach


def rule_factuality(
    infos: list[TokInfo], head: int, head_prefix: str, kind: str, *, light: bool = False
) -> tuple[str, str]:
    """(factuality, rule) from the cues of the sentence around token position `head`
    (`light`: the head is a light verb that is not only an imperfect: قد + perfect is "already")."""
    cue_at = _nearest_cues(infos, head)
    n = len(infos)

    # A negation or denial of the event itself stops at a party's part in it (نفت الحركة أي
    # علاقة لها بالهجوم: the attack is not denied) and at a clause a reporting participle
    # opens after it (نفت ...، مؤكدة أنها تخوض مواجهات).
    barrier = min(cue_at.get("involvement", n), cue_at.get("circumstantial", n))
    negation = cue_at.get("negation", n)
    if _within(cue_at, "condition", NEGATION_REACH + 1):
        return "hypothetical", "conditional before trigger"  # إذا لم تنسحب
    if negation < min(NEGATION_REACH, barrier, cue_at.get(",", n)):  # not past a comma (لمدة غير محددة، متهمة)
        return "negated", "negation particle before trigger"
    any_at = next((k for k in (head - 1, head - 2) if k >= 0 and infos[k].token.norm in ANY), None)
    if any_at is not None:
        # لم يسجل أي هجوم; the negated verb's subject may intervene: لم تشهد المدينة أي مظاهرات
        any_reach = max(NEGATION_REACH + 1 + head - any_at, min(ANY_REACH, cue_at.get(",", ANY_REACH)))
        if negation < min(any_reach, barrier):
            return "negated", "negation before أي + trigger"
    if cue_at.get("denial", n) < barrier:
        return "negated", "denial cue before trigger"
    if _within(cue_at, "cancel", PLAN_REACH) and _cancelled(infos, head):
        return "negated", "cancelled or suspended before trigger"  # علّق الاتحاد إضرابا
    if _within(cue_at, "involvement", n) and (_within(cue_at, "denial", n) or _within(cue_at, "negation", n)):
        return "asserted", DENIED_PART
    if _within(cue_at, "condition", n):
        return "hypothetical", "conditional before trigger"
    if _within(cue_at, "possible", PLAN_REACH):
        return "hypothetical", "fear or possibility before trigger"  # يخشى أن تندلع
    if kind == "pres" and not light and _within(cue_at, "maybe", NEGATION_REACH):
        return "hypothetical", "قد before an imperfect"  # قد تشن إسرائيل هجوما
    if any_at is not None:
        return "hypothetical", "أي before trigger"  # الرد على أي اعتداء، أي هجوم يستهدف
    if "س" in head_prefix and kind == "pres":
        return _conditional_plan(infos, head, "future prefix on verb")
    plan_reach = min(PLAN_REACH, cue_at.get(",", PLAN_REACH), cue_at.get("background", PLAN_REACH))
    if _within(cue_at, "plan", plan_reach) or _within(cue_at, "future", NEGATION_REACH):
        decided = _within(cue_at, "plan", plan_reach) and cue_at.get("decision") == cue_at["plan"]
        return _conditional_plan(infos, head, DECISION_RULE if decided else "intention cue before trigger")
    if infos[-1].token.norm in QUESTION_MARKS or infos[-2:][0].token.norm in QUESTION_MARKS:
        return "generic", "question"
    asked = _within(cue_at, "call", GENERIC_REACH) or (_within(cue_at, "call", CALL_REACH) and _complement(infos, head, head_prefix))
    if (_within(cue_at, "condemn", GENERIC_REACH) and not _own_clause(cue_at, kind, head_prefix, "condemn")) or (
        asked and not _own_clause(cue_at, kind, head_prefix, "call")
    ):
        return "generic", CONDEMNED_RULE
    if _within(cue_at, "frequency", GENERIC_REACH):
        return "generic", "frequency adverb before trigger"  # عادة ما تلجأ الشرطة إلى
    if _claimed(infos, head):
        return "reported", "claim of responsibility before trigger"  # تبنت X الهجوم
    if _within(cue_at, "report", n) and cue_at.get("aside") != cue_at["report"] and not _own_clause(cue_at, kind, head_prefix, "report"):
        return "reported", "reporting cue before trigger"
    if _source_after(infos, head):
        return "reported", "source named after the clause"  # ...، بحسب ما أفادت به X
    return "asserted", "default"


def _cancelled(infos: list[TokInfo], head: int) -> bool:
    """Whether the nearest cancelling word before the trigger takes it as its object, not
    a comment on it (علّق الوزير على الهجوم)."""
    for k in range(head - 1, max(-1, head - 1 - PLAN_REACH), -1):
        norm = infos[k].token.norm
        if norm in ("علي", "عن") or norm in COMMAS or norm in BACKGROUND_PREPS or "relative" in infos[k].cues:
            return False  # ألغى الاتحاد المسيرة التي دعت إليها، بعد توصله إلى اتفاق: not its object
        if "cancel" in infos[k].cues:
            return True
    return False


def _complement(infos: list[TokInfo], head: int, head_prefix: str) -> bool:
    """A verbal noun introduced by إلى or ب/ل, as a call's complement is (دعا برنامج
    الأغذية العالمي المانحين الدوليين إلى تقديم ...، طالبت الهيئة ... بالإفراج): a long
    subject and object may stand between it and the call."""
    if head_prefix.endswith(("ب", "ل")):
        return True
    # ... إلى تقديم مساعدات: one verbal noun may carry the event noun
    return any(k >= 0 and infos[k].token.norm == ILA for k in (head - 1, head - 2))


def _unless_at(infos: list[TokInfo], k: int) -> bool:
    """Whether the word at k is the لم of ما لم "unless" or of إن لم "if not": a
    condition, not a negation (أن is never followed by لم)."""
    return k > 0 and infos[k].token.norm == "لم" and infos[k - 1].token.norm in ("ما", "ان", "وان")


def _conditional_plan(infos: list[TokInfo], head: int, rule: str) -> tuple[str, str]:
    """A plan or threat is `hypothetical` when a condition follows the trigger in its
    sentence (هدد باستهداف المراكز إذا حصلت أوكرانيا على صواريخ), else `planned`."""
    for info in infos[head + 1 :]:
        if info.token.norm in CLAUSE_ENDS:
            break
        if "condition" in info.cues or _unless_at(infos, info.pos):
            return "hypothetical", f"{rule}, condition after it"
    return "planned", rule


def _own_clause(cue_at: dict[str, int], kind: str, head_prefix: str, cue: str) -> bool:
    """A perfect verb joined by و/ف after a reporting, condemning or calling verb's object,
    with no أن between them, is a clause of its own (أعلن الرئيس حالة الطوارئ، ونشر وحدات
    من الجيش; أدانت الحكومة القصف، وطالبت بغداد بموقف)."""
    return kind == "past" and head_prefix in ("و", "ف") and cue_at.get("that", 10**6) > cue_at[cue]


def _source_after(infos: list[TokInfo], head: int) -> bool:
    """Whether the clause of the trigger ends with its source: a comma, then بحسب / وفق /
    حسب / نقلا عن (wire style puts the source last)."""
    comma = False
    for info in infos[head + 1 :]:
        norm = info.token.norm
        if norm in CLAUSE_ENDS:
            return False
        if norm in COMMAS:
            comma = True
        elif comma and norm in TRAILING_SOURCE_CUES:
            return True
    return False


def _claimed(infos: list[TokInfo], head: int) -> bool:
    """Whether a claim of responsibility stands before the trigger in its clause and is
    not denied (لم تتبن أي جهة التفجير، لم تعلن أي جهة مسؤوليتها)."""
    for k in range(head - 1, -1, -1):
        info = infos[k]
        if info.token.kind == "punct" and info.token.norm in CLAUSE_ENDS:
            return False
        if "claim" in info.cues:
            before = range(max(0, k - 4), k)
            if any("negation" in infos[j].cues for j in before):
                return False
            # مسؤولية is a claim after أعلن (أعلنت X مسؤوليتها), a blame after حمّل
            noun = info.token.norm.startswith(("مسوول", "المسوول", "مسؤول", "المسؤول"))
            return not noun or any("report" in infos[j].cues for j in before)
    return False
