"""Stages and orchestration: from input files to a checked DuckDB database."""

PIPELINE_VERSION = "0.1.0"
