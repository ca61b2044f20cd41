"""Compare the database with answer keys (tests/golden), per file and per field."""

from __future__ import annotations


def score_database(db_path: str, golden_dir: str):
    raise NotImplementedError("scoring is being written")


def print_score(report, verbose: bool = False) -> None:
    print(report)
