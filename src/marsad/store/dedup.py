"""Content hashes and near-duplicate detection (MinHash LSH over word shingles).

The content hash is the sha256 of the article's normalised matching text (its words
joined by one space), so copies differing only in spelling variants, diacritics or spacing
share it. Near-duplicates (syndicated wire copy with a changed headline or sentence) are
found with datasketch MinHash signatures over word 3-shingles and locality-sensitive
hashing done in the database: each signature is cut into bands whose keys are stored in
`article_bands`, so lookups cost one indexed query, memory stays flat as the corpus
grows, and concurrent ingests see each other's articles.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

from marsad.text.normalize import fold_text

NUM_PERM = 128
SHINGLE = 3
# Jaccard similarity of shingle sets above which two articles are one story copied.
THRESHOLD = 0.7
# 32 bands of 4 values: a pair at similarity 0.7 shares on average 32 * 0.7**4 = 7.7 bands,
# an unrelated pair almost none; two shared bands make a candidate, then checked in full.
BANDS, ROWS, MIN_BANDS = 32, 4, 2
_WORD = re.compile(r"\w+")
_PROTO = MinHash(num_perm=NUM_PERM)
_DTYPE, _SCHEME = _PROTO.hashvalues.dtype, _PROTO.scheme


def words(text: str) -> list[str]:
    """The normalised words of a text (`fold_text`, the same folding as `normalize_key`,
    without `normalize_key`'s cache, which is meant for short lexicon entries)."""
    return _WORD.findall(fold_text(text))


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text, whitespace and punctuation ignored."""
    return fingerprint(text)[0]


def fingerprint(text: str) -> tuple[str, bytes]:
    """The content hash and the MinHash signature (bytes) of a text."""
    found = words(text)
    digest = hashlib.sha256(" ".join(found).encode("utf-8")).hexdigest()
    return digest, signature(shingles(found))


def shingles(found: list[str]) -> set[str]:
    """The word SHINGLE-grams of a text's words (all its words as one when it has fewer)."""
    if len(found) < SHINGLE:
        return {" ".join(found)}
    return set(map(" ".join, zip(*(found[i:] for i in range(SHINGLE)), strict=False)))  # the last tail ends it


def signature(items: set[str]) -> bytes:
    """The datasketch MinHash signature of a set of strings, hashed as its default `sha1_hash32`
    does (the first 4 bytes of SHA-1, little-endian) but in one pass instead of a Python call
    per string, then given to it as integers (`hashfunc=int` keeps them as they are)."""
    digests = b"".join([hashlib.sha1(item.encode("utf-8")).digest()[:4] for item in items])
    # Sharing the prototype's permutations skips the slow part of building a MinHash.
    minhash = MinHash(num_perm=NUM_PERM, permutations=_PROTO.permutations, scheme=_SCHEME, hashfunc=int)
    minhash.update_batch(np.frombuffer(digests, dtype="<u4").tolist())
    return bytes(minhash.hashvalues.tobytes())


def bands(sig: bytes) -> list[str]:
    """The LSH band keys of a signature ('<band>:<hex of its values>')."""
    digits, width = sig.hex(), 2 * ROWS * _DTYPE.itemsize
    return [f"{b}:{digits[b * width : (b + 1) * width]}" for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    left, right = np.frombuffer(a, dtype=_DTYPE), np.frombuffer(b, dtype=_DTYPE)
    return float(np.mean(left == right)) if len(left) == len(right) else 0.0
