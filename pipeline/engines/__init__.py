"""Engines: where the per-document work runs (this process, a local process pool, Ray).

An engine takes the files to extract, in the order the run planned, and yields one
`Extracted` per file in that same order, whatever order the work finished in:
the run loop loads them one transaction each, so the database is the same
whichever engine made it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipeline import PIPELINE_VERSION
from extractors.readers import UnreadableDocument
from pipeline.extract import DocumentPart, collect, extract_parts, read_stream
from pipeline.ingest import ingest, sniff_format
from schemas.records import Document
from schemas.stages import DocumentResult


@dataclass
class Extracted:
    """One document's work done: its `documents` row, row counts, and how to load it."""

    path: Path
    document: Document
    counts: dict[str, int] = field(default_factory=dict)
    failed_checks: int = 0
    #: Replaces the document's rows in the database, in one transaction.
    load: Callable[[duckdb.DuckDBPyConnection], None] | None = None


def extract_path(path: str | Path, name: str | None = None, password: str | None = None, use_ocr: bool = True) -> DocumentResult:
    """Read and extract one file, recorded as `name` (default: `path` as given); `password`
    opens an encrypted PDF; scanned pages are read by OCR where `use_ocr`. Never raises: an
    unreadable file is a `failed` document."""
    return collect(extract_path_parts(path, name, password, use_ocr))


def extract_path_parts(path: str | Path, name: str | None = None, password: str | None = None, use_ocr: bool = True) -> Iterator[DocumentPart]:
    """`extract_path` item by item (`extract_parts`): the last part carries the `documents` row."""
    try:
        src = ingest(path, password)
    except OSError as exc:  # no content to hash: the path stands in for it
        yield DocumentPart(document=failed_result(Path(name or path), hashlib.sha256(str(path).encode()).hexdigest()[:16], f"could not read the file: {exc}").document)
        return
    except UnreadableDocument as exc:  # a wrong password
        yield DocumentPart(document=failed_result(Path(name or path), file_doc_id(path), str(exc)).document)
        return
    if name is not None:
        src.path = name
    parts = extract_parts(src) if use_ocr else extract_parts(src, read=lambda src: read_stream(src, use_ocr=False))
    del src  # extract_parts lets go of the file's bytes once it has read them
    yield from parts


def file_doc_id(path: str | Path) -> str:
    """doc_id: sha256 of the file's bytes, first 16 hex digits, read in chunks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def failed_result(path: Path, doc_id: str, reason: str) -> DocumentResult:
    """A `failed` document for work that died outside `extract_document` (worker crash, timeout)."""
    try:
        head = path.read_bytes()[:1024]
    except OSError:
        head = b""
    document = Document(
        doc_id=doc_id,
        source_path=str(path),
        source_format=sniff_format(head, str(path)),
        pipeline_version=PIPELINE_VERSION,
        extracted_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0),
        status="failed",
        error=reason,
    )
    return DocumentResult(document=document)


def tally(result: DocumentResult) -> tuple[dict[str, int], int]:
    """Rows per table, and the number of failed validations, of one document."""
    counts = Counter(r.__table__ for r in result.records)
    failed = sum(1 for r in result.records if r.__table__ == "validations" and getattr(r, "status", None) == "fail")
    return dict(counts), failed


def extracted_from_result(path: Path, result: DocumentResult) -> Extracted:
    """An in-memory result, loaded with `load_result`."""
    from pipeline.load import load_result

    counts, failed = tally(result)
    return Extracted(path=path, document=result.document, counts=counts, failed_checks=failed, load=lambda con: load_result(con, result))


Engine = Callable[[list[tuple[Path, str]]], Iterator[Extracted]]
