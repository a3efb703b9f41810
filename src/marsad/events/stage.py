"""marsad.events.v1: PLOVER event coding with actor, target, place, time and factuality.

For each sentence: find triggers (clitic-aware, inflected forms), merge them into one
candidate per happening, read actor/target by rule, take place/time/quantities from the
other layers, decide factuality (rules, attribution, then the statistical report filter),
link repeated happenings (coref) and store an explanation per event in
``doc.extras['events_explain']``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import partial
from itertools import pairwise
from typing import Any, Final

from marsad.document import Document
from marsad.events import context, coref
from marsad.events.arguments import (
    ANNOUNCER_RULE,
    INTRANSITIVE_TYPES,
    MAIN_CLAUSE_RULE,
    OWNER_RULE,
    STANCE_OWNER_RULE,
    TIME_PREPS,
    Frame,
    negative_condition,
    read_arguments,
)
from marsad.events.candidates import Candidate, build_candidates
from marsad.events.factuality import CONDEMNED_RULE, DECISION_RULE, DENIED_PART, rule_factuality
from marsad.events.filter import event_features, load_filter, sentence_features
from marsad.events.lexicon import load_lexicon, word_keys
from marsad.events.phrases import GOODS_UNITS, PORTFOLIO_WORDS, Quant, Sent
from marsad.events.triggers import VERBAL, TokInfo, analyse, cue_forms, verb_reading
from marsad.kb.loader import KnowledgeBase
from marsad.kb.schema import PLACE_TYPES
from marsad.kb.store import get_kb
from marsad.model import Attribution, Entity, Event, Evidence, Quantity, Ref, Time
from marsad.registry import component
from marsad.resources import Resources, load_file
from marsad.text.datelines import DATELINE_SENTENCES, dateline_end
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token
from marsad.trusted import assign, trusted

FILTERABLE: Final = ("asserted", "reported")
# Types whose missing actor may be the sentence's armed group, and whose undiacritised
# verbs are often passive (قتل ضابط، أصيب طفل).
ARMED_TYPES: Final = ("ASSAULT",)
# Types whose على/ضد or object phrase names a cause, destination or thing, not a target
# actor (احتجاجا على الغلاء، أرسلت قوات إلى الحدود، خففت القيود على السفر).
UNTARGETED_TYPES: Final = ("PROTEST", "MOBILIZE", "CONCEDE")
# Modes whose object is a claim, not a party (نفت الوزارة وجود أي اتفاق، نفى ما تداولته المواقع).
UNTARGETED_MODES: Final = frozenset({("REJECT", "deny")})
# Stances taken on a thing or a party: praise, support, criticism, refusal (not condemnation
# or denial, whose object is an event or a claim told elsewhere).
# Acts done to a person: the victim, not the car or house hit, is the target.
PERSON_MODES: Final = frozenset({"assassination", "abduction", "beating"})
STANCE_MODES: Final = frozenset({("SUPPORT", "praise"), ("SUPPORT", "endorse"), ("ACCUSE", "criticize"), ("REJECT", "refuse")})
# Acts done by saying them: when their actor is the one speaking, the statement is the act
# (جددت الحكومة دعمها، أعرب الاتحاد عن رفضه), asserted rather than reported.
SPEECH_ACT_TYPES: Final = frozenset({"SUPPORT", "REJECT", "ACCUSE", "REQUEST", "THREATEN"})
# Acts done by declaring them (resignations, cutting ties, sanctions): announced by their
# doer they are asserted (أعلن الوزير استقالته، أعلنت الحكومة قطع العلاقات), while an
# announced arrest or strike stays the announcer's report.
DECLARED_TYPES: Final = frozenset({"CONCEDE", "SANCTION"})
DECLARER_RULES: Final = (ANNOUNCER_RULE, OWNER_RULE)
EXPLAIN_KEY: Final = "events_explain"
# Tokens after a toll's trigger in which its cause may be named (لقي ثلاثة أشخاص حتفهم في حادث سير).
MISHAP_REACH: Final = 8
# Words naming a cause (normalised): في حادث، إثر انهيار، جراء الفيضانات، بسبب الحريق.
_CAUSES: Final = frozenset({"في", "اثر", "جراء", "بسبب", "نتيجه", "عقب", "خلال", "بعد"})
# Factuality cues that mean nothing inside a name (جهاز مكافحة الإرهاب، لجنة الدعوة).
NAME_CUES: Final = frozenset({"call", "condemn", "plan", "condition", "possible", "denial", "habitual"})
_DEFINITE_ARTICLE: Final = ("ال", "وال", "فال", "بال", "لل", "كال")
GOODS_REACH: Final = 40  # characters of a target read for its goods noun (320 ألف حبة)
_THOUSANDS: Final = frozenset({"الف", "الاف", "مليون", "ملايين", "مئه", "مئات"})


def country_names() -> dict[str, str]:
    """ISO alpha-3 -> English country name, from the KB's ISO 3166 table."""
    from importlib import resources as ir

    path = ir.files("marsad.kb").joinpath("iso3166.tsv")
    return {r["iso3"]: r["name_en"] for r in load_file(str(path)).entries}


