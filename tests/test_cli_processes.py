"""CLI processes: SIGTERM takes Ctrl-C's path (exit 130, whole documents), and workers never outlive the run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from pipeline.run import run
from tests.test_run import SEEDS, statuses, table_contents


def children(pid: int) -> set[int]:
    """Process ids whose parent is `pid` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigterm_stops_like_ctrl_c_with_whole_documents_and_no_workers_left(extracted_db, tmp_path):
    db = tmp_path / "out.duckdb"
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(SEEDS), "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    first = proc.stderr.readline()  # a document's line is printed once it is committed
    workers = children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    rest = proc.stderr.read()
    assert proc.wait(timeout=60) == 130, rest
    assert "interrupted: every document loaded so far is whole" in rest and "Traceback" not in rest
    assert first.split()[0] in ("ok", "partial")
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(w) for w in workers)
    interrupted = statuses(db)
    assert 1 <= len(interrupted) < 5
    summary = run([str(SEEDS)], str(db))
    assert summary.skipped == len(interrupted)
    assert table_contents(db) == table_contents(Path(extracted_db))


def test_workers_exit_when_the_parent_is_killed(tmp_path):
    """SIGKILL gives the parent no chance to stop its pool: the workers must notice on their own."""
    for n in range(3):  # long enough that the workers are busy when the parent dies
        (tmp_path / f"dump{n}.txt").write_text("".join(f"{i}. The committee noted the update on item {i}.\n" for i in range(150_000)))
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(tmp_path), "--db", str(tmp_path / "out.duckdb"), "--workers", "2", "-q"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers := children(proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) >= 2, "the pool never started"
        time.sleep(0.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(w) for w in workers)
    finally:  # whatever happened, leave nothing running
        proc.kill()
        for w in workers:
            if alive(w):
                os.kill(w, signal.SIGKILL)
    duckdb.connect(str(tmp_path / "out.duckdb"), read_only=True).close()  # the killed run left a database that opens


def test_output_cut_short_by_a_closed_pipe_is_no_traceback(tmp_path):
    db = str(tmp_path / "seeds.duckdb")
    run([str(SEEDS / "003_219f3df77203f1ee.txt")], db, workers=1)
    sql = "SELECT * FROM range(100000)"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "query", sql, "--db", db, "--format", "csv"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err
