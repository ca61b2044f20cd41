"""The regression suite: every answer key in tests/golden against a fresh extraction of data/raw.

One test per answer-key file; it fails with every unexpected mismatch listed
(`path: expected X, got Y`). Known mismatches and unfinished files are listed,
with reasons, in tests/golden_expected.py. To see the score table:

    .venv/bin/pytest -q -s tests/test_golden.py::test_score_summary
    GOLDEN_VERBOSE=1 .venv/bin/pytest -q -s tests/test_golden.py::test_score_summary   # with every mismatch
"""

from __future__ import annotations

import json
import os
import warnings

import pytest

from pipeline.score import FileScore, Mismatch, ScoreReport, print_score, score_database
from tests.conftest import GOLDEN_DIR
from tests.golden_expected import EXPECTED_FAILURES, WORK_IN_PROGRESS

SOURCES = sorted(json.loads(p.read_text(encoding="utf-8"))["source"] for p in GOLDEN_DIR.glob("*.json"))


class GoldenMismatch(pytest.fail.Exception):
    """The database differs from an answer key. Work-in-progress files expect only this
    failure: a crash of the extraction or the scorer still fails loudly."""

    def __init__(self, message: str):
        super().__init__(message, pytrace=False)  # the field-level diff is the whole story


class StaleExpectedFailure(UserWarning):
    """An entry of golden_expected.py that no longer matches any mismatch: remove it."""


@pytest.fixture(scope="session")
def golden_report(extracted_db: str) -> ScoreReport:
    return score_database(extracted_db, sorted(GOLDEN_DIR.glob("*.json")))  # the seeds; realworld/ has its own test


def covers(pattern: str, m: Mismatch) -> bool:
    """Whether an EXPECTED_FAILURES pattern accounts for a mismatch: its exact path, a path above it, or its field."""
    return pattern in (m.path, m.field) or m.path.startswith((f"{pattern}.", f"{pattern}["))


def unexpected_mismatches(score: FileScore, expected: dict[tuple[str, str], str]) -> tuple[list[Mismatch], list[str]]:
    """(mismatches no entry covers, patterns of this file that cover nothing any more)."""
    patterns = [p for (source, p) in expected if source == score.file]
    unexpected = [m for m in score.mismatches if not any(covers(p, m) for p in patterns)]
    stale = [p for p in patterns if not any(covers(p, m) for m in score.mismatches)]
    return unexpected, stale


def diff_text(score: FileScore, unexpected: list[Mismatch]) -> str:
    lines = [f"{len(unexpected)} unexpected mismatches in {score.file} (score {score.matched}/{score.expected}):"]
    lines += [f"  {m.describe()}" for m in unexpected]
    lines.append("(list accepted ones with a reason in tests/golden_expected.py)")
    return "\n".join(lines)


def golden_params():
    for source in SOURCES:
        wip = WORK_IN_PROGRESS.get(source)
        marks = [pytest.mark.xfail(strict=False, raises=GoldenMismatch, reason=f"work in progress: {wip}")] if wip else []
        yield pytest.param(source, id=source, marks=marks)


@pytest.mark.parametrize("source", list(golden_params()))
def test_golden(source: str, golden_report: ScoreReport) -> None:
    score = golden_report.file(source)
    assert score is not None and score.found, f"{source} was not extracted into the database"
    unexpected, stale = unexpected_mismatches(score, EXPECTED_FAILURES)
    for pattern in stale:
        warnings.warn(StaleExpectedFailure(f"golden_expected.py: ({source!r}, {pattern!r}) now passes; remove it"))
    if unexpected:
        raise GoldenMismatch(diff_text(score, unexpected))


def test_score_summary(golden_report: ScoreReport) -> None:
    """Prints the per-file, per-field score (run with -s); fails only if scoring itself breaks."""
    print()
    print_score(golden_report, verbose=bool(os.environ.get("GOLDEN_VERBOSE")))
    assert [f.file for f in golden_report.files] == SOURCES


def test_expected_failures_name_existing_answer_keys() -> None:
    unknown = {source for source, _ in EXPECTED_FAILURES} | set(WORK_IN_PROGRESS)
    assert unknown <= set(SOURCES), f"not an answer-key source: {sorted(unknown - set(SOURCES))}"
    assert all(reason.strip() for reason in [*EXPECTED_FAILURES.values(), *WORK_IN_PROGRESS.values()]), "every entry needs a reason"


def test_an_expected_pattern_covers_its_path_what_is_under_it_and_its_field() -> None:
    m = Mismatch(path="proposals[A/B.1.2].risks[2].rag", field="proposals.risks.rag")
    assert covers("proposals[A/B.1.2].risks[2].rag", m)
    assert covers("proposals[A/B.1.2].risks", m)
    assert covers("proposals.risks.rag", m)
    assert not covers("proposals[A/B.1.2].risks[2].ra", m)
    assert not covers("proposals[A/B.1.2].risks[1]", m)


def test_unexpected_mismatches_leave_out_listed_ones_and_report_stale_entries() -> None:
    score = FileScore(file="f.txt", found=True, mismatches=[Mismatch(path="items[0].title", field="items.title")])
    listed = {("f.txt", "items.title"): "title differs", ("f.txt", "flavour"): "was wrong", ("g.txt", "items"): "other file"}
    unexpected, stale = unexpected_mismatches(score, listed)
    assert unexpected == [] and stale == ["flavour"]
    assert unexpected_mismatches(score, {})[0] == score.mismatches
