"""Content hashes and near-duplicate detection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.store.dedup import NearIndex, content_hash, fingerprint

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


def test_dedup_near_index_matches_edited_copy_only() -> None:
    index = NearIndex()
    index.add("wire", fingerprint(WIRE)[1])
    index.add("other", fingerprint(OTHER)[1])
    edited = WIRE.replace("شعبية", "مركزية").replace("العاجل", "الفوري")
    assert index.match(fingerprint(edited)[1]) == "wire"
    assert index.match(fingerprint(TEXT)[1]) is None
