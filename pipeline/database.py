"""Opening the database: only our own, migrated to the current schema, with one-line reasons.

committee-extract writes only to a DuckDB file it made. It marks one with the
`committee_extract_meta` table (`schema_version`). A file without that table is
opened for writing only when it is empty, or when it is an older database of
ours: one whose `documents` table has our columns (`OUR_DOCUMENT_COLUMNS`),
written before the table existed (schema version 1). Anything else is refused,
so `--db` pointed at someone else's file never gains our columns or rows.

Every way opening can fail that a user can fix (the file locked by another
process, not a DuckDB file, a folder that cannot be written, no file at all)
becomes a `DatabaseProblem` whose message says what to do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import duckdb

from schemas.base import TABLES, register_all
from schemas.database_meta import DatabaseMeta
from schemas.ddl import columns, schema_sql

#: 1: before the meta table (no `document_paths`); 2: meta table and `document_paths`.
SCHEMA_VERSION = 2
META_TABLE = DatabaseMeta.__table__
#: A `documents` table with these columns is ours even without the meta table.
OUR_DOCUMENT_COLUMNS = frozenset({"doc_id", "source_path", "source_format", "status", "error", "pipeline_version"})


class DatabaseProblem(Exception):
    """A database that cannot be used; the message is one line that says what to do."""


def open_for_writing(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open (or create) our database at `path`, with every table, column and view of this version."""
    folder = Path(path).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(f"cannot create the folder {folder} ({exc.strerror}): use --db in a folder you can write") from exc
    con = _connect(path, read_only=False)
    try:
        prepare(con, str(path))
    except BaseException:
        con.close()
        raise
    return con


def open_for_reading(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open an existing database read-only (query, score, export)."""
    if not Path(path).is_file():
        raise DatabaseProblem(f"no database at {path}: run `committee-extract extract FILES --db {path}` first")
    return _connect(path, read_only=True)


def _connect(path: str | Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise DatabaseProblem(explain(exc, str(path))) from exc


def explain(exc: BaseException, path: str) -> str:
    """DuckDB's reason a file cannot be opened, as what the user can do about it."""
    text = str(exc)
    if lock := re.search(r"Conflicting lock is held in .*?\(PID (\d+)\)", text):
        return f"database {path} in use by process {lock[1]}: wait for it or use another --db"
    if "not a valid DuckDB database" in text:
        return f"{path} is not a DuckDB database: use another --db (committee-extract never writes over a file it did not make)"
    if "Permission denied" in text or "Read-only file system" in text:
        return f"cannot write {path} (permission denied or a read-only folder): use --db in a folder you can write"
    return f"cannot open the database {path}: {text.splitlines()[0] if text else type(exc).__name__}"


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version of an open database: from the meta table, 1 for an older database
    of ours, None for an empty one; a `DatabaseProblem` for someone else's."""
    tables = _tables(con)
    if META_TABLE in tables:
        row = con.execute(f'SELECT value FROM "{META_TABLE}" WHERE key = ?', ["schema_version"]).fetchone()
        return int(row[0]) if row and row[0].isdigit() else 1
    if not tables:
        return None
    if "documents" in tables and OUR_DOCUMENT_COLUMNS <= _columns(con, "documents"):
        return 1
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise DatabaseProblem(
        f"this DuckDB file was not made by committee-extract (it has tables {shown} and no {META_TABLE} table): "
        "committee-extract writes only to its own databases; use another --db"
    )


def prepare(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Refuse someone else's database; create or migrate ours to `SCHEMA_VERSION`."""
    from pipeline import PIPELINE_VERSION

    found = schema_version(con)
    if found is not None and found > SCHEMA_VERSION:
        raise DatabaseProblem(
            f"{path} was written by a newer committee-extract (schema version {found}; this one knows up to "
            f"{SCHEMA_VERSION}): upgrade committee-extract, or use another --db"
        )
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(schema_sql())
        _add_missing_columns(con)
        for version in range(found or SCHEMA_VERSION, SCHEMA_VERSION):
            MIGRATIONS[version](con)
        _write_meta(con, {"schema_version": str(SCHEMA_VERSION), "pipeline_version": PIPELINE_VERSION})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Columns added to a table since the database was written (every version's light migration)."""
    register_all()
    for name, model in TABLES.items():
        have = _columns(con, name)
        for col, typ in columns(model):
            if col not in have:
                con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{col}" {typ}')


def _from_version_1(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1 had no `document_paths`: each document's one known path is its `source_path`."""
    con.execute("INSERT INTO document_paths (doc_id, path) SELECT doc_id, source_path FROM documents")


#: version -> the step that takes a database from it to the next version.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _from_version_1}


def _write_meta(con: duckdb.DuckDBPyConnection, values: dict[str, str]) -> None:
    for key, value in values.items():
        con.execute(f'DELETE FROM "{META_TABLE}" WHERE key = ?', [key])
        con.execute(f'INSERT INTO "{META_TABLE}" (key, value) VALUES (?, ?)', [key, value])


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    rows = con.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?", [table]).fetchall()
    return {r[0] for r in rows}
