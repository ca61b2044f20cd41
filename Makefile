# First two commands on a fresh machine: `make extract`, then `make test`.
# `make extract` installs the runtime only; `make test` adds the [dev] and [ray] extras to the same venv.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
DB     ?= data/out/committee.duckdb
RAW    ?= data/raw
# `make bench` also times this earlier commit on the same PDFs (the commit before the issue
# 11-14 work, whose speed those issues hold this work to); BENCH_BASELINE= skips it.
BENCH_BASELINE ?= 5150d70

.PHONY: extract test bench score install install-dev clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH (or run: make PYTHON=python3 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The runtime: what extract, query, score and export need.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $(STAMP)

# Test tools and Ray on top; made again whenever the runtime is (a changed pyproject.toml).
$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $(DEV_STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

extract: $(STAMP)
	$(BIN)/committee-extract extract $(RAW) --db $(DB)

test: $(DEV_STAMP)
	$(BIN)/python -m pytest -q

score: $(STAMP)
	$(BIN)/committee-extract score tests/golden/*.json --db $(DB)

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench $(if $(BENCH_BASELINE),--against $(BENCH_BASELINE))

clean:
	rm -rf data/out $(VENV)
