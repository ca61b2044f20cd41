"""Session fixtures shared by the tests: the seed documents extracted once into a temporary DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "data" / "raw"
GOLDEN_DIR = ROOT / "tests" / "golden"


@pytest.fixture(scope="session")
def extracted_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of a DuckDB file holding every document of data/raw, extracted once per test session.

    Read it (read_only=True) rather than write to it: other tests share it."""
    from pipeline.run import run

    path = tmp_path_factory.mktemp("extracted") / "committee.duckdb"
    run([str(RAW_DIR)], str(path), force=True)
    return str(path)
