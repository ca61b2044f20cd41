"""Engines: a process pool and Ray give the same database as one process; a dying
or hanging worker costs only its own document."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.engines import extract_path
from pipeline.run import run
from tests.test_run import SEEDS, statuses, table_contents


def dies_on_crash_files(path, name=None):
    """Stands in for the per-document work: a file named crash* kills its worker outright."""
    if Path(path).name.startswith("crash"):
        os._exit(3)
    return extract_path(path, name)


def hangs_on_slow_files(path, name=None):
    if Path(path).name.startswith("slow"):
        time.sleep(60)
    return extract_path(path, name)


@pytest.fixture
def small_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "a_cover.txt")
    (folder / "b_note.txt").write_text("To: Highways Committee\nDate: 3 March 2024\n\n1. Purpose\nA short note.\n")
    (folder / "c_empty.txt").write_bytes(b"")
    return folder


def test_a_process_pool_gives_the_same_database_as_one_process(extracted_db, tmp_path):
    db = tmp_path / "pool.duckdb"
    summary = run([str(SEEDS)], str(db), force=True, workers=2)
    assert summary.ok + summary.partial == 5
    assert table_contents(db) == table_contents(Path(extracted_db))


def test_a_worker_that_dies_fails_only_its_document(small_folder, tmp_path, monkeypatch):
    (small_folder / "crash.txt").write_text("To: Planning Committee\n")
    monkeypatch.setattr("pipeline.engines.local.extract_path", dies_on_crash_files)
    db = tmp_path / "out.duckdb"
    summary = run([small_folder], str(db), workers=2)
    got = statuses(db)
    assert summary.documents == 4
    assert got["a_cover.txt"][0] == "ok" and got["b_note.txt"][0] == "ok"
    assert got["crash.txt"][0] == "failed" and "worker process died" in got["crash.txt"][1]


def test_a_document_past_the_timeout_is_failed_and_the_run_goes_on(small_folder, tmp_path, monkeypatch):
    (small_folder / "slow.txt").write_text("To: Planning Committee\n")
    monkeypatch.setattr("pipeline.engines.local.extract_path", hangs_on_slow_files)
    db = tmp_path / "out.duckdb"
    started = time.perf_counter()
    run([small_folder], str(db), workers=2, timeout=3)
    got = statuses(db)
    assert time.perf_counter() - started < 45
    assert got["slow.txt"][0] == "failed" and "timed out" in got["slow.txt"][1]
    assert got["a_cover.txt"][0] == "ok"


def test_the_ray_engine_gives_the_same_database_as_the_local_engine(extracted_db, tmp_path):
    pytest.importorskip("ray")
    db = tmp_path / "ray.duckdb"
    parquet = tmp_path / "parquet"
    summary = run([str(SEEDS)], str(db), force=True, engine="ray", workers=2, parquet_dir=parquet)
    assert summary.ok + summary.partial == 5
    want, got = table_contents(Path(extracted_db)), table_contents(db)
    assert sorted(got) == sorted(want)
    for table in want:  # table by table, so a failure names the table
        assert got[table] == want[table], table
    # one Parquet file per document per table with rows: the five documents rows, and risks from the business cases
    assert len(list((parquet / "documents").glob("*.parquet"))) == 5
    con = duckdb.connect(str(db), read_only=True)
    risk_docs = con.execute("SELECT count(DISTINCT doc_id) FROM risks").fetchone()[0]
    con.close()
    assert len(list((parquet / "risks").glob("*.parquet"))) == risk_docs > 0


FIXTURE_PACK = Path(__file__).parent / "fixtures" / "business_cases.pdf"


def test_a_long_pdf_read_in_page_runs_by_the_pool_gives_the_same_database_as_one_process(tmp_path, monkeypatch):
    from pipeline.engines import split

    calls = []

    def small_parts(path, split_pages, max_parts):
        calls.append(path)
        return split.parts_of(path, split_pages=10, part_pages=8, max_parts=max_parts)  # 31 pages: four runs

    whole, parted = tmp_path / "whole.duckdb", tmp_path / "parted.duckdb"
    run([FIXTURE_PACK], str(whole), workers=1)
    monkeypatch.setattr("pipeline.engines.local.parts_of", small_parts)
    run([FIXTURE_PACK], str(parted), workers=2)
    assert calls and split.parts_of(FIXTURE_PACK, 10, 8) == [(1, 8), (9, 16), (17, 24), (25, 31)]
    want, got = table_contents(whole), table_contents(parted)
    for table in want:
        assert got[table] == want[table], table
