"""Load: write a document's records into DuckDB, one transaction per document.

Re-loading a document replaces its rows, so running twice gives the same database.
"""

from __future__ import annotations

import json
from collections import defaultdict
from enum import Enum
from pathlib import Path

import duckdb

from pipeline.arrow import arrow_table
from pipeline.database import open_for_writing
from schemas.base import TABLES, Record
from schemas.stages import DocumentResult


def connect(path: str) -> duckdb.DuckDBPyConnection:
    """Open (or create) our database, migrated, with every table and view (`pipeline.database`)."""
    return open_for_writing(path)


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


#: Rows about where a document's content was found, not made by extracting it: kept when it is extracted again.
KEPT_ON_RELOAD = frozenset({"document_paths"})


def delete_document(con: duckdb.DuckDBPyConnection, doc_id: str, keep: frozenset[str] = KEPT_ON_RELOAD) -> None:
    """Remove every row that came from `doc_id`, but those of the tables in `keep`."""
    for name, model in TABLES.items():
        if "doc_id" in model.model_fields and name not in keep:
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
            delete_document(con, doc_id, keep=frozenset())
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return sorted(gone)


def record_paths(con: duckdb.DuckDBPyConnection, found: dict[str, str]) -> None:
    """Bring `document_paths` and `documents.source_path` up to date with where this run found
    each document (`found`: path -> doc_id), in one transaction.

    A path is added for every loaded document it holds; a known path is dropped once it
    holds other content or is gone from disk; a document whose `source_path` was dropped
    (the file moved) takes its first remaining path. Paths outside this run that still
    exist are kept: a copy elsewhere is still a copy.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        known = con.execute("SELECT doc_id, path FROM document_paths").fetchall()
        stale = [(d, p) for d, p in known if found.get(p, d) != d or (p not in found and not Path(p).is_file())]
        for doc_id, path in stale:
            con.execute("DELETE FROM document_paths WHERE doc_id = ? AND path = ?", [doc_id, path])
        new = sorted(set((d, p) for p, d in found.items()) - set(known))
        con.execute(
            "INSERT INTO document_paths (doc_id, path) SELECT * FROM (SELECT unnest(?) AS doc_id, unnest(?) AS path) "
            "WHERE doc_id IN (SELECT doc_id FROM documents)",
            [[d for d, _ in new], [p for _, p in new]],
        )
        con.execute(_MOVED)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


_MOVED = """
UPDATE documents SET source_path = (SELECT min(p.path) FROM document_paths p WHERE p.doc_id = documents.doc_id)
WHERE EXISTS (SELECT 1 FROM document_paths p WHERE p.doc_id = documents.doc_id)
  AND NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.doc_id = documents.doc_id AND p.path = documents.source_path)
"""


def status_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Documents in the database by status (`ok`, `partial`, `failed`)."""
    return dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
