"""Hand-over: rows of big documents come from the pool's workers as Parquet files; the database is the same."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pipeline.run import run
from tests.test_run import SEEDS, table_contents


def test_documents_handed_over_as_parquet_give_the_same_database_and_leave_no_files(extracted_db, tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.engines.local.HAND_OVER_BYTES", 1)  # every seed counts as big
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import pipeline.engines.local as local

    handed: list[Path] = []
    original = local.extracted_from_files
    monkeypatch.setattr(local, "extracted_from_files", lambda path, *rest, **kw: handed.append(path) or original(path, *rest, **kw))
    db = tmp_path / "out.duckdb"
    summary = run([str(SEEDS)], str(db), workers=2, timeout=600)
    assert summary.ok + summary.partial == 5 and len(handed) == 5
    assert table_contents(db) == table_contents(Path(extracted_db))
    assert list((tmp_path / "tmp").iterdir()) == []  # the hand-over folder is gone
