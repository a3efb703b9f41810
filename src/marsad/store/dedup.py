"""Content hashes and near-duplicate detection (MinHash LSH over word shingles).

The content hash is the sha256 of the article's normalised matching text (its words
joined by one space), so copies differing only in spelling variants, diacritics or spacing
share it. Near-duplicates (syndicated wire copy with a changed headline or sentence) are
found with MinHash signatures over word 3-shingles and datasketch's LSH index.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.text.normalize import normalize

NUM_PERM = 128
SHINGLE = 3
# Jaccard similarity of shingle sets above which two articles are one story copied.
THRESHOLD = 0.7
# The LSH bands are tuned lower so that pairs near THRESHOLD are still offered for checking.
CANDIDATE_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")
_PROTO = MinHash(num_perm=NUM_PERM)
_DTYPE, _SCHEME = _PROTO.hashvalues.dtype, _PROTO.scheme


def words(text: str) -> list[str]:
    """The normalised words of a text (`normalize`, the same folding as `normalize_key`,
    without `normalize_key`'s cache, which is meant for short lexicon entries)."""
    return _WORD.findall(normalize(text).text)


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text, whitespace and punctuation ignored."""
    return fingerprint(text)[0]


def fingerprint(text: str) -> tuple[str, bytes]:
    """The content hash and the MinHash signature (bytes) of a text."""
    found = words(text)
    digest = hashlib.sha256(" ".join(found).encode("utf-8")).hexdigest()
    shingles = {" ".join(found[i : i + SHINGLE]) for i in range(max(1, len(found) - SHINGLE + 1))}
    minhash = _new()
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return digest, bytes(minhash.hashvalues.tobytes())


def _new(hashvalues: np.ndarray | None = None) -> MinHash:
    """A MinHash sharing the prototype's permutations (building them is the slow part)."""
    return MinHash(
        num_perm=NUM_PERM, hashvalues=hashvalues, permutations=_PROTO.permutations, scheme=_SCHEME
    )


def _minhash(sig: bytes) -> MinHash:
    """A MinHash rebuilt from stored signature bytes."""
    return _new(np.frombuffer(sig, dtype=_DTYPE))


class NearIndex:
    """An in-memory LSH index of the stored (non-duplicate) articles' signatures."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}

    def add(self, article_id: str, sig: bytes) -> None:
        """Index one article (ignored if already there)."""
        if article_id not in self._hashes:
            minhash = _minhash(sig)
            self._lsh.insert(article_id, minhash)
            self._hashes[article_id] = minhash

    def match(self, sig: bytes) -> str | None:
        """The most similar indexed article above the threshold (ties: smallest id)."""
        query = _minhash(sig)
        scored = [(query.jaccard(self._hashes[key]), key) for key in self._lsh.query(query)]
        scored = [(-score, key) for score, key in scored if score >= THRESHOLD]
        return min(scored)[1] if scored else None
