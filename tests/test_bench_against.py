"""`make bench` times an earlier commit of the project on the same PDFs, from git, untouched."""

import subprocess
from pathlib import Path

import pytest

from pipeline.bench_against import ROOT, against, describe, tree_of

FIXTURE = Path(__file__).parent / "fixtures" / "cover_paper.pdf"


def _has_history() -> bool:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _has_history(), reason="not a git clone")


def test_an_earlier_commit_is_taken_out_of_git_without_touching_the_working_copy(tmp_path):
    before = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain"], capture_output=True, text=True).stdout
    tree = tree_of("HEAD", tmp_path / "then")
    assert (tree / "pipeline" / "run.py").is_file()
    assert subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain"], capture_output=True, text=True).stdout == before


def test_an_unknown_commit_is_an_error_not_a_figure(tmp_path):
    with pytest.raises(subprocess.CalledProcessError):
        tree_of("no-such-commit-0000", tmp_path / "then")


def test_both_pipelines_extract_the_same_pdf_and_the_ratio_is_their_cpu(tmp_path):
    figures = against("HEAD", [FIXTURE], rounds=1)
    assert figures["documents_ok"] == {"earlier": "1/1", "now": "1/1"}
    now, earlier = figures["cpu_seconds"]["now"][0], figures["cpu_seconds"]["earlier"][0]
    assert now > 0 and earlier > 0
    # the figures keep 3 decimals: the ratio of the rounded seconds agrees to within 1 %
    assert figures["ratio_best"] == pytest.approx(now / earlier, rel=0.01)
    assert figures["ratio_median"] == pytest.approx(now / earlier, rel=0.01)  # one round: its own ratio
    assert describe(figures, pages=4).startswith(f"x{figures['ratio_best']:.3f} CPU per page")