def stood_for_names(kb: KnowledgeBase) -> dict[str, str]:
    """KB id -> English name of every actor some place stands for (metonymy)."""
    out: dict[str, str] = {}
    for entry in kb.entries.values():
        stood = kb.get(entry.stands_for)
        if stood is not None:
            out[stood.id] = stood.name_en
    return out


class EventCoder:
    """Codes PLOVER events in every sentence of a document."""

    def __init__(self, resources: Resources) -> None:
        self.lex = load_lexicon(resources)
        self.ranks = self.lex.mode_ranks()
        self.filter = load_filter() if resources.options.get("events_filter", True) else None
        self.collect = bool(resources.options.get("events_features", False))
        self.countries = country_names()
        self.actor_names = stood_for_names(get_kb(resources))

    def __call__(self, doc: Document) -> None:
        explain: dict[str, dict[str, Any]] = {}
        fallback = context.dominant_place(doc)
        layers = _by_sentence(doc)
        for i in range(len(doc.sentences)):
            self._sentence(doc, i, layers.get(i, _EMPTY), fallback, explain)
        coref.link(doc.events)
        for ev_id, source in coref.shared_modes(doc.events).items():
            explain[ev_id]["mode_rule"] = f"mode of coreferent event {source}"
        for ev in doc.events:
            explain[ev.id]["coref"] = ev.coref
        doc.extras[EXPLAIN_KEY] = explain

    def _sentence(
        self,
        doc: Document,
        i: int,
        layers: SentenceLayers,
        fallback: Ref | None,
        explain: dict[str, Any],
    ) -> None:
        tokens = doc.sentence_tokens(i)
        infos = analyse(tokens, self.lex)
        if infos is None:
            return  # most sentences: no word has a trigger reading
        first = bisect_left(doc.token_starts, doc.sentences[i].start)  # as sentence_tokens
        starts = doc.token_starts[first : first + len(tokens)]
        entity_at = _entity_positions(layers.entities, tokens, starts)
        if i < DATELINE_SENTENCES and (
            skip := dateline_end(
                tokens,
                partial(_placed, entity_at),
                partial(_agency, entity_at),
                _positions(layers.times, starts).__contains__,
                partial(_reporting, infos),
            )
        ):  # the sentence starts after it
            tokens, first, starts = tokens[skip:], first + skip, starts[skip:]
            entity_at = {k - skip: e for k, e in entity_at.items() if k >= skip}
            infos = analyse(tokens, self.lex)
            if infos is None:
                return
        s = Sent(
            doc,
            infos,
            entity_at,
            self.countries,
            layers.attributions,
            self.actor_names,
            _positions(layers.times, starts),
            _quantity_positions(layers.quantities, starts),
            _number_words(doc, first, len(tokens)),
        )
        _drop_name_triggers(s)
        _mark_name_words(s)
        _mark_uncounted(s)
        _drop_portfolio_triggers(s)
        _drop_verbs_in_taa_marbuta(s)
        cands = [c for c in build_candidates(infos, self.lex, self.ranks) if not _mishap_toll(s, c)]
        _drop_unused_nouns(s, cands)
        found = context.places(s)
        dates = _event_dates(s, layers.times)
        first_id = len(doc.events) + 1  # ids in order; renumbered after a dropped event
        coded = [
            (c, *self._event(doc, s, i, c, found, fallback, layers.times, dates, f"ev{first_id + k}"))
            for k, c in enumerate(cands)
        ]
        made = []
        events = [e for _, e, _ in coded]
        for cand, ev, why in coded:
            if _is_participant_only(cand, ev, events, s) or _danger(cand, ev) or why.get("factuality_rule") in _NO_EVENT_RULES:
                continue  # ... or an attack on prices: a figure of speech, no event; a stance on terrorism at large
            if (protest := _stormed_by_protesters(ev, events)) is not None:
                if protest.mode in (None, "demonstration"):
                    assign(protest, "mode", "riot")
                continue  # اقتحم محتجون مبنى المحافظة: the protest turned riot, no police raid
            if ev.id != (ev_id := f"ev{len(doc.events) + 1}"):
                assign(ev, "id", ev_id)
            doc.events.append(ev)
            explain[ev.id] = why
            made.append(ev)
        _accused_doers(made, explain)
        _threatened_acts(doc.text, made, explain)
        _pronoun_doers(doc.text, made, explain)
        context.attach_quantities(made, layers.quantities)

    def _event(
        self,
        doc: Document,
        s: Sent,
        i: int,
        cand: Candidate,
        places: list[context.Place],
        fallback: Ref | None,
        times: list[Time],
        dates: list[Time],
        ev_id: str,
    ) -> tuple[Event, dict[str, Any]]:
        assert cand.head is not None
        a, b = cand.span
        start, end = s.infos[a].token.start, s.infos[b - 1].token.end
        trigger = trusted(Evidence, text=doc.text[start:end], start=start, end=end)
        lemmas = sorted({h.entry.id for h in cand.hits})
        why: dict[str, Any] = {
            "sentence": i,
            "trigger": trigger.text,
            "lemmas": lemmas,
            "form": cand.head.kind,
            "head_rule": f"{cand.light} verb + event noun"
            if cand.light
            else f"{cand.head.kind} trigger",
            "mode_rule": cand.mode_rule,
        }
        actor, why["actor_rule"], target, why["target_rule"] = read_arguments(s, _frame(cand))
        if _irregular_seizure(s, cand, actor):
            cand.type, cand.mode = "ASSAULT", "abduction" if cand.mode == "arrest" else None
            why["type_rule"] = "irregular armed doers: a raid or detention is an assault"
        elif (caught := _caught_mode(s, cand, target)) is not None:
            cand.mode, why["mode_rule"] = caught
        elif cand.type == "THREATEN" and negative_condition(s, cand.head.pos) is not None:
            cand.mode, why["mode_rule"] = "ultimatum", "a threat with a negative condition (ما لم، إذا لم)"
        taken = [r for r in (actor, target) if r]
        location, why["location_rule"] = context.locate(places, cand.head.pos, taken, fallback)
        when, why["time_rule"] = context.event_time(dates, start, doc.published)
        extra = _context_features(s, actor, target, times) | {f"mode:{cand.mode}", f"lv:{cand.light}"}
        anchored = _anchored(actor, doc, cand.head.kind)
        fact, attribution, factuality_why = self._factuality(s, cand, start, anchored, lemmas, extra)
        own_act = (
            cand.type in SPEECH_ACT_TYPES
            or why["actor_rule"].startswith(MAIN_CLAUSE_RULE)
            or (cand.type in DECLARED_TYPES and why["actor_rule"].startswith(DECLARER_RULES))
        )
        if fact == "reported" and own_act and (_says_itself(s, actor, attribution) or why["actor_rule"] == STANCE_OWNER_RULE):
            fact, factuality_why["factuality_rule"] = "asserted", "the speaker's own act"
        if fact == "planned" and factuality_why["factuality_rule"] == DECISION_RULE and cand.type in DECLARED_TYPES:
            fact, factuality_why["factuality_rule"] = "asserted", "an act done by deciding it (قررت قطع العلاقات)"
        why.update(factuality_why)
        if cand.type == "ASSAULT" and fact in FILTERABLE and (_abstract(s, target) or _abstract(s, actor)):
            fact, why["factuality_rule"] = "generic", METAPHOR_RULE
        if cand.type in STANCE_TYPES and _general_stance(s, target, cand.head.pos):
            fact, why["factuality_rule"] = "generic", GENERAL_STANCE_RULE
        if fact in FILTERABLE and cand.head.kind != "past" and context.in_future(when, doc.published):
            fact, why["factuality_rule"] = "planned", "date after publication"
        ev = trusted(
            Event,
            id=ev_id,
            type=cand.type,
            mode=cand.mode,
            sentence=i,
            trigger=trigger,
            factuality=fact,
            actor=actor,
            target=target,
            location=location,
            attribution=attribution,
            time=when.time,
            date=when.date,
            date_source=when.date_source,
            historical=when.historical,
            coref=None,  # set by `coref.link` once the document's events are known
        )
        return ev, why

    def _factuality(
        self,
        s: Sent,
        cand: Candidate,
        trigger_at: int,
        anchored: bool,
        lemmas: list[str],
        extra: set[str],
    ) -> tuple[str, str | None, dict[str, Any]]:
        """Rule factuality, attribution link, then the report filter: (factuality,
        attribution id, explanation)."""
        assert cand.head is not None
        at, kind, prefix = cand.head.pos, cand.head.kind, cand.head.prefix
        if cand.light is not None and cand.verb is not None:
            at, kind, prefix = cand.verb, "pres", s.infos[cand.verb].cues.get(cand.light, "")
        tense_unknown = cand.light is not None and cue_forms(s.norms[at], self.lex, cand.light) != {"pres"}
        fact, rule = rule_factuality(s.infos, at, prefix, kind, light=tense_unknown)
        if kind == "circumstantial" and fact in ("generic", "planned", "reported"):
            fact, rule = "asserted", "participle of state: the subject's own act"  # ، مطالبة المؤسسات
        starts = [s.infos[h.pos].token.start for h in cand.hits] + [trigger_at]
        attribution = _attribution_of(s.attributions, starts)
        if rule == DENIED_PART:
            attribution = None  # the denier says nothing of the act itself
        elif attribution is not None and fact == "asserted":
            fact, rule = "reported", "inside an attribution"
        out: dict[str, Any] = {"factuality_rule": rule}
        # Anchored events pass: their features are only read to train.
        asked = not anchored
        if fact in FILTERABLE and (self.collect or (self.filter is not None and asked)):
            if s.filter_features is None:
                s.filter_features = sentence_features(s.infos)
            own = event_features(s.infos, s.norms, at, lemmas, cand.head.kind, rule, extra)
            if self.collect:
                out["features"] = sorted(own | s.filter_features)
            p = self._filter_score(s, cand.type, own) if asked else None
            if p is not None:
                out["filter_score"] = round(p, 3)
                if p < self.filter.threshold[cand.type]:  # type: ignore[union-attr]
                    fact, out["factuality_rule"] = "generic", f"report filter p={p:.2f}"
        return fact, attribution.id if attribution else None, out

    def _filter_score(self, s: Sent, type_: str, own: set[str]) -> float | None:
        """The report filter's probability for an event of type_ with its own features
        `own`; the weights of the sentence's shared features are summed once per type."""
        if self.filter is None or s.filter_features is None:
            return None
        shared = s.filter_sums.get(type_)
        if shared is None:
            shared = s.filter_sums[type_] = self.filter.weigh(type_, s.filter_features)
        return self.filter.score(type_, own, shared)


