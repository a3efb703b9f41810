"""`marsad incidents`, `marsad stories`, `marsad link` and `marsad export`: the corpus layer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from marsad.cli import app

if TYPE_CHECKING:
    from marsad.corpus.model import Incident
    from marsad.store import ArticleFilter, Store

DB_HELP = "SQLite file path or postgresql://... URL (default: marsad.db in the current folder)."
Db = Annotated[str | None, typer.Option("--db", help=DB_HELP)]
FromOpt = Annotated[str | None, typer.Option("--from", metavar="YYYY-MM-DD", help="Earliest date.")]
ToOpt = Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD", help="Latest date.")]
CountryOpt = Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3 country code.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")]
ActorOpt = Annotated[str | None, typer.Option(help="Actor name (English or Arabic) or kb id.")]
OutletOpt = Annotated[str | None, typer.Option(help="Outlet name.")]


def _open(db: str | None) -> Store:
    """The store, or one stderr line and exit 1."""
    from marsad.store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as exc:
        typer.echo(f"marsad: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None


def _filters(
    date_from: str | None, date_to: str | None, country: str | None, type_: str | None,
    actor: str | None, outlet: str | None,
) -> ArticleFilter:
    from marsad.store import ArticleFilter

    return ArticleFilter(date_from=date_from, date_to=date_to, country=country,
                         event_type=type_, actor=actor, outlet=outlet)


def _table(incidents: list[Incident]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "date", "type", "where", "actors", "outlets", "conf", "disagree")
    for i in incidents:
        table.add_row(i.id, i.date or "", f"{i.type}/{i.mode or '-'}", i.location or i.country or "",
                      ", ".join(i.actors), str(len(i.outlets) or len(i.articles)), f"{i.confidence:.2f}",
                      ", ".join(d.field for d in i.disagreements))
    Console().print(table)


@app.command()
def incidents(
    db: Db = None,
    fmt: Annotated[str, typer.Option("--format", help="json (one per line) or table.")] = "table",
    date_from: FromOpt = None, date_to: ToOpt = None, country: CountryOpt = None,
    type_: TypeOpt = None, actor: ActorOpt = None, outlet: OutletOpt = None,
) -> None:
    """List cross-outlet incidents (one real happening, every outlet's report of it)."""
    from marsad.export.rows import keep_incident

    if fmt not in ("json", "table"):
        raise typer.BadParameter("use json or table", param_hint="--format")
    store = _open(db)
    try:
        f = _filters(date_from, date_to, country, type_, actor, outlet)
        found = [i for i in store.incidents() if keep_incident(i, f)]
    finally:
        store.close()
    if fmt == "json":
        for inc in found:
            typer.echo(inc.model_dump_json())
    else:
        _table(found)


@app.command()
def stories(
    db: Db = None,
    fmt: Annotated[str, typer.Option("--format", help="json (one per line) or table.")] = "table",
) -> None:
    """List stories: incidents grouped over time by shared actors, places and types."""
    if fmt not in ("json", "table"):
        raise typer.BadParameter("use json or table", param_hint="--format")
    store = _open(db)
    try:
        found = store.stories()
    finally:
        store.close()
    for story in found:
        if fmt == "json":
            typer.echo(story.model_dump_json())
            continue
        typer.echo(f"{story.id}  {story.start or '?'}..{story.end or '?'}  {story.title}")
        for entry in story.timeline:
            typer.echo(f"    {entry.date or '?':10}  {entry.summary}")


@app.command()
def link(
    db: Db = None,
    planned: Annotated[bool, typer.Option("--planned", help="Planned events form incidents too.")] = False,
) -> None:
    """Re-link every analysed article into incidents and stories (ingest does this too)."""
    from marsad.corpus.linking import link_store

    store = _open(db)
    try:
        result = link_store(store, planned=planned)
    finally:
        store.close()
    typer.echo(str(result))


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help="csv, parquet, geojson, plover-json or acled-csv.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.", dir_okay=False)],
    db: Db = None,
    date_from: FromOpt = None, date_to: ToOpt = None, country: CountryOpt = None,
    type_: TypeOpt = None, actor: ActorOpt = None, outlet: OutletOpt = None,
) -> None:
    """Export events (geojson: located incidents) with article ids and evidence offsets."""
    from marsad.export import FORMATS, ExportError, export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"one of: {', '.join(FORMATS)}", param_hint="--format")
    store = _open(db)
    try:
        n = export(store, fmt, output, _filters(date_from, date_to, country, type_, actor, outlet))
    except ExportError as exc:
        typer.echo(f"marsad: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        store.close()
    typer.echo(f"{n} records -> {output}", err=True)
