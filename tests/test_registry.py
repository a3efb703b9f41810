"""The registry of built-in components matches its snapshot, and pipelines respect requires."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad import registry
from marsad.errors import PipelineOrderError, UnknownComponent
from marsad.pipeline import DEFAULT_PIPELINE, Pipeline, check_order

SNAPSHOT = Path(__file__).parent / "registrations.json"


def test_registry_matches_snapshot() -> None:
    current = {
        name: {"requires": list(reg.requires), "assigns": list(reg.assigns)}
        for name, reg in sorted(registry.registrations().items())
    }
    assert current == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_registry_default_pipeline_order_is_valid() -> None:
    check_order(DEFAULT_PIPELINE)


def test_registry_refuses_component_before_its_requirements() -> None:
    with pytest.raises(PipelineOrderError, match=r"marsad\.events\.v1 requires"):
        check_order(["marsad.sentences.v1", "marsad.events.v1"])


def test_registry_unknown_component_names_the_known_ones() -> None:
    with pytest.raises(UnknownComponent, match=r"marsad\.sentences\.v1"):
        Pipeline(["marsad.nothing.v9"])
