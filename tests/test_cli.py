"""CLI: extract's exit codes, options and their checks, per-document lines when not on a terminal, and the summary."""

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


def test_extract_with_a_failed_input_prints_each_failure_says_how_many_and_exits_1(folder, tmp_path, capsys):
    assert main(["extract", str(folder), "--db", str(tmp_path / "out.duckdb"), "--workers", "1"]) == 1
    out, err = capsys.readouterr()
    assert "2 documents: 1 ok, 0 partial, 1 failed, 0 skipped" in out
    assert "failed validations" in out and "lines/s" in out  # the text file's lines (the PDF failed: no pages)
    assert "broken.pdf" in out  # the failure and its reason
    assert "ok  " in err and "cover.txt" in err  # one plain line per document: stderr is not a terminal
    assert "1 of 2 inputs failed" in err and "Traceback" not in err


def test_extract_exits_0_when_every_input_is_read(folder, tmp_path, capsys):
    (folder / "broken.pdf").unlink()
    assert main(["extract", str(folder), "--db", str(tmp_path / "out.duckdb"), "--workers", "1", "-q"]) == 0


def test_a_second_run_skips_unchanged_documents_tries_the_failed_one_again_and_counts_the_database(folder, tmp_path, capsys):
    db = str(tmp_path / "out.duckdb")
    main(["extract", str(folder), "--db", db, "-q"])
    capsys.readouterr()
    assert main(["extract", str(folder), "--db", db]) == 1
    out, err = capsys.readouterr()
    assert "0 ok, 0 partial, 1 failed, 1 skipped" in out
    assert "database: 2 documents, 1 failed, 0 partial" in out
    assert err.count("skipped (unchanged)") == 1 and "failed  " in err and "broken.pdf" in err


def test_quiet_prints_no_per_document_lines_only_the_count_of_failures(folder, tmp_path, capsys):
    main(["extract", str(folder), "--db", str(tmp_path / "out.duckdb"), "-q"])
    assert capsys.readouterr().err.splitlines() == ["committee-extract: 1 of 2 inputs failed (reasons above); they are tried again on the next run"]


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


def test_help_lists_the_exit_codes(capsys):
    for argv in (["--help"], ["extract", "--help"], ["score", "--help"]):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 0
        out = capsys.readouterr().out
        assert "exit codes:" in out and all(f"\n  {code} " in out for code in ("0", "1", "2", "130")), argv


def test_version_prints_the_package_version(capsys):
    from pipeline import __version__

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.strip() == f"committee-extract {__version__}"


def test_every_option_of_every_command_has_help_text():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    missing = [
        f"{name} {action.option_strings or action.dest}"
        for name, sub in [("", parser), *commands.items()]
        for action in sub._actions
        if not action.help
    ]
    assert missing == []


def test_verbose_and_quiet_on_every_command():
    for command in (["extract", "x"], ["query", "SELECT 1"], ["score", "keys"], ["export", "out"]):
        assert build_parser().parse_args([*command, "-v"]).verbose
        assert build_parser().parse_args([*command, "-q"]).quiet


@pytest.mark.parametrize(
    "argv, says",
    [
        (["extract", "x", "--workers", "0"], "--workers"),
        (["extract", "x", "--timeout", "-5"], "--timeout"),
        (["extract", "x", "--timeout", "nan"], "--timeout"),
        (["extract", "x", "--address", "auto"], "--address only applies with --engine ray"),
        (["extract", "x", "--parquet-dir", "p"], "--parquet-dir only applies with --engine ray"),
        (["extract", "x", "-v", "-q"], "not allowed with"),
        (["query", "SELECT 1", "--format", "xml"], "--format"),
        (["query", "SELECT 1", "--max-rows", "0"], "--max-rows"),
        (["score", "keys", "--min", "120"], "--min"),
        (["export", "out", "--format", "xlsx"], "--format"),
    ],
)
def test_a_bad_option_value_is_a_usage_error_with_exit_2(argv, says, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert says in capsys.readouterr().err


def test_a_ray_address_that_cannot_be_reached_fails_within_30_seconds_with_a_message(folder, tmp_path, capsys):
    import socket
    import time

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    code = main(["extract", str(folder / "cover.txt"), "--db", str(tmp_path / "out.duckdb"), "--engine", "ray", "--address", f"127.0.0.1:{port}"])
    assert code == 1 and time.monotonic() - started < 30
    err = capsys.readouterr().err
    assert f"cannot reach the Ray cluster at 127.0.0.1:{port}" in err and "Traceback" not in err


def test_the_password_can_come_from_the_environment_out_of_the_process_list(monkeypatch):
    monkeypatch.setenv("COMMITTEE_EXTRACT_PASSWORD", "s3cret")
    assert build_parser().parse_args(["extract", "x"]).password == "s3cret"
    assert build_parser().parse_args(["extract", "x", "--password", "other"]).password == "other"
