"""`marsad evaluate attribution|framing FILE.jsonl`: scores against an annotated set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import evaluate_app

GoldFile = Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="annotated JSONL set")]


@evaluate_app.command("attribution")
def evaluate_attribution(file: GoldFile) -> None:
    """Attribution source F1, content span overlap F1, source kinds and sentence-kind accuracy."""
    from marsad.evaluate.attribution import analyse, attribution_lines, load_gold

    docs = load_gold(file)
    for line in attribution_lines(docs, analyse(docs)):
        typer.echo(line)


@evaluate_app.command("framing")
def evaluate_framing(file: GoldFile) -> None:
    """Sentence-kind accuracy and precision/recall of loaded terms and other framing items."""
    from marsad.evaluate.attribution import analyse, load_gold
    from marsad.evaluate.framing import framing_lines

    docs = load_gold(file)
    for line in framing_lines(docs, analyse(docs)):
        typer.echo(line)
