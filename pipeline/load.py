"""Load: write a document's records into DuckDB, one transaction per document.

Re-loading a document replaces its rows, so running twice gives the same database.
"""

from __future__ import annotations

import json
from collections import defaultdict
from enum import Enum

import duckdb

from pipeline.arrow import arrow_table
from schemas.base import TABLES, Record
from schemas.ddl import schema_sql
from schemas.stages import DocumentResult


def connect(path: str) -> duckdb.DuckDBPyConnection:
    """Open (or create) the database and make sure every table and view exists."""
    con = duckdb.connect(path)
    con.execute(schema_sql())
    _add_missing_columns(con)
    return con


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """A database written by an older version gains the columns added since (a light migration)."""
    from schemas.ddl import columns

    for name, model in TABLES.items():
        have = {r[0] for r in con.execute(f"SELECT column_name FROM information_schema.columns WHERE table_name = '{name}'").fetchall()}
        for col, typ in columns(model):
            if col not in have:
                con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{col}" {typ}')


def _value(v):
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def rows_by_table(records: list[Record]) -> dict[str, list[tuple]]:
    """Records as plain row tuples (enums as values, lists as JSON), grouped by table."""
    by_table: dict[str, list[tuple]] = defaultdict(list)
    for r in records:
        by_table[r.__table__].append(tuple(_value(getattr(r, f)) for f in type(r).model_fields))
    return by_table


def delete_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Remove every row that came from `doc_id`."""
    for name, model in TABLES.items():
        if "doc_id" in model.model_fields:
            con.execute(f'DELETE FROM "{name}" WHERE doc_id = ?', [doc_id])


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Append rows through one Arrow table: DuckDB's `executemany` binds row by row, which
    made loading a tenth of a run."""
    model = TABLES[table]
    cols = ", ".join(f'"{c}"' for c in model.model_fields)
    con.register("_incoming", arrow_table(model, rows))
    try:
        con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM _incoming')
    finally:
        con.unregister("_incoming")


def is_loaded(con: duckdb.DuckDBPyConnection, doc_id: str) -> bool:
    return con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id]).fetchall()[0][0] > 0


def load_result(con: duckdb.DuckDBPyConnection, result: DocumentResult) -> None:
    """Replace the document's rows with `result`, atomically."""
    con.execute("BEGIN TRANSACTION")
    try:
        if is_loaded(con, result.document.doc_id):  # a document's rows only exist beside its documents row
            delete_document(con, result.document.doc_id)
        for table, rows in rows_by_table([result.document, *result.records]).items():
            insert_rows(con, table, rows)
        con.execute("COMMIT")
    except BaseException:  # Ctrl-C included: never leave half a document
        con.execute("ROLLBACK")
        raise


def loaded_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """doc_id -> (pipeline_version, status) for every document already loaded."""
    return {r[0]: (r[1], r[2]) for r in con.execute("SELECT doc_id, pipeline_version, status FROM documents").fetchall()}


def prune_documents(con: duckdb.DuckDBPyConnection, keep: set[str]) -> list[str]:
    """Remove every document (and its rows) whose doc_id is not in `keep`; return the removed ids."""
    gone = [doc_id for doc_id in loaded_versions(con) if doc_id not in keep]
    for doc_id in sorted(gone):
        con.execute("BEGIN TRANSACTION")
        try:
            delete_document(con, doc_id)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return sorted(gone)
