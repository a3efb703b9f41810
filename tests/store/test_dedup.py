"""Content hashes and near-duplicate signatures."""

from __future__ import annotations

import hashlib
import random

from datasketch import MinHash
from hypothesis import given
from hypothesis import strategies as st

from marsad.store.dedup import (
    MIN_BANDS,
    NUM_PERM,
    THRESHOLD,
    bands,
    content_hash,
    fingerprint,
    shingles,
    signature,
    similarity,
    words,
)

from .samples import OTHER, TEXT
from .test_store import WIRE

HARAKAT = "\u064e\u064f\u0650\u0651\u0652\u0640"


@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.sampled_from(HARAKAT)), max_size=12))
def test_dedup_hash_ignores_diacritics_and_tatweel(marks: list[tuple[int, str]]) -> None:
    text = TEXT
    for pos, mark in sorted(marks, reverse=True):
        text = text[:pos] + mark + text[pos:]
    assert content_hash(text) == content_hash(TEXT)


def test_dedup_hash_folds_spelling_and_spacing() -> None:
    variant = TEXT.replace("إن", "ان").replace("،", " ، ").replace(" ", "\n", 2)
    assert content_hash(variant) == content_hash(TEXT)
    assert content_hash(TEXT.replace("خمسة", "ستة")) != content_hash(TEXT)


def shared_bands(a: str, b: str) -> int:
    """Number of LSH band keys two texts share."""
    return len(set(bands(fingerprint(a)[1])) & set(bands(fingerprint(b)[1])))


def test_dedup_signatures_find_an_edited_copy_only() -> None:
    edited = WIRE.replace("شعبية", "مركزية")
    assert similarity(fingerprint(WIRE)[1], fingerprint(edited)[1]) >= THRESHOLD
    assert shared_bands(WIRE, edited) >= MIN_BANDS
    assert similarity(fingerprint(WIRE)[1], fingerprint(OTHER)[1]) < THRESHOLD
    assert shared_bands(WIRE, OTHER) < MIN_BANDS


@given(st.sets(st.text(max_size=30), max_size=40))
def test_signature_is_datasketchs_minhash(items: set[str]) -> None:
    reference = MinHash(num_perm=NUM_PERM)  # its default hash function, one call per item
    reference.update_batch([item.encode("utf-8") for item in items])
    assert signature(items) == reference.hashvalues.tobytes()


@given(st.lists(st.sampled_from(["قال", "الجيش", "في", "غزة", "x"]), max_size=12))
def test_shingles_are_the_word_trigrams(found: list[str]) -> None:
    expected = {" ".join(found[i : i + 3]) for i in range(max(1, len(found) - 2))}
    assert shingles(found) == expected


def test_shingles_of_short_texts() -> None:
    assert shingles([]) == {""}
    assert shingles(["a", "b"]) == {"a b"}
    assert shingles(["a", "b", "c", "a", "b", "c"]) == {"a b c", "b c a", "c a b"}


def reference_fingerprint(text: str) -> tuple[str, bytes]:
    """The content hash and signature as made before the numpy MinHash: a datasketch
    `MinHash` updated with the UTF-8 of each shingle (its default hash function and scheme)."""
    found = words(text)
    reference = MinHash(num_perm=NUM_PERM)
    reference.update_batch([item.encode("utf-8") for item in shingles(found)])
    return hashlib.sha256(" ".join(found).encode("utf-8")).hexdigest(), reference.hashvalues.tobytes()


VOCABULARY = [
    "قال", "مسؤول", "محلي", "إن", "الجيش", "قصف", "أمس", "قرية", "قرب", "حلب", "ما", "أسفر",
    "عن", "مقتل", "خمسة", "مدنيين", "ووصف", "ناشطون", "القصف", "بأنه", "مجزرة", "وحشية",
    "عمّان", "الحدود", "12", "١٥", "وأكدت", "الإسرائيلية", "غزة", "الفاشر،", "؛", ".", "«",
    "»", "-", "x2", "foo_bar",
]


def test_fingerprint_is_datasketchs_on_many_articles() -> None:
    # 1,500 seeded articles of 0 to 700 words, repeated phrases included (equal shingles).
    rng = random.Random(7)
    for n in range(1500):
        size = rng.choice((0, 1, 2, 3, 4, 10, 50, 300, 700)) if n % 3 else rng.randrange(700)
        found = [rng.choice(VOCABULARY) for _ in range(size)]
        if size > 20:
            found[size // 2 : size // 2 + 10] = found[:10]
        text = rng.choice((" ", "  ", "\n", "، ")).join(found)
        assert fingerprint(text) == reference_fingerprint(text), text


@given(st.lists(st.sampled_from([*VOCABULARY[:12], " ", "\u064e", "،", "x", "\u200f"]), max_size=60))
def test_fingerprint_is_datasketchs(parts: list[str]) -> None:
    text = "".join(parts)
    assert fingerprint(text) == reference_fingerprint(text)


@given(st.text(max_size=80))
def test_fingerprint_of_any_text_is_datasketchs(text: str) -> None:
    assert fingerprint(text) == reference_fingerprint(text)


def test_fingerprint_of_samples_is_datasketchs() -> None:
    for text in (TEXT, OTHER, WIRE, "", "قال", "قال الجيش", "٠١٢"):
        assert fingerprint(text) == reference_fingerprint(text)
    assert signature(set()) == MinHash(num_perm=NUM_PERM).hashvalues.tobytes()  # never updated