def _placed(entity_at: dict[int, Entity], j: int) -> bool:
    """Whether token j is part of a place's name."""
    return j in entity_at and entity_at[j].type in PLACE_TYPES


def _event_dates(s: Sent, times: list[Time]) -> list[Time]:
    """The sentence's times less those naming a document or an era after its noun (اتفاق
    العاشر من آذار، ثورة 25 يناير): they date the name, not the sentence's events."""
    if not times:
        return times
    starts = [info.token.start for info in s.infos]
    return [t for t in times if (k := bisect_left(starts, t.start)) == 0 or "dated_name" not in s.infos[k - 1].cues]


def _agency(entity_at: dict[int, Entity], j: int) -> bool:
    """Whether token j is part of a news outlet's name (واس، وام in a dateline)."""
    return j in entity_at and entity_at[j].type == "MEDIA"


def _irregular_seizure(s: Sent, cand: Candidate, actor: Ref | None) -> bool:
    """A raid or detention by irregular armed doers (اقتحم مسلحون، احتجزت عصابة رهائن) is
    an attack or an abduction, not an authority's coercion."""
    if cand.type != "COERCE" or cand.mode not in ("raid", "arrest") or actor is None:
        return False
    return any("perpetrator" in i.cues for i in s.infos if actor.start <= i.token.start < actor.end)


