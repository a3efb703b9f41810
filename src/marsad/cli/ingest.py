"""`marsad ingest` and `marsad reanalyze`: load articles into the corpus store and analyse them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from marsad.cli import app

if TYPE_CHECKING:
    from marsad.ingest import Analyser
    from marsad.store import Store

DB_HELP = "SQLite file path or postgresql://... URL (default: marsad.db in the current folder)."


@app.command()
def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt .html .jsonl .rss/.atom/.xml .warc[.gz], a .txt/.urls list of URLs), "
            "directories, URLs, or '-' for stdin."
        ),
    ],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Read stdin as JSON Lines.")] = False,
    published: Annotated[
        str | None,
        typer.Option(metavar="YYYY-MM-DD", help="Publication date for inputs that carry none."),
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="Encoding of text inputs (default: detect).")] = None,
    kb: Annotated[
        list[Path] | None,
        typer.Option(help="Extra lexicon/KB data file (repeatable).", exists=True, dir_okay=False),
    ] = None,
    link: Annotated[bool, typer.Option(help="Refresh incidents and stories afterwards.")] = True,
) -> None:
    """Store articles once (duplicates recorded with every outlet) and analyse the new ones.

    Re-running is safe: stored articles are skipped, and articles an interrupted run left
    unanalysed are analysed. Exit status: 0 all records stored, 1 some records failed or
    the database stopped the run (one stderr line each, naming the input), 2 usage error.
    """
    from marsad.ingest import expand_sources, iter_reads
    from marsad.ingest import ingest as run_ingest
    from marsad.ingest.sources import missing
    from marsad.io import ReadOptions

    gone = missing(inputs)
    if gone:
        raise typer.BadParameter(f"no such file or directory: {', '.join(gone)}", param_hint="INPUTS")
    options = ReadOptions(jsonl, _date(published), encoding)
    analyser = _analyser(kb or [])
    store = _open(db)
    try:
        tally = run_ingest(store, iter_reads(expand_sources(inputs), options), analyser)
        _echo(f"marsad: ingest: {tally.summary()}")
        if link:
            _link(store)
    except _store_errors() as exc:
        _fail(exc)
    finally:
        store.close()
    raise typer.Exit(1 if tally.failed else 0)


@app.command()
def reanalyze(db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None) -> None:
    """Re-analyse stored articles whose analyser version differs from this one."""
    analyser = _analyser([])
    store = _open(db)
    try:
        from marsad.ingest import reanalyze as run_reanalyze

        tally = run_reanalyze(store, analyser)
        _echo(f"marsad: reanalyze ({analyser.version}): {tally.analysed} analysed, {tally.failed} failed")
        if tally.analysed:
            _link(store)
    except _store_errors() as exc:
        _fail(exc)
    finally:
        store.close()
    raise typer.Exit(1 if tally.failed else 0)


def _store_errors() -> type[Exception]:
    """The store's error class (imported lazily)."""
    from marsad.store import StoreError

    return StoreError


def _fail(exc: Exception) -> None:
    """One stderr line for a database error, then exit 1 (what was stored stays stored)."""
    code = getattr(exc, "code", "store_error")
    typer.echo(f"marsad: {code}: {getattr(exc, 'message', exc)}; stopped (stored articles are kept)", err=True)
    raise typer.Exit(1)


def _open(db: str | None) -> Store:
    """The store, or one stderr line and exit 1."""
    from marsad.store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as exc:
        typer.echo(f"marsad: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None


def _analyser(kb: list[Path]) -> Analyser:
    """The pipeline with its version string; warnings go to stderr."""
    from marsad.errors import MarsadError
    from marsad.ingest import Analyser, analyzer_version
    from marsad.pipeline import Pipeline, tune_gc_for_batch

    try:
        pipeline = Pipeline(extra_files=kb)
    except MarsadError as exc:
        typer.echo(f"marsad: cannot load the pipeline: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None
    tune_gc_for_batch()
    return Analyser(pipeline, analyzer_version(pipeline.names, kb), _warn)


def _link(store: Store) -> None:
    """Refresh incidents and stories, saying what happened."""
    from marsad.ingest.link import LINKER, refresh_links

    summary = refresh_links(store)
    _echo(f"marsad: linking: {summary}" if summary else f"marsad: linking skipped ({LINKER} not installed)")


def _date(value: str | None) -> str | None:
    """Validate --published."""
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint="--published") from None


def _warn(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"marsad: {message}\n")
    sys.stderr.flush()


def _echo(message: str) -> None:
    """One status line on stderr (stdout stays free for data)."""
    _warn(message.removeprefix("marsad: "))
