"""Content hashes and near-duplicate detection (MinHash LSH over word shingles).

The content hash is the sha256 of the article's normalised matching text (its words
joined by one space), so copies differing only in spelling variants, diacritics or spacing
share it. Near-duplicates (syndicated wire copy with a changed headline or sentence) are
found with datasketch MinHash signatures over word 3-shingles and locality-sensitive
hashing done in the database: each signature is cut into bands whose keys are stored in
`article_bands`, so lookups cost one indexed query, memory stays flat as the corpus
grows, and concurrent ingests see each other's articles.

The signatures are datasketch's (its default `affine32` scheme, seed 1, its permutations),
computed here in a few numpy operations per text instead of through a `MinHash` object:
the values are the same, byte for byte (tested against datasketch on generated articles
and random sets).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from hashlib import sha1 as _sha1
from typing import AnyStr

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
# Articles read from one band's bucket per look-up (see `SqlStore._near`).
BUCKET_READ = 16
_WORD = re.compile(r"\w+")
# datasketch's default scheme since 2.0, named: `_minhash` reproduces this one, whatever later defaults.
_PROTO = MinHash(num_perm=NUM_PERM, scheme="affine32")
_DTYPE = _PROTO.hashvalues.dtype
# datasketch's permutations h -> (a * h + b) mod 2**32, and the signature of the empty set.
_A, _B = (np.asarray(values, dtype=np.uint32) for values in _PROTO.permutations)
_EMPTY = _PROTO.hashvalues.tobytes()
# The MurmurHash3 32-bit finalizer that datasketch applies to each hash before permuting.
_FMIX = ((16, 0x85EBCA6B), (13, 0xC2B2AE35))


def words(text: str) -> list[str]:
    """The normalised words of a text (`fold_text`, the same folding as `normalize_key`,
    without `normalize_key`'s cache, which is meant for short lexicon entries)."""
    return _WORD.findall(fold_text(text))


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text, whitespace and punctuation ignored."""
    return fingerprint(text)[0]


def fingerprint(text: str) -> tuple[str, bytes]:
    """The content hash and the MinHash signature (bytes) of a text.

    The shingles are cut from the UTF-8 of the normalised text the hash is made of (its
    words joined by one space, none containing a space): the same strings as `shingles`
    gives, encoded, without encoding each one."""
    joined = " ".join(words(text)).encode("utf-8")
    return hashlib.sha256(joined).hexdigest(), _signature(_grams(joined.split(b" "), b" "))


def shingles(found: list[str]) -> set[str]:
    """The word SHINGLE-grams of a text's words (all its words as one when it has fewer)."""
    return _grams(found, " ")


def _grams(found: Sequence[AnyStr], space: AnyStr) -> set[AnyStr]:
    """The SHINGLE-grams of words, joined by `space` (str or UTF-8 bytes alike); all the
    words as one when there are fewer (b"".split(b" ") == [b""]: a text without words)."""
    if len(found) < SHINGLE:
        return {space.join(found)}
    return set(map(space.join, zip(*(found[i:] for i in range(SHINGLE)), strict=False)))  # the last tail ends it


def signature(items: set[str]) -> bytes:
    """The datasketch MinHash signature of a set of strings (as `MinHash(num_perm=NUM_PERM)`
    updated with their UTF-8 gives)."""
    return _signature(item.encode("utf-8") for item in items)


def _signature(items: Iterable[bytes]) -> bytes:
    """The signature of byte strings: their SHA-1 digests, hashed in one go."""
    return _minhash(b"".join([_sha1(item).digest() for item in items]))


def _minhash(digests: bytes) -> bytes:
    """The signature of the items whose SHA-1 digests (20 bytes each) are concatenated.

    What datasketch's `MinHash.update_batch` does with its default hash function
    (`sha1_hash32`: the first 4 bytes of the SHA-1, little-endian) and scheme, in one go:
    each hash is mixed by the MurmurHash3 finalizer, permuted by every (a, b) modulo 2**32,
    and the signature keeps each permutation's minimum."""
    if not digests:
        return _EMPTY
    hv = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)  # the first 4 bytes of each
    for shift, multiplier in _FMIX:
        hv ^= hv >> np.uint32(shift)
        hv *= np.uint32(multiplier)
    hv ^= hv >> np.uint32(16)
    return (np.multiply.outer(hv, _A) + _B).min(axis=0).tobytes()


def bands(sig: bytes) -> list[str]:
    """The LSH band keys of a signature ('<band>:<hex of its values>')."""
    digits, width = sig.hex(), 2 * ROWS * _DTYPE.itemsize
    return [f"{b}:{digits[b * width : (b + 1) * width]}" for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    left, right = np.frombuffer(a, dtype=_DTYPE), np.frombuffer(b, dtype=_DTYPE)
    return float(np.mean(left == right)) if len(left) == len(right) else 0.0
