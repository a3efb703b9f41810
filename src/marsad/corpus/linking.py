"""Cross-outlet incident linking: events from different articles telling one happening.

`link` is a pure function over (ArticleInfo, Analysis) pairs; `link_store` reads a store,
links, groups stories and writes both back (ingest calls it after each run).

Clustering is greedy average linkage: candidate pairs (same type, close dates) are merged
best-first when every cross pair is compatible (no hard constraint fails, never two
mentions of one article) and their mean score reaches the threshold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import NamedTuple

from marsad.corpus.incidents import build_incident
from marsad.corpus.mentions import Mention, mentions_of
from marsad.corpus.model import ArticleInfo, Incident, Story
from marsad.corpus.similarity import Params, params, score
from marsad.model import Analysis
from marsad.store.base import Store

SCAN_DAYS = 3  # candidate pairs are mentions whose dates are at most this far apart


class _Clusters:
    """Union of mentions with average-linkage merge checks (memoised pair scores)."""

    def __init__(self, mentions: list[Mention], p: Params) -> None:
        self.mentions = mentions
        self.p = p
        self.of = list(range(len(mentions)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
        self._scores: dict[tuple[int, int], float | None] = {}

    def pair(self, i: int, j: int) -> float | None:
        """Memoised score of two mentions."""
        key = (min(i, j), max(i, j))
        if key not in self._scores:
            self._scores[key] = score(self.mentions[key[0]], self.mentions[key[1]], self.p)
        return self._scores[key]

    def try_merge(self, i: int, j: int) -> None:
        """Merge the clusters of i and j when all cross pairs agree."""
        a, b = self.of[i], self.of[j]
        if a == b:
            return
        cross = [self.pair(x, y) for x in self.members[a] for y in self.members[b]]
        if any(s is None for s in cross):
            return
        if sum(s for s in cross if s is not None) / len(cross) < self.p.threshold:
            return
        for x in self.members[b]:
            self.of[x] = a
        self.members[a].extend(self.members.pop(b))

    def confidence(self, members: list[int]) -> float:
        """Mean pair score inside a cluster (1.0 for a single mention)."""
        pairs = [self.pair(x, y) or 0.0 for x, y in combinations(members, 2)]
        return sum(pairs) / len(pairs) if pairs else 1.0


def _candidates(mentions: list[Mention]) -> list[tuple[int, int]]:
    """Pairs of same-type mentions from different articles with close (or unknown) dates.

    Within a type, mentions are sorted by first day and scanned forward only while the next
    one starts at most SCAN_DAYS after the current one ends, so the work stays near-linear.
    """
    by_type: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_type.setdefault(m.type, []).append(i)
    out = []
    for ids in by_type.values():
        dated = sorted((i for i in ids if mentions[i].date_range), key=lambda i: mentions[i].date_range)  # type: ignore[arg-type, return-value]
        undated = [i for i in ids if not mentions[i].date_range]
        for n, i in enumerate(dated):
            end = mentions[i].date_range[1] + dt.timedelta(days=SCAN_DAYS)  # type: ignore[index]
            for j in dated[n + 1 :]:
                if mentions[j].date_range[0] > end:  # type: ignore[index]
                    break
                out.append((i, j))
        out.extend((i, j) for i in undated for j in ids if j != i and (j not in undated or j > i))
    return [(min(i, j), max(i, j)) for i, j in out if mentions[i].article.id != mentions[j].article.id]


def link(
    pairs: Iterable[tuple[ArticleInfo, Analysis]],
    texts: Mapping[str, str] | None = None,
    planned: bool = False,
) -> list[Incident]:
    """Incidents from articles' analyses (texts, by article id, fill report sentences)."""
    mentions = [m for art, an in pairs for m in mentions_of(art, an, planned)]
    mentions.sort(key=lambda m: m.key)
    clusters = _Clusters(mentions, params())
    scored = [(s, i, j) for i, j in _candidates(mentions) if (s := clusters.pair(i, j)) is not None]
    for s, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if s >= clusters.p.threshold:
            clusters.try_merge(i, j)
    incidents = [
        build_incident([mentions[x] for x in members], clusters.confidence(members), dict(texts or {}))
        for members in clusters.members.values()
    ]
    return sorted(incidents, key=lambda inc: (inc.date or "", inc.id))


class LinkResult(NamedTuple):
    """What `link_store` wrote: the incidents and the stories (prints as counts)."""

    incidents: list[Incident]
    stories: list[Story]

    def __str__(self) -> str:
        """'N incidents, M stories'."""
        return f"{len(self.incidents)} incidents, {len(self.stories)} stories"


def link_store(store: Store, planned: bool = False) -> LinkResult:
    """Re-link every analysed article in the store and replace its incidents and stories."""
    from marsad.corpus.stories import build_stories

    pairs = list(store.iter_analyses())
    texts = {art.id: text for art, _ in pairs if (text := store.article_text(art.id)) is not None}
    incidents = link(pairs, texts, planned)
    stories, incidents = build_stories(incidents)
    store.replace_incidents(incidents)
    store.replace_stories(stories)
    return LinkResult(incidents, stories)
