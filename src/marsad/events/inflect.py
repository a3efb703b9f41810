"""Inflection generator: surface forms of a trigger from its stems (normalised keys).

Method (documented for lexicon writers): a verb is given by its perfect 3ms stem
(`past`, e.g. استهدف) and its imperfect stem without the person prefix (`pres`, e.g.
ستهدف). We attach the perfect person/number suffixes (ت ا وا تا نا تم ن و) to `past`,
and the imperfect prefixes (ي ت ن ا) with the suffixes (ون ان ين ن وا و) to `pres`.
Defective stems ending in ي or ا (اعتدى -> اعتدي after normalisation, دعا) also get
the shortened plural/feminine forms (اعتدوا، اعتدت، دعت), and imperfect stems ending in ي
their shortened jussive (لم يلتق، لم يبق). The passive differs from the active only in short
vowels, which normalisation removes, so it is covered by the same keys (استُهدف = استهدف).
Nouns (verbal nouns, event nouns) get the feminine plural (-ات), dual (-ان/-ين,
-تان/-تين), construct (-ت before a pronoun) and accusative (-ا) forms; participles get
the masculine/feminine singular and plural forms. Clitics (و ف ب ل ك س ال and pronoun
suffixes) are not generated here: the matcher strips them (`marsad.events.tokens`).
"""

from __future__ import annotations

from typing import Final, Literal

from marsad.text.normalize import normalize_key

VerbKind = Literal["past", "pres"]

PAST_SUFFIXES: Final = ("", "ت", "ا", "وا", "تا", "نا", "تم", "ن", "و")
PRES_PREFIXES: Final = ("ي", "ت", "ن", "ا")
PRES_SUFFIXES: Final = ("", "ون", "ان", "ين", "ن", "وا", "و", "ا")
PARTICIPLE_SUFFIXES: Final = ("", "ه", "ون", "ين", "ات", "ان", "تان", "تين", "ت")


def verb_forms(past: str | None, pres: str | None) -> dict[str, VerbKind]:
    """Perfect and imperfect forms -> their kind ('past' or 'pres')."""
    forms: dict[str, VerbKind] = {}
    if past:
        p = normalize_key(past)
        for suffix in PAST_SUFFIXES:
            forms[p + suffix] = "past"
        if p.endswith(("ي", "ا")):  # defective: اعتدى -> اعتدوا، اعتدت; دعا -> دعت، دعوا
            for suffix in ("وا", "ت", "تا", "و"):
                forms[p[:-1] + suffix] = "past"
    if pres:
        s = normalize_key(pres)
        stems = [s, s[:-1]] if s.endswith("ي") else [s]
        for prefix in PRES_PREFIXES:
            for stem in stems:
                for suffix in PRES_SUFFIXES if stem == s else ("", "ون", "وا", "ن"):  # لم يلتق
                    forms.setdefault(prefix + stem + suffix, "pres")
    return forms


def noun_forms(noun: str) -> set[str]:
    """A noun with its plural, dual, construct and accusative forms."""
    n = normalize_key(noun)
    forms = {n}
    if n.endswith("ه"):
        base = n[:-1]
        forms |= {base + "ات", base + "تان", base + "تين", base + "ت", base + "تا"}
    elif n.endswith("ات"):
        forms.add(n[:-2] + "تي")
    else:
        forms |= {n + "ا", n + "ان", n + "ين", n + "ات"}
    return forms


def participle_forms(participle: str) -> set[str]:
    """Masculine/feminine singular, dual and plural of a participle."""
    p = normalize_key(participle)
    return {p + suffix for suffix in PARTICIPLE_SUFFIXES}
