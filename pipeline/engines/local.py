"""Local engines: in this process (`workers=1`), or a pool of worker processes.

The pool keeps at most eight documents per worker in flight (memory stays
bounded however many files there are: results are rows, not pages) and hands
results back in the order given, so a slow document holds back loading but not
the other workers.
A PDF of `SPLIT_PAGES` pages or more is read by several workers at once, in
runs of pages (`split`), so one long pack does not keep one core busy while the
others wait.
A worker that dies (a crash inside a PDF library, the OOM killer) or a
document that runs past `timeout` breaks the pool; the document at the head
is then re-run alone in a fresh worker, and if that dies or times out too it
becomes a `failed` document with the reason, and the run goes on.
A file of `HAND_OVER_BYTES` or more comes back as Parquet files in a temporary
folder that the parent loads by DuckDB and removes: it never holds its rows, and the
worker writes them item by item (in this process too, without a pool).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from pipeline.engines import Extracted, extract_path, extracted_from_result, failed_result
from pipeline.engines.hand_over import HandedOver, extract_to_parquet, extracted_from_files
from pipeline.engines.split import PARTS_PER_WORKER, SPLIT_PAGES, finish_document, parts_of, scan_part
from schemas.stages import DocumentResult

IN_FLIGHT_PER_WORKER = 8
#: A file this big or bigger has its rows handed back as Parquet files rather than pickled
#: (`hand_over`): a 20 MB text dump has ~500 MB of row objects, which the parent would unpickle.
HAND_OVER_BYTES = 2 * 1024 * 1024


def in_process(todo: list[tuple[Path, str]], password: str | None = None, use_ocr: bool = True) -> Iterator[Extracted]:
    """One document after another in this process: the reference every engine must equal.
    A big file is written away item by item and loaded from its files (`hand_over`), so its
    rows never all exist at once here either."""
    hand_over = None
    try:
        for path, _doc_id in todo:
            if _size(path) >= HAND_OVER_BYTES:
                hand_over = hand_over or Path(tempfile.mkdtemp(prefix="committee-extract-"))
                handed = extract_to_parquet(str(path), str(path), str(hand_over), password, use_ocr)
                yield extracted_from_files(path, handed, remove_after_load=True)
            else:
                yield extracted_from_result(path, extract_path(path) if password is None and use_ocr else extract_path(path, None, password, use_ocr))
    finally:
        if hand_over is not None:
            shutil.rmtree(hand_over, ignore_errors=True)


def in_pool(todo: list[tuple[Path, str]], workers: int, timeout: float | None = None, split_pages: int = SPLIT_PAGES, password: str | None = None, use_ocr: bool = True) -> Iterator[Extracted]:
    """Documents across `workers` processes, yielded in the order given."""
    big = any(_size(path) >= HAND_OVER_BYTES for path, _ in todo)
    hand_over = Path(tempfile.mkdtemp(prefix="committee-extract-")) if big else None
    settings = _Settings(workers, timeout, split_pages, password, hand_over, use_ocr)
    start = 0
    try:
        while start < len(todo):
            pool = _new_pool(workers)
            try:
                for result in _ordered(pool, todo[start:], settings):
                    yield _extracted(todo[start][0], result)
                    start += 1
                return
            except (BrokenProcessPool, FutureTimeout):
                _stop(pool)
                path, doc_id = todo[start]
                yield _extracted(path, _alone(path, doc_id, settings))
                start += 1
            finally:  # also on Ctrl-C: stop the workers at once rather than wait for them
                _stop(pool)
    finally:
        if hand_over is not None:
            shutil.rmtree(hand_over, ignore_errors=True)


@dataclass(frozen=True)
class _Settings:
    workers: int
    timeout: float | None
    split_pages: int
    password: str | None
    #: Where big documents' rows are handed over as Parquet (None: no document is big).
    hand_over: Path | None
    use_ocr: bool = True


class _SplitDocument:
    """A long PDF whose page runs are scanned by the pool, then put together by a worker too
    (the parent, which loads, would otherwise take CPU from the workers)."""

    def __init__(self, pool: ProcessPoolExecutor, path: Path, ranges: list[tuple[int, int]], use_ocr: bool = True):
        self.pool, self.path = pool, path
        self.parts = [pool.submit(scan_part, path, first, last, use_ocr) for first, last in ranges]

    def result(self, timeout: float | None = None) -> DocumentResult:
        parts = [part.result(timeout=timeout) for part in self.parts]
        return self.pool.submit(finish_document, self.path, parts).result(timeout=timeout)


def _submit(pool: ProcessPoolExecutor, path: Path, settings: _Settings) -> Future | _SplitDocument:
    # An encrypted PDF is never split: PDFium cannot count its pages without the password.
    ranges = parts_of(path, settings.split_pages, max_parts=PARTS_PER_WORKER * settings.workers)
    return _SplitDocument(pool, path, ranges, settings.use_ocr) if ranges else _submit_whole(pool, path, settings)


def _submit_whole(pool: ProcessPoolExecutor, path: Path, settings: _Settings) -> Future:
    if settings.hand_over is not None and _size(path) >= HAND_OVER_BYTES:
        return pool.submit(extract_to_parquet, str(path), str(path), str(settings.hand_over), settings.password, settings.use_ocr)
    # The password only where one was given: `extract_path(path)` is the common call.
    if settings.password is None and settings.use_ocr:
        return pool.submit(extract_path, path)
    return pool.submit(extract_path, path, None, settings.password, settings.use_ocr)


def _extracted(path: Path, result: DocumentResult | HandedOver) -> Extracted:
    if isinstance(result, DocumentResult):
        return extracted_from_result(path, result)
    return extracted_from_files(path, result, remove_after_load=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _ordered(pool: ProcessPoolExecutor, todo: list[tuple[Path, str]], settings: _Settings) -> Iterator[DocumentResult | HandedOver]:
    window = settings.workers * IN_FLIGHT_PER_WORKER
    pending: deque[Future | _SplitDocument] = deque()
    queued = iter(todo)
    for path, _ in queued:
        pending.append(_submit(pool, path, settings))
        if len(pending) >= window:
            break
    while pending:
        result = pending.popleft().result(timeout=settings.timeout)
        for path, _ in queued:
            pending.append(_submit(pool, path, settings))
            break
        yield result


def _alone(path: Path, doc_id: str, settings: _Settings) -> DocumentResult | HandedOver:
    """Re-run one document in a fresh single worker, to tell a bad document from an innocent bystander."""
    pool = _new_pool(1)
    timeout = settings.timeout
    try:
        return _submit_whole(pool, path, settings).result(timeout=timeout)
    except BrokenProcessPool:
        return failed_result(path, doc_id, "the worker process died while extracting it (a crash in a PDF library, or out of memory)")
    except FutureTimeout:
        return failed_result(path, doc_id, f"timed out: extraction took longer than {timeout:g} s")
    finally:
        _stop(pool)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # fork: workers start at once with every extractor already imported (spawn re-imports spaCy and
    # pdfplumber per worker, seconds each). Workers never touch the parent's DuckDB connection and
    # leave through os._exit, so the copy of it they inherit is never used or closed.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),))


def _worker_start(parent: int) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what happens, workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent(parent)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent is gone (killed with SIGKILL, so it could not stop its pool) exits
    instead of finishing a document nobody will load: at once on Linux (the kernel's
    parent-death signal), else within a second (a thread that watches the parent)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux
        pass
    if os.getppid() != parent:  # died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool without waiting for running documents, killing its workers."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)
