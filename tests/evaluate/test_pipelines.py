"""The stage lists the scorers run are valid pipelines (each stage after what it requires)."""

from __future__ import annotations

import pytest

from marsad.evaluate import gsr, quantities, times
from marsad.pipeline import check_order


@pytest.mark.parametrize("stages", [gsr.GSR_PIPELINE, times.STAGES, quantities.STAGES])
def test_evaluate_pipelines_are_in_order(stages: tuple[str, ...]) -> None:
    check_order(stages)
