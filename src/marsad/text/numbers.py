"""Number reader: digits and Arabic number words (cardinals, ordinals, fractions) with values
and original offsets.

It works over the document's tokens, so Arabic-Indic digits and the ٬ ٫ separators are
already folded to ASCII (١٬٥٠٠ -> 1,500). Number words come from `data/ar/numbers.yaml`;
a word may carry proclitics (وثلاثة، بألفي، والعشرين), which stay outside the span.
Compounds are read left to right with an accumulator, the way Arabic states them:
"ثلاثة آلاف وخمسمئة" = 3 x 1000 + 500, "مليون ونصف" = 1.5 x 10^6, "الحادي والعشرين" = 21st.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from marsad.errors import DataFileError
from marsad.resources import load_packaged
from marsad.text.normalize import NormText, normalize, normalize_key
from marsad.text.schema import NumberEntry
from marsad.text.tokenize import Token, tokenize_norm

if TYPE_CHECKING:
    from marsad.document import Document

NumberKind = Literal["cardinal", "ordinal", "fraction"]
DATA_FILE: Final = "ar/numbers.yaml"
_SMALL: Final = ("unit", "ten", "hundred", "digits")
_MULTS: Final = ("mult", "mult_dual", "mult_plural")
_CARDINAL_START: Final = (*_SMALL, "mult", "mult_dual")
_DOTTED: Final = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 12.000, 1.250.000: dots grouping thousands
_NO_ATOMS: Final[list[Atom]] = []  # shared, never changed


class NumberSpan(NamedTuple):
    """A number found in the text: original span, value, kind, tokens [token_start, token_end)
    (a named tuple: built several times faster than a frozen dataclass)."""

    start: int
    end: int
    value: float
    kind: NumberKind
    token_start: int
    token_end: int


class Atom(NamedTuple):
    """One reading of a token: role, value and the proclitic it carries (a named tuple)."""

    role: str
    value: float
    prefix: str = ""

    @property
    def definite(self) -> bool:
        """True if the proclitic includes the article (العشرين، للعشرين)."""
        return self.prefix.endswith(("ال", "لل"))

    @property
    def skip(self) -> int:
        """Characters of the proclitic left out of the span (the article stays in)."""
        return len(self.prefix) - 2 if self.prefix.endswith("ال") else len(self.prefix)


@dataclass
class NumberLexicon:
    """Surface form (with any proclitic) -> the atoms it can be; `bare` and `conj` hold the
    same atoms restricted to those with no proclitic but ال, and to those after و/وال."""

    words: dict[str, list[Atom]] = field(default_factory=dict)
    bare: dict[str, list[Atom]] = field(default_factory=dict)
    conj: dict[str, list[Atom]] = field(default_factory=dict)

    def lookup(self, norm: str) -> list[Atom]:
        """Atoms a normalised token may stand for."""
        return self.words.get(norm, [])

    def index_readings(self) -> None:
        """Fill `bare` and `conj` from `words` (once all forms are in)."""
        self.bare = {k: [a for a in v if a.prefix in ("", "ال")] for k, v in self.words.items()}
        self.conj = {k: [a for a in v if a.prefix in ("و", "وال")] for k, v in self.words.items()}


def proclitic_variants(key: str, proclitics: Iterable[str]) -> Iterable[tuple[str, str]]:
    """(surface, proclitic) pairs for a normalised key: bare, then with each proclitic."""
    yield key, ""
    for pre in proclitics:
        yield pre + key, pre


@lru_cache(maxsize=1)
def number_lexicon() -> NumberLexicon:
    """The packaged number lexicon, expanded with proclitic forms (built once)."""
    data = load_packaged(DATA_FILE)
    proclitics = [normalize_key(p) for p in data.header.get("proclitics", [])]
    lex = NumberLexicon()
    for raw in data.entries:
        try:
            entry = NumberEntry.model_validate(raw)
        except ValueError as exc:
            raise DataFileError(f"{data.path}: bad entry {raw!r} ({exc})") from exc
        for form in entry.forms:
            for surface, pre in proclitic_variants(normalize_key(form), proclitics):
                lex.words.setdefault(surface, []).append(Atom(entry.role, entry.value, pre))
    lex.index_readings()
    return lex


def digits_value(norm: str) -> float | None:
    """Value of a number token such as '1,500' or '3.5'."""
    try:
        return float(norm.replace(",", ""))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _digits_atoms(norm: str) -> list[Atom]:
    """The atom of a number token (memoised: the same digits come back again and again)."""
    value = digits_value(norm)
    return [] if value is None else [Atom("digits", value)]


def _first(atoms: list[Atom], *roles: str) -> Atom | None:
    for atom in atoms:
        if atom.role in roles:
            return atom
    return None


class _Reader:
    """Reads one number starting at a token index; see `read_numbers`."""

    def __init__(self, tokens: list[Token], lex: NumberLexicon) -> None:
        self.tokens = tokens
        self.lex = lex

    def atoms(self, i: int, *, bare: bool = True) -> list[Atom]:
        """Atoms of token i, or [] past the end (shared lists: never changed); `bare` keeps
        only those without a proclitic other than ال."""
        if i >= len(self.tokens):
            return _NO_ATOMS
        tok = self.tokens[i]
        if tok.kind == "number":
            return _digits_atoms(tok.norm)
        if tok.kind != "word":
            return _NO_ATOMS
        return (self.lex.bare if bare else self.lex.words).get(tok.norm, _NO_ATOMS)

    def conj_atoms(self, i: int) -> tuple[list[Atom], int]:
        """Atoms after a و (attached or standalone) at token i, with the tokens consumed."""
        if i >= len(self.tokens):
            return _NO_ATOMS, 0
        tok = self.tokens[i]
        if tok.norm == "و":
            return self.atoms(i + 1), 2
        if tok.kind == "word" and tok.norm.startswith("و"):
            return self.lex.conj.get(tok.norm, _NO_ATOMS), 1
        return _NO_ATOMS, 0

    def read(self, i: int) -> tuple[float, NumberKind, int, Atom] | None:
        """(value, kind, end token, first atom) for a number starting at token i."""
        if self.tokens[i].kind == "number":
            digits, last = self.digits(i)
            if digits is None:
                return None
            found = self._read_from(digits, last)
            return None if found is None else (*found, digits)
        for atom in self.atoms(i, bare=False):
            found = self._read_from(atom, i)
            if found is not None:
                return (*found, atom)
        return None

    def digits(self, i: int) -> tuple[Atom | None, int]:
        """Digits at token i and their last token, with the European writings of the Maghreb:
        a decimal comma glued to one or two digits (4,5 مليون) and dots grouping thousands
        (12.000 دينار; but 1.500 مليون is 1.5 million)."""
        norm = self.tokens[i].norm
        if norm.isdigit() and self._glued_decimal(i):
            return Atom("digits", float(f"{norm}.{self.tokens[i + 2].norm}")), i + 2
        if _DOTTED.fullmatch(norm) and (norm.count(".") > 1 or _first(self.atoms(i + 1), *_MULTS) is None):
            return Atom("digits", float(norm.replace(".", ""))), i
        value = digits_value(norm)
        return (None if value is None else Atom("digits", value)), i

    def _glued_decimal(self, i: int) -> bool:
        """True if tokens i, i+1, i+2 are digits, ',' and one or two digits with no space."""
        if i + 2 >= len(self.tokens):
            return False
        a, comma, b = self.tokens[i : i + 3]
        return (
            comma.norm == "," and b.kind == "number" and b.norm.isdigit() and len(b.norm) <= 2
            and a.end == comma.start and comma.end == b.start
        )

    def _read_from(self, atom: Atom, i: int) -> tuple[float, NumberKind, int] | None:
        """Dispatch on the role of the first atom."""
        if atom.role in ("ordinal", "ordinal_teen_unit"):
            return self._ordinal(atom, i)
        if atom.role == "fraction":
            return self._fraction(atom, i)
        if atom.role == "teen_unit":  # إحدى عشرة، إحدى وعشرون
            return self._teen(atom, i, "cardinal") or self._unit_and_ten(atom, i)
        if atom.role == "ten" and atom.definite:
            return self._cardinal(atom, i, "ordinal")
        if atom.role in _CARDINAL_START:
            return self._cardinal(atom, i, "cardinal")
        return None

    def _teen(self, atom: Atom, i: int, kind: NumberKind) -> tuple[float, NumberKind, int] | None:
        """A unit followed by عشر/عشرة: 11..19."""
        if _first(self.atoms(i + 1), "teen") is None or atom.value >= 10:
            return None
        return atom.value + 10, kind, i + 2

    def _unit_and_ten(self, atom: Atom, i: int) -> tuple[float, NumberKind, int] | None:
        """أحد/إحدى + و + a ten: 21, 31, ... (أحد alone is "one of", not a number)."""
        if atom.value != 1 or _first(self.conj_atoms(i + 1)[0], "ten") is None:
            return None
        return self._cardinal(Atom("unit", 1, atom.prefix), i, "cardinal")

    def _ordinal(self, atom: Atom, i: int) -> tuple[float, NumberKind, int] | None:
        """الثامن عشر، الحادي والعشرين، الأول."""
        teen = self._teen(atom, i, "ordinal")
        if teen is not None:
            return teen
        conj, used = self.conj_atoms(i + 1)
        ten = _first(conj, "ten")
        if ten is not None:
            return atom.value + ten.value, "ordinal", i + 1 + used
        if atom.role == "ordinal_teen_unit":
            return None
        return atom.value, "ordinal", i + 1

    def _fraction(self, atom: Atom, i: int) -> tuple[float, NumberKind, int]:
        """نصف alone, or نصف مليون = 500,000."""
        mult = _first(self.atoms(i + 1), "mult")
        if mult is not None:
            return atom.value * mult.value, "cardinal", i + 2
        return atom.value, "fraction", i + 1

    def _cardinal(self, atom: Atom, i: int, kind: NumberKind) -> tuple[float, NumberKind, int] | None:
        """Accumulate units, tens, hundreds and multipliers joined by و."""
        if atom.role in ("unit", "digits") and atom.value < 10:
            teen = self._teen(atom, i, kind)
            if teen is not None:
                atom, i = Atom("digits", teen[0], atom.prefix), teen[2] - 1
        acc = _Acc()
        acc.start(atom)
        j = i + 1
        while True:
            step = self._step(acc, j)
            if step == 0:
                break
            j += step
        return acc.value(), kind, j

    def _step(self, acc: _Acc, j: int) -> int:
        """Consume the next piece of a compound number at token j; tokens used (0 = stop)."""
        mult = _first(self.atoms(j), "mult", "mult_dual", "mult_plural", "hundred")
        if mult is not None and (acc.multiply(mult) or acc.half_of(mult)):
            return 1
        conj, used = self.conj_atoms(j)
        if _first(conj, *_SMALL) and acc.starts_new_group(_first(self.atoms(j + used), *_MULTS)):
            return 0  # ألفين وثلاثة آلاف: two numbers, not 2003
        for atom in conj:
            if acc.join(atom):
                return used
        return 0


class _Acc:
    """Running total of a compound cardinal (total of closed groups + current group)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.cur = 0.0
        self.last_mult = 0.0
        self.last_role = ""
        self.closed = False  # a fraction was added: only "ال + multiplier" may follow
        self.sealed = False

    def start(self, atom: Atom) -> None:
        """First piece: a small number, or a multiplier standing alone (ألف، ألفين)."""
        if atom.role == "mult":
            self.total, self.last_mult = atom.value, atom.value
        elif atom.role == "mult_dual":
            self.total, self.last_mult = 2 * atom.value, atom.value
        else:
            self.cur = atom.value
        self.last_role = atom.role

    def multiply(self, atom: Atom) -> bool:
        """ثلاثة آلاف، 1.5 مليون، ثلاث مئة، أربعون ألفا; False if it does not apply."""
        if self.cur <= 0 or self.closed:
            return False
        if atom.role == "hundred":
            if atom.value != 100 or self.last_role not in ("unit", "digits") or self.cur >= 10:
                return False
            self.cur *= 100
            self.last_role = "hundred"
            return True
        if self.last_mult and atom.value >= self.last_mult:
            return False
        self.total += self.cur * atom.value
        self.cur, self.last_mult, self.last_role = 0.0, atom.value, "mult"
        return True

    def starts_new_group(self, next_mult: Atom | None) -> bool:
        """True if a piece after و is followed by a multiplier not below the last one."""
        return next_mult is not None and bool(self.last_mult) and next_mult.value >= self.last_mult

    def half_of(self, atom: Atom) -> bool:
        """ثمانية ملايين ونصف المليون: the article-bearing multiplier after a fraction."""
        if not self.closed or self.sealed or not atom.definite or atom.value != self.last_mult:
            return False
        self.sealed = True
        return True

    def join(self, atom: Atom) -> bool:
        """A piece after و: allowed only in Arabic order (units before tens, big before small)."""
        if self.closed:
            return False
        if atom.role == "fraction" and self.cur == 0 and self.last_mult:
            self.total += atom.value * self.last_mult
            self.closed = True
            return True
        if atom.role not in _SMALL:
            return False
        if atom.role == "ten" and 0 < self.cur % 100 < 10 and self.last_role in ("unit", "digits"):
            self.cur += atom.value
        elif self.cur == 0 and self.last_mult and atom.value < self.last_mult:
            self.cur = atom.value
        elif self.cur >= 100 and self.cur % 100 == 0 and atom.value < 100:
            self.cur += atom.value
        else:
            return False
        self.last_role = atom.role
        return True

    def value(self) -> float:
        """The number read so far."""
        return self.total + self.cur


def _norm_and_tokens(doc_or_text: Document | str) -> tuple[NormText, list[Token]]:
    if isinstance(doc_or_text, str):
        norm = normalize(doc_or_text)
        return norm, tokenize_norm(norm)
    return doc_or_text.norm, doc_or_text.tokens


def read_numbers(doc_or_text: Document | str) -> list[NumberSpan]:
    """Every number in a document or text, left to right, spans in original offsets."""
    norm, tokens = _norm_and_tokens(doc_or_text)
    lex = number_lexicon()
    reader = _Reader(tokens, lex)
    spans: list[NumberSpan] = []
    end = 0
    # One pass of cheap membership tests first: most tokens are not numbers.
    words = lex.words
    for i in [t.index for t in tokens if t.norm in words or t.kind == "number"]:
        found = reader.read(i) if i >= end else None
        if found is None:
            continue
        value, kind, end, atom = found
        first = tokens[i]
        start = norm.to_original(first.nstart + atom.skip, first.nend)[0]
        spans.append(NumberSpan(start, tokens[end - 1].end, value, kind, i, end))
    return spans

