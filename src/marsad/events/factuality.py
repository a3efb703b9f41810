"""Factuality of an event from the cues around its trigger (rule layer).

Precedence: negated > hypothetical > planned > generic > reported > asserted. Each rule
returns the factuality and the name of the rule that fired, for explanations.
"""

from __future__ import annotations

from marsad.events.triggers import TokInfo

NEGATION_REACH = 2  # a negation particle must stand right before the verb (or one word off)
PLAN_REACH = 4  # "تدرس واشنطن الانسحاب": intention verb a few words before the trigger
GENERIC_REACH = 6  # "أدان ... الهجوم", "دعا إلى وقف الهجمات"
QUESTION_MARKS = ("?", "؟")
CLAUSE_ENDS = frozenset({".", "؛", ";", ":", "«", '"'})


def _before(infos: list[TokInfo], head: int, reach: int) -> list[TokInfo]:
    """Up to `reach` word tokens before `head`, stopping at a clause-ending punctuation."""
    out: list[TokInfo] = []
    k = head - 1
    while k >= 0 and len(out) < reach:
        tok = infos[k].token
        if tok.kind == "punct" and tok.norm in CLAUSE_ENDS:
            break
        if tok.kind == "word":
            out.append(infos[k])
        k -= 1
    return out


def _any_cue(infos: list[TokInfo], cue: str) -> bool:
    """Whether any of the tokens carries the cue."""
    return any(cue in i.cues for i in infos)


def rule_factuality(
    infos: list[TokInfo], head: int, head_prefix: str, kind: str
) -> tuple[str, str]:
    """(factuality, rule) from the cues of the sentence around token position `head`."""
    before_all = _before(infos, head, len(infos))  # nearest first: slices are the windows
    near = before_all[:NEGATION_REACH]
    if _any_cue(before_all[: NEGATION_REACH + 1], "condition"):
        return "hypothetical", "conditional before trigger"  # إذا لم تنسحب
    if _any_cue(near, "negation"):
        return "negated", "negation particle before trigger"
    if _any_cue(before_all, "denial"):
        return "negated", "denial cue before trigger"
    if _any_cue(before_all, "condition"):
        return "hypothetical", "conditional before trigger"
    if "س" in head_prefix and kind == "pres":
        return "planned", "future prefix on verb"
    if _any_cue(before_all[:PLAN_REACH], "plan") or _any_cue(near, "future"):
        return "planned", "intention cue before trigger"
    if infos[-1].token.norm in QUESTION_MARKS or infos[-2:][0].token.norm in QUESTION_MARKS:
        return "generic", "question"
    generic = before_all[:GENERIC_REACH]
    if _any_cue(generic, "condemn") or _any_cue(generic, "call"):
        return "generic", "condemnation or call before trigger"
    if _any_cue(before_all, "report"):
        return "reported", "reporting cue before trigger"
    return "asserted", "default"