METAPHOR_RULE: Final = "metaphor: an attack on a thing no one can hit (الأسعار، الفساد)"
GENERAL_STANCE_RULE: Final = "a stance on a creed or a class of acts (رفضه للإرهاب، إدانته لكل أعمال العنف)"
# Words before a verbal noun whose pronoun is the doer of the act told before it (خلال اقتحامها،
# بعد احتجازها; normalised), looked for in the characters before it.
TIME_LINKS: Final = TIME_PREPS | {"بعد", "قبيل", "قبل"}
LINK_CHARS: Final = 12
THREAT_ACT_WORDS: Final = 3  # words between a threat (or its parties) and the act it threatens with
_NO_EVENT_RULES: Final = frozenset({METAPHOR_RULE, GENERAL_STANCE_RULE})
STANCE_TYPES: Final = frozenset({"REJECT", "ACCUSE", "SUPPORT"})


def _general_stance(s: Sent, target: Ref | None, head: int) -> bool:
    """Whether a stance's target, or the ل phrase right after its noun, is a creed or a whole
    class of acts (رفضه القاطع للإرهاب، إدانته لكل أعمال العنف): a general position, no event."""
    after = range(head + 1, min(len(s.infos), head + 3))
    first = next((s.infos[k] for k in after if s.infos[k].token.norm.startswith("ل") and "ideology" in s.infos[k].cues), None)
    if first is None and target is not None:
        first = next((i for i in s.infos if i.token.start <= target.start < i.token.end), None)  # للإرهاب: past the clitic
    if first is None:
        return False
    k = first.pos
    if "universal" in first.cues:  # كل أعمال | العنف
        return k + 2 < len(s.infos) and "ideology" in s.infos[k + 2].cues
    if "ideology" not in first.cues:
        return False
    if k >= 2 and "universal" in s.infos[k - 2].cues:
        return True  # لكل أعمال | العنف التي تستهدف المدنيين: every such act
    nxt = s.infos[k + 1] if k + 1 < len(s.infos) else None  # not العنف الذي مارسته الشرطة، العنف الإسرائيلي
    return nxt is None or not ("relative" in nxt.cues or (nxt.token.norm.startswith("ال") and nxt.token.norm.endswith("ي")))


def _abstract(s: Sent, party: Ref | None) -> bool:
    """Whether an attack's target, or its doer, is an abstraction (هجوم كاسح على الأسعار،
    شنت الأسعار هجوما على الجيوب): the attack is a figure of speech."""
    if party is None:
        return False
    return any("abstract" in i.cues for i in s.infos if i.token.start == party.start)


