"""Orchestration: extract every input file and load it, one bad file never stopping the run."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from pipeline import PIPELINE_VERSION
from pipeline.extract import extract_document
from pipeline.ingest import ingest, list_inputs
from pipeline.load import connect, load_result, loaded_versions
from pipeline.duplicates import link_duplicates


class RunSummary(BaseModel):
    documents: int = 0
    ok: int = 0
    partial: int = 0
    failed: int = 0
    skipped: int = 0
    pages: int = 0
    seconds: float = 0.0
    failures: list[str] = []


def run(
    paths: list[str | Path],
    db_path: str,
    force: bool = False,
    on_document: Callable[[str, str], None] | None = None,
) -> RunSummary:
    """Extract `paths` (files or folders) into the DuckDB file at `db_path`.

    A document already loaded with the same content hash and pipeline version
    is skipped unless `force`.
    """
    started = time.perf_counter()
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    con = connect(db_path)
    summary = RunSummary()
    try:
        loaded = loaded_versions(con)
        for path in list_inputs(paths):
            src = ingest(path)
            summary.documents += 1
            if not force and loaded.get(src.doc_id, ("", ""))[0] == PIPELINE_VERSION:
                summary.skipped += 1
                _tell(on_document, str(path), "skipped (unchanged)")
                continue
            result = extract_document(src)
            load_result(con, result)
            status = result.document.status
            setattr(summary, status, getattr(summary, status) + 1)
            summary.pages += result.document.n_pages or 0
            if status != "ok":
                summary.failures.append(f"{path}: {result.document.error}")
            _tell(on_document, str(path), status)
        link_duplicates(con)
    finally:
        con.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _tell(callback, path: str, status: str) -> None:
    if callback:
        callback(path, status)
