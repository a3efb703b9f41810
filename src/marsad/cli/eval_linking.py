"""`marsad evaluate linking DIR`: pairwise scores of cross-outlet incident linking."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import evaluate_app


@evaluate_app.command("linking")
def linking(
    directory: Annotated[
        Path, typer.Argument(help="Folder of *.jsonl article groups with gold incident keys",
                             exists=True, file_okay=False)
    ],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List missed links")] = False,
) -> None:
    """Pairwise P/R/F1 of incident linking and the near-miss false-link rate."""
    from marsad.corpus.linking import link
    from marsad.evaluate.linking import analyse, read_set, score
    from marsad.pipeline import Pipeline

    articles = read_set(directory)
    if not articles:
        raise typer.BadParameter(f"no *.jsonl groups in {directory}", param_hint="DIRECTORY")
    pipe = Pipeline()
    texts = {a.id: a.text for a in articles}
    pairs = list(analyse(articles, lambda a: pipe.analyze(a.text, published=a.published, doc_id=a.id)))
    result = score(articles, link(pairs, texts))
    typer.echo(f"articles {len(articles)}  links tp={result.tp} fp={result.fp} fn={result.fn}")
    typer.echo(f"pairwise P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f}")
    typer.echo(f"near-miss false links {result.near_linked}/{result.near_pairs} "
               f"= {result.near_miss_rate:.1%}")
    for phenomenon, n in sorted(result.false_by_phenomenon.items()):
        typer.echo(f"  false links ({phenomenon}): {n}")
    if verbose:
        for pair in result.missed_by_group:
            typer.echo(f"  missed {pair}")
