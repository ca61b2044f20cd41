"""Parquet output: one file per document per table, typed like the DuckDB tables.

    <parquet_dir>/<table>/<doc_id>.parquet

The Arrow schema comes from the same record models as the DuckDB DDL, so money
is decimal128(18, 2), dates date32, booleans bool, JSON columns strings;
DuckDB then loads the files (or queries them in place: docs/parquet.md).
A table with no rows for a document gets no file.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipeline.arrow import arrow_schema, arrow_table  # noqa: F401  (arrow_schema: part of this module's API)
from pipeline.load import delete_document, rows_by_table
from schemas.base import TABLES, Record, register_all
from schemas.stages import DocumentResult

def document_files(parquet_dir: str | Path, doc_id: str) -> dict[str, Path]:
    """table -> file of `doc_id` for every table that has one."""
    root = Path(parquet_dir)
    return {name: root / name / f"{doc_id}.parquet" for name in TABLES if (root / name / f"{doc_id}.parquet").exists()}


def remove_document_files(parquet_dir: str | Path, doc_id: str) -> None:
    for path in document_files(parquet_dir, doc_id).values():
        path.unlink(missing_ok=True)


def write_result(result: DocumentResult, parquet_dir: str | Path) -> dict[str, Path]:
    """Write one Parquet file per table the document has rows in; old files of the document go first."""
    register_all()
    doc_id = result.document.doc_id
    remove_document_files(parquet_dir, doc_id)
    written: dict[str, Path] = {}
    for name, rows in rows_by_table([result.document, *result.records]).items():
        path = Path(parquet_dir) / name / f"{doc_id}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".parquet.{os.getpid()}.tmp")
        pq.write_table(arrow_table(TABLES[name], rows), partial)
        partial.replace(path)  # a reader never sees half a file
        written[name] = path
    return written


def load_files(con: duckdb.DuckDBPyConnection, doc_id: str, files: dict[str, Path]) -> None:
    """Replace the document's rows with the rows of its Parquet files, atomically."""
    con.execute("BEGIN TRANSACTION")
    try:
        delete_document(con, doc_id)
        for name, path in sorted(files.items()):
            cols = ", ".join(f'"{c}"' for c in TABLES[name].model_fields)
            con.execute(f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM read_parquet(?)', [str(path)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
