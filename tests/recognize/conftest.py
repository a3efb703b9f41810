"""Shared by the entity tests: a sentences + entities pipeline on the packaged KB."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    return Pipeline(["marsad.sentences.v1", "marsad.entities.v1"])
