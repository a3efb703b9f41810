"""Clitic segmentation: splits with offsets, lexicon-aware choice, no eaten letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from marsad.resources import load_file, load_packaged
from marsad.text.clitics import (
    CLITICS_FILE,
    MIN_STEM,
    CliticEntry,
    Segmenter,
    load_inventory,
    segment,
    splits,
    stem_candidates,
    stem_span,
)
from marsad.text.normalize import normalize, normalize_key
from marsad.text.tokenize import tokenize_norm

from .strategies import any_text, arabic_word

# A small lexicon of our own, as the rest of the pipeline would know it.
LEXICON = {
    normalize_key(w)
    for w in (
        "بلد", "لبنان", "كركوك", "فلسطين", "وزير", "بغداد", "والي", "قوات", "حكومة",
        "لجنة", "الأمم", "يقوم", "جيش", "الجيش", "مدينة", "سكان", "دعم", "بيت", "وفد",
    )
}  # fmt: skip


def known(stem: str) -> bool:
    return stem in LEXICON


def parts(word: str) -> tuple[str, str, str]:
    s = segment(normalize_key(word), known)
    return s.prefix, s.stem, s.suffix


@pytest.mark.parametrize(
    "word", ["بلد", "لبنان", "كركوك", "فلسطين", "وزير", "بغداد", "والي", "وفد", "بيت"]
)
def test_known_words_keep_their_letters(word: str) -> None:
    assert parts(word) == ("", normalize_key(word), "")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبغداد", ("و", "بغداد", "")),
        ("لبغداد", ("ل", "بغداد", "")),
        ("ببلد", ("ب", "بلد", "")),
        ("وللبنان", ("ول", "لبنان", "")),
        ("فلفلسطين", ("فل", "فلسطين", "")),
        ("كوزير", ("ك", "وزير", "")),
        ("وبالقوات", ("وبال", "قوات", "")),
        ("للقوات", ("لل", "قوات", "")),
        ("فللقوات", ("فلل", "قوات", "")),
        ("ولقواتها", ("ول", "قوات", "ها")),
        ("كالجيش", ("ك", "الجيش", "")),  # the article form is known itself
        ("وسيقوم", ("وس", "يقوم", "")),
        ("فالمدينة", ("فال", "مدينه", "")),
        ("بسكانها", ("ب", "سكان", "ها")),
        ("وزيره", ("", "وزير", "ه")),
        ("وزيرهم", ("", "وزير", "هم")),
        ("وزيرهما", ("", "وزير", "هما")),
        ("بيتنا", ("", "بيت", "نا")),
        ("بيتي", ("", "بيت", "ي")),
        ("دعمكم", ("", "دعم", "كم")),
        ("دعمك", ("", "دعم", "ك")),
        ("دعمهن", ("", "دعم", "هن")),
        ("دعمكن", ("", "دعم", "كن")),
        ("حكومتها", ("", "حكومه", "ها")),  # ta marbuta given back
        ("وحكومته", ("و", "حكومه", "ه")),
        ("للأمم", ("ل", "الامم", "")),  # the article's elided alef given back
        ("للجنة", ("ل", "لجنه", "")),  # ل + اللجنة is written للجنة
    ],
)
def test_lexicon_aware_segmentation(word: str, expected: tuple[str, str, str]) -> None:
    assert parts(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الحكومة", ("ال", "حكومه")),
        ("والجيش", ("وال", "جيش")),
        ("وبالقرب", ("وبال", "قرب")),
        ("للمدينة", ("لل", "مدينه")),
        ("كالعادة", ("كال", "عاده")),
        ("بلد", ("", "بلد")),
        ("وزير", ("", "وزير")),
        ("بغداد", ("", "بغداد")),
        ("والي", ("", "والي")),
        ("وسيقوم", ("", "وسيقوم")),
        ("الله", ("", "الله")),  # stem too short to be clear
        ("الذين", ("", "الذين")),  # listed: not the article
        ("ألفين", ("", "الفين")),
        ("وألمانيا", ("", "والمانيا")),
        ("والتزامات", ("", "والتزامات")),
    ],
)
def test_without_lexicon_only_a_clear_article_is_removed(
    word: str, expected: tuple[str, str]
) -> None:
    for lexicon in (None, lambda _: False):
        s = segment(normalize_key(word), lexicon)
        assert (s.prefix, s.stem) == expected
        assert s.suffix == ""


def test_splits_start_with_the_word_and_strip_more_and_more() -> None:
    result = splits(normalize_key("وبالقوات"))
    assert [(s.prefix, s.stem) for s in result] == [
        ("", "وبالقوات"),
        ("و", "بالقوات"),
        ("وب", "القوات"),
        ("وبال", "قوات"),
    ]
    stripped = [len(s.prefix) + len(s.suffix) for s in result]
    assert stripped == sorted(stripped)


def test_future_sin_only_before_an_imperfect_verb() -> None:
    assert ("س", "يقوم") in [(s.prefix, s.stem) for s in splits("سيقوم")]
    assert all(s.prefix != "س" for s in splits("سلام"))


def test_no_enclitic_after_the_article() -> None:
    assert all(not (s.prefix == "ال" and s.suffix) for s in splits("الكتابه"))


def test_short_stems_are_never_produced() -> None:
    assert [s.stem for s in splits("له")] == ["له"]
    assert all(len(s.stem) >= MIN_STEM for s in splits("وبه"))


def test_stem_candidates() -> None:
    assert stem_candidates("حكومتها") == ["حكومتها", "حكومت", "حكومه"]
    assert stem_candidates("بلد") == ["بلد", "لد"]


def test_stem_span_in_the_original_text() -> None:
    text = "وصلت وَبِالقُوّاتِ إلى المدينة"
    norm = normalize(text)
    token = tokenize_norm(norm)[1]
    split = segment(token.norm, known)
    start, end = stem_span(norm, token, split)
    assert text[start:end] == "قُوّاتِ"


def test_every_packaged_clitic_entry_is_valid() -> None:
    entries = [CliticEntry(**e) for e in load_packaged(CLITICS_FILE).entries]
    assert {e.type for e in entries} == {"proclitic", "enclitic", "not_article"}
    for e in entries:
        assert normalize_key(e.form) == e.form  # entries are written normalised


def test_user_file_extends_the_inventory(tmp_path: Path) -> None:
    path = tmp_path / "more.yaml"
    path.write_text(
        'version: "1"\nsource: test\nkind: clitics\nentries:\n'
        '  - {form: "البان", type: not_article}\n',
        encoding="utf-8",
    )
    seg = Segmenter(load_inventory([load_file(path)]))
    assert seg.segment("البان").prefix == ""
    assert segment("البان").prefix == "ال"


@settings(max_examples=200, deadline=None)
@given(arabic_word)
def test_splits_are_consistent_with_the_word(word: str) -> None:
    result = splits(word)
    assert result[0].prefix == "" and result[0].stem == word and result[0].suffix == ""
    for s in result:
        assert s.prefix == word[: s.start] and s.suffix == word[s.end :]
        written = word[s.start : s.end]
        restored = {written, written[:-1] + "ه", written[:-1] + "ي", "ال" + written[1:]}  # ة, ى before a pronoun
        assert s.stem == written or s.stem in restored
        if s is not result[0]:
            assert s.end - s.start >= MIN_STEM and len(s.stem) >= MIN_STEM
    chosen = segment(word, lambda stem: len(stem) == 3)
    assert chosen in result


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_segmentation_never_raises_on_any_token(text: str) -> None:
    norm = normalize(text)
    for token in tokenize_norm(norm):
        for split in splits(token.norm):
            start, end = stem_span(norm, token, split)
            assert token.start <= start <= end <= token.end
        segment(token.norm)


def test_a_final_alif_maqsura_is_written_alif_before_a_pronoun() -> None:
    assert "اجري" in stem_candidates("اجراها")  # أجرى + ها
    assert "مستشفي" in stem_candidates("مستشفاه")  # مستشفى + ه
