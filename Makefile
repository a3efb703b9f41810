# Two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WHEELS := $(VENV)/wheels

.PHONY: run test lint typecheck unit bench clean

# The package is installed from a wheel, not in editable mode, so that setup.py can compile
# its rule modules to C (mypyc); any change under src/ rebuilds it. MARSAD_COMPILE=0 builds
# plain Python (same output, slower). Quick loops on the sources: PYTHONPATH=src.
SOURCES := pyproject.toml setup.py $(shell find src -type f -not -path '*/__pycache__/*' -not -name '*.so' -not -path '*.egg-info*')

$(BIN)/marsad: $(SOURCES)
	test -x $(BIN)/pip || { $(PYTHON) -m venv $(VENV) && $(BIN)/pip install -q --upgrade pip; }
	rm -rf $(WHEELS)
	$(BIN)/pip wheel -q --no-deps -w $(WHEELS) .
	$(BIN)/pip install -q $(WHEELS)/marsad-*.whl
	$(BIN)/pip install -q --force-reinstall --no-deps $(WHEELS)/marsad-*.whl
	touch $(BIN)/marsad

$(VENV)/.dev: pyproject.toml $(BIN)/marsad
	$(BIN)/pip install -q "$$(ls $(WHEELS)/marsad-*.whl)[dev]"
	touch $(VENV)/.dev

# Analyse the samples (summary per article, JSON in examples/out/), store them in the
# embedded SQLite store, link incidents and stories, list the stories.
run: $(BIN)/marsad
	$(BIN)/marsad analyze examples/ --format table --json-dir examples/out
	$(BIN)/marsad ingest examples/ --db marsad.db
	$(BIN)/marsad stories --db marsad.db
	@echo "Browse them: $(BIN)/marsad serve --db marsad.db   (then open http://127.0.0.1:8000)"

test: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(BIN)/marsad
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build src/*.egg-info examples/out marsad.db marsad.db-wal marsad.db-shm
