"""Contracts of one lot: `Provider | Contract/Grant | Annual Value`, under a heading
`LOT n – ...`, closed by a `Total Value` row whose first cell is blank. The
total is a table fact (`stated_total_gbp`), so the checks can add the rows up."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import (
    Row,
    clean,
    context_lines,
    fact,
    find_column,
    is_repeated_header,
    or_none,
    physical_rows,
)
from extractors.values.money import parse_money
from schemas.base import Record
from schemas.pack_tables import Contract
from schemas.stages import ItemText, RawTable

KIND = "contracts"
_LOT_HEADING = re.compile(r"\blot\s*(\d+[a-z]?|[A-Z])\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[-=_\s|:]+$")


def score(table: RawTable, item: ItemText) -> float:
    head = [clean(c).lower() for c in table.header]
    joined = " | ".join(head)
    if "provider" not in joined or "value" not in joined and "contract" not in joined:
        return 0.0
    if any(w in joined for w in ("risk", "mitigation", "rag", "skills")):
        return 0.0
    lot_above = any(_LOT_HEADING.search(t) for t in context_lines(table)[-2:])
    return 0.95 if lot_above or "value" in joined else 0.6


def lot_of(table: RawTable) -> tuple[str, str] | None:
    """The lot named in the nearest heading above the table: (number, heading)."""
    for text in reversed(context_lines(table)):
        m = _LOT_HEADING.search(text)
        if m and "\t" not in text:
            return m.group(1), text
    return None


def is_total_row(row: Row, provider_col: int) -> bool:
    labels = " ".join(c for i, c in enumerate(row.cells) if c and parse_money(c) is None).lower()
    return not row.cell(provider_col) and "total" in labels


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    provider_col = find_column(header, "provider") or 0
    contract_col = find_column(header, "contract", exclude=("value",))
    value_col = find_column(header, "value")
    contract_col = 1 if contract_col is None else contract_col
    value_col = len(header) - 1 if value_col is None else value_col
    lot = lot_of(table)
    out: list[Record] = []
    seq = 0
    for row in rows[1:]:
        if is_repeated_header(row, header) or all(_SEPARATOR.match(c) for c in row.filled):
            continue
        if is_total_row(row, provider_col):
            amount = next((c for c in reversed(row.cells) if parse_money(c) is not None), None)
            out.append(fact(item, table_id, KIND, "stated_total_gbp", row.line, text=amount, gbp=parse_money(amount)))
            continue
        if not row.cell(provider_col) and seq and not row.cell(value_col):
            prev = out[-1]  # a wrapped contract name
            if isinstance(prev, Contract):
                prev.contract = clean(f"{prev.contract or ''} {row.cell(contract_col)}")
            continue
        seq += 1
        text = or_none(row.cell(value_col))
        out.append(
            Contract(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=seq,
                table_id=table_id,
                lot=lot[0] if lot else None,
                provider=or_none(row.cell(provider_col)),
                contract=or_none(row.cell(contract_col)),
                annual_value_gbp=parse_money(text),
                annual_value_text=text,
            )
        )
    if lot:
        out.append(fact(item, table_id, KIND, "lot", table.line, text=lot[0]))
        out.append(fact(item, table_id, KIND, "heading", table.line, text=lot[1]))
    return out


TABLE = TableKind(KIND, score, parse)
