"""Actor and target of an event from the sentence's structure (rules, no parser).

Reads VSO and SVO orders around a verbal head (or the light verb of شن هجوما), the
passive (a damma in the written verb, or تعرض/تم: the subject is the target), agent
phrases (على يد / من قبل / بواسطة X), claims of responsibility (تبنت X الهجوم), target
prepositions (على / ضد) and the genitive of event nouns (هجوم المقاومة = actor,
اغتيال الرئيس = target). A participant that covers an entity points to it; military
nouns before a country name or demonym (قوات X, القوات الأمريكية) name X's military.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.document import Document
from marsad.events.triggers import TokInfo
from marsad.model import Attribution, Entity, Ref

MAX_NP = 4  # tokens in a noun phrase read as a participant
OBJECT_REACH = 6  # how far after the head a target may start
DAMMA = "\u064f"
_CLAUSE_END = frozenset({"،", ",", ":", "«", '"', "(", "؛", ";", "."})
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "بان", "بانه"})
_AGENT_PREPS = frozenset({"من", "علي", "ايدي"})
_COUNTRY_TYPES = frozenset({"COUNTRY", "NORP", "GPE"})


@dataclass
class Sent:
    """A sentence prepared for argument reading."""

    doc: Document
    infos: list[TokInfo]
    entity_at: dict[int, Entity] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    attributions: list[Attribution] = field(default_factory=list)  # those overlapping it
    actor_names: dict[str, str] = field(default_factory=dict)  # KB id -> English name

    def is_word(self, k: int) -> bool:
        """A word or number token that may be part of a noun phrase."""
        info = self.infos[k]
        if k in self.entity_at:
            return True
        return info.token.kind in ("word", "latin", "number") and not (
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
            & info.cues.keys()
            or any(kind != "participle" for _, kind, _ in info.hits)
        )

    def ref(self, a: int, b: int, *, actor: bool = False) -> Ref:
        """A Ref over token positions [a, b), named after its best entity; an actor
        place is named after what it stands for (metonymy)."""
        start, end = self.infos[a].token.start, self.infos[b - 1].token.end
        ent = self.entity_in(a, b)
        name = (self.name_of(ent) if actor else ent.name_en) if ent else None
        if ent and "military" in self.infos[a].cues and ent.type in _COUNTRY_TYPES:
            country = self.country_names.get(ent.country or "", ent.name_en or ent.country or "")
            name = f"{country} military" if country else name
        return Ref(
            text=self.doc.text[start:end],
            start=start,
            end=end,
            entity=ent.id if ent else None,
            name_en=name,
        )

    def entity_in(self, a: int, b: int) -> Entity | None:
        """The entity of positions [a, b): the first one linked to the KB, else the first."""
        ents = [self.entity_at[k] for k in range(a, b) if k in self.entity_at]
        return next((e for e in ents if e.kb_id), ents[0] if ents else None)

    def name_of(self, ent: Entity) -> str | None:
        """English name of what the entity stands for (واشنطن -> the US government)."""
        if ent.stands_for and ent.stands_for in self.actor_names:
            return self.actor_names[ent.stands_for]
        return ent.name_en


def np_at(s: Sent, k: int) -> tuple[int, int] | None:
    """Noun phrase starting at position k: head word, then definite/entity words."""
    if k >= len(s.infos) or not s.is_word(k):
        return None
    end = k + 1
    if s.infos[k].token.kind == "number" and end < len(s.infos) and s.is_word(end):
        end += 1  # "20 شخصا"
    ent = s.entity_at.get(k)
    while end < len(s.infos) and end - k < MAX_NP and s.is_word(end):
        if ent is not None and s.entity_at.get(end) is ent:
            end += 1
            continue
        norm = s.infos[end].token.norm
        if norm.startswith("و") and not norm.startswith("وال") and end not in s.entity_at:
            break
        if not (norm.startswith("ال") or end in s.entity_at or _agrees(s, end)):
            break
        end += 1
    return k, end


def _agrees(s: Sent, k: int) -> bool:
    """An indefinite adjective after an indefinite noun, same ending (مسلحين مجهولين)."""
    prev, norm = s.infos[k - 1].token.norm, s.infos[k].token.norm
    if prev.startswith("ال") or norm.startswith(("ال", "و", "لل")) or len(norm) < 4:
        return False
    return prev[-2:] == norm[-2:] if prev[-1] in "نا" else prev[-1] == norm[-1]


def next_np(s: Sent, k: int, reach: int = OBJECT_REACH) -> tuple[int, int] | None:
    """First noun phrase after position k, skipping time adverbs, within `reach`."""
    for j in range(k + 1, min(len(s.infos), k + 1 + reach)):
        info = s.infos[j]
        if info.token.kind == "punct" and info.token.norm in _CLAUSE_END:
            return None
        if "past" in info.cues:
            continue
        return np_at(s, j)
    return None


def clause_start(s: Sent, k: int) -> int:
    """Position after the last clause boundary (punctuation, أن, reporting verb) before k."""
    j = k - 1
    while j >= 0:
        info = s.infos[j]
        norm = info.token.norm
        if norm in _CLAUSE_END or norm in _COMPLEMENTIZERS or "report" in info.cues:
            return j + 1
        j -= 1
    return 0


def prev_np(s: Sent, k: int) -> tuple[int, int] | None:
    """Noun phrase right before position k inside its clause (the SVO subject)."""
    start = clause_start(s, k)
    j = k
    while j > start and s.is_word(j - 1) and k - (j - 1) <= MAX_NP:
        j -= 1
    return (j, k) if j < k else None


def after_prep(s: Sent, k: int, cue: str, reach: int = OBJECT_REACH * 2) -> tuple[int, int] | None:
    """Noun phrase after the first `cue` preposition following k (clitic or word)."""
    for j in range(k + 1, min(len(s.infos), k + 1 + reach)):
        info = s.infos[j]
        if info.token.norm in (".", "؛"):
            return None
        if cue in info.cues:
            return np_at(s, j + 1)
    return None


def agent_phrase(s: Sent, k: int) -> tuple[int, int] | None:
    """X of على يد X / من قبل X / بواسطة X after position k."""
    for j in range(k + 1, len(s.infos)):
        norm = s.infos[j].token.norm
        prev = s.infos[j - 1].token.norm
        if "agent" in s.infos[j].cues and (norm.startswith("بواسط") or prev in _AGENT_PREPS):
            return np_at(s, j + 1)
    return None


def is_passive(s: Sent, k: int) -> bool:
    """A written damma in the verb's first letters marks the passive (قُتل، استُهدف)."""
    tok = s.infos[k].token
    return DAMMA in s.doc.text[tok.start : tok.start + 6]


