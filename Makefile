# First two commands on a fresh machine: `make extract`, then `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= data/out/committee.duckdb
RAW    ?= data/raw

.PHONY: extract test bench score install clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH (or run: make PYTHON=python3 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/committee-extract extract $(RAW) --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

score: $(STAMP)
	$(BIN)/committee-extract score tests/golden/*.json --db $(DB)

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

clean:
	rm -rf data/out $(VENV)
