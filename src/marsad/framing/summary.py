"""The per-article `Summary` (sentence kinds, sources, framing density, top loaded terms)
and `summary_lines`, its plain-text rendering for the CLI table view."""

from __future__ import annotations

from collections import Counter
from collections.abc import Reversible
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from marsad.model import Analysis, Attribution, SourceSummary, Summary, TermCount
from marsad.text.normalize import normalize_key
from marsad.trusted import trusted

if TYPE_CHECKING:
    from marsad.document import Document

KIND_ORDER: Final = ("report", "attributed", "opinion", "prediction", "question")
FRAMING_ORDER: Final = ("loaded_term", "distancing", "evaluative", "prediction", "unsourced_claim")
TOP_TERMS: Final = 10
TERMS_EXTRA: Final = "framing.terms"  # doc.extras key: (start, end) of a loaded term -> lexicon term
MEMO_SIZE: Final = 100_000  # distinct source texts whose normalised keys are remembered
_SOURCE_KEYS: Final[dict[str, str]] = {}  # source text -> normalize_key(text)
_KIND: Final = attrgetter("kind")


def build_summary(doc: Document) -> Summary:
    """Summarise a fully analysed document."""
    token_kinds = list(map(_KIND, doc.tokens))  # counted at C speed: a document has hundreds of tokens
    words = token_kinds.count("word") + token_kinds.count("latin")
    kinds: Counter[str] = Counter(s.kind for s in doc.sentences if s.kind)
    total = sum(kinds.values()) or 1
    framing: Counter[str] = Counter(f.kind for f in doc.framing)
    return trusted(
        Summary,
        words=words,
        sentence_counts={k: kinds[k] for k in KIND_ORDER if kinds[k]},
        sentence_shares={k: round(kinds[k] / total, 3) for k in KIND_ORDER if kinds[k]},
        sources=_sources(doc),
        framing_counts={k: framing[k] for k in FRAMING_ORDER if framing[k]},
        framing_density=round(100 * len(doc.framing) / words, 2) if words else 0.0,
        top_loaded_terms=_top_terms(doc),
    )


def _sources(doc: Document) -> list[SourceSummary]:
    """One entry per distinct source (by entity, else by normalised words), by first mention."""
    first: dict[str, Attribution] = {}
    claims: Counter[str] = Counter()
    for a in doc.attributions:
        key = a.source.entity or _antecedent(_source_key(a.source.text), first.keys())
        first.setdefault(key, a)
        claims[key] += 1
    return [
        trusted(
            SourceSummary, text=a.source.text, kind=a.source_kind, entity=a.source.entity,
            name_en=a.source.name_en, claims=claims[key],
        )
        for key, a in first.items()
    ]


def _source_key(text: str) -> str:
    """`normalize_key` of a source's words, memoised: articles name the same sources over
    and over, and normalising is a loop over characters."""
    key = _SOURCE_KEYS.get(text)
    if key is None:
        key = normalize_key(text)
        if len(_SOURCE_KEYS) < MEMO_SIZE:
            _SOURCE_KEYS[text] = key
    return key


def _antecedent(key: str, earlier: Reversible[str]) -> str:
    """The earlier source a bare definite head refers back to (الوزارة -> وزارة الصحة)."""
    if " " in key or not key.startswith("ال"):
        return key
    return next((k for k in reversed(earlier) if k.split()[0] == key[2:]), key)


def _top_terms(doc: Document) -> list[TermCount]:
    """The most frequent loaded terms in the outlet's own voice."""
    canonical: dict[tuple[int, int], str] = doc.extras.get(TERMS_EXTRA, {})
    counts: Counter[str] = Counter()
    neutral: dict[str, str | None] = {}
    for f in doc.framing:
        if f.kind == "loaded_term" and f.voice == "outlet":
            term = canonical.get((f.start, f.end), normalize_key(f.text))
            counts[term] += 1
            neutral.setdefault(term, f.neutral)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
    return [trusted(TermCount, term=k, neutral=neutral[k], count=n) for k, n in ranked]


def summary_lines(analysis: Analysis) -> list[str]:
    """Plain-text lines describing an analysis' summary (for `--format table`)."""
    s = analysis.summary
    if s is None:
        return []
    shares = ", ".join(f"{k} {s.sentence_counts[k]} ({s.sentence_shares[k]:.0%})" for k in s.sentence_counts)
    lines = [f"sentences: {shares or 'none'}"]
    for src in s.sources:
        name = f" = {src.name_en}" if src.name_en else ""
        lines.append(f"source: {src.text}{name} [{src.kind}] claims: {src.claims}")
    counts = ", ".join(f"{k} {n}" for k, n in s.framing_counts.items())
    lines.append(f"framing: {s.framing_density:.2f} per 100 words ({counts or 'none'})")
    for t in s.top_loaded_terms:
        alt = f" -> {t.neutral}" if t.neutral else ""
        lines.append(f"loaded term: {t.term} x{t.count}{alt}")
    return lines
