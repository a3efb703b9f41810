"""Scoring the entity recogniser on token/BIO files such as NewsFANE (`marsad evaluate ner`).

The file is pre-segmented (clitics stand as their own tokens), so each sentence is first
re-joined into raw text: proclitics (و ب ل ف ك س) glue to the next token, pronoun
enclitics (ه ها هم …) to the previous one, ل + ال is written لل. Gold labels and Marsad
types map to PER/ORG/LOC/FAC (`data/ar/ner_eval_labels.yaml`); precision, recall and F1
are given per class, for exact spans (up to leading proclitics, which the corpus sometimes
leaves on a word) and for overlapping ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.resources import load_packaged
from marsad.text.clitics import load_inventory

LABELS_FILE = "ar/ner_eval_labels.yaml"
CLASSES = ("PER", "ORG", "LOC", "FAC")
MICRO = ("PER", "ORG", "LOC")
_PROCLITIC_LETTERS = frozenset("وفبلك")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200e\u200f"), None)


@dataclass(frozen=True, slots=True)
class Span:
    """An entity span in a re-joined sentence, with its coarse class."""

    start: int
    end: int
    cls: str


@dataclass
class Sample:
    """One re-joined sentence with its gold spans."""

    text: str
    gold: list[Span]


def label_map() -> dict[str, str]:
    """Fine dataset labels and Marsad types -> coarse scored class."""
    return {str(e["label"]): str(e["class"]) for e in load_packaged(LABELS_FILE).entries}


def read_conll(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of (token, label) pairs from a token<TAB>label file (blank-line separated)."""
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.translate(_INVISIBLE).rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            token, _, label = line.partition("\t")
            sentence.append((token.strip(), label.strip() or "O"))
    if sentence:
        yield sentence


