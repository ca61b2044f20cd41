"""The lots of a framework: `Lot | Lot Title | Descriptor`, one row per lot."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import clean, find_column, is_repeated_header, or_none, physical_rows
from schemas.base import Record
from schemas.pack_tables import Lot
from schemas.stages import ItemText, RawTable

KIND = "lots"
_LOT_NUMBER = re.compile(r"^(?:lot\s*)?(\d+[a-z]?|[A-Z])\b\.?", re.IGNORECASE)
_MONEY_WORDS = ("budget", "spend", "value", "£", "contribution", "provider")


def lot_number(text: str) -> str | None:
    """`1`, `Lot 2`, `Lot 3 – Community Support` -> the lot's number or letter."""
    m = _LOT_NUMBER.match(clean(text))
    return m.group(1) if m else None


def score(table: RawTable, item: ItemText) -> float:
    head = [clean(c).lower() for c in table.header]
    if not head or not head[0].startswith("lot"):
        return 0.0
    if any(w in " ".join(head) for w in _MONEY_WORDS):
        return 0.0
    describes = any(w in " ".join(head[1:]) for w in ("title", "descriptor", "description", "name"))
    numbered = sum(1 for r in table.rows if r and lot_number(r[0])) >= max(1, len(table.rows) // 2)
    if describes and numbered:
        return 0.95
    return 0.6 if numbered and "lots" in table.context.lower() else 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    title_col = find_column(header, "title")
    if title_col is None:
        title_col = find_column(header, "name")
    desc_col = find_column(header, "descri")
    title_col = 1 if title_col is None else title_col
    desc_col = 2 if desc_col is None else desc_col
    out: list[Lot] = []
    for row in rows[1:]:
        if is_repeated_header(row, header):
            continue
        number = lot_number(row.cell(0)) if row.cell(0) else None
        if number is None and out:  # a wrapped cell: continue the lot above
            prev = out[-1]
            extra = " ".join(row.filled)
            prev.descriptor = clean(f"{prev.descriptor or ''} {extra}")
            continue
        if number is None:
            continue
        out.append(
            Lot(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                lot=number,
                title=or_none(row.cell(title_col)),
                descriptor=or_none(row.cell(desc_col)),
            )
        )
    return out


TABLE = TableKind(KIND, score, parse)