def _caught_mode(s: Sent, cand: Candidate, target: Ref | None) -> tuple[str, str] | None:
    """(mode, rule) when a catch's target decides the mode: goods caught by an arrest verb
    are a seizure; people caught where a goods word near the verb gave seizure (اعتُقل
    أربعة متهمين بتهريب المخدرات) an arrest. None otherwise."""
    if cand.type != "COERCE" or target is None:
        return None
    goods = _goods(s, target)
    if cand.mode == "arrest" and goods:
        return "seizure", "what is caught is goods, not people"
    if (
        cand.mode == "seizure"
        and not goods
        and cand.mode_rule.startswith("mode word")
        and any(h.entry.mode == "arrest" for h in cand.hits)
    ):
        return "arrest", "an arrest verb's catch is people, not the goods a word near it names"
    return None


def _goods(s: Sent, target: Ref | None) -> bool:
    """Whether the target is goods (شحنة، ناقلة، 50 كيلوغراما، 320 ألف حبة): its first
    words, past a number (and the noun a number phrase left out), name a thing or a weight."""
    if target is None:
        return False
    for info in s.infos:
        tok = info.token
        if tok.start >= target.start + GOODS_REACH:
            break
        if tok.start < target.start:
            continue
        quantity = s.quantities.get(info.pos)
        if "goods" in info.cues or (quantity is not None and quantity.unit in GOODS_UNITS):
            return True
        if tok.kind != "number" and info.pos not in s.counts and tok.norm not in _THOUSANDS:
            return False
    return False


def _says_itself(s: Sent, actor: Ref | None, attribution: str | None) -> bool:
    """Whether the event's actor is the source of the attribution carrying it (or, with
    none, whether a reporting verb is what the actor does: أعرب X عن رفضه)."""
    if actor is None:
        return False
    if attribution is None:  # a reporting verb with no content: its subject is the actor
        return True
    source = next((a.source for a in s.attributions if a.id == attribution), None)
    return source is not None and source.start < actor.end and actor.start < source.end


def _attribution_of(attributions: list[Attribution], offsets: list[int]) -> Attribution | None:
    """The first attribution whose content holds one of the offsets."""
    for x in attributions:
        for o in offsets:
            if x.content.start <= o < x.content.end:
                return x
    return None


def _anchored(actor: Ref | None, doc: Document, form: str) -> bool:
    """In a dated article, an act told by a past-tense verb or with its doer is a concrete
    happening (the rules have already caught what makes a mention: conditions, calls,
    condemnations, denials); the report filter, trained on undated sentences read out of
    context, is not asked."""
    return doc.published is not None and (form == "past" or actor is not None)


def _covered(starts: list[int], start: int, end: int) -> range:
    """Positions of the tokens (by sorted start offsets) starting inside [start, end)."""
    return range(bisect_left(starts, start), bisect_left(starts, end))


def _positions(items: list[Time], starts: list[int]) -> frozenset[int]:
    """Sentence token positions covered by the items' character spans."""
    return frozenset(pos for x in items for pos in _covered(starts, x.start, x.end))


def _number_words(doc: Document, first: int, n: int) -> frozenset[int]:
    """Sentence positions of one-word cardinal numbers (ثلاثة، عشرات), which count the
    noun after them like digits do."""
    numbers = doc.numbers
    lo = bisect_left(numbers, first, key=lambda x: x.token_start)
    out = set()
    for x in numbers[lo:]:
        if x.token_start >= first + n:
            break
        if x.kind == "cardinal" and x.token_end == x.token_start + 1:
            out.add(x.token_start - first)
    return frozenset(out)


def _quantity_positions(quantities: list[Quantity], starts: list[int]) -> dict[int, Quant]:
    """Sentence token position -> the token span of the quantity covering it."""
    out: dict[int, Quant] = {}
    for q in quantities:
        covered = _covered(starts, q.start, q.end)
        if covered:
            dual = len(covered) == 1 and q.value == 2 and not q.text.startswith(("اثن", "إثن"))
            span = Quant(covered[0], covered[-1] + 1, q.counted, q.unit, dual)
            out.update(dict.fromkeys(covered, span))
    return out


def _drop_name_triggers(s: Sent) -> None:
    """A trigger or factuality cue word inside a name of a place or body is part of the
    name (مقاطعة بيلغورود، مجلس التعاون الخليجي، جهاز مكافحة الإرهاب); person names are
    left alone, being the likeliest misreads of the entity layer, except that a person
    the knowledge base knows holds no factuality cue (لويس إيناسيو لولا دا سيلفا: no لولا)."""
    for pos, ent in s.entity_at.items():
        if ent.type == "PERSON" and ent.kb_id is None:
            continue
        info = s.infos[pos]
        if ent.type != "PERSON":
            info.hits = []
        if not NAME_CUES.isdisjoint(info.cues):  # a new dict: the readings are shared
            info.cues = {c: p for c, p in info.cues.items() if c not in NAME_CUES}


TITLE_WORDS: Final = 7  # words of a title after a name that a light verb's reach skips


def _mark_name_words(s: Sent) -> None:
    """Mark the tokens that continue a person's name of several words, which a light
    verb's reach counts as one (أجرى الشيخ محمد بن زايد آل نهيان اتصالا)."""
    for pos, ent in s.entity_at.items():
        if ent.type == "PERSON" and s.entity_at.get(pos - 1) is ent:
            s.infos[pos].in_name = True
        if ent.type == "PERSON" and s.entity_at.get(pos + 1) is not ent and pos + 1 < len(s.infos):
            _mark_title_after(s, pos + 1)


