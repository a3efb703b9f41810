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

run: $(BIN)/marsad
	$(BIN)/marsad analyze examples/ --format table --json-dir examples/out

test: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(BIN)/marsad
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) examples/out
