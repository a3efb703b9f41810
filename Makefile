# Two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck unit bench clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $(BIN)/marsad

$(VENV)/.dev: pyproject.toml $(BIN)/marsad
	$(BIN)/pip install -q -e '.[dev]'
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
	rm -rf $(VENV) examples/out marsad.db marsad.db-wal marsad.db-shm
