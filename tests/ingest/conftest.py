"""Shared fixtures: one analyser for the session (loading the pipeline takes seconds)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from marsad.ingest import Analyser
from marsad.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, built once."""
    return Pipeline()


@pytest.fixture
def warnings() -> list[str]:
    """Collected warning lines."""
    return []


@pytest.fixture
def analyser(pipeline: Pipeline, warnings: list[str]) -> Iterator[Analyser]:
    """An analyser with a fixed version string that collects its warnings."""
    yield Analyser(pipeline, "test-1", warnings.append)
