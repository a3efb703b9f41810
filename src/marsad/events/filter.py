"""Statistical report filter: tells a sentence that reports an event from one that
merely mentions it (condemnations, calls, plans, titles, metaphors, generalities).

A logistic regression over sparse string features (trigger lemmas, cues, rule
factuality, words of the sentence), trained in pure Python on the GSR dev data and the
project's own news-style sentences (`data/ar/events_filter_train.tsv`) and shipped as
`data/ar/events_filter.yaml` with its model card `data/ar/events_filter.md`. It only
downgrades `asserted`/`reported` events of the types it was trained on to `generic`;
rule decisions (negated, planned...) stay.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import Final

from marsad.events.triggers import TokInfo
from marsad.resources import DataFile, load_packaged

CUE_REACH: Final = 6
NUMBER_REACH: Final = 4
FILTER_FILE: Final = "ar/events_filter.yaml"
# Cue classes that say how a sentence presents an event (reporting, plans, conditions,
# condemnations, casualty words ...): the filter's cue features. The classes that only
# help read noun phrases and arguments (adjective, partitive, munition ...) are left out:
# they tell nothing of report vs mention and only add noise to a small training set.
SENTENCE_CUES: Final = frozenset({
    "light", "undergo", "report", "plan", "future", "condition", "negation", "denial",
    "condemn", "call", "habitual", "claim", "agent", "past", "function", "target_prep",
    "place_prep", "military", "nontrigger", "crowd", "victim", "preposition", "relative",
    "operation",
})
# Feature names of the cues in a sentence and shortly before a head, built once.
_CUE_FEATURES: Final = {cue: f"c:{cue}" for cue in SENTENCE_CUES}
_CUE_BEFORE_FEATURES: Final = {cue: f"cb:{cue}" for cue in SENTENCE_CUES}
_RELATIVES: Final = frozenset({"الذي", "التي", "الذين"})


@dataclass
class FilterModel:
    """Per-type bias, threshold and feature weights."""

    bias: dict[str, float] = field(default_factory=dict)
    threshold: dict[str, float] = field(default_factory=dict)
    weights: dict[str, dict[str, float]] = field(default_factory=dict)

    def score(self, type_: str, feats: Iterable[str], base: float = 0.0) -> float | None:
        """Probability that the sentence reports the event, from its features plus `base`
        (the weights of other features, already summed); None for untrained types."""
        if type_ not in self.bias:
            return None
        z = self.bias[type_] + base + self.weigh(type_, feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def weigh(self, type_: str, feats: Iterable[str]) -> float:
        """The sum of the features' weights for type_ (unknown features weigh 0), exact
        and so independent of the order a set yields them in."""
        weights = self.weights.get(type_)
        return math.fsum(map(weights.get, feats, repeat(0.0))) if weights else 0.0


def load_filter(data: DataFile | None = None) -> FilterModel:
    """Read the shipped (or given) filter model."""
    data = data or load_packaged(FILTER_FILE)
    model = FilterModel()
    for row in data.header.get("types", []):
        model.bias[row["type"]] = float(row["bias"])
        model.threshold[row["type"]] = float(row["threshold"])
        model.weights[row["type"]] = {}
    for e in data.entries:
        model.weights[str(e["type"])][str(e["feature"])] = float(e["weight"])
    return model


def _head_features(infos: list[TokInfo], norms: list[str], head: int) -> set[str]:
    """Context of the head: neighbouring words, proclitic, ending, nearby numbers
    (`norms`: the sentence's normalised tokens, read by slices)."""
    norm = norms[head]
    feats = {
        f"hs:{norm[-2:]}",
        f"hp:{norm[:2] if norm.startswith(('ال', 'وال', 'بال', 'لل')) else norm[:1]}",
    }
    if head > 0:
        feats.add(f"prev:{norms[head - 1]}")
    if head + 1 < len(norms):
        feats.add(f"next:{norms[head + 1]}")
    before = norms[:head]
    if before.count("«") > before.count("»"):
        feats.add("inquote")  # titles, slogans and quoted speech
    if not _RELATIVES.isdisjoint(norms[max(0, head - 3) : head]):
        feats.add("relative")  # "الهجوم الذي ..." refers back to a known event
    near = infos[max(0, head - NUMBER_REACH) : head + NUMBER_REACH + 1]
    if any(i.token.kind == "number" or "crowd" in i.cues for i in near):
        feats.add("numnear")
    for info in infos[max(0, head - CUE_REACH) : head]:
        for cue in info.cues:
            if cue in _CUE_BEFORE_FEATURES:
                feats.add(_CUE_BEFORE_FEATURES[cue])
    return feats


@lru_cache(maxsize=65536)
def _word_feature(norm: str) -> str:
    """The feature of a word (one string per word, its hash kept, not one per sentence)."""
    return f"w:{norm}"


def sentence_features(infos: list[TokInfo]) -> frozenset[str]:
    """The features every event of a sentence shares: its words, numbers, some
    punctuation, cue classes, length, and whether it opens with a number or names a year.
    Computed once per sentence; `event_features` gives each event's own."""
    feats: set[str] = {f"len:{min(len(infos) // 15, 4)}"}
    for info in infos:
        tok = info.token
        if tok.kind == "word":
            feats.add(_word_feature(tok.norm))
        elif tok.kind == "number":
            feats.add("num")
            if len(tok.norm) == 4 and tok.norm[:2] in ("19", "20"):
                feats.add("year")
        elif tok.norm in ("?", "؟", "«", '"'):
            feats.add(f"p:{tok.norm}")
        for cue in info.cues:
            if cue in _CUE_FEATURES:
                feats.add(_CUE_FEATURES[cue])
    if infos and infos[0].token.kind == "number":
        feats.add("starts_number")  # timelines and lists
    return frozenset(feats)


def event_features(
    infos: list[TokInfo],
    norms: list[str],
    head: int,
    ids: Sequence[str],
    kind: str,
    rule: str,
    extra: Collection[str] = (),
) -> set[str]:
    """Sparse features of one event candidate that its sentence's (`sentence_features`)
    do not give: lemmas, form, rule, the head's context and `extra`."""
    feats = {f"e:{i}" for i in ids} | {f"k:{kind}", f"r:{rule}", f"n:{min(len(ids), 3)}"}
    feats |= _head_features(infos, norms, head)
    feats.update(extra)
    feats.add(f"pos:{min(head // 5, 3)}")
    return feats


def train(
    samples: Sequence[tuple[list[str], int]],
    *,
    epochs: int = 15,
    l2: float = 1e-1,
    rate: float = 0.1,
    min_count: int = 2,
    seed: int = 13,
) -> tuple[float, dict[str, float]]:
    """Fit (bias, weights) by SGD on the log loss with L2; rare features are dropped."""
    counts = Counter(f for feats, _ in samples for f in feats)
    keep = [([f for f in feats if counts[f] >= min_count], y) for feats, y in samples]
    bias, w = 0.0, dict.fromkeys((f for f, c in counts.items() if c >= min_count), 0.0)
    order = list(range(len(keep)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch * 0.2)
        for i in order:
            feats, y = keep[i]
            z = bias + sum(w[f] for f in feats)
            g = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            bias -= step * g
            for f in feats:
                w[f] -= step * (g + l2 * w[f])
    return bias, {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3}
