"""A document's rows handed from the worker that extracted them to the process that loads them
as Parquet files, not pickled objects: the loading process then never holds a copy of them
(DuckDB reads the files). The Ray engine hands over every document so, the local engines only
big ones (`local.HAND_OVER_BYTES`), whose rows run to hundreds of MB.

The worker writes the files item by item as it extracts (`extract_parts`), a row group per
`ROW_GROUP_ROWS` rows of a table, so it never holds a long dump's rows either.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.arrow import arrow_schema, arrow_table
from pipeline.engines import Extracted, extract_path_parts
from pipeline.extract import DocumentPart
from pipeline.load import rows_by_table
from pipeline.parquet import load_files, remove_document_files
from schemas.base import TABLES, register_all
from schemas.records import Document

#: What a worker sends back: the `documents` row, table -> file, rows per table, failed checks.
HandedOver = tuple[dict, dict[str, str], dict[str, int], int]

#: Rows of one table buffered before they are written as a row group.
ROW_GROUP_ROWS = 2_000


def extract_to_parquet(path: str, name: str, parquet_dir: str, password: str | None = None, use_ocr: bool = True) -> HandedOver:
    """Run in a worker: one document to Parquet files under `parquet_dir`, item by item."""
    return write_parts(extract_path_parts(path, name, password, use_ocr), parquet_dir)


def write_parts(parts: Iterator[DocumentPart], parquet_dir: str | Path) -> HandedOver:
    """One Parquet file per table the document has rows in (`<table>/<doc_id>.parquet`, as
    `parquet.write_result` writes them), from its parts as they come; old files of the
    document go first. A file appears whole or not at all."""
    register_all()
    writers = _TableWriters(Path(parquet_dir))
    counts: Counter = Counter()
    failed = 0
    try:
        for part in parts:
            for record in part.records:
                counts[record.__table__] += 1
                failed += record.__table__ == "validations" and getattr(record, "status", None) == "fail"
            writers.add([part.document, *part.records] if part.document else part.records)
            document = part.document
        files = writers.finish(document.doc_id)
    finally:
        writers.discard()
    return document.model_dump(), {t: str(p) for t, p in files.items()}, dict(counts), failed


class _TableWriters:
    """A Parquet writer per table, fed rows in buffers of `ROW_GROUP_ROWS`, writing to
    temporary files that `finish` names after the document."""

    def __init__(self, root: Path):
        self.root = root
        self.buffers: dict[str, list[tuple]] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.partial: dict[str, Path] = {}

    def add(self, records: list) -> None:
        for table, rows in rows_by_table(records).items():
            buffer = self.buffers.setdefault(table, [])
            buffer.extend(rows)
            if len(buffer) >= ROW_GROUP_ROWS:
                self._write(table)

    def _write(self, table: str) -> None:
        rows, self.buffers[table] = self.buffers[table], []
        if not rows:
            return
        if table not in self.writers:
            path = self.root / table / f".{os.getpid()}-{id(self)}.parquet.tmp"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.partial[table] = path
            self.writers[table] = pq.ParquetWriter(path, arrow_schema(TABLES[table]))
        self.writers[table].write_table(arrow_table(TABLES[table], rows))

    def finish(self, doc_id: str) -> dict[str, Path]:
        for table in list(self.buffers):
            self._write(table)
        for writer in self.writers.values():
            writer.close()
        self.writers.clear()
        remove_document_files(self.root, doc_id)
        files = {}
        for table, partial in self.partial.items():
            files[table] = partial.replace(self.root / table / f"{doc_id}.parquet")  # a reader never sees half a file
        self.partial.clear()
        return files

    def discard(self) -> None:
        """Close and remove what was not finished (extraction raised)."""
        for writer in self.writers.values():
            writer.close()
        for partial in self.partial.values():
            partial.unlink(missing_ok=True)


def extracted_from_files(path: Path, handed: HandedOver, remove_after_load: bool = False) -> Extracted:
    """The handed-over document, loaded from its files (then removed, where they were only a hand-over)."""
    document, files, counts, failed = handed
    row = Document(**document)
    paths = {t: Path(p) for t, p in files.items()}

    def load(con) -> None:
        load_files(con, row.doc_id, paths)
        if remove_after_load:
            for file in paths.values():
                file.unlink(missing_ok=True)

    return Extracted(path=path, document=row, counts=counts, failed_checks=failed, load=load)
