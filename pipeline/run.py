"""Orchestration: extract every input file and load it, one bad file never stopping the run.

The plan is made first (hash every input, skip what is loaded unchanged, order
the rest largest first); the engine then extracts them, and results are loaded
in that order, one transaction per document, so an interrupted run leaves only whole documents
and the next run picks up where it stopped.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel

from pipeline import PIPELINE_VERSION
from pipeline.completeness import is_incomplete
from pipeline.duplicates import link_duplicates
from pipeline.engines import Extracted, file_doc_id
from pipeline.ingest import list_inputs
from pipeline.load import connect, loaded_versions, prune_documents, record_paths, status_counts

ENGINES = ("local", "ray")


class RunSummary(BaseModel):
    documents: int = 0
    ok: int = 0
    partial: int = 0
    failed: int = 0
    skipped: int = 0
    #: Inputs with the same bytes as another input of the run: recorded in `document_paths`.
    same_content: int = 0
    #: Files under the folders given that are not PDFs or text dumps.
    ignored: int = 0
    pruned: int = 0
    pages: int = 0
    text_lines: int = 0  # lines of text dumps, which have no pages
    items: int = 0
    tables: int = 0
    failed_validations: int = 0
    #: documents with an item whose expected parts came out empty (`pipeline.completeness`)
    incomplete: int = 0
    seconds: float = 0.0
    failures: list[str] = []
    #: Documents in the whole database by status after the run, this run's and earlier ones'.
    in_database: dict[str, int] = {}

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


class Plan(BaseModel):
    """What a run will do: files to extract (path, doc_id) and files skipped with the reason."""

    todo: list[tuple[Path, str]] = []
    skipped: list[tuple[Path, str]] = []
    doc_ids: set[str] = set()
    #: path -> doc_id of every input that could be hashed.
    found: dict[str, str] = {}
    #: inputs skipped for having the same bytes as an earlier input.
    copies: int = 0


def make_plan(paths: list[Path], loaded: dict[str, tuple[str, str]], force: bool) -> Plan:
    """Hash every input; skip copies and documents loaded by this code, unless `force`.
    A document that failed (a timeout, a crash, a file being written) is tried again."""
    plan = Plan()
    first_path: dict[str, Path] = {}
    for path in paths:
        try:
            doc_id = file_doc_id(path)
        except OSError:  # unreadable: the worker records it as a failed document
            plan.todo.append((path, ""))
            continue
        plan.doc_ids.add(doc_id)
        plan.found[str(path)] = doc_id
        version, status = loaded.get(doc_id, ("", ""))
        if doc_id in first_path:
            plan.skipped.append((path, f"skipped (same content as {first_path[doc_id]})"))
            plan.copies += 1
        elif not force and version == PIPELINE_VERSION and status != "failed":
            plan.skipped.append((path, "skipped (unchanged)"))
        else:
            plan.todo.append((path, doc_id))
        first_path.setdefault(doc_id, path)
    plan.todo.sort(key=_largest_first)
    return plan


def _largest_first(entry: tuple[Path, str]) -> tuple[int, str]:
    """Big files first, so that no worker starts a 300-page pack when the others are done
    (bytes stand in for pages); ties by path, so the load order is the same every run."""
    try:
        size = entry[0].stat().st_size
    except OSError:
        size = 0
    return -size, str(entry[0])


def engine_results(todo: list[tuple[Path, str]], engine: str, workers: int, address: str | None, parquet_dir: Path, timeout: float | None, password: str | None = None, use_ocr: bool = True) -> Iterator[Extracted]:
    if engine == "ray":
        from pipeline.engines.ray_engine import in_ray

        return in_ray(todo, workers, parquet_dir, address, timeout, password, use_ocr)
    from pipeline.engines.local import in_pool, in_process

    if workers <= 1 and timeout is None:
        return in_process(todo, password, use_ocr)
    return in_pool(todo, max(workers, 1), timeout, password=password, use_ocr=use_ocr)


def run(
    paths: list[str | Path],
    db_path: str,
    force: bool = False,
    on_document: Callable[[str, str], None] | None = None,
    *,
    workers: int = 1,
    engine: str = "local",
    address: str | None = None,
    prune: bool = False,
    parquet_dir: str | Path | None = None,
    timeout: float | None = None,
    password: str | None = None,
    on_start: Callable[[int, int], None] | None = None,
    on_extracted: Callable[[Extracted], None] | None = None,
    use_ocr: bool = True,
) -> RunSummary:
    """Extract `paths` (files or folders) into the DuckDB file at `db_path`.

    A document already loaded with the same content hash and pipeline version
    is skipped unless `force`; `prune` removes documents not among the inputs.
    `workers` > 1 extracts in a process pool (`engine="local"`) or as Ray tasks
    (`engine="ray"`, which also writes Parquet under `parquet_dir`, default
    `<db folder>/parquet`). `password` opens encrypted PDFs; `use_ocr` False leaves pages without a text layer unread. `on_start(to_extract, skipped)`, `on_document(path, status)`
    and `on_extracted(extracted)` report progress.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    started = time.perf_counter()
    parquet_dir = Path(parquet_dir) if parquet_dir else Path(db_path).parent / "parquet"
    summary = RunSummary()
    inputs = list_inputs(paths)
    summary.ignored = len(inputs.ignored)
    con = connect(db_path)
    guard = LoadGuard()
    try:
        plan = make_plan(inputs.files, loaded_versions(con), force)
        summary.documents = len(inputs.files)
        if on_start:
            on_start(len(plan.todo), len(plan.skipped))
        summary.same_content = plan.copies
        for path, reason in plan.skipped:
            summary.skipped += 1
            _tell(on_document, str(path), reason)
        if prune:
            summary.pruned = len(_prune(con, plan.doc_ids, parquet_dir))
        for done in engine_results(plan.todo, engine, workers, address, parquet_dir, timeout, password, use_ocr):
            with guard:
                done.load(con)
            plan.found[str(done.path)] = done.document.doc_id
            _count(summary, done)
            _tell(on_document, str(done.path), done.document.status)
            if on_extracted:
                on_extracted(done)
        with guard:
            record_paths(con, plan.found)
            link_duplicates(con)
        summary.in_database = status_counts(con)
    finally:
        con.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


