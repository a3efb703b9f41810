"""`marsad explain FILE --sentence N`: why each event was coded as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import app


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="A UTF-8 text file with one article")],
    sentence: Annotated[int | None, typer.Option(help="Only this sentence (0-based index)")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD")] = None,
) -> None:
    """Show, for each event, the trigger, rules and arguments that produced it."""
    from marsad.events.explain import explain as explain_lines
    from marsad.pipeline import Pipeline, Record

    pipe = Pipeline()
    doc = pipe.run(pipe.make_doc(Record(file.read_text(encoding="utf-8"), file.stem, published)))
    if sentence is not None:
        if not 0 <= sentence < len(doc.sentences):
            raise typer.BadParameter(f"the text has {len(doc.sentences)} sentences")
        s = doc.sentences[sentence]
        typer.echo(f"[{sentence}] {doc.text[s.start : s.end]}")
    lines = explain_lines(doc, sentence)
    typer.echo("\n".join(lines) if lines else "no events")
