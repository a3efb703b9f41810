"""The `marsad` command line: a thin layer over the Python API.

Each module in this package adds its commands to `app` (or to the `evaluate` / `kb`
sub-apps) when imported; heavy imports stay inside the command functions so that
`marsad --help` starts fast.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="marsad",
    help="Marsad: Arabic news to structured, verifiable event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(help="Score Marsad against annotated data.", no_args_is_help=True)
kb_app = typer.Typer(help="Inspect and validate the knowledge base.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(kb_app, name="kb")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis output."""
    import json

    from marsad.model import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def _load_commands() -> None:
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{mod.name}")


def main() -> None:
    """Console-script entry point."""
    _load_commands()
    app()
