"""Scoring cross-outlet incident linking on a test set of article groups (`marsad evaluate linking`).

The set is JSON Lines (`*.jsonl` in a folder): one group per line with `kind` ("same" or
"near_miss"), `phenomenon` and `articles` (id, outlet, published, text, gold `incident`
key and `type`). All articles are linked together; two articles count as linked when
they share an incident whose type is one of their gold types. Pairwise precision/recall/F1
is over every pair of articles; the near-miss false-link rate is over near-miss pairs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from marsad.corpus.model import ArticleInfo, Incident
from marsad.model import Analysis


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One test article with its gold incident."""

    id: str
    outlet: str
    published: str
    text: str
    incident: str
    type: str
    group: str
    kind: str
    phenomenon: str


@dataclass(slots=True)
class LinkScore:
    """Pairwise link counts and the near-miss false links by phenomenon."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    near_pairs: int = 0
    near_linked: int = 0
    false_by_phenomenon: Counter[str] = field(default_factory=Counter)
    missed_by_group: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted links that are gold links."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold links found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def near_miss_rate(self) -> float:
        """Share of near-miss pairs wrongly linked."""
        return self.near_linked / self.near_pairs if self.near_pairs else 0.0


def read_set(directory: Path) -> list[GoldArticle]:
    """Every article of every `*.jsonl` group file in the folder."""
    out: list[GoldArticle] = []
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            group = json.loads(line)
            out.extend(
                GoldArticle(a["id"], a["outlet"], a["published"], a["text"], a["incident"], a["type"],
                            group["group"], group["kind"], group.get("phenomenon", ""))
                for a in group["articles"]
            )
    return out


def analyse(
    articles: list[GoldArticle], analyze: Callable[[GoldArticle], Analysis]
) -> Iterator[tuple[ArticleInfo, Analysis]]:
    """(ArticleInfo, Analysis) pairs for the test articles."""
    for a in articles:
        info = ArticleInfo(id=a.id, content_hash=a.id, published=a.published, outlet=a.outlet,
                           outlets=[a.outlet], length=len(a.text), duplicate_of=None)
        yield info, analyze(a)


def _linked(incidents: list[Incident]) -> dict[tuple[str, str], set[str]]:
    """Types of the incidents each pair of articles shares."""
    shared: dict[tuple[str, str], set[str]] = {}
    for inc in incidents:
        for x, y in combinations(sorted(inc.articles), 2):
            shared.setdefault((x, y), set()).add(inc.type)
    return shared


def score(articles: list[GoldArticle], incidents: list[Incident]) -> LinkScore:
    """Pairwise link scores of predicted incidents against the gold keys."""
    shared = _linked(incidents)
    result = LinkScore()
    for a, b in combinations(sorted(articles, key=lambda g: g.id), 2):
        gold = a.incident == b.incident
        pred = bool(shared.get((a.id, b.id), set()) & {a.type, b.type})
        result.tp += gold and pred
        result.fp += pred and not gold
        result.fn += gold and not pred
        if gold and not pred:
            result.missed_by_group.append(f"{a.id}~{b.id}")
        if a.group == b.group and a.kind == "near_miss" and not gold:
            result.near_pairs += 1
            result.near_linked += pred
            if pred:
                result.false_by_phenomenon[a.phenomenon] += 1
    return result
