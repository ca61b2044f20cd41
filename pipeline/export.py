"""Export every table of the database as Parquet, CSV or JSON files, by DuckDB's COPY (no Ray)."""

from __future__ import annotations

from pathlib import Path

import duckdb

#: format -> (file suffix, COPY options). JSON is one array per file; CSV has a header row.
EXPORT_FORMATS = {
    "parquet": ("parquet", "FORMAT PARQUET"),
    "csv": ("csv", "FORMAT CSV, HEADER true"),
    "json": ("json", "FORMAT JSON, ARRAY true"),
}


def export_tables(con: duckdb.DuckDBPyConnection, out_dir: str | Path, fmt: str) -> list[tuple[str, int, Path]]:
    """Write `<out_dir>/<table>.<suffix>` for every base table; return (table, rows, file) each."""
    suffix, options = EXPORT_FORMATS[fmt]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).fetchall()]
    written = []
    for table in tables:
        path = out_dir / f"{table}.{suffix}"
        escaped = str(path).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM \"{table}\") TO '{escaped}' ({options})")
        rows = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        written.append((table, rows, path))
    return written
