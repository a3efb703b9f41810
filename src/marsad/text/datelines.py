"""Datelines opening a wire story (القاهرة -، الرياض (واس) -، طهران/ إرنا -، الرياض 22 ربيع
الآخر 1447 هـ الموافق 14 أكتوبر 2025 م واس): where the story was filed, told before its first
sentence. No participant, source or content is read in them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.text.tokenize import DASHES, Token

DATELINE_REACH = 9  # tokens: بور أو برنس ( أ ف ب ) -
DATELINE_SENTENCES = 2  # a dateline opens the article, after its title at most
OUTLET_WORDS = 3  # words of an outlet credited after a dateline's dash (القاهرة - اليوم السابع:)
AGENCY_DATELINE_REACH = 16  # tokens: a place, a Hijri and a Gregorian date, then the agency
_BRACKETS = frozenset({"(", ")"})
_SLASHES = frozenset({"/"})
_OPEN_QUOTES = frozenset({"«", '"'})
_CLOSE_QUOTES = frozenset({"»", '"'})
# Words of a dateline's date besides the time expression itself (normalised: هـ -> ه).
_DATE_WORDS = frozenset({"ه", "م", "الموافق", "في"})


def dateline_end(
    tokens: Sequence[Token],
    placed: Callable[[int], bool],
    agency: Callable[[int], bool] | None = None,
    dated: Callable[[int], bool] | None = None,
    spoken: Callable[[int], bool] | None = None,
) -> int:
    """Position after the dash of a dateline opening a sentence: a place (`placed` says
    which tokens name one) or one word without the article, or words and an agency in
    brackets or after a slash, before a dash among the first tokens; or, with `agency` (a news agency's name) and `dated` (a
    time expression) given, after a place, its date and the agency with no dash. With
    `spoken` (a reporting verb), a few words and a colon after the dash are an outlet too.
    0 when the sentence has none."""
    for k in range(1, min(len(tokens), DATELINE_REACH)):
        norm = tokens[k].norm
        if norm in DASHES:
            credited = tokens[k - 1].norm == ")" or any(tokens[j].norm in _SLASHES for j in range(1, k))
            bare = k == 1 and tokens[0].kind == "word" and not tokens[0].norm.startswith("ال")  # سيدكان - (a place unknown)
            if not (credited or bare or all(placed(j) for j in range(k))):
                return 0
            return _credit_end(tokens, k + 1, agency, spoken) if agency is not None else k + 1
        if tokens[k].kind == "punct" and norm not in _BRACKETS and norm not in _SLASHES:
            break
    if agency is None or dated is None:
        return 0
    return _agency_dateline(tokens, placed, agency, dated)


def _credit_end(
    tokens: Sequence[Token], k: int, agency: Callable[[int], bool], spoken: Callable[[int], bool] | None
) -> int:
    """Position after an outlet credited with a colon right after a dateline's dash (الكويت -
    كونا:، الكويت - «القبس»:), else k."""
    j = k + (k < len(tokens) and tokens[k].norm in _OPEN_QUOTES)
    start = j
    while j < len(tokens) and agency(j):
        j += 1
    if j == start:
        return _outlet_end(tokens, k, spoken) if spoken is not None else k
    j += j < len(tokens) and tokens[j].norm in _CLOSE_QUOTES
    return j + 1 if j < len(tokens) and tokens[j].norm == ":" else k


def _outlet_end(tokens: Sequence[Token], k: int, spoken: Callable[[int], bool]) -> int:
    """Position after a few words and a colon right after a dateline's dash, an outlet not
    known as an agency (بغداد - الصباح:، القاهرة - اليوم السابع:), else k. A reporting verb
    among the words or a quote after the colon makes it speech (الكويت - أعلنت الوزارة:)."""
    j = k
    while j < len(tokens) and j - k < OUTLET_WORDS and tokens[j].kind in ("word", "number", "latin"):
        j += 1
    if j == k or j + 1 >= len(tokens) or tokens[j].norm != ":" or tokens[j + 1].norm in _OPEN_QUOTES:
        return k
    if any(spoken(i) for i in range(k, j)):
        return k
    return j + 1


def _agency_dateline(
    tokens: Sequence[Token], placed: Callable[[int], bool], agency: Callable[[int], bool], dated: Callable[[int], bool]
) -> int:
    """Position after a Gulf-agency dateline: a place, a date (one or two calendars), then
    the agency's name, maybe between slashes (الرياض 22 ربيع الآخر 1447 هـ الموافق 14 أكتوبر
    2025 م واس؛ أبوظبي في 3 مايو / وام /). 0 unless the date is there."""
    if not tokens or not placed(0):
        return 0
    seen_date = False
    for k in range(1, min(len(tokens), AGENCY_DATELINE_REACH)):
        if agency(k) and seen_date:
            end = k + 1
            return end + 1 if end < len(tokens) and (tokens[end].norm in _SLASHES or tokens[end].norm in DASHES) else end
        if dated(k):
            seen_date = True
        elif not (placed(k) or tokens[k].kind == "number" or tokens[k].norm in _DATE_WORDS or tokens[k].norm in _SLASHES):
            return 0
    return 0
