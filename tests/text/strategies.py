"""Hypothesis strategies for Arabic-heavy text: letters, harakat, tatweel, invisible
controls, presentation forms, digits of three scripts, and punctuation."""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC_LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة"
PERSIAN_LETTERS = "کگیپچژڤھۀہ"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0654\u0655"
TATWEEL = "\u0640"
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202e\u2066\u2067\u2069\ufeff\u00ad"
)
PRESENTATION = "ﻻﻷﻹﻵﷲﷺﺃﺇﻯﺓﻼﹰﹲﱞ﴾﴿ﭖﮒﯼ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
SEPARATORS = ",.٫٬"
PUNCTUATION = ".!?؟…،؛:«»\"“”„'()[]-–—/%٪"
SPACE = " \n\t\u00a0\u202f\r"

# Whole words and abbreviations, so terminators meet realistic neighbours.
WORDS = ("د.", "أ.", "U.S.", "3.5", "١٬٥٠٠", "٣٫٥", "1,500", "...", "؟!", "و", "ال", "لل", "بال")

_char = st.sampled_from(
    ARABIC_LETTERS * 4
    + PERSIAN_LETTERS
    + HARAKAT * 2
    + TATWEEL
    + INVISIBLE
    + PRESENTATION
    + DIGITS
    + SEPARATORS
    + PUNCTUATION * 2
    + SPACE * 3
    + "abcXYZ"
)
_piece = st.one_of(_char, _char, _char, st.sampled_from(WORDS), st.characters())

arabic_text = st.lists(_piece, max_size=80).map("".join)
"""Mostly Arabic text with every kind of character the normaliser treats specially."""

any_text = st.one_of(st.text(max_size=80), arabic_text)
"""Any Unicode text, or Arabic-heavy text."""

arabic_word = st.text(
    alphabet=st.sampled_from(ARABIC_LETTERS.translate(str.maketrans("", "", "آأإؤئىة"))),
    max_size=12,
)
"""A normalised Arabic word (letters only, folded alphabet)."""