@dataclass
class Frame:
    """Where an event sits in its sentence, as the argument rules need it."""

    head: int  # trigger token position
    span_end: int  # end (exclusive) of the trigger evidence tokens
    verb: int | None  # position of the verb (the trigger or its light verb), if any
    passive: bool  # undergo verb (تعرض) or marked passive
    genitive: str  # 'agent' or 'patient': how to read the genitive of a noun head
    positions: frozenset[int]  # positions of every trigger word of the event
    verbal_hits: tuple[int, ...]  # other verbal triggers of the same event (استهدف ...)
    nouns: tuple[tuple[int, str], ...] = ()  # noun triggers with their genitive reading
    armed_fallback: bool = False  # take an armed group named in the sentence as the actor


Span = tuple[int, int]


def _claim(s: Sent) -> Span | None:
    """The claimant of تبنت X الهجوم / أعلنت X مسؤوليتها."""
    for info in s.infos:
        if "claim" in info.cues:
            if info.token.norm.startswith(("مسوول", "المسوول")):
                return prev_np(s, info.pos)
            return next_np(s, info.pos) or prev_np(s, info.pos)
    return None


def _verbal(s: Sent, f: Frame) -> tuple[Span | None, str, Span | None, str]:
    """Actor and target around a verbal head: passive, SVO or VSO."""
    assert f.verb is not None
    after = next_np(s, f.verb)
    if after and after[0] in f.positions:  # no subject between the verb and its companion
        after = None
    before = prev_np(s, f.verb)
    passive = f.passive or is_passive(s, f.verb)
    if after and s.infos[after[0]].token.kind == "number":
        return None, "", after, "number after verb (patient)"
    if passive:
        return None, "", after or before, "passive subject"
    if f.verb != f.head:  # light verb: its object is the event noun; targets come with على
        subject, rule = (before, "SVO subject") if before else (after, "VSO subject")
        return subject, rule if subject else "", None, ""
    if before:
        return before, "SVO subject", after, "object"
    obj = next_np(s, max(after[1] if after else 0, f.span_end) - 1)
    if obj and obj[0] in f.positions:
        obj = None
    return after, "VSO subject" if after else "", obj, "object"


