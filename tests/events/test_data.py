"""Every events data file loads and validates; the ontology and mapping agree."""

from __future__ import annotations

import pytest

from marsad.errors import DataFileError
from marsad.events.filter import load_filter
from marsad.events.lexicon import TriggerEntry, _compile_triggers, load_lexicon, load_ontology
from marsad.resources import load_packaged

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_ontology_has_the_16_plover_types() -> None:
    assert set(load_ontology()) == PLOVER_TYPES


@pytest.mark.parametrize(
    ("type_", "modes"),
    [
        (
            "ASSAULT",
            {
                "aerial",
                "drone",
                "missile",
                "shelling",
                "bombing",
                "firearms",
                "abduction",
                "assassination",
            },
        ),
        ("PROTEST", {"demonstration", "sit-in", "strike", "riot"}),
        ("COERCE", {"arrest", "seizure", "expulsion", "blockade", "ban"}),
        ("MOBILIZE", {"deployment", "reinforcement", "alert"}),
        ("RETREAT", {"withdrawal", "release", "return"}),
        ("CONSULT", {"meeting", "call", "visit", "talks"}),
    ],
)
def test_ontology_modes(type_: str, modes: set[str]) -> None:
    assert modes <= set(load_ontology()[type_])


def test_mapping_covers_every_type_and_mode() -> None:
    rows = load_packaged("plover_mapping.tsv").entries
    keys = {(r["type"], r["mode"]) for r in rows}
    for type_, modes in load_ontology().items():
        assert (type_, "") in keys
        for mode in modes:
            assert (type_, mode) in keys
    assert all(r["cameo_root"].isdigit() and r["acled_event_type"] for r in rows)


def test_lexicon_compiles_and_covers_every_type() -> None:
    lex = load_lexicon()
    assert {e.type for e in lex.trigger_entries()} == PLOVER_TYPES
    assert lex.cues and lex.mode_words


def test_unknown_type_is_rejected() -> None:
    lex = load_lexicon()
    bad = TriggerEntry.model_validate({"id": "x", "type": "DANCE", "words": ["رقص"]})
    with pytest.raises(DataFileError):
        _compile_triggers(lex, [bad])


def test_filter_model_loads_for_assault_and_protest() -> None:
    model = load_filter()
    assert set(model.bias) == {"ASSAULT", "PROTEST"}
    assert all(0 < t < 1 for t in model.threshold.values())