def _mark_uncounted(s: Sent) -> None:
    """Mark the tokens of a time and of an act's count, which a light verb's reach does not
    count (شنت الطائرات الحربية أمس أكثر من عشرين | غارة); a verb reading of a time's word or
    of a counted noun is dropped (فجر اليوم is no bombing, 300 ألف طالب no demand)."""
    for pos in s.times:
        info = s.infos[pos]
        info.uncounted = True
        if info.hits and all(kind in VERBAL for _e, kind, _p in info.hits):
            info.hits = []  # فجر اليوم: a time word read as the verb فجّر
    for pos, q in s.quantities.items():
        counted = s.infos[q.end - 1]
        if pos < q.end - 1 and counted.hits:  # a count of a trigger word, not a sum of money
            s.infos[pos].uncounted = True
            counted.hits = [h for h in counted.hits if h[1] not in VERBAL]  # 300 ألف طالب: a noun


def _mark_title_after(s: Sent, k: int) -> None:
    """A title in apposition right after a name (بدر عبد العاطي | وزير الخارجية والهجرة
    وشؤون المصريين بالخارج) belongs to the name for a light verb's reach: up to a comma, a
    trigger or another name."""
    if {"title", "office", "rank"}.isdisjoint(s.infos[k].cues):
        return
    for j in range(k, min(len(s.infos), k + TITLE_WORDS)):
        info = s.infos[j]
        if info.token.kind != "word" or info.hits or (j > k and j in s.entity_at and s.entity_at[j].type == "PERSON"):
            return
        info.in_name = True


def _drop_verbs_in_taa_marbuta(s: Sent) -> None:
    """A word written with final ة is a noun: no verb form ends in it (حملة is a campaign,
    not حمل + a pronoun), whatever its normalised spelling also reads as."""
    text = s.doc.text
    for info in s.infos:
        tok = info.token
        if info.hits and text.endswith("ة", tok.start, tok.end) and verb_reading(info):
            info.hits = [h for h in info.hits if h[1] not in VERBAL]  # a new list: readings are shared


def _drop_portfolio_triggers(s: Sent) -> None:
    """A definite event noun joined by و to a ministry's portfolio is a second portfolio of
    the same office, not an act (وزير الشؤون الخارجية والتعاون الإفريقي)."""
    for info in s.infos:
        if not info.hits or not s.norms[info.pos].startswith("وال"):
            continue
        j = info.pos - 1
        while j >= 0 and info.pos - j <= PORTFOLIO_WORDS and s.norms[j].startswith("ال"):
            j -= 1
        if 0 <= j < info.pos - 1 and "office" in s.infos[j].cues:
            info.hits = []


def _mishap_toll(s: Sent, cand: Candidate) -> bool:
    """A toll told only by casualty words whose cause is an accident or disaster (لقي ثلاثة
    أشخاص حتفهم في حادث سير، توفي عاملان إثر انهيار مبنى، لقي طفلان حتفهما غرقا): no attack."""
    if cand.type != "ASSAULT" or cand.head is None or not all(h.entry.casualty for h in cand.hits):
        return False
    last = max(h.pos if h.companion is None else h.companion for h in cand.hits)
    for k in range(cand.head.pos + 1, min(len(s.infos), last + MISHAP_REACH)):
        if "mishap" in s.infos[k].cues and (s.norms[k].endswith("ا") or s.norms[k - 1] in _CAUSES or _cause_clitic(s, k)):
            return True
        if s.infos[k].token.norm in (".", "؛"):
            return False
    return False


def _cause_clitic(s: Sent, k: int) -> bool:
    """A mishap word carrying the preposition of cause ب (بحريق)."""
    return s.infos[k].cues.get("mishap", "") == "ب"


def _drop_unused_nouns(s: Sent, cands: list[Candidate]) -> None:
    """An ambiguous noun that yielded to another reading (مسيرات beside a strike are
    drones) is an ordinary word of the sentence."""
    used = {h.pos for c in cands for h in c.hits}
    for info in [i for i in s.infos if i.hits and i.pos not in used]:
        if all(k == "noun" and e.yields_to for e, k, _ in info.hits):
            info.hits = []


def _is_participant_only(cand: Candidate, ev: Event, events: list[Event], s: Sent) -> bool:
    """A noun-only event that names another event's participant: a participle that is its
    target (أطلقوا النار على متظاهرين), or a bare noun right after its actor or target as
    that word's genitive (هاجموا قافلة إغاثة، اختطفوا ثلاثة عمال إغاثة). A participle
    acting (رشق المحتجون الشرطة) still tells its own event."""
    if any(h.kind not in ("participle", "noun") for h in cand.hits):
        return False
    assert cand.head is not None
    head = cand.head.pos
    at = ev.trigger.start
    others = [e for e in events if e is not ev]
    if cand.head.kind == "participle":
        if head > 0 and (s.is_verb(head - 1) or verb_reading(s.infos[head - 1])):
            return False  # أحرق محتجون ... لتفريقهم: the subject of a verb acts, though a pronoun resumes it
        return any(e.target and e.target.start <= at < e.target.end for e in others)
    if not _bare(s, head) or head == 0:
        return False
    if s.norms[head - 1].startswith(_DEFINITE_ARTICLE) or head - 1 in s.entity_at:
        return False  # a definite word or a name takes no genitive: نفت القيادة استهداف
    ends = {r.end for e in others for r in (e.actor, e.target) if r is not None}
    return s.infos[head - 1].token.end in ends