_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال", "ولل")


def _genitive_ok(s: Sent, noun: int, k: int) -> bool:
    """Whether the word after an event noun can be its genitive rather than an adjective:
    a definite noun (الاستنفار القصوى) or an accusative (حصارا خانقا) takes no genitive,
    and an indefinite word agreeing with the noun (تعزيزات عسكرية) is an adjective."""
    head, word = s.infos[noun].token.norm, s.infos[k].token.norm
    if head.startswith(_DEFINITE) or (head.endswith("ا") and len(head) > 3):
        return False
    if k in s.entity_at or word.startswith(_DEFINITE):
        return True
    return not (_agrees(s, k) or (head.endswith("ات") and word.endswith("ه")))


def _nominal(s: Sent, f: Frame) -> tuple[Span | None, str, Span | None, str]:
    """Actor/target of a noun-headed event: genitives after the nouns, or an entity right
    before the verbal noun (نية واشنطن الانسحاب)."""
    actor = target = None
    arule = trule = ""
    for pos, genitive in f.nouns or ((f.head, f.genitive),):
        gen = np_at(s, pos + 1)
        if gen is None or gen[0] in f.positions or not _genitive_ok(s, pos, gen[0]):
            continue
        if genitive == "patient" and target is None:
            target, trule = gen, "genitive of event noun"
        elif genitive == "agent" and actor is None:
            actor, arule = gen, "genitive of event noun"
    before = prev_np(s, f.head)
    if actor is None and before and before[0] > 0 and "plan" in s.infos[before[0] - 1].cues:
        actor, arule = before, "genitive of intention noun"  # نية واشنطن الانسحاب
    k = f.head + 2  # الهجوم الذي نفذه X
    if (
        actor is None
        and k < len(s.infos)
        and "relative" in s.infos[k - 1].cues
        and "light" in s.infos[k].cues
    ):
        actor, arule = next_np(s, k, reach=2), "subject of relative light verb"
    return actor, arule, target, trule


def _planner(s: Sent, f: Frame) -> Span | None:
    """Subject of an intention verb right before the trigger (قررت واشنطن سحب قواتها)."""
    for k in range(f.head - 1, max(-1, f.head - 3), -1):
        if "plan" in s.infos[k].cues:
            span = next_np(s, k, reach=2)
            if span and span[0] < f.head:
                return span
            return prev_np(s, k)
    return None


def _armed_group(s: Sent, taken: Span | None) -> Span | None:
    """The first armed group named in the sentence (outside the target)."""
    for pos, ent in s.entity_at.items():
        if ent.type == "ARMED_GROUP" and not (taken and taken[0] <= pos < taken[1]):
            end = pos
            while end < len(s.infos) and s.entity_at.get(end) is ent:
                end += 1
            return pos, end
    return None


def read_arguments(s: Sent, f: Frame) -> tuple[Ref | None, str, Ref | None, str]:
    """(actor, rule, target, rule) for an event framed by `f`."""
    actor: Span | None
    target: Span | None
    if f.verb is not None:
        actor, arule, target, trule = _verbal(s, f)
    else:
        actor, arule, target, trule = _nominal(s, f)
    for rule, span in (
        ("agent phrase", agent_phrase(s, f.head)),
        ("claim of responsibility", _claim(s)),
    ):
        if span and not actor:
            actor, arule = span, rule
    if target is None:
        target, trule = after_prep(s, f.head, "target_prep"), "target preposition"
    if actor is None:
        actor, arule = _planner(s, f), "subject of intention verb"
    for k in f.verbal_hits:
        if target is None:
            target, trule = next_np(s, k), "object of co-trigger"
    if actor is None and f.armed_fallback:
        actor, arule = _armed_group(s, target), "armed group named in sentence"
    if target and actor and target == actor:
        target = None
    return (
        s.ref(*actor, actor=True) if actor else None,
        arule if actor else "",
        s.ref(*target) if target else None,
        trule if target else "",
    )
