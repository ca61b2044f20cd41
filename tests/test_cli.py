"""CLI: the extract command's options, per-document lines when not on a terminal, and the summary."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from pipeline.cli import Progress, build_parser, main, summary_text
from pipeline.run import RunSummary
from tests.test_run import SEEDS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "cover.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type")
    return folder


def test_extract_prints_the_summary_and_each_failure(folder, tmp_path, capsys):
    assert main(["extract", str(folder), "--db", str(tmp_path / "out.duckdb"), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert "2 documents: 1 ok, 0 partial, 1 failed, 0 skipped" in out
    assert "failed validations" in out and "lines/s" in out  # the text file's lines (the PDF failed: no pages)
    assert "broken.pdf" in out  # the failure and its reason
    assert "ok  " in err and "cover.txt" in err  # one plain line per document: stderr is not a terminal


def test_a_second_run_says_each_unchanged_document_is_skipped(folder, tmp_path, capsys):
    db = str(tmp_path / "out.duckdb")
    main(["extract", str(folder), "--db", db, "-q"])
    capsys.readouterr()
    main(["extract", str(folder), "--db", db])
    out, err = capsys.readouterr()
    assert "0 ok, 0 partial, 0 failed, 2 skipped" in out
    assert err.count("skipped (unchanged)") == 2


def test_quiet_prints_no_per_document_lines(folder, tmp_path, capsys):
    main(["extract", str(folder), "--db", str(tmp_path / "out.duckdb"), "-q"])
    assert capsys.readouterr().err == ""


def test_workers_default_to_the_cores_engine_to_local_and_a_document_may_take_half_an_hour():
    args = build_parser().parse_args(["extract", "x"])
    assert args.workers is None and args.engine == "local"  # main() fills in the cores
    assert args.timeout == 1800  # a hanging document cannot stall a night's run
    args = build_parser().parse_args(["extract", "x", "-j", "3", "--engine", "ray", "--address", "auto", "--prune", "--force"])
    assert (args.workers, args.engine, args.address, args.prune, args.force) == (3, "ray", "auto", True, True)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_only_on_a_terminal_and_not_when_quiet():
    on_terminal = Progress(stream=FakeTerminal())
    on_terminal.start(to_extract=10, skipped=0)
    assert on_terminal.bar is not None
    on_terminal.document("a/b.pdf", "ok")
    on_terminal.stop()
    quiet = Progress(quiet=True, stream=FakeTerminal())
    quiet.start(to_extract=10, skipped=0)
    assert quiet.bar is None
    piped = Progress(stream=io.StringIO())
    piped.start(to_extract=10, skipped=0)
    assert piped.bar is None


def test_summary_states_counts_and_pages_per_second():
    summary = RunSummary(documents=4, ok=2, partial=1, failed=1, skipped=0, pages=300, seconds=60.0, items=7, tables=12, failed_validations=2)
    text = summary_text(summary, "x.duckdb")
    assert "4 documents: 2 ok, 1 partial, 1 failed, 0 skipped" in text
    assert "7 items, 12 tables, 2 failed validations" in text
    assert "300 pages (5.0 pages/s) in 60.0s" in text


def test_summary_gives_lines_per_second_for_text_dumps_and_both_for_a_mixed_run():
    texts = RunSummary(documents=1, ok=1, text_lines=1200, seconds=2.0)
    mixed = RunSummary(documents=2, ok=2, pages=10, text_lines=1200, seconds=2.0)
    assert "1,200 lines (600.0 lines/s) in 2.0s" in summary_text(texts, "x.duckdb")
    assert "pages" not in summary_text(texts, "x.duckdb").split(";")[1]
    assert "10 pages (5.0 pages/s) and 1,200 lines (600.0 lines/s) in 2.0s" in summary_text(mixed, "x.duckdb")


def test_extract_of_a_path_that_is_not_there_says_so_without_a_traceback(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nowhere.pdf"), "--db", str(tmp_path / "out.duckdb")]) == 2
    _, err = capsys.readouterr()
    assert "no such file or folder" in err and "nowhere.pdf" in err and "Traceback" not in err


def test_query_with_a_mistake_in_the_sql_prints_duckdbs_message_not_a_traceback(extracted_db, capsys):
    assert main(["query", "SELECT no_such_column FROM proposals", "--db", extracted_db]) == 1
    _, err = capsys.readouterr()
    assert "no_such_column" in err and "Traceback" not in err


def test_query_of_a_database_that_is_not_there_says_to_extract_first(tmp_path, capsys):
    assert main(["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "run `committee-extract extract` first" in capsys.readouterr().err


def test_query_as_csv_quotes_values_holding_commas_and_line_breaks(extracted_db, capsys):
    sql = "SELECT 'a, b' AS x, 'line one\nline two' AS y, NULL AS z"
    assert main(["query", sql, "--db", extracted_db, "--format", "csv"]) == 0
    assert capsys.readouterr().out == 'x,y,z\n"a, b","line one\nline two",\n'