def _stormed_by_protesters(ev: Event, events: list[Event]) -> Event | None:
    """The protest whose protesters did a raid's storming (اقتحم محتجون غاضبون مبنى الديوان):
    protesters storming a building riot, they do not raid it."""
    if ev.type != "COERCE" or ev.mode != "raid" or ev.actor is None:
        return None
    actor = ev.actor
    return next(
        (e for e in events if e.type == "PROTEST" and e.trigger.start >= actor.start and e.trigger.end <= actor.end),
        None,
    )


def _reporting(infos: list[TokInfo], k: int) -> bool:
    """A reporting verb at k (أعلنت، قال)."""
    return "report" in infos[k].cues


def _accused_doers(events: list[Event], explain: dict[str, Any]) -> None:
    """A condemnation with no one named as its target accuses the doer of the act it
    condemns (أدانت الوزارة الهجوم الذي نفذه مستوطنون: the settlers), when that act names one."""
    for k, ev in enumerate(events):
        if ev.type != "ACCUSE" or ev.target is not None:
            continue
        condemned = next((e for e in events[k + 1 :] if explain[e.id].get("factuality_rule") == CONDEMNED_RULE), None)
        doer = condemned.actor if condemned is not None else None
        if doer is not None and doer.start > ev.trigger.end and (ev.actor is None or doer.start != ev.actor.start):
            assign(ev, "target", doer)
            explain[ev.id]["target_rule"] = "the doer of the condemned act"


def _threatened_acts(text: str, events: list[Event], explain: dict[str, Any]) -> None:
    """A threat and the act it threatens with (هدد الرئيس بفرض رسوم على البرازيل، توعد الوزير
    الحزب بضربات): the threatener would do the act, to the party threatened, and the threat
    targets whom the act would be done to."""
    for threat, act in pairwise(events):
        if threat.type != "THREATEN" or not text.startswith("ب", act.trigger.start):
            continue
        ends = [r.end for r in (threat.actor, threat.target) if r is not None and r.end <= act.trigger.start]
        if len(text[max(threat.trigger.end, max(ends, default=0)) : act.trigger.start].split()) > THREAT_ACT_WORDS:
            continue
        if threat.actor is not None and (act.actor is None or _same_ref(act.actor, threat.target)):
            assign(act, "actor", threat.actor)  # توعد الوزير الحزب | بضربات: not the party threatened
            explain[act.id]["actor_rule"] = "the threatener of the act threatened with"
        threatened = threat.target
        if threatened is not None and threatened.end <= act.trigger.start and act.target is None:
            assign(act, "target", threatened)
            explain[act.id]["target_rule"] = "the party threatened"
        elif act.target is not None and (
            threatened is None or act.trigger.start <= threatened.start < threatened.end <= act.target.start
        ):  # not the party a condition names, after the act (ما لم ينسحب الجيش)
            assign(threat, "target", act.target)  # هدد بفرض رسوم ... على البرازيل: Brazil, not the duties
            explain[threat.id]["target_rule"] = "the target of the act threatened with"


def _pronoun_doers(text: str, events: list[Event], explain: dict[str, Any]) -> None:
    """An act told by a verbal noun with a pronoun after خلال and the like (قتل شاب برصاص
    القوات خلال اقتحامها المخيم): the pronoun is the doer of the act before it."""
    for before, ev in pairwise(events):
        trigger = ev.trigger.text
        if before.actor is None or " " in trigger or not trigger.endswith(("ها", "هم")):
            continue
        start = max(0, ev.trigger.start - LINK_CHARS)
        words = text[start : ev.trigger.start].split()
        if len(words) < 2 - (start == 0):
            continue  # the word before must be whole: a space before it, or the text's start
        if normalize_key(words[-1]) in TIME_LINKS and (ev.actor is None or ev.actor.start < ev.trigger.start):
            assign(ev, "actor", before.actor)
            explain[ev.id]["actor_rule"] = "the pronoun on the verbal noun: the doer of the act before"


def _same_ref(a: Ref | None, b: Ref | None) -> bool:
    """Two references to the same words."""
    return a is not None and b is not None and a.start == b.start and a.end == b.end


def _danger(cand: Candidate, ev: Event) -> bool:
    """The noun تهديد with no one threatening is a danger, not a threat made (القضاء على
    التهديدات الإرهابية، شكّل تهديدا فوريا، تهديد أمن الملاحة)."""
    return (
        cand.type == "THREATEN"
        and cand.light is None
        and ev.actor is None
        and all(h.kind == "noun" and h.entry.id == "threaten" for h in cand.hits)
    )


