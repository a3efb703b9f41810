"""`marsad evaluate times FILE` and `marsad evaluate quantities FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import evaluate_app

_FILE = typer.Argument(exists=True, dir_okay=False, help="JSON Lines test set")


@evaluate_app.command("times")
def evaluate_times(
    file: Annotated[Path, _FILE],
    failures: Annotated[bool, typer.Option(help="List every failure")] = True,
) -> None:
    """Exact-value accuracy and detection F1 of time expressions."""
    from marsad.evaluate.times import evaluate_times as run
    from marsad.evaluate.tq_data import load_cases

    score = run(load_cases(file, "times"))
    typer.echo(f"times: {score.gold} gold, {score.predicted} predicted")
    typer.echo(f"exact value accuracy {score.accuracy:.1%} ({score.correct}/{score.gold})")
    typer.echo(f"detection F1 {score.f1:.1%} (found {score.found})")
    if failures:
        for line in score.failures:
            typer.echo(line)


@evaluate_app.command("quantities")
def evaluate_quantities(
    file: Annotated[Path, _FILE],
    failures: Annotated[bool, typer.Option(help="List every failure")] = True,
) -> None:
    """Precision, recall and F1 of (value, counted) quantities."""
    from marsad.evaluate.quantities import evaluate_quantities as run
    from marsad.evaluate.tq_data import load_cases

    score = run(load_cases(file, "quantities"))
    typer.echo(f"quantities: {score.gold} gold, {score.predicted} predicted")
    typer.echo(
        f"P {score.precision:.1%}  R {score.recall:.1%}  F1 {score.f1:.1%} "
        f"(value + counted; {score.approx_ok}/{score.matched} also right on approx/range)"
    )
    if failures:
        for line in score.failures:
            typer.echo(line)
