"""The text layer: normalisation with offset maps, tokens, clitics, sentences, numbers."""

from marsad.text.normalize import NormText, normalize, normalize_key
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import Token, tokenize

__all__ = ["NormText", "Token", "normalize", "normalize_key", "split_sentences", "tokenize"]
