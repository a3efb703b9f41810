"""Document: normalised view, tokens, and sentence lookups in original offsets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from marsad.document import Document
from marsad.model import Sentence
from marsad.resources import Resources
from marsad.text.sentences import SentenceSplitter
from text.strategies import any_text

TEXT = "أعلنت الحكومةُ حظرَ التجوّل. وقال المتحدث إن ١٬٢٠٠ عنصر انتشروا؟ نعم."


def _doc(text: str = TEXT) -> Document:
    doc = Document(text=text, id="d1", published=dt.date(2024, 5, 2))
    SentenceSplitter(Resources())(doc)
    return doc


def test_document_keeps_the_original_text_and_maps_the_normalised_one() -> None:
    doc = _doc()
    assert doc.text == TEXT
    assert "الحكومه" in doc.norm.text
    start = doc.norm.text.index("الحكومه")
    a, b = doc.norm.to_original(start, start + len("الحكومه"))
    assert TEXT[a:b] == "الحكومةُ"


def test_sentences_and_sentence_of() -> None:
    doc = _doc()
    assert [TEXT[s.start : s.end] for s in doc.sentences] == [
        "أعلنت الحكومةُ حظرَ التجوّل.",
        "وقال المتحدث إن ١٬٢٠٠ عنصر انتشروا؟",
        "نعم.",
    ]
    assert doc.sentence_of(0) == 0
    assert doc.sentence_of(TEXT.index("المتحدث")) == 1
    assert doc.sentence_of(TEXT.index("نعم")) == 2
    assert doc.sentence_of(TEXT.index(" وقال")) == 0  # the gap belongs to the sentence before


def test_sentence_tokens() -> None:
    doc = _doc()
    middle = doc.sentence_tokens(1)
    assert [t.text(TEXT) for t in middle][:3] == ["وقال", "المتحدث", "إن"]
    assert middle[-1].norm == "؟"
    assert any(t.kind == "number" and t.norm == "1,200" for t in middle)
    assert sum(len(doc.sentence_tokens(i)) for i in range(len(doc.sentences))) == len(doc.tokens)


def test_to_analysis_carries_metadata_and_layers() -> None:
    doc = _doc()
    analysis = doc.to_analysis()
    assert analysis.doc.id == "d1"
    assert analysis.doc.published == "2024-05-02"
    assert analysis.doc.length == len(TEXT)
    assert analysis.sentences == doc.sentences


def test_sentence_of_without_sentences_is_zero() -> None:
    doc = Document(text="نص", id="x")
    assert doc.sentence_of(1) == 0


@pytest.mark.parametrize("offset", [0, 5, 100])
def test_sentence_of_single_sentence(offset: int) -> None:
    doc = Document(text="جملة واحدة فقط", id="x")
    doc.sentences = [Sentence(index=0, start=0, end=14)]
    assert doc.sentence_of(offset) == 0


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_every_token_lies_in_the_sentence_that_holds_it(text: str) -> None:
    doc = _doc(text)
    seen = 0
    for i, sentence in enumerate(doc.sentences):
        for tok in doc.sentence_tokens(i):
            assert sentence.start <= tok.start < sentence.end
            assert doc.sentence_of(tok.start) == i
        seen += len(doc.sentence_tokens(i))
    assert seen == len(doc.tokens)
