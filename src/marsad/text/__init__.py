"""The text layer: normalisation with offset maps, tokens, clitics, sentences, numbers."""

from marsad.text.clitics import Split, segment, splits, stem_candidates, stem_span
from marsad.text.normalize import NormText, fold_char, normalize, normalize_key
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import Token, tokenize, tokenize_norm

__all__ = [
    "NormText",
    "Split",
    "Token",
    "fold_char",
    "normalize",
    "normalize_key",
    "segment",
    "split_sentences",
    "splits",
    "stem_candidates",
    "stem_span",
    "tokenize",
    "tokenize_norm",
]
