"""Hand-over: rows of big documents come from the pool's workers as Parquet files; the database is the same."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.bench import repeated_dump
from pipeline.run import run
from tests.test_run import SEEDS, table_contents

ROOT = Path(__file__).resolve().parent.parent


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


def test_a_big_document_extracted_in_one_process_is_written_item_by_item_and_gives_the_same_database(extracted_db, tmp_path, monkeypatch):
    # every seed counts as big, and each table's rows go out in row groups of 3: many writes per file
    monkeypatch.setattr("pipeline.engines.local.HAND_OVER_BYTES", 1)
    monkeypatch.setattr("pipeline.engines.hand_over.ROW_GROUP_ROWS", 3)
    import pipeline.engines.hand_over as hand_over

    parts_written: list[int] = []
    original = hand_over.write_parts
    monkeypatch.setattr(hand_over, "write_parts", lambda parts, folder: original(_counted(parts, parts_written), folder))
    db = tmp_path / "out.duckdb"
    summary = run([str(SEEDS)], str(db), workers=1, timeout=None)
    assert summary.ok + summary.partial == 5
    assert sum(parts_written) >= 27 + 5  # an item's records at a time (27 items), then each document's last part
    assert table_contents(db) == table_contents(Path(extracted_db))


def _counted(parts, seen: list[int]):
    for part in parts:
        seen.append(1)
        yield part


MEMORY_SCRIPT = """
import resource, sys, tempfile
from pipeline.engines.hand_over import extract_to_parquet
document = extract_to_parquet(sys.argv[1], sys.argv[1], tempfile.mkdtemp())[0]
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, document["status"])
"""


def _peak_mb(dump: Path) -> int:
    out = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(dump)], capture_output=True, text=True, check=True, cwd=ROOT)
    peak, status = out.stdout.split()[-2:]
    assert status in ("ok", "partial")
    return int(peak)


def test_a_dump_eight_times_longer_needs_at_most_25_mb_more_per_mb(tmp_path):
    # Measured 19 MB per MB of dump between these two sizes (its lines, and the records the
    # document checks read); before the dump was normalised in one pass and written away item
    # by item it was 36. Each extraction runs in a fresh process, so its peak RSS is its own.
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small_mb = repeated_dump(SEEDS, 0.25, small) / 1e6
    big_mb = repeated_dump(SEEDS, 2.0, big) / 1e6
    growth = (_peak_mb(big) - _peak_mb(small)) / (big_mb - small_mb)
    assert growth < 25, f"{growth:.1f} MB of memory per MB of dump"
