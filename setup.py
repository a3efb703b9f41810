"""Build hook: compile the hot rule modules to C with mypyc (the compiler mypy and black
ship with), so analysis runs about twice as fast. Everything else is in pyproject.toml.

The compiled modules are the same typed Python sources; when mypyc or a C compiler is
missing, or MARSAD_COMPILE=0 is set, the package installs as plain Python and gives the
same output, only slower (tests/test_compiled.py checks that the outputs agree).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.extension import Extension

# Modules compiled to C: the per-token and per-sentence rule code. Modules defining pydantic
# models (the output model, the data-file schemas in */schema.py) stay Python: mypyc does not
# compile a pydantic class correctly, and gains little on loaders, the CLI or the store.
COMPILED = [
    "src/marsad/attribution/content.py",
    "src/marsad/attribution/phrases.py",
    "src/marsad/attribution/sources.py",
    "src/marsad/attribution/stage.py",
    "src/marsad/document.py",
    "src/marsad/events/arguments.py",
    "src/marsad/events/candidates.py",
    "src/marsad/events/context.py",
    "src/marsad/events/coref.py",
    "src/marsad/events/factuality.py",
    "src/marsad/events/filter.py",
    "src/marsad/events/inflect.py",
    "src/marsad/events/phrases.py",
    "src/marsad/events/stage.py",
    "src/marsad/events/tokens.py",
    "src/marsad/events/triggers.py",
    "src/marsad/framing/kinds.py",
    "src/marsad/framing/stage.py",
    "src/marsad/framing/summary.py",
    "src/marsad/recognize/disambiguate.py",
    "src/marsad/recognize/entities.py",
    "src/marsad/recognize/linker.py",
    "src/marsad/recognize/names.py",
    "src/marsad/recognize/quantities.py",
    "src/marsad/recognize/time_grammar.py",
    "src/marsad/recognize/time_lexicon.py",
    "src/marsad/recognize/time_values.py",
    "src/marsad/recognize/times.py",
    "src/marsad/text/normalize.py",
    "src/marsad/text/numbers.py",
    "src/marsad/text/sentences.py",
    "src/marsad/text/tokenize.py",
    "src/marsad/trusted.py",
]


def compiled_extensions() -> list[Extension]:
    """The mypyc extensions, each optional so that a failed C build leaves plain Python.
    MARSAD_COMPILE=0 skips them; MARSAD_COMPILE=1 makes any failure an error."""
    wanted = os.environ.get("MARSAD_COMPILE", "auto")
    if wanted == "0":
        return []
    try:
        from mypyc.build import mypycify

        here = Path(__file__).parent
        # The build may not see the runtime dependencies (pip's isolated build): their
        # types are then unknown, which leaves some `type: ignore` comments unused.
        options = ["--no-warn-unused-ignores"]
        extensions: list[Extension] = mypycify(
            [*options, *(str(here / path) for path in COMPILED)], opt_level="3", debug_level="0"
        )
    except (ImportError, SystemExit) as error:  # mypyc missing, or its type check failed
        if wanted == "1":
            raise
        print(f"marsad: building plain Python, mypyc could not compile: {error!r}", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = wanted != "1"
    return extensions


setup(ext_modules=compiled_extensions())
