"""Saving estimation tables: `Saving Estimation | £000` with one line per
adjustment and a revised total last. `£000` scales the figures to pounds."""

from __future__ import annotations

from extractors.tables.cells import (
    body_rows, cell, find_col, has_words, header_words, provenance, table_scale, total_index,
)
from extractors.tables.kinds import TableKind
from extractors.values.money import parse_money
from schemas.records import SavingLine
from schemas.stages import ItemText, RawTable


def _value_col(table: RawTable) -> int:
    col = find_col(table.header, "£", "amount", "value", "saving", exclude=("estimation",))
    if col is None or col == 0:
        col = max(1, len(table.header) - 1)
    return col


def score(table: RawTable, item: ItemText) -> float:
    head = header_words(table)
    if len(table.header) < 2 or has_words(head, "key benefit", "risk", "task", "q1", "measure"):
        return 0.0
    rows = body_rows(table)
    if not rows:
        return 0.0
    col = _value_col(table)
    scale = table_scale(table, col)
    numeric = sum(1 for _, r, _ in rows if parse_money(cell(r, col), scale) is not None)
    if numeric < max(2, len(rows) // 2):
        return 0.0
    if has_words(table.header[0], "saving"):
        return 0.9
    if has_words(table.context.splitlines()[-1] if table.context else "", "saving") and len(table.header) == 2:
        return 0.6
    return 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[SavingLine]:
    col = _value_col(table)
    scale = table_scale(table, col)
    rows = [(r, no) for _, r, no in body_rows(table) if cell(r, 0)]
    labels = [cell(r, 0) for r, _ in rows]
    values = [parse_money(cell(r, col), scale) for r, _ in rows]
    total = total_index(labels, values)
    return [
        SavingLine(
            **provenance(item, table, table_id, no),
            seq=seq,
            label=label,
            amount_gbp=value,
            amount_text=cell(row, col) or None,
            is_total=seq - 1 == total,
        )
        for seq, ((row, no), label, value) in enumerate(zip(rows, labels, values), start=1)
    ]


TABLE = TableKind("saving_estimation", score, parse)
