"""Cash flows by financial year: `Cash Flow | 19/20 £000 | 20/21 £000 | ...`.

One record per (row, year) cell, blank cells included (value null), so the
table's shape survives; `£000` scales printed figures to pounds. A printed
`-` keeps its text and no value: it cannot tell zero from nothing.
"""

from __future__ import annotations

from extractors.tables.cells import body_rows, cell, has_words, header_words, provenance, table_scale
from extractors.tables.kinds import TableKind
from extractors.values.dates import parse_fy
from extractors.values.money import parse_money
from schemas.records import CashFlow
from schemas.stages import ItemText, RawTable


def fy_columns(table: RawTable) -> list[tuple[int, str]]:
    return [(c, fy) for c, h in enumerate(table.header) if c > 0 and (fy := parse_fy(h))]


def score(table: RawTable, item: ItemText) -> float:
    if len(fy_columns(table)) < 2 or not body_rows(table):
        return 0.0
    head = header_words(table)
    if has_words(head, "measure", "baseline", "target", "q1"):
        return 0.0
    caption = table.context.splitlines()[-1] if table.context else ""
    if has_words(head, "cash flow", "cashflow") or has_words(caption, "cash flow", "cashflow"):
        return 0.9
    return 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[CashFlow]:
    records: list[CashFlow] = []
    for _, row, no in body_rows(table):
        element = cell(row, 0)
        if not element:
            continue
        for c, fy in fy_columns(table):
            text = cell(row, c)
            records.append(
                CashFlow(
                    **provenance(item, table, table_id, no),
                    seq=len(records) + 1,
                    element=element,
                    fy=fy,
                    value=parse_money(text, table_scale(table, c)),
                    value_text=text or None,
                    unit="GBP",
                )
            )
    return records


TABLE = TableKind("cash_flow_annual", score, parse)
