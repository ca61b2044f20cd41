"""Read-only access to the database for scoring: one document's rows, table by table.

Scoring reads SQL only, never the extractor code. A table or column that does
not exist (yet) reads as empty, so an unfinished pipeline scores low instead of
crashing the scorer.
"""

from __future__ import annotations

from pathlib import PurePath

import duckdb

#: Columns that give rows their document order, where a table has them.
ORDER_COLUMNS = ("item_id", "table_id", "seq", "line")


class Database:
    """The tables and columns of a DuckDB file, and queries that never raise."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self._by_document: dict[str, dict[str, list[dict]]] = {}
        self.schema: dict[str, dict[str, tuple[str, str]]] = {}
        for table, column, col_type in self._query(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
        ):
            self.schema.setdefault(table.lower(), {})[column.lower()] = (column, col_type)

    def _query(self, sql: str, params: list | None = None) -> list[tuple]:
        try:
            return self.con.execute(sql, params or []).fetchall()
        except duckdb.Error:
            return []

    def has_table(self, table: str) -> bool:
        return table.lower() in self.schema

    def columns(self, table: str) -> dict[str, tuple[str, str]]:
        """lower column name -> (column name, DuckDB type); empty if the table does not exist."""
        return self.schema.get(table.lower(), {})

    def select(self, table: str, where: str = "", params: list | None = None) -> list[dict]:
        """Rows of `table` as dicts, in document order."""
        cols = self.columns(table)
        if not cols:
            return []
        names = [name for name, _ in cols.values()]
        order = [f'"{c}" NULLS LAST' for c in ORDER_COLUMNS if c in cols]
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "")
        sql += " ORDER BY " + ", ".join([*order, "rowid"])
        return [dict(zip(names, row)) for row in self._query(sql, params)]

    def rows_by_document(self, table: str) -> dict[str, list[dict]]:
        """Every row of `table`, split by document (read once: a query per table, not per document)."""
        if table not in self._by_document:
            split: dict[str, list[dict]] = {}
            cols = self.columns(table)
            for row in self.select(table) if ("doc_id" in cols or "item_id" in cols) else []:
                doc_id = row.get("doc_id") or str(row.get("item_id") or "").split(":")[0]
                split.setdefault(doc_id, []).append(row)
            self._by_document[table] = split
        return self._by_document[table]

    def fact_keys(self) -> set[str]:
        """The keys `table_facts` holds for some table: the table-level facts the database can answer."""
        return {str(k) for (k,) in self._query('SELECT DISTINCT "key" FROM table_facts')}

    def documents(self) -> list[dict]:
        return self.select("documents")

    def find_document(self, source: str) -> dict | None:
        """The document whose source_path has the file name `source` (the key's "source")."""
        for doc in self.documents():
            if PurePath(str(doc.get("source_path") or "")).name == source:
                return doc
        return None


class DocumentRows:
    """The rows of one document, read once per table. `doc_id` None: a document not in the database."""

    def __init__(self, db: Database, doc_id: str | None):
        self.db = db
        self.doc_id = doc_id
        self._cache: dict[str, list[dict]] = {}

    def columns(self, table: str) -> dict[str, tuple[str, str]]:
        return self.db.columns(table)

    def has_table(self, table: str) -> bool:
        return self.db.has_table(table)

    def rows(self, table: str) -> list[dict]:
        if table not in self._cache:
            self._cache[table] = self._read(table)
        return self._cache[table]

    def _read(self, table: str) -> list[dict]:
        if self.doc_id is None:
            return []
        return self.db.rows_by_document(table).get(self.doc_id, [])

    def of_item(self, table: str, item_id: str | None) -> list[dict]:
        return [r for r in self.rows(table) if item_id is not None and r.get("item_id") == item_id]

    def contacts(self, item_id: str | None, role: str) -> list[dict]:
        return [r for r in self.of_item("contacts", item_id) if str(r.get("role") or "").casefold() == role]