class LoadGuard:
    """Ctrl-C (or SIGTERM) while a document is being loaded takes effect once it is committed.

    DuckDB turns SIGINT during a query into "Query interrupted" and the load rolls
    back, which is safe but throws the finished work away; outside a load,
    Ctrl-C stops the run at once as usual.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self):
        self.pending = False

    def __enter__(self):
        self.previous = {}
        if threading.current_thread() is threading.main_thread():
            self.previous = {s: signal.signal(s, self._later) for s in self.SIGNALS}
        return self

    def _later(self, signum, frame):
        self.pending = True

    def __exit__(self, *exc):
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)
        if self.pending and exc[0] is None:
            raise KeyboardInterrupt
        return False


def _prune(con, keep: set[str], parquet_dir: Path) -> list[str]:
    from pipeline.parquet import remove_document_files

    gone = prune_documents(con, keep)
    for doc_id in gone:
        remove_document_files(parquet_dir, doc_id)
    return gone


def _count(summary: RunSummary, done: Extracted) -> None:
    status = done.document.status
    setattr(summary, status, getattr(summary, status) + 1)
    summary.pages += done.document.n_pages or 0
    summary.text_lines += done.document.n_lines or 0
    summary.items += done.counts.get("items", 0)
    summary.tables += done.counts.get("extracted_tables", 0)
    summary.failed_validations += done.failed_checks
    summary.incomplete += is_incomplete(json.loads(done.document.warnings or "[]"))
    if status != "ok":
        summary.failures.append(f"{done.path}: {done.document.error}")


def _tell(callback, path: str, status: str) -> None:
    if callback:
        callback(path, status)
