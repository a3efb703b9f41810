"""Sentence splitter: terminators, line breaks, numbers, abbreviations, quotations."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from marsad.resources import Resources, load_packaged
from marsad.text.schema import AbbreviationEntry
from marsad.text.sentences import ABBREVIATIONS_FILE, SentenceSplitter, split_sentences

from .strategies import any_text, arabic_text


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وصل الوفد إلى العاصمة. وبدأت المحادثات مساء اليوم.",
            ["وصل الوفد إلى العاصمة.", "وبدأت المحادثات مساء اليوم."],
        ),
        ("هل انتهت الهدنة؟ لا أحد يعرف.", ["هل انتهت الهدنة؟", "لا أحد يعرف."]),
        ("يا للهول! احترق السوق.", ["يا للهول!", "احترق السوق."]),
        ("ما الذي حدث؟! لا جواب.", ["ما الذي حدث؟!", "لا جواب."]),
        ("وتبقى الأسئلة معلقة… وينتظر الجميع.", ["وتبقى الأسئلة معلقة…", "وينتظر الجميع."]),
        ("وتبقى الأسئلة معلقة... وينتظر الجميع.", ["وتبقى الأسئلة معلقة...", "وينتظر الجميع."]),
        ("العنوان الأول\nالفقرة الثانية", ["العنوان الأول", "الفقرة الثانية"]),
        ("سطر أول\r\n\r\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("فقرة\u2029فقرة أخرى", ["فقرة", "فقرة أخرى"]),
        ("انتهى الاجتماع.وغادر الوفد.", ["انتهى الاجتماع.", "وغادر الوفد."]),
        ("بلغ عدد القتلى 25. وأصيب آخرون.", ["بلغ عدد القتلى 25.", "وأصيب آخرون."]),
        ("قتل 5. وأصيب 7.", ["قتل 5.", "وأصيب 7."]),
        ("فُرض حظر التجوُّل. وعاد الهدوء.", ["فُرض حظر التجوُّل.", "وعاد الهدوء."]),
        ("انتهى الاجتماعُ.وغادر الوفد", ["انتهى الاجتماعُ.", "وغادر الوفد"]),
        ("وقع الانفجار عام 2019. ثم هدأت المدينة.", ["وقع الانفجار عام 2019.", "ثم هدأت المدينة."]),
    ],
)
def test_terminators_and_line_breaks_end_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت الأسعار بنسبة 3.5 في المئة هذا العام",
        "ارتفعت الأسعار بنسبة ٣.٥ في المئة هذا العام",
        "قال د. سامي الخطيب إن الوضع مستقر",
        "استقبل أ. د. نبيل حداد الطلاب في القاعة",
        "التقى م. رامي المهندس المسؤول عن المشروع",
        "وصل جون ف. كينيدي إلى المطار",
        "صرح Dr. Smith بأن النتائج مشجعة",
        "أكدت الولايات المتحدة U.S. موقفها",
        "يباع القمح والشعير والذرة إلخ. في الأسواق الشعبية",
        "زار موقع aljazeera.net ملايين القراء",
        "نشرت وكالة أ.ف.ب الخبر مساء أمس",
    ],
)
def test_no_split_inside_numbers_abbreviations_or_initials(text: str) -> None:
    assert sentences(text) == [text]


def test_year_suffix_ends_a_sentence_after_a_number() -> None:
    text = "ولد الشاعر عام 1950 م. وتوفي في القاهرة."
    assert sentences(text) == ["ولد الشاعر عام 1950 م.", "وتوفي في القاهرة."]


def test_list_number_at_paragraph_start_is_not_a_sentence() -> None:
    text = "1. تبادل الأسرى.\n2. فتح المعابر."
    assert sentences(text) == ["1. تبادل الأسرى.", "2. فتح المعابر."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال الوزير: «لن نتراجع. سنواصل العمل حتى النهاية.» ثم غادر القاعة.",
            ["وقال الوزير: «لن نتراجع. سنواصل العمل حتى النهاية.»", "ثم غادر القاعة."],
        ),
        (
            'وقالت المتحدثة: "الوضع صعب. نحتاج إلى مساعدة." وأنهت المؤتمر.',
            ['وقالت المتحدثة: "الوضع صعب. نحتاج إلى مساعدة."', "وأنهت المؤتمر."],
        ),
        (
            "وكتب المراسل: “الشارع هادئ. المحلات مغلقة.” وأرسل الصور.",
            ["وكتب المراسل: “الشارع هادئ. المحلات مغلقة.”", "وأرسل الصور."],
        ),
        (
            "وقال: «سمعنا من يصرخ: “اهربوا! الآن!” ثم ساد الصمت.» وانتهت الشهادة.",
            ["وقال: «سمعنا من يصرخ: “اهربوا! الآن!” ثم ساد الصمت.»", "وانتهت الشهادة."],
        ),
        (
            "قال المصدر (وهو ضابط سابق.) إن القصف توقف. وعاد الهدوء.",
            ["قال المصدر (وهو ضابط سابق.)", "إن القصف توقف.", "وعاد الهدوء."],
        ),
    ],
)
def test_quotations_and_closing_marks_stay_with_their_sentence(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('قال "نعم". وقال "لا". انتهى.', ['قال "نعم".', 'وقال "لا".', "انتهى."]),
        ("قال: «كفى!»، وأضاف: «لن نصمت».", ["قال: «كفى!»، وأضاف: «لن نصمت»."]),
        ("هل قال «نعم»؟ لا.", ["هل قال «نعم»؟", "لا."]),
    ],
)
def test_short_quotations_inside_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    text = "قال «نحن هنا. وذهب. انتهى"
    assert sentences(text) == ["قال «نحن هنا.", "وذهب.", "انتهى"]


def test_quote_does_not_run_across_a_line_break() -> None:
    text = "قال «انتهى.\nوبدأ شيء آخر.» هكذا."
    assert sentences(text)[0] == "قال «انتهى."


def test_stray_punctuation_joins_a_sentence() -> None:
    assert sentences("... وقال إنه سيعود") == ["... وقال إنه سيعود"]
    assert sentences("انتهى النقاش. ...") == ["انتهى النقاش. ..."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\u200f"])
def test_blank_text_gives_no_blank_sentence(text: str) -> None:
    assert all(s.strip() for s in sentences(text))


def test_packaged_abbreviations_are_valid() -> None:
    entries = [AbbreviationEntry(**e) for e in load_packaged(ABBREVIATIONS_FILE).entries]
    assert {e.kind for e in entries} == {"abbreviation", "era"}


def test_user_abbreviations_extend_the_component(tmp_path: Path) -> None:
    from marsad.document import Document

    path = tmp_path / "abbr.yaml"
    path.write_text(
        'version: "1"\nsource: test\nkind: abbreviations\nentries:\n  - {form: "هاتف"}\n',
        encoding="utf-8",
    )
    doc = Document(text="للاتصال: هاتف. 5551234 أو البريد.", id="t")
    SentenceSplitter(Resources())(doc)
    assert len(doc.sentences) == 2
    SentenceSplitter(Resources(extra_files=(path,)))(doc)
    assert [(s.index, s.start, s.end) for s in doc.sentences] == [(0, 0, len(doc.text))]


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_spans_are_ordered_trimmed_and_disjoint(text: str) -> None:
    last = 0
    for a, b in split_sentences(text):
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b


@settings(max_examples=150, deadline=None)
@given(arabic_text)
def test_only_whitespace_lies_between_sentences(text: str) -> None:
    spans = split_sentences(text)
    bounds = [0, *(x for span in spans for x in span), len(text)]
    gaps = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    assert all(not gap.strip() for gap in gaps)
