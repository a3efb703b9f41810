"""The compiled build (setup.py compiles the rule modules with mypyc) gives byte for byte
the output of the Python sources it was compiled from."""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import marsad.events.stage

ROOT = Path(__file__).resolve().parents[1]
COMPILED = not marsad.events.stage.__file__.endswith(".py")

# Analyses the sample articles and two test sets; prints one JSON line per text, and first
# whether the rule modules it ran were compiled.
SCRIPT = """
import glob, json, sys
import marsad.events.stage
from marsad.cli.analyze import dump
from marsad.pipeline import Pipeline, Record
print("compiled" if not marsad.events.stage.__file__.endswith(".py") else "python")
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("examples/*.txt"))]
for name in ("events_testset", "attribution_gold"):
    with open(f"tests/data/{name}.jsonl", encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
pipe = Pipeline()
for i, text in enumerate(texts):
    print(dump(pipe.analyze_record(Record(text, f"t{i}", "2024-05-01"))).replace("\\n", " "))
"""


def _run(pythonpath: Path | None) -> list[str]:
    """The script's output, importing marsad as this process does, or from `pythonpath`."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
        encoding="utf-8", check=True,
    )
    return done.stdout.splitlines()


@pytest.mark.skipif(not COMPILED, reason="marsad is installed as plain Python (MARSAD_COMPILE=0 or no C compiler)")
@pytest.mark.skipif(not (ROOT / "src" / "marsad").is_dir(), reason="no source tree beside the tests")
def test_compiled_build_matches_the_sources(tmp_path: Path) -> None:
    # The sources alone (a copy without compiled files, wherever these were built).
    shutil.copytree(ROOT / "src" / "marsad", tmp_path / "marsad", ignore=shutil.ignore_patterns("*.so", "*.pyd"))
    compiled = _run(None)
    python = _run(tmp_path)
    assert compiled[0] == "compiled" and python[0] == "python"
    assert len(compiled) == len(python) > 400
    differing = [i for i, (a, b) in enumerate(zip(compiled[1:], python[1:], strict=True)) if a != b]
    assert not differing, f"{len(differing)} texts differ, first: text {differing[0]}"


def _compiled_modules() -> list[str]:
    """The module names setup.py lists for mypyc, read from its COMPILED list."""
    source = (ROOT / "setup.py").read_text(encoding="utf-8")
    paths = source.split("COMPILED = [", 1)[1].split("]", 1)[0]
    return [
        line.strip().strip('",').removeprefix("src/").removesuffix(".py").replace("/", ".")
        for line in paths.splitlines() if line.strip().startswith('"')
    ]


@pytest.mark.skipif(os.environ.get("MARSAD_COMPILE") == "0", reason="plain Python asked for (MARSAD_COMPILE=0)")
@pytest.mark.skipif(not (ROOT / "setup.py").is_file(), reason="no setup.py beside the tests")
@pytest.mark.skipif(
    shutil.which("cc") is None or importlib.util.find_spec("mypyc") is None,
    reason="no C compiler or no mypyc here: the build is plain Python by design",
)
def test_the_build_is_compiled_where_it_can_be() -> None:
    # setup.py falls back to plain Python without a word when mypyc or gcc fails on a
    # module (a lambda, a warning turned error); here both exist, so the fall-back is a bug.
    names = _compiled_modules()
    assert len(names) > 20
    python = [name for name in names if importlib.import_module(name).__file__.endswith(".py")]
    assert not python, f"built as plain Python although mypyc and a C compiler are here: {python}"
