"""Glossary: `Abbreviation/Term | Name | Description`. A row with a single upper-case
cell is a group heading ("KEY TEAMS"), not an entry: it names the group of the
entries below. A row whose first cells are blank continues the description
above (a page break, often after the repeated header)."""

from __future__ import annotations

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import (
    Row,
    clean,
    is_repeated_header,
    or_none,
    physical_rows,
    pick_column,
)
from schemas.base import Record
from schemas.pack_tables import GlossaryEntry
from schemas.stages import ItemText, RawTable

KIND = "glossary"


def score(table: RawTable, item: ItemText) -> float:
    head = [clean(c).lower() for c in table.header]
    joined = " | ".join(head)
    term = any(w in joined for w in ("abbreviation", "acronym", "term"))
    meaning = any(w in joined for w in ("description", "meaning", "definition", "name"))
    if term and meaning and len(head) <= 4:
        return 1.0 if "glossary" in table.context.lower() or "abbreviation" in joined else 0.8
    return 0.6 if "glossary" in table.context.lower() and meaning else 0.0


def is_group_heading(row: Row) -> bool:
    filled = row.filled
    if len(filled) != 1 or row.cell(0) != filled[0]:
        return False
    letters = [ch for ch in filled[0] if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(filled[0].split()) >= 2


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    term_col = pick_column(header, ("abbreviation",), ("acronym",), ("term",))
    name_col = pick_column(header, ("name",), exclude=("abbreviation", "term"))
    desc_col = pick_column(header, ("description",), ("meaning",), ("definition",))
    term_col = 0 if term_col is None else term_col
    desc_col = len(header) - 1 if desc_col is None else desc_col
    out: list[GlossaryEntry] = []
    group = None
    for row in rows[1:]:
        if is_repeated_header(row, header) or not row.filled:
            continue
        if is_group_heading(row):
            group = clean(row.cell(0))
            continue
        if not row.cell(term_col) and (name_col is None or not row.cell(name_col)) and out:
            prev = out[-1]  # a description carried over a page break
            prev.description = clean(f"{prev.description or ''} {' '.join(row.filled)}")
            continue
        out.append(
            GlossaryEntry(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                group=group,
                abbreviation=or_none(row.cell(term_col)),
                name=or_none(row.cell(name_col)) if name_col is not None else None,
                description=or_none(row.cell(desc_col)),
            )
        )
    return list(out)


TABLE = TableKind(KIND, score, parse)
