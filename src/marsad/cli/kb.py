"""`marsad kb validate|lookup|stats`: check, query and count the knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli import kb_app

KbOption = Annotated[
    list[Path] | None, typer.Option("--kb", help="Extra KB file(s) (kind: kb) to add or override entries")
]


@kb_app.command("validate")
def validate(
    files: Annotated[list[Path] | None, typer.Argument(help="KB files to check (default: the packaged KB)")] = None,
) -> None:
    """Check KB files: schema, duplicate ids, ISO3 codes, coordinates, dangling links."""
    from marsad.errors import DataFileError
    from marsad.kb.loader import packaged_files
    from marsad.kb.loader import validate as run_validate

    try:
        issues = run_validate(list(files or []))
    except DataFileError as exc:
        typer.echo(f"marsad: {exc.message}", err=True)
        raise typer.Exit(2) from None
    for issue in issues:
        typer.echo(str(issue))
    checked = len(files) if files else len(packaged_files())
    typer.echo(f"{checked} file(s) checked, {len(issues)} problem(s)", err=True)
    raise typer.Exit(1 if issues else 0)


@kb_app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="A name or a short text, e.g. وبالبنتاغون")],
    kb: KbOption = None,
) -> None:
    """Show which KB entry a surface form links to and why (alias, clitic split, rule)."""
    from marsad.kb.lookup import lookup as run_lookup
    from marsad.resources import Resources

    views = list(run_lookup(name, Resources(extra_files=tuple(kb or ()))))
    if not views:
        typer.echo(f"no KB name in {name!r}")
        raise typer.Exit(1)
    for v in views:
        clitic = f" (clitic {v.clitic}+)" if v.clitic else ""
        typer.echo(f"{v.text}{clitic}: matched as '{v.key}' -> {v.chosen or 'nothing'} [{v.rule}]")
        for c in v.candidates:
            flag = ", needs context" if c.needs_context else ""
            typer.echo(f"   {c.entry.id} {c.entry.type} {c.entry.name_en!r} via {c.via} "
                       f"'{c.listed_as}' from {Path(c.origin).name}{flag}")


@kb_app.command("stats")
def stats(kb: KbOption = None) -> None:
    """Count KB entries by type, role, file and id prefix."""
    from marsad.kb.stats import kb_stats
    from marsad.kb.store import get_kb
    from marsad.resources import Resources

    for group, counts in kb_stats(get_kb(Resources(extra_files=tuple(kb or ())))).items():
        typer.echo(f"{group}:")
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            typer.echo(f"  {key:<28} {n:6d}")
