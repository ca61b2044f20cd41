"""CLI: each routine database problem is one line that says what to do, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.cli import main
from tests.test_run import SEEDS

COVER = SEEDS / "003_219f3df77203f1ee.txt"


@pytest.fixture
def locked_db(tmp_path: Path):
    """A database held open for writing by another process, as a running extract holds it."""
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(db)!r}); print('ready', flush=True); time.sleep(120)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield db, holder.pid
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("command", [["extract", str(COVER), "-q"], ["query", "SELECT 1"], ["score", "tests/golden"], ["export", "OUT"]])
def test_a_database_locked_by_another_process_names_it_and_says_what_to_do(locked_db, command, tmp_path, capsys):
    db, pid = locked_db
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    assert main([*argv, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err == f"committee-extract: database {db} in use by process {pid}: wait for it or use another --db\n"


@pytest.mark.parametrize("command", [["extract", str(COVER), "-q"], ["query", "SELECT 1"], ["score", "tests/golden"]])
def test_a_file_that_is_not_a_duckdb_database_is_refused_and_left_alone(command, tmp_path, capsys):
    db = tmp_path / "notes.duckdb"
    db.write_text("shopping list\n" * 200)
    assert main([*command, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"committee-extract: {db} is not a DuckDB database: use another --db") and err.count("\n") == 1
    assert db.read_text() == "shopping list\n" * 200


def read_only_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write: chmod for a normal user; root writes through
    permission bits, so for root a read-only filesystem (sysfs)."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    if not os.path.isdir("/sys") or os.access("/sys", os.W_OK) and not _sysfs_read_only():
        pytest.skip("no read-only folder to test with: running as root without a read-only /sys")
    return Path("/sys")


def _sysfs_read_only() -> bool:
    try:
        (Path("/sys") / "committee-extract-probe").write_text("")
    except OSError:
        return True
    return False


def test_a_read_only_output_folder_says_to_use_another_db(tmp_path, capsys):
    db = read_only_folder(tmp_path) / "out.duckdb"
    assert main(["extract", str(COVER), "--db", str(db), "-q"]) == 1
    err = capsys.readouterr().err
    assert "use --db in a folder you can write" in err and err.count("\n") == 1 and "Traceback" not in err


def test_export_to_a_read_only_folder_says_so(extracted_db, tmp_path, capsys):
    out = read_only_folder(tmp_path) / "export"
    assert main(["export", str(out), "--db", extracted_db]) == 1
    err = capsys.readouterr().err
    assert f"cannot write {out}" in err and err.count("\n") == 1


@pytest.mark.parametrize("command", [["score", "tests/golden"], ["query", "SELECT 1"], ["export", "OUT"]])
def test_a_missing_database_says_to_extract_first(command, tmp_path, capsys):
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    db = tmp_path / "none.duckdb"
    assert main([*argv, "--db", str(db)]) == 1
    assert capsys.readouterr().err == f"committee-extract: no database at {db}: run `committee-extract extract FILES --db {db}` first\n"
    assert not db.exists()


def test_someone_elses_duckdb_file_with_a_documents_table_is_refused_untouched(tmp_path, capsys):
    db = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (id INTEGER, title VARCHAR)")
    con.execute("INSERT INTO documents VALUES (1, 'minutes')")
    con.close()
    assert main(["extract", str(COVER), "--db", str(db), "-q"]) == 1
    err = capsys.readouterr().err
    assert "was not made by committee-extract" in err and "documents" in err and "use another --db" in err
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("documents",)]
    assert con.execute("SELECT * FROM documents").fetchall() == [(1, "minutes")]
    con.close()


def test_a_copy_of_our_database_elsewhere_is_still_ours(extracted_db, tmp_path, capsys):
    db = tmp_path / "copy.duckdb"
    shutil.copy(extracted_db, db)
    assert main(["extract", str(COVER), "--db", str(db), "-q"]) == 0