@dataclass
class Joiner:
    """Re-joins segmented tokens into raw text, remembering each token's character span."""

    proclitics: frozenset[str]
    enclitics: frozenset[str]

    @classmethod
    def default(cls) -> Joiner:
        """Clitic forms from Marsad's own clitic inventory."""
        inv = load_inventory()
        pro = frozenset(p.form for p in inv.prefixes if len(p.form) == 1)
        return cls(pro, frozenset(inv.suffixes) - pro)

    def join(self, tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
        """The raw text and the (start, end) of every token in it."""
        text = ""
        spans: list[tuple[int, int]] = []
        glue = False
        for i, tok in enumerate(tokens):
            if i > 0 and not glue and tok not in self.enclitics:
                text += " "
            if glue and text.endswith("ل") and tok.startswith("ال"):
                tok = tok[1:]  # ل + الاتحاد -> للاتحاد
            if tok in self.enclitics and text.endswith("ة"):
                text = text[:-1] + "ت"  # مجموعة + ه -> مجموعته
            spans.append((len(text), len(text) + len(tok)))
            text += tok
            glue = tok in self.proclitics and self._attaches(tokens, i)
        return text, spans

    def _attaches(self, tokens: Sequence[str], i: int) -> bool:
        """Whether the proclitic at i joins the next token: a word, an enclitic (ل + ه) or a
        proclitic that itself joins one (و + ل + ه); not a lone letter, as in the
        abbreviations د ب ا (dpa) and ا ف ب (AFP)."""
        if i + 1 >= len(tokens) or not tokens[i + 1][:1].isalpha():
            return False
        nxt = tokens[i + 1]
        if len(nxt) > 1 or nxt in self.enclitics:
            return True
        return nxt in self.proclitics and self._attaches(tokens, i + 1)


def decode_bio(labels: Sequence[str], spans: Sequence[tuple[int, int]], mapping: dict[str, str]) -> list[Span]:
    """Gold entity spans from BIO labels (unmapped fine labels are dropped)."""
    out: list[Span] = []
    current: list[int] | None = None
    cls: str | None = None
    for i, label in enumerate([*labels, "O"]):
        tag, _, fine = label.partition("-")
        if current is not None and (tag != "I" or mapping.get(fine) != cls):
            if cls is not None:
                out.append(Span(spans[current[0]][0], spans[current[1]][1], cls))
            current = None
        if tag == "B" or (tag == "I" and current is None):
            current, cls = [i, i], mapping.get(fine)
        elif tag == "I" and current is not None:
            current[1] = i
    return out


def load_samples(path: str | Path, limit: int | None = None) -> list[Sample]:
    """Re-joined sentences with gold spans from a BIO file."""
    joiner, mapping = Joiner.default(), label_map()
    samples = []
    for n, sent in enumerate(read_conll(path)):
        if limit is not None and n >= limit:
            break
        text, spans = joiner.join([t for t, _ in sent])
        samples.append(Sample(text, decode_bio([lab for _, lab in sent], spans, mapping)))
    return samples


@dataclass
class Counts:
    """True/false positives and negatives for one class under one matching mode."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1."""
        p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def hit(a: Span, others: Iterable[Span], exact: bool, text: str = "") -> bool:
    """True if `a` matches one of `others`: the same span (up to leading proclitics, when
    `text` is given) or, not `exact`, an overlapping one; always of the same class."""
    if exact:
        return any(a.end == b.end and a.cls == b.cls and _same_start(a, b, text) for b in others)
    return any(a.cls == b.cls and a.start < b.end and b.start < a.end for b in others)


def _same_start(a: Span, b: Span, text: str) -> bool:
    """Equal starts, or starts that differ only by proclitic letters: the corpus leaves some
    words unsegmented (للأمم، لإسرائيل) and its spans then include the preposition, which
    Marsad's spans leave out."""
    lo, hi = sorted((a.start, b.start))
    return lo == hi or (hi - lo <= 2 and all(ch in _PROCLITIC_LETTERS for ch in text[lo:hi]))


@dataclass
class Score:
    """Counts per (mode, class); modes are 'exact' and 'overlap'."""

    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)

    def add(self, gold: Sequence[Span], pred: Sequence[Span], text: str = "") -> None:
        """Score one sentence (its `text` lets exact matching ignore leading proclitics)."""
        for mode in ("exact", "overlap"):
            for cls in CLASSES:
                c = self.counts.setdefault((mode, cls), Counts())
                g = [s for s in gold if s.cls == cls]
                p = [s for s in pred if s.cls == cls]
                c.n_gold += len(g)
                c.n_pred += len(p)
                c.tp_gold += sum(hit(s, p, mode == "exact", text) for s in g)
                c.tp_pred += sum(hit(s, g, mode == "exact", text) for s in p)

    def micro(self, mode: str, classes: Sequence[str] = MICRO) -> Counts:
        """Counts summed over `classes`."""
        total = Counts()
        for cls in classes:
            c = self.counts.get((mode, cls), Counts())
            total.tp_pred += c.tp_pred
            total.n_pred += c.n_pred
            total.tp_gold += c.tp_gold
            total.n_gold += c.n_gold
        return total


def predict(texts: Sequence[str], mapping: dict[str, str]) -> list[list[Span]]:
    """Marsad's entity spans (mapped to scored classes) for each text, one document per text."""
    from marsad.errors import MarsadError
    from marsad.pipeline import Pipeline, Record

    pipe = Pipeline(["marsad.sentences.v1", "marsad.entities.v1"])
    out: list[list[Span]] = []
    for i, text in enumerate(texts):
        try:
            doc = pipe.run(pipe.make_doc(Record(text, f"s{i}")))
        except MarsadError:  # a sentence without Arabic letters has no entities to find
            out.append([])
            continue
        out.append([Span(e.start, e.end, mapping[e.type]) for e in doc.entities if e.type in mapping])
    return out


def evaluate(samples: Sequence[Sample]) -> tuple[Score, list[list[Span]]]:
    """Score Marsad on the samples; also return its predictions."""
    preds = predict([s.text for s in samples], label_map())
    score = Score()
    for sample, pred in zip(samples, preds, strict=True):
        score.add(sample.gold, pred, sample.text)
    return score, preds
