"""Ray engine: each document is a Ray task that writes its rows as Parquet files.

    committee-extract extract packs/ --engine ray                 # a local Ray, one CPU per worker
    committee-extract extract packs/ --engine ray --address auto  # an existing cluster

A task reads its file, extracts it and writes `<parquet_dir>/<table>/<doc_id>.parquet`,
returning only the small `documents` row and counts; this process then loads
the files into DuckDB in the order submitted, one transaction per document. On a
cluster, the inputs and `parquet_dir` must be on storage every node sees
(a shared mount), and committee-extract installed on every node.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

from pipeline.engines import Extracted, failed_result
from pipeline.engines.hand_over import extract_to_parquet, extracted_from_files
from pipeline.parquet import load_files, write_result

#: The smallest object store Ray accepts: tasks pass only paths and small rows.
OBJECT_STORE_BYTES = 80 * 1024 * 1024


_extract_to_parquet = extract_to_parquet  # the Ray task (a module-level name Ray can pickle by reference)


def start_ray(workers: int, address: str | None):
    """Connect to `address`, or start a quiet local Ray with `workers` CPUs."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage report sent anywhere
    if address:
        check_reachable(address)
    import ray

    if ray.is_initialized():
        return ray, False
    if address:
        try:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise RayUnreachable(f"cannot join the Ray cluster at {address}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    else:
        ray.init(
            num_cpus=workers,
            include_dashboard=False,
            object_store_memory=OBJECT_STORE_BYTES,
            log_to_driver=False,
            configure_logging=False,
        )
    return ray, True


class RayUnreachable(ConnectionError):
    """The Ray address given cannot be reached; the message says which and why."""


#: Seconds to wait for a Ray head's port to answer: well inside the 30 s a user waits.
CONNECT_SECONDS = 10.0


def check_reachable(address: str, seconds: float = CONNECT_SECONDS) -> None:
    """Fail fast on an address nothing listens at: `ray.init` would retry for minutes.
    `auto` (the cluster this machine runs) is left to Ray, which fails at once when there is none."""
    if address == "auto":
        return
    host_port = address.split("://", 1)[-1].rstrip("/")
    host, _, port = host_port.rpartition(":")
    if not host or not port.isdigit():
        raise RayUnreachable(f"the Ray address {address!r} is not host:port, ray://host:port or auto")
    try:
        socket.create_connection((host, int(port)), timeout=seconds).close()
    except OSError as exc:
        raise RayUnreachable(f"cannot reach the Ray cluster at {address} ({exc.strerror or exc}): check the address and that the cluster is up") from exc


def in_ray(todo: list[tuple[Path, str]], workers: int, parquet_dir: str | Path, address: str | None = None, timeout: float | None = None, password: str | None = None, use_ocr: bool = True) -> Iterator[Extracted]:
    """Documents as Ray tasks, yielded in the order given once their Parquet files are written."""
    if not todo:
        return
    ray, started = start_ray(workers, address)
    try:
        task = ray.remote(num_cpus=1, max_retries=1)(_extract_to_parquet)
        out = str(Path(parquet_dir).resolve())
        refs = [task.remote(str(path.resolve()), str(path), out, password, use_ocr) for path, _ in todo]
        for (path, doc_id), ref in zip(todo, refs):
            yield _collect(ray, ref, path, doc_id, out, timeout)
    finally:
        if started:
            ray.shutdown()


def _collect(ray, ref, path: Path, doc_id: str, parquet_dir: str, timeout: float | None) -> Extracted:
    try:
        document, files, counts, failed = ray.get(ref, timeout=timeout)
    except Exception as exc:  # the task's worker died, raised or ran too long: the document failed, the run goes on
        if isinstance(exc, ray.exceptions.GetTimeoutError):
            ray.cancel(ref, force=True)
            reason = f"timed out: extraction took longer than {timeout:g} s"
        else:
            reason = f"Ray task failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        result = failed_result(path, doc_id, reason)
        written = write_result(result, parquet_dir)
        return Extracted(path=path, document=result.document, load=lambda con: load_files(con, doc_id, written))
    return extracted_from_files(path, (document, files, counts, failed))