def _bare(s: Sent, k: int) -> bool:
    """A word with no article, proclitic or pronoun suffix (إغاثة, not الإغاثة، مطالبتهم)."""
    tok = s.infos[k].token
    raw = s.doc.text[tok.start : tok.end]
    return not tok.norm.startswith(("ال", *"وفبلك")) and not raw.endswith(("ه", "ها", "هم"))


def _context_features(
    s: Sent, actor: Ref | None, target: Ref | None, times: list[Any]
) -> set[str]:
    """Report-filter features from the other layers: arguments, places, times, entity types."""
    feats = {f"et:{t}" for t in s.entity_types}
    feats |= {f"has:{k}" for k, v in (("actor", actor), ("target", target)) if v}
    if actor and actor.entity:
        feats.add("has:actor_entity")
    if times:
        feats.add("has:time")
    return feats


def _frame(cand: Candidate) -> Frame:
    """The positional frame the argument rules read."""
    head = cand.head
    assert head is not None
    entry = head.entry
    _, b = cand.span
    words = [h.pos for h in cand.hits] + [k for k in (cand.verb, head.companion) if k is not None]
    nouns = tuple([(h.pos, h.entry.genitive) for h in cand.hits if h.kind not in VERBAL])
    # Plain statements for the and/or tests: inside the call mypyc's code trips gcc's
    # may-be-uninitialised check (a build error under -Werror).
    kind_mode = (cand.type, cand.mode)
    targeted = cand.type not in UNTARGETED_TYPES and kind_mode not in UNTARGETED_MODES
    participle = head.kind == "participle" and entry.genitive == "agent"
    visit = cand.type == "CONSULT" and entry.mode == "visit"
    return Frame(
        head=head.pos,
        span_end=b,
        verb=cand.verb,
        passive=cand.light == "undergo",
        genitive=entry.genitive,
        positions=frozenset(words),
        verbal_hits=tuple([h.pos for h in cand.hits if h.kind in VERBAL and h is not head]),
        nouns=nouns,
        described=(head.pos, *[p for p, _ in nouns]),
        armed_fallback=cand.type in ARMED_TYPES,
        transitive=cand.type not in INTRANSITIVE_TYPES,
        targeted=targeted,
        stance=kind_mode in STANCE_MODES,
        aid=cand.type == "AID",
        person_act=cand.mode in PERSON_MODES,
        participle=participle,
        circumstantial=head.kind == "circumstantial",
        speech_act=cand.type in SPEECH_ACT_TYPES,
        visit=visit,
        threat=cand.type == "THREATEN",
        passive_readable=cand.type in ARMED_TYPES,
        type=cand.type,
        companion=head.companion,
        companion_role=entry.companion,
        target_preps=word_keys(entry.target_preps),
        actor_preps=word_keys(entry.actor_preps),
    )


class SentenceLayers:
    """The other stages' items of one sentence (a plain class: mypyc builds it natively)."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.times: list[Time] = []
        self.quantities: list[Quantity] = []
        self.attributions: list[Attribution] = []  # those overlapping it


_EMPTY: Final = SentenceLayers()


def _by_sentence(doc: Document) -> dict[int, SentenceLayers]:
    """Entities, times, quantities and attributions grouped by sentence (one pass per
    layer); an attribution goes to every sentence its content overlaps. A sentence's
    layers are made on its first item (setdefault would build them for every item)."""
    out: defaultdict[int, SentenceLayers] = defaultdict(SentenceLayers)
    for e in doc.entities:
        out[e.sentence].entities.append(e)
    for t in doc.times:
        out[t.sentence].times.append(t)
    for q in doc.quantities:
        out[q.sentence].quantities.append(q)
    starts = [sent.start for sent in doc.sentences]
    ends = [sent.end for sent in doc.sentences]
    for x in doc.attributions:
        for i in range(bisect_right(ends, x.content.start), bisect_left(starts, x.content.end)):
            out[i].attributions.append(x)
    return out


def _entity_positions(
    ents: list[Entity], tokens: list[Token], starts: list[int]
) -> dict[int, Entity]:
    """Sentence token position (in order) -> the first entity overlapping it (covering it,
    or starting inside it after a proclitic: وواشنطن); tokens are sorted and disjoint, so
    the overlapped ones are found by bisection."""
    out: dict[int, Entity] = {}
    for e in ents:
        first = bisect_right(starts, e.start) - 1  # the last token starting at or before it
        if first < 0 or tokens[first].end <= e.start:
            first += 1
        for pos in range(first, bisect_left(starts, e.end)):
            out.setdefault(pos, e)
    return dict(sorted(out.items()))


# Registered by a call, not a class decorator: mypyc compiles a decorated class as a plain
# Python one, whose attribute reads and method calls go through dictionaries.
component("marsad.events.v1", requires=("sentences", "entities", "times", "quantities", "attributions"), assigns=("events",))(EventCoder)
