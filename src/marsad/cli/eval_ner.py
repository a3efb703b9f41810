"""`marsad evaluate ner FILE.conll`: precision, recall and F1 of the entity recogniser."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import evaluate_app


@evaluate_app.command("ner")
def evaluate_ner(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="token<TAB>BIO file")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N sentences")] = None,
    errors: Annotated[int, typer.Option(help="Print up to N missed and N spurious entities")] = 0,
) -> None:
    """Score entities against a BIO file (NewsFANE style): P/R/F1 per class, exact and overlap."""
    from marsad.evaluate.ner import evaluate, load_samples
    from marsad.evaluate.ner_report import error_lines, table_lines

    samples = load_samples(file, limit)
    score, preds = evaluate(samples)
    for line in table_lines(score, len(samples)):
        typer.echo(line)
    for line in error_lines(samples, preds, errors):
        typer.echo(line)
