"""`marsad serve`: the web explorer over a corpus store."""

from __future__ import annotations

from typing import Annotated

import typer

from marsad.cli import app

DB_HELP = "SQLite file path or postgresql://... URL (default: marsad.db in the current folder)."


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    host: Annotated[
        str, typer.Option(help="Interface to bind (127.0.0.1: this machine only; 0.0.0.0 exposes it).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Browse articles, incidents and stories in a web browser (HTML pages + JSON API)."""
    import uvicorn

    from marsad.store import StoreError, open_store
    from marsad.web import create_app

    try:
        store = open_store(db)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"Marsad explorer on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
    finally:
        store.close()
