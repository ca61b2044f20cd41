"""Score the `not_tables` of a real-world key: regions (charts, prose, form layouts) that must yield no typed rows.

A region passes when no row of a typed table (mapping.TYPED_TABLES) lies on
its page(s), other than rows of an extracted table the key keys on that page
(the key's own tables are scored row by row, their extra rows listed there).
"""

from __future__ import annotations

from pipeline.score.db import DocumentRows
from pipeline.score.mapping import FORM_KINDS, TYPED_TABLES
from pipeline.score.report import Collector
from pipeline.score.values import collapse


def region_pages(value) -> set[int]:
    """5 -> {5}; "6-8" -> {6, 7, 8}; anything else -> empty."""
    text = str(value if value is not None else "").replace("–", "-")
    first, _, last = text.partition("-")
    if not first.strip().isdigit() or (last and not last.strip().isdigit()):
        return set()
    start = int(first)
    return set(range(start, int(last) + 1)) if last else {start}


def typed_rows_on(doc: DocumentRows, pages: set[int], keyed: set[tuple[str, object]]) -> dict[tuple[str, object], int]:
    """(table, table_id) -> rows on `pages`, for typed tables the key does not account for."""
    found: dict[tuple[str, object], int] = {}
    for table in TYPED_TABLES:
        for row in doc.rows(table):
            tid = (table, row.get("table_id"))
            if row.get("page") in pages and tid not in keyed:
                found[tid] = found.get(tid, 0) + 1
    for table in doc.rows("extracted_tables"):
        # Typed but with no rows (a timetable with no dates) still claims the region; counted once per table.
        keyed_here = any(t == table.get("table_id") for _, t in [*keyed, *found])
        if table.get("page") in pages and typed_kind(table.get("kind")) and not table.get("is_noise") and not keyed_here:
            found[(f"extracted table typed {table.get('kind')}", table.get("table_id"))] = table.get("n_rows") or 0
    return found


def typed_kind(kind) -> bool:
    """An extracted table typed as a kind of data table (forms read on purpose, EqIA grids and agendas, are not)."""
    text = str(kind or "").strip()
    return bool(text) and not text.startswith(FORM_KINDS)


def score_not_tables(c: Collector, doc: DocumentRows, regions: list[dict], keyed: set[tuple[str, object]]) -> None:
    for i, region in enumerate(regions):
        pages = region_pages(region.get("page"))
        offenders = typed_rows_on(doc, pages, keyed)
        got = [f"{n} {table} rows (table {tid})" for (table, tid), n in offenders.items()]
        ok = doc.doc_id is not None and not offenders
        c.value("not_tables", f"not_tables[{i}] p{region.get('page')}", "no typed rows", got or ("no document" if doc.doc_id is None else []),
                ok, collapse(region.get("what", ""))[:90])
