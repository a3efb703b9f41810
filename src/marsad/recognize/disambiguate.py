"""Choosing the KB entry a matched name refers to, from the document's context.

Unambiguous matches are accepted first and become the context: the entries they name
and their countries, per sentence and per document. Every other match is then scored:
the same entry named elsewhere, a country mentioned in the same sentence or the
document, a head word before it (مدينة صور), and a small population prior. Names the KB
flags `ambiguous` (صور: a city or "pictures") are kept only when some context supports them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from marsad.kb.index import VIA_RANK, Candidate
from marsad.kb.loader import KnowledgeBase
from marsad.kb.schema import KBEntry
from marsad.recognize.linker import Match

# One-word names of places smaller than this need context: GeoNames lists many villages
# whose names are also common words (بيان، حارس، سوف).
SMALL_PLACE: Final = 100_000
# A place name of three letters or fewer found only by stripping a proclitic (برنس: ب +
# رنس, Reims; باهر: ب + أهر) is as often a plain word: below this population it needs a
# place head before it (مدينة) or the name written whole elsewhere in the document; a
# locative ب is no evidence, it is the very letter stripped (بحجة: under the pretext).
# Fez (بفاس) is big enough to stand alone.
CLIPPED_PLACE: Final = 500_000
CLIPPED_STEM: Final = 3
_PERSONISH: Final = frozenset({"PERSON"})
_ORGISH: Final = frozenset({"ORG", "ARMED_GROUP", "GOV", "MEDIA"})
SPORT_ROLE: Final = "SPT"  # role of sports clubs and teams in the KB


class Resolved(NamedTuple):
    """A match with the entry chosen for it and why."""

    match: Match
    entry: KBEntry
    via: str
    surface: str
    reason: str


@dataclass
class Context:
    """What the unambiguous matches tell about a document."""

    ids: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    by_sentence: dict[int, set[str]] = field(default_factory=dict)
    sport: bool = False  # a sports text: clubs named like places or common words are meant
    generated: set[str] = field(default_factory=set)  # KB ids from bulk-imported files

    def note(self, entry: KBEntry, sentence: int) -> None:
        """Record an accepted entry as context."""
        self.ids.add(entry.id)
        if entry.country:
            self.countries.add(entry.country)
            self.by_sentence.setdefault(sentence, set()).add(entry.country)


def head_fits(entry: KBEntry, head: str | None) -> bool:
    """True if the cue word before a name (its `head` kind) suits the entry's type (a locative
    such as في suits a place: الأناضول after شرق is the region, not the news agency)."""
    if head in ("place_head", "locative"):
        return entry.is_place
    if head in ("title", "led_by"):
        return entry.type in _PERSONISH
    if head == "org_head":
        return entry.type in _ORGISH
    if head == "verb":  # ذكرت الجزيرة: a reporting verb's subject is a source, not a place
        return entry.type in _ORGISH or entry.type in _PERSONISH
    if head in ("source", "press"):  # (قنا) after a dateline, قال للجزيرة، مراسل الجزيرة: an outlet
        return entry.type == "MEDIA"
    return False


def score(entry: KBEntry, sentence: int, head: str | None, ctx: Context) -> tuple[float, list[str]]:
    """Context score of an entry for one mention, with the reasons that add to it."""
    reasons: list[str] = []
    total = 0.0
    if entry.id in ctx.ids:
        total += 3
        reasons.append("named unambiguously elsewhere in the document")
    if entry.country and entry.country in ctx.by_sentence.get(sentence, set()):
        total += 2
        reasons.append(f"{entry.country} mentioned in the same sentence")
    elif entry.country and entry.country in ctx.countries:
        total += 1
        reasons.append(f"{entry.country} mentioned in the document")
    if head_fits(entry, head):
        total += 2
        reasons.append(f"{head} cue before the name")
    if ctx.sport and entry.role == SPORT_ROLE:
        total += 2
        reasons.append("sports text")
    return total, reasons


def _prior(entry: KBEntry, cand: Candidate) -> float:
    """Tie-breaker below any context evidence: population, then name over alias."""
    pop = math.log10((entry.population or 0) + 1) / 10
    return pop - VIA_RANK[cand.via] / 100


def needs_context(entry: KBEntry, cand: Candidate, *, generated: bool) -> str | None:
    """Why a name needs context: 'surname' (a person's last name alone), 'ambiguous' (flagged
    in the KB), 'small' (a place, not a country, under SMALL_PLACE people from a `generated`
    file: GeoNames villages named like common words; a hand-curated place such as جنين or
    بعلبك was chosen because news names it), else None.

    A longer alias (مدينة صور، طرابلس الغرب) is specific enough on its own.
    """
    if cand.via == "surname":
        return "surname"
    if " " in cand.surface.strip():
        return None
    if entry.ambiguous:
        return "ambiguous"
    small = generated and entry.population is not None and entry.population < SMALL_PLACE and entry.type != "COUNTRY"
    return "small" if small else None


def supported(need: str | None, entry: KBEntry, head: str | None, ctx: Context) -> bool:
    """Whether the context supports a name that needs it: any evidence for an ambiguous
    name; for a small place or a common word, its country in the document and a place cue
    before it (or, for a common word, a head that fits its type)."""
    if need is None or entry.id in ctx.ids:
        return True
    if entry.role == SPORT_ROLE:  # ليفربول، السد: a club only in a sports text
        return ctx.sport
    if need == "clipped":
        return head == "place_head"
    if need == "surname":  # بوش alone: the full name earlier, or a title, a verb or what he leads before it
        return head in ("title", "verb", "led_by")
    in_country = entry.country is not None and entry.country in ctx.countries
    placed = head in ("place_head", "locative")
    fits = head != "locative" and head_fits(entry, head)  # في alone does not make a word a place
    if need in ("small", "common"):  # عنه، بيان: a place cue and its country, or a fitting head
        return (in_country and placed) or (need == "common" and fits)
    if entry.type == "COUNTRY" and (placed or ctx.sport):  # في جورجيا، أمام الكونغو
        return True
    return in_country or fits


def _entries(kb: KnowledgeBase, m: Mention) -> list[tuple[KBEntry, Candidate]]:
    """The mention's candidate entries; a surname that is also a common word (علي) or a
    demonym (السعودي) is none."""
    no_surname = m.common or any(c.via == "demonym" for c in m.match.candidates)
    return [
        (e, c)
        for c in m.match.candidates
        if not (no_surname and c.via == "surname") and (e := kb.get(c.kb_id)) is not None
    ]


class Mention(NamedTuple):
    """A match with what the text around it says: sentence, cue before it, common word."""

    match: Match
    sentence: int
    head: str | None
    common: bool  # a one-word match that is also a common word or given name (بيان، علي)


def _need(m: Mention, entry: KBEntry, cand: Candidate, ctx: Context) -> str | None:
    if m.common:
        return "common"
    generated = entry.id in ctx.generated
    if generated and _clipped(m.match, entry):
        return "clipped"
    return needs_context(entry, cand, generated=generated)


def _clipped(match: Match, entry: KBEntry) -> bool:
    """A one-word place name reached only through a proclitic split: a short one, not a big
    place; or any reached through ف, or through و when و + the name reads as an accusative
    nisba adjective (وزاريا: ministerial, not و + Zaria; إير فرانس is no ف + Reims)."""
    if not match.prefix or len(match.key) != 1 or not entry.is_place or entry.type == "COUNTRY":
        return False
    if match.prefix == "ف" or (match.prefix == "و" and match.key[0].endswith("يا")):
        return True
    return len(match.key[0]) <= CLIPPED_STEM and (entry.population or 0) < CLIPPED_PLACE


def _choose(
    m: Mention, pairs: list[tuple[KBEntry, Candidate]], ctx: Context
) -> tuple[KBEntry, Candidate, str] | None:
    """The best-scoring candidate, or None when a name that needs context lacks it. After a
    place head (مدينة ليفربول) only places compete."""
    if m.head == "place_head" and any(e.is_place for e, _c in pairs):
        pairs = [(e, c) for e, c in pairs if e.is_place]
    ranked = []
    for entry, cand in pairs:
        ctx_score, reasons = score(entry, m.sentence, m.head, ctx)
        ranked.append((ctx_score + _prior(entry, cand), ctx_score, reasons, entry, cand))
    ranked.sort(key=lambda r: (-r[0], r[3].id))
    _, _score, reasons, entry, cand = ranked[0]
    if not supported(_need(m, entry, cand, ctx), entry, m.head, ctx):
        return None
    if reasons:
        return entry, cand, "; ".join(reasons)
    return entry, cand, "population/name prior" if len(pairs) > 1 else "only candidate"


def resolve(kb: KnowledgeBase, mentions: Sequence[Mention], *, sport: bool = False) -> list[Resolved]:
    """Pick one entry per mention (dropping unsupported ones), in text order; `sport` for a
    sports text."""
    ctx = Context(sport=sport, generated=kb.generated)
    chosen: dict[int, Resolved] = {}
    entries = [_entries(kb, m) for m in mentions]
    for i, (m, pairs) in enumerate(zip(mentions, entries, strict=True)):
        if len(pairs) == 1 and not _need(m, pairs[0][0], pairs[0][1], ctx):
            entry, cand = pairs[0]
            chosen[i] = Resolved(m.match, entry, cand.via, cand.surface, "unambiguous name")
            ctx.note(entry, m.sentence)
    _from_context(mentions, entries, chosen, ctx)
    return [chosen[i] for i in sorted(chosen)]


def _listed_country(
    i: int, mentions: Sequence[Mention], pairs: list[tuple[KBEntry, Candidate]], chosen: dict[int, Resolved]
) -> tuple[KBEntry, Candidate] | None:
    """A country reading of mention i when it stands in a list joined by و with a country
    on either side (أعلنت مالي وبوركينا فاسو، موريتانيا ومالي): a word like مالي is then the state."""
    country = next(((e, c) for e, c in pairs if e.type == "COUNTRY"), None)
    if country is None:
        return None
    m = mentions[i].match
    before, after = chosen.get(i - 1), chosen.get(i + 1)
    joined_before = before is not None and m.prefix == "و" and before.match.last + 1 == m.first and before.entry.type == "COUNTRY"
    joined_after = after is not None and after.match.prefix == "و" and m.last + 1 == after.match.first and after.entry.type == "COUNTRY"
    return country if joined_before or joined_after else None


def _from_context(
    mentions: Sequence[Mention], entries: list[list[tuple[KBEntry, Candidate]]], chosen: dict[int, Resolved], ctx: Context
) -> None:
    """Resolve the other mentions (`entries`: the candidate entries of each) from context.
    Names resolved so become context for the rest, earlier and later: a second round runs
    when the first resolved something."""
    pending = [i for i in range(len(mentions)) if i not in chosen]
    for _ in range(2):
        before = len(chosen)
        for i in pending:
            m, pairs = mentions[i], entries[i]
            picked = _choose(m, pairs, ctx) if pairs and i not in chosen else None
            if picked is None and i not in chosen and (country := _listed_country(i, mentions, pairs, chosen)) is not None:
                picked = (country[0], country[1], "listed with other countries (موريتانيا ومالي والسنغال)")
            if picked is not None:
                chosen[i] = Resolved(m.match, picked[0], picked[1].via, picked[1].surface, picked[2])
                ctx.note(picked[0], m.sentence)
        pending = [i for i in pending if i not in chosen]
        if len(chosen) == before or not pending:
            return
