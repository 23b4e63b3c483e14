# archnorm: the two set-up commands are `make demo` and `make test`; both create .venv when missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS ?= dev,parquet,warc,dask

.PHONY: demo test lint typecheck bench venv clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/archnorm normalize examples/pages -o examples/out.jsonl --overwrite
	$(BIN)/python examples/show.py examples/out.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples
	$(BIN)/mypy

typecheck: $(STAMP)
	$(BIN)/mypy

$(VENV)/.bench-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS),bench]"
	touch $@

bench: $(VENV)/.bench-installed
	$(BIN)/python benchmarks/repair.py
	$(BIN)/python benchmarks/body.py
	$(BIN)/python benchmarks/stages.py
	$(BIN)/python benchmarks/meta.py
	$(BIN)/python benchmarks/dates.py
	$(BIN)/python benchmarks/names.py
	$(BIN)/python benchmarks/corpus.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache examples/out.jsonl
