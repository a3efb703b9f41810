"""Explaining how a surface form links to the KB (`marsad kb lookup NAME`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from marsad.document import Document
from marsad.kb.loader import KnowledgeBase
from marsad.kb.schema import KBEntry
from marsad.recognize.disambiguate import Context, needs_context, score
from marsad.recognize.entities import get_cues, recognize
from marsad.recognize.linker import find_matches
from marsad.resources import Resources


@dataclass(frozen=True, slots=True)
class CandidateView:
    """One entry a matched phrase may name, with its context score for this text."""

    entry: KBEntry
    via: str
    listed_as: str
    origin: str
    score: float
    needs_context: bool


@dataclass(frozen=True, slots=True)
class MatchView:
    """One phrase found in the looked-up text, its candidates and the final decision."""

    text: str
    clitic: str | None
    key: str
    candidates: tuple[CandidateView, ...]
    chosen: str | None
    rule: str | None


def _candidates(kb: KnowledgeBase, match_cands: tuple, ctx: Context) -> tuple[CandidateView, ...]:
    views = []
    for cand in match_cands:
        entry = kb.get(cand.kb_id)
        if entry is not None:
            s, _ = score(entry, 0, None, ctx)
            views.append(CandidateView(entry, cand.via, cand.surface, kb.origin[entry.id], s,
                                       needs_context(entry, cand, generated=entry.id in kb.generated) is not None))
    return tuple(views)


def lookup(text: str, resources: Resources) -> Iterator[MatchView]:
    """Every KB phrase in `text` with its candidates, and the entity the recogniser outputs."""
    from marsad.kb.store import get_index, get_kb

    kb, index = get_kb(resources), get_index(resources)
    doc = Document(text=text, id="lookup")
    found = {f.nstart: f for f in recognize(doc, kb, index, get_cues(resources))}
    for match in find_matches(index, doc.tokens):
        start, end = doc.norm.to_original(match.nstart, match.nend)
        f = found.get(match.nstart)
        chosen = f.resolved.entry.id if f is not None and f.resolved is not None else None
        rule = str(f.why.get("rule")) if f is not None else "dropped: ambiguous without context"
        yield MatchView(text[start:end], match.prefix or None, " ".join(match.key),
                        _candidates(kb, match.candidates, Context()), chosen, rule)
