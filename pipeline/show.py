"""`committee-extract show ID`: what was read for a document, item, table or validation, and why.

    shown = look_up(con, "0cde0f3f0557a691:001:t02")
    print(format_shown(shown))

An id is resolved against the database only (never by re-running extraction):
a `doc_id`, an `item_id` (`<doc>:NNN`), a `table_id` (`<item>:tNN`) or a
`validation_id` (`<item>:vNNN`). What is shown is what a reviewer needs to
trust or doubt a row: the table's cells, kind, extractor, box and notes; the
checks made on it with their details; the page it came from.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb
from pydantic import BaseModel

#: Tables that are not rows read from a document's content.
_NOT_CONTENT = ("documents", "items", "extracted_tables", "table_facts", "validations", "document_paths")


def _tables_with(con, column: str) -> list[str]:
    """The base tables (not views) that have `column`: where a table's or item's rows may land."""
    rows = con.execute(
        "SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables t "
        "ON c.table_name = t.table_name WHERE c.column_name = ? AND t.table_type = 'BASE TABLE' ORDER BY 1",
        [column],
    ).fetchall()
    return [name for (name,) in rows if name not in _NOT_CONTENT]


class Shown(BaseModel):
    """One looked-up thing: its fields, the tables under it, and where on a page it is."""

    what: str  # document | item | table | validation
    id: str
    fields: dict[str, Any] = {}
    #: Named lists of rows to print under the fields (items of a document, checks of a table ...).
    lists: dict[str, list[dict[str, Any]]] = {}
    #: The table's grid, header first, for a table or a validation on a table.
    grid: list[list[str]] | None = None
    #: Where to draw: the PDF, its page, the table box and the row to highlight (top, bottom) in points.
    source_path: str | None = None
    page: int | None = None
    bbox: list[float] | None = None
    highlight: tuple[float, float] | None = None


class NotFound(LookupError):
    pass


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    rel = con.execute(sql, params or [])
    names = [d[0] for d in rel.description]
    return [dict(zip(names, row)) for row in rel.fetchall()]


def _one(con, sql: str, params: list) -> dict[str, Any] | None:
    rows = _rows(con, sql, params)
    return rows[0] if rows else None


def look_up(con: duckdb.DuckDBPyConnection, ident: str) -> Shown:
    """Whatever `ident` names; NotFound with what was tried otherwise."""
    ident = ident.strip()
    if row := _one(con, "SELECT * FROM validations WHERE validation_id = ?", [ident]):
        return show_validation(con, row)
    if row := _one(con, "SELECT * FROM extracted_tables WHERE table_id = ?", [ident]):
        return show_table(con, row)
    if row := _one(con, "SELECT * FROM items WHERE item_id = ?", [ident]):
        return show_item(con, row)
    if row := _one(con, "SELECT * FROM documents WHERE doc_id = ?", [ident]):
        return show_document(con, row)
    raise NotFound(f"no document, item, table or validation has the id {ident!r} "
                   "(ids: doc_id, item_id <doc>:NNN, table_id <item>:tNN, validation_id <item>:vNNN)")


def _source(con, doc_id: str) -> str | None:
    row = _one(con, "SELECT source_path, source_format FROM documents WHERE doc_id = ?", [doc_id])
    return row["source_path"] if row and row["source_format"] == "pdf" else None


def show_document(con, doc: dict) -> Shown:
    items = _rows(con, "SELECT item_id, kind, title, page_start, page_end FROM items WHERE doc_id = ? ORDER BY seq", [doc["doc_id"]])
    failing = _rows(con, 'SELECT validation_id, "check", expected, actual, page FROM validations '
                         "WHERE doc_id = ? AND status = 'fail' ORDER BY validation_id", [doc["doc_id"]])
    fields = {k: doc[k] for k in ("doc_id", "source_path", "source_format", "flavour", "n_pages", "status", "error", "duplicate_of")}
    fields["warnings"] = json.loads(doc.get("warnings") or "[]")
    return Shown(what="document", id=doc["doc_id"], fields=fields, lists={"items": items, "failing validations": failing})


def show_item(con, item: dict) -> Shown:
    tables = _rows(con, "SELECT table_id, kind, page, extractor, n_rows, n_cols, is_noise FROM extracted_tables "
                        "WHERE item_id = ? ORDER BY table_id", [item["item_id"]])
    checks = _rows(con, 'SELECT validation_id, "check", status, expected, actual, page FROM validations '
                        "WHERE item_id = ? ORDER BY validation_id", [item["item_id"]])
    counts = {}
    for table in _tables_with(con, "item_id"):
        n = con.execute(f'SELECT count(*) FROM "{table}" WHERE item_id = ?', [item["item_id"]]).fetchone()[0]
        if n:
            counts[table] = n
    fields = {k: item[k] for k in ("item_id", "kind", "title", "page_start", "page_end", "line_start", "line_end")}
    fields["rows"] = counts
    return Shown(what="item", id=item["item_id"], fields=fields, lists={"tables": tables, "validations": checks},
                 source_path=_source(con, item["doc_id"]), page=item.get("page_start"))


def _typed_rows(con, table_id: str) -> dict[str, int]:
    counts = {}
    for table in _tables_with(con, "table_id"):
        n = con.execute(f'SELECT count(*) FROM "{table}" WHERE table_id = ?', [table_id]).fetchone()[0]
        if n:
            counts[table] = n
    return counts


def _grid(table: dict) -> list[list[str]]:
    return [json.loads(table.get("header") or "[]"), *json.loads(table.get("cells") or "[]")]


def show_table(con, table: dict) -> Shown:
    facts = _rows(con, "SELECT key, value_text FROM table_facts WHERE table_id = ?", [table["table_id"]])
    checks = _table_checks(con, table)
    fields = {k: table[k] for k in ("table_id", "item_id", "kind", "extractor", "page", "line", "n_rows", "n_cols", "is_noise")}
    fields["notes"] = json.loads(table.get("notes") or "[]")
    fields["typed rows"] = _typed_rows(con, table["table_id"])
    fields["stated about it"] = {f["key"]: f["value_text"] for f in facts}
    return Shown(
        what="table", id=table["table_id"], fields=fields, lists={"checks on its page": checks}, grid=_grid(table),
        source_path=_source(con, table["doc_id"]), page=table.get("page"), bbox=_bbox(table),
    )


def _bbox(table: dict) -> list[float] | None:
    return json.loads(table["bbox"]) if table.get("bbox") else None


def _table_checks(con, table: dict) -> list[dict]:
    """The validations of the table's item made on the table's page (or at its lines, for a text dump)."""
    if table.get("page") is not None:
        where, params = "item_id = ? AND page = ?", [table["item_id"], table["page"]]
    else:
        last = max([n for n in json.loads(table.get("row_lines") or "[]") if n is not None] or [table.get("line") or 0])
        where, params = "item_id = ? AND line BETWEEN ? AND ?", [table["item_id"], table.get("line") or 0, last]
    return _rows(con, f'SELECT validation_id, "check", status, expected, actual, detail FROM validations WHERE {where} '
                      "ORDER BY validation_id", params)


def table_of_validation(con, v: dict) -> dict | None:
    """The table a validation was made on: the item's table holding the validation's line among its rows,
    else the last table of the item that starts at or before it on the same page."""
    tables = _rows(con, "SELECT * FROM extracted_tables WHERE item_id = ? ORDER BY table_id", [v["item_id"]])
    for t in tables:
        if v.get("line") is not None and v["line"] in json.loads(t.get("row_lines") or "[]"):
            return t
    before = [t for t in tables if t.get("page") == v.get("page") and (t.get("line") or 0) <= (v.get("line") or 0)]
    return before[-1] if before else None


def row_band(table: dict, line: int | None) -> tuple[float, float] | None:
    """(top, bottom) in points of the body row read from stream line `line`: its top to the next row's top."""
    lines = json.loads(table.get("row_lines") or "[]")
    tops = json.loads(table.get("row_tops") or "[]")
    bbox = _bbox(table)
    if line not in lines or not tops or not bbox:
        return None
    i = lines.index(line)
    top = tops[i]
    if top is None:
        return None
    below = [t for t in tops[i + 1:] if t is not None and t > top]
    return top, (below[0] if below else bbox[3])


