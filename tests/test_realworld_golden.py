"""The real-world answer keys (tests/golden/realworld) against a fresh extraction of their 12 PDFs.

The PDFs live in ../shared/realworld beside the repo (not committed); the
tests skip when that folder is absent. One extraction per session, then:
every keyed document is found; no `fail` validation where a key says the
total holds (a false alarm) beyond the allow-list; each file matches at least
its floor (ratchets, tests/realworld_expected.py); the listed known misses
name real fields. To see the score table:

    .venv/bin/pytest -q -s tests/test_realworld_golden.py::test_realworld_score_summary
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

from pipeline.score import ScoreReport, print_score, score_database
from tests.conftest import GOLDEN_DIR
from tests.realworld_expected import ALLOWED_FALSE_ALARMS, FLOORS, KNOWN_MISSES

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
KEYS = GOLDEN_DIR / "realworld"
KEY_FILES = sorted(KEYS.rglob("*.json"))


def keyed_pdfs() -> list[Path]:
    """The PDF each key names: <council folder>/<source>, under ../shared/realworld."""
    return [REALWORLD / path.parent.name / json.loads(path.read_text(encoding="utf-8"))["source"] for path in KEY_FILES]


SOURCES = [pdf.name for pdf in keyed_pdfs()]

needs_pdfs = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"{REALWORLD} is absent: the real-world PDFs are not committed, only their keys"
)


class RatchetRaised(UserWarning):
    """A file scores above its floor: raise the floor in tests/realworld_expected.py."""


@pytest.fixture(scope="session")
def realworld_report(tmp_path_factory: pytest.TempPathFactory) -> ScoreReport:
    from pipeline.run import run

    missing = [str(p) for p in keyed_pdfs() if not p.is_file()]
    if missing:
        pytest.skip(f"keyed PDFs absent: {missing}")
    path = tmp_path_factory.mktemp("realworld_golden") / "realworld.duckdb"
    run([str(p) for p in keyed_pdfs()], str(path), force=True, workers=1)
    return score_database(str(path), str(KEYS))


def alarm_key(source: str, alarm: str) -> tuple[str, str, int]:
    """(file, check name, page) of a false-alarm line "p10 benefit_range_total fail ..."."""
    m = re.match(r"p(\d+|None) (\S+)", alarm)
    return source, m.group(2), int(m.group(1)) if m.group(1).isdigit() else -1


def test_every_key_has_a_floor_and_every_floor_a_key() -> None:
    assert sorted(FLOORS) == sorted(SOURCES)
    assert {s for s, _ in KNOWN_MISSES} <= set(SOURCES) and {s for s, _, _ in ALLOWED_FALSE_ALARMS} <= set(SOURCES)
    assert all(reason.strip() for reason in [*KNOWN_MISSES.values(), *ALLOWED_FALSE_ALARMS.values()])


@needs_pdfs
@pytest.mark.parametrize("source", SOURCES)
def test_realworld_document_is_found(source: str, realworld_report: ScoreReport) -> None:
    score = realworld_report.file(source)
    assert score is not None and score.found, f"{source} was not extracted into the database"


@needs_pdfs
@pytest.mark.parametrize("source", SOURCES)
def test_realworld_no_false_alarm_beyond_the_allow_list(source: str, realworld_report: ScoreReport) -> None:
    score = realworld_report.file(source)
    unexpected = [a for a in score.false_alarms if alarm_key(source, a) not in ALLOWED_FALSE_ALARMS]
    assert not unexpected, "fail validations where the key says the total holds:\n" + "\n".join(unexpected)


@needs_pdfs
@pytest.mark.parametrize("source", SOURCES)
def test_realworld_matches_at_least_its_floor(source: str, realworld_report: ScoreReport) -> None:
    score = realworld_report.file(source)
    if score.matched > FLOORS[source]:
        warnings.warn(RatchetRaised(f"{source}: {score.matched} matched, floor {FLOORS[source]}: raise it"))
    lost = "\n".join(m.describe() for m in score.mismatches[:40])
    assert score.matched >= FLOORS[source], f"{source}: {score.matched}/{score.expected} matched, floor {FLOORS[source]}\n{lost}"


@needs_pdfs
def test_realworld_known_misses_name_fields_of_their_file(realworld_report: ScoreReport) -> None:
    for (source, field), reason in KNOWN_MISSES.items():
        f = realworld_report.file(source).field(field)
        assert f is not None, f"KNOWN_MISSES ({source!r}, {field!r}) names no scored field"
        if f.matched == f.expected:
            warnings.warn(RatchetRaised(f"KNOWN_MISSES ({source!r}, {field!r}) now matches: remove it ({reason})"))


@needs_pdfs
def test_realworld_score_summary(realworld_report: ScoreReport) -> None:
    """Prints the per-file, per-field and per-group score (run with -s); fails only if scoring breaks."""
    print()
    print_score(realworld_report)
    assert sorted(f.file for f in realworld_report.files) == sorted(SOURCES)
