"""`marsad analyze`: files, directories, JSONL or stdin in; JSON, JSONL or a readable table out."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from marsad.cli import app

if TYPE_CHECKING:
    from rich.console import Console

    from marsad.io import Item, ReadOptions
    from marsad.model import Analysis, ErrorRecord
    from marsad.pipeline import Pipeline


class Format(StrEnum):
    """Output formats."""

    json = "json"
    jsonl = "jsonl"
    table = "table"


_UNSAFE = re.compile(r"[^\w.\-]+")
# Marks of a float that pydantic writes unlike json.dumps (0.00001, 2.5e-7); a string holding
# one only sends its record down the slower path. Two patterns starting with a literal, as
# those are searched fast: one alternation starting with \d costs milliseconds per record.
_PYDANTIC_ONLY_FLOAT = (re.compile(r"e-\d"), re.compile(r"0\.0000"))


@app.command()
def analyze(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories (their *.txt, *.html, *.jsonl) or '-' for stdin.")
    ],
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read every input (stdin too) as JSON Lines.")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD",
            help="Publication date for inputs that carry none of their own (beats a date in the file name).",
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the output here instead of stdout.")
    ] = None,
    json_dir: Annotated[
        Path | None,
        typer.Option(help="Also write each record's full JSON to DIR/<id>.json (created if needed)."),
    ] = None,
    kb: Annotated[
        list[Path] | None,
        typer.Option(help="Extra lexicon/KB data file (repeatable).", exists=True, dir_okay=False),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(help="Encoding of the input bytes (default: detect UTF-8/UTF-16 BOM/Windows-1256)."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(help="Stop at the first bad record (exit 1); a crashing stage shows its traceback."),
    ] = False,
) -> None:
    """Analyse Arabic news articles and print one analysis per record.

    Exit status: 0 all records analysed, 1 some records failed (each has an error
    object at its position and one line on stderr), 2 usage error.
    """
    from marsad.io import ReadOptions, is_jsonl

    _utf8_stdout()
    options = ReadOptions(jsonl, _check_date(published), _check_encoding(encoding))
    sources = _check_inputs(inputs)
    pipeline = _build(_check_kb(kb or []))
    single = len(sources) == 1 and sources[0] in inputs and not is_jsonl(sources[0], options)
    job = _Job(pipeline, options, fmt, output, json_dir, single, strict)
    failed = _run(job, sources)
    raise typer.Exit(1 if failed else 0)


def _utf8_stdout() -> None:
    """Arabic output must not depend on the locale: make a text stdout UTF-8."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def _build(kb: list[Path]) -> Pipeline:
    """The pipeline, or one stderr line and exit 1 if its data files cannot be loaded."""
    from marsad.errors import MarsadError
    from marsad.pipeline import Pipeline, tune_gc_for_batch

    try:
        pipeline = Pipeline(extra_files=kb)
    except MarsadError as exc:
        typer.echo(f"marsad: cannot load the pipeline: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None
    tune_gc_for_batch()
    return pipeline


def _check_date(value: str | None) -> str | None:
    """Validate --published (usage error if not YYYY-MM-DD)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint="--published") from None


def _check_encoding(value: str | None) -> str | None:
    """Validate --encoding against Python's codecs."""
    if value is None:
        return None
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {value!r}", param_hint="--encoding") from None


def _check_inputs(inputs: list[str]) -> list[str]:
    """Expand directories; usage error for missing paths or nothing to read."""
    from marsad.io import expand_inputs, missing_inputs

    missing = missing_inputs(inputs)
    if missing:
        raise typer.BadParameter(f"no such file or directory: {', '.join(missing)}", param_hint="INPUTS")
    sources = expand_inputs(inputs)
    if not sources:
        raise typer.BadParameter("no *.txt, *.html or *.jsonl files in the given directories", param_hint="INPUTS")
    if sources.count("-") > 1:
        raise typer.BadParameter("'-' (stdin) can be given only once", param_hint="INPUTS")
    return sources


def _check_kb(paths: list[Path]) -> list[Path]:
    """Load each --kb file once so that a broken one is a usage error, not a crash mid-batch."""
    from marsad.errors import DataFileError
    from marsad.resources import load_file

    for path in paths:
        try:
            load_file(path)
        except DataFileError as exc:
            raise typer.BadParameter(exc.message, param_hint="--kb") from None
    return paths


@dataclass(frozen=True)
class _Job:
    """Everything one `marsad analyze` run needs besides its inputs."""

    pipeline: Pipeline
    options: ReadOptions
    fmt: Format
    output: Path | None
    json_dir: Path | None
    single: bool
    strict: bool


def _run(job: _Job, sources: list[str]) -> int:
    """Analyse every item, writing outputs as they come; return the number of failures."""
    from marsad.io import iter_items

    if job.json_dir is not None:
        job.json_dir.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        out = stack.enter_context(job.output.open("w", encoding="utf-8", newline="\n")) if job.output else None
        writer = _Writer(job.fmt, out, job.single)
        progress = stack.enter_context(_progress(sources, job.options))
        failed = 0
        for item in iter_items(sources, job.options):
            result = _analyse(job.pipeline, item, job.strict)
            failed += _report(item, result, progress)
            writer.write(result, getattr(item.value, "text", ""))
            if job.json_dir is not None:
                _write_json_file(job.json_dir, result)
            if failed and job.strict:
                break
        writer.close()
    return failed


def _analyse(pipeline: Pipeline, item: Item, strict: bool) -> Analysis | ErrorRecord:
    """The analysis of an item, or the error already attached to it."""
    from marsad.model import ErrorRecord

    if isinstance(item.value, ErrorRecord):
        return item.value
    return pipeline.analyze_record(item.value, strict=strict)


def _report(item: Item, result: Analysis | ErrorRecord, progress: _Progress) -> int:
    """Advance the progress bar; print one stderr line for a failed record (returns 1 if failed)."""
    from marsad.model import ErrorRecord

    progress.advance()
    if not isinstance(result, ErrorRecord):
        return 0
    progress.warn(f"marsad: {item.where}: {result.doc.id}: {result.error.code}: {result.error.message}")
    return 1


def dump(result: Analysis | ErrorRecord, indent: int | None = 2) -> str:
    """Deterministic JSON of one record (contract field order, UTF-8 kept as is).

    Indented output is written by pydantic in one pass (json.dumps with an indent runs in
    pure Python). pydantic writes floats below 1e-4 as 0.00001 or 2.5e-7 where json.dumps
    writes 1e-05 and 2.5e-07: output that may hold one is redone the json.dumps way, so
    the bytes never depend on the path (a NaN or infinite float, which json.dumps wrote as
    invalid JSON, is null either way). Compact output keeps json.dumps' ", " and ": ".
    """
    fast = _pydantic_json(result, indent) if indent is not None else None
    if fast is not None and not any(rx.search(fast) for rx in _PYDANTIC_ONLY_FLOAT):
        return fast
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def _pydantic_json(result: Analysis | ErrorRecord, indent: int) -> str | None:
    """pydantic's indented JSON, or None for text it cannot encode (lone surrogates)."""
    try:
        return result.model_dump_json(indent=indent)
    except ValueError:
        return None


def _write_json_file(json_dir: Path, result: Analysis | ErrorRecord) -> None:
    """Write DIR/<id>.json for one record."""
    name = _UNSAFE.sub("_", str(result.doc.id or "record")).strip("._") or "record"
    (json_dir / f"{name}.json").write_text(dump(result) + "\n", encoding="utf-8", newline="\n")


class _Writer:
    """Streams records as one JSON object/array, JSON Lines, or rich panels."""

    def __init__(self, fmt: Format, out: TextIO | None, single: bool) -> None:
        self.fmt, self.out, self.single = fmt, out, single
        self.count = 0
        self.console: Console | None = _console(out) if fmt is Format.table else None

    def _emit(self, s: str) -> None:
        """Write to the output file, or to whatever sys.stdout is now (progress may wrap it)."""
        (self.out or sys.stdout).write(s)

    def write(self, result: Analysis | ErrorRecord, text: str) -> None:
        """Write one record in the chosen format."""
        from marsad.render import render

        if self.console is not None:
            render(result, self.console, text)
        elif self.fmt is Format.jsonl:
            self._emit(dump(result, None) + "\n")
        elif self.single:
            self._emit(dump(result) + "\n")
        else:
            body = "\n".join("  " + line for line in dump(result).split("\n"))
            self._emit(("[\n" if self.count == 0 else ",\n") + body)
        self.count += 1

    def close(self) -> None:
        """Close a JSON array (an empty batch is '[]')."""
        if self.fmt is Format.json and not self.single:
            self._emit("\n]\n" if self.count else "[]\n")


def _console(out: TextIO | None) -> Console:
    """A rich console on the output file (fixed width) or on stdout."""
    from rich.console import Console

    if out is not None:
        return Console(file=out, width=110, color_system=None, highlight=False)
    return Console(highlight=False)


class _Progress:
    """A rich progress bar on stderr when it is a terminal and there is a batch; else silent."""

    def __init__(self, total: int | None, show: bool) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self.console = Console(stderr=True, highlight=False)
        self.bar = Progress(console=self.console, transient=True) if show else None
        self.task = self.bar.add_task("analysing", total=total) if self.bar else None

    def __enter__(self) -> _Progress:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def advance(self) -> None:
        """One more record done."""
        if self.bar is not None and self.task is not None:
            self.bar.advance(self.task)

    def warn(self, message: str) -> None:
        """One plain line on stderr (above the bar when there is one)."""
        if self.bar is not None:
            self.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(message + "\n")


def _progress(sources: list[str], options: ReadOptions) -> _Progress:
    """A progress bar for batches, only when stderr is a terminal."""
    from marsad.io import count_records

    if not sys.stderr.isatty():
        return _Progress(None, False)
    total = count_records(sources, options)
    return _Progress(total, total is None or total > 1)