def show_validation(con, v: dict) -> Shown:
    fields = {k: v[k] for k in ("validation_id", "item_id", "check", "status", "expected", "actual", "page", "line", "detail")}
    table = table_of_validation(con, v)
    shown = Shown(what="validation", id=v["validation_id"], fields=fields,
                  source_path=_source(con, v["doc_id"]), page=v.get("page"))
    if table is not None:
        fields["table"] = table["table_id"]
        fields["table kind"] = table["kind"]
        shown.grid = _grid(table)
        shown.bbox = _bbox(table)
        shown.highlight = row_band(table, v.get("line"))
    return shown


def _cell(value: Any, width: int) -> str:
    text = " ".join(str("" if value is None else value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_grid(grid: list[list[str]], width: int = 24) -> list[str]:
    n = max((len(r) for r in grid), default=0)
    widths = [min(width, max((len(" ".join(str(r[c]).split())) for r in grid if c < len(r)), default=0)) for c in range(n)]
    out = []
    for i, row in enumerate(grid):
        cells = [_cell(row[c] if c < len(row) else "", widths[c]).ljust(widths[c]) for c in range(n)]
        out.append("  | " + " | ".join(cells) + " |")
        if i == 0:
            out.append("  |" + "|".join("-" * (w + 2) for w in widths) + "|")
    return out


def format_shown(shown: Shown) -> str:
    """Plain text for a terminal: fields, the grid, then each list."""
    out = [f"{shown.what} {shown.id}"]
    for key, value in shown.fields.items():
        if isinstance(value, (list, dict)):
            if not value:
                continue
            value = json.dumps(value, ensure_ascii=False, default=str)
        out.append(f"  {key}: {value}")
    if shown.grid:
        out.append("cells (header first):")
        out.extend(format_grid(shown.grid))
    for name, rows in shown.lists.items():
        out.append(f"{name} ({len(rows)}):")
        out.extend("  " + "  ".join(f"{k}={_cell(v, 60)}" for k, v in row.items()) for row in rows)
    return "\n".join(out)
