"""Cost breakdowns: rows of costs by period (`| 1st Year | 2nd Year`, `2021/22`),
or a list of tasks with a lead and an amount (`Scope and tasks | In-House Lead | Amount`),
where the period is not printed. One record per (row, period) cell."""

from __future__ import annotations

import re

from extractors.tables.cells import (
    body_rows, cell, clean_header, find_col, has_words, header_words, provenance, reads_like_total,
    table_scale,
)
from extractors.tables.kinds import TableKind
from extractors.values.dates import parse_fy
from extractors.values.money import parse_money
from schemas.records import Cost
from schemas.stages import ItemText, RawTable

_PERIOD = re.compile(
    r"\b(\d(?:st|nd|rd|th)\s+year|year\s+\d|y\d)\b|(?<!\d)(?:19|20)?\d{2}\s*[-/]\s*(?:19|20)?\d{2}(?!\d)",
    re.IGNORECASE,
)
_NOT_COSTS = ("cash flow", "q1", "risk", "start date", "end date", "key benefit", "measure", "saving estimation")


def period_columns(table: RawTable) -> list[int]:
    """Columns headed by a period: `1st Year`, `Year 2`, `2021/22`."""
    return [i for i, h in enumerate(table.header) if i > 0 and _PERIOD.search(clean_header(h))]


def _lead_layout(table: RawTable) -> tuple[int | None, int | None]:
    """(lead column, amount column) of a task list with a lead and an amount."""
    lead = find_col(table.header, "lead", "owner", "responsib")
    amount = find_col(table.header, "amount", "cost", "£", exclude=("lead",))
    return lead, amount


def score(table: RawTable, item: ItemText) -> float:
    head = header_words(table)
    if has_words(head, *_NOT_COSTS):
        return 0.0
    rows = body_rows(table)
    if not rows:
        return 0.0
    scale = table_scale(table)
    periods = period_columns(table)
    if periods:
        money = sum(1 for _, r, _ in rows for c in periods if parse_money(cell(r, c), scale) is not None)
        if money >= 2:
            return 0.8 if any("year" in clean_header(table.header[c]).lower() for c in periods) else 0.6
        return 0.0
    lead, amount = _lead_layout(table)
    if lead is not None and amount is not None and amount > 0:
        money = sum(1 for _, r, _ in rows if parse_money(cell(r, amount), scale) is not None)
        if money >= max(1, len(rows) // 2):
            return 0.75
    return 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Cost]:
    scale = table_scale(table)
    periods = period_columns(table)
    records: list[Cost] = []
    if periods:
        for _, row, no in body_rows(table):
            label = cell(row, 0)
            if not label:
                continue
            for c in periods:
                text = cell(row, c)
                records.append(
                    Cost(
                        **provenance(item, table, table_id, no),
                        seq=len(records) + 1,
                        label=label,
                        period=clean_header(table.header[c]) or None,
                        amount_gbp=parse_money(text, scale),
                        amount_text=text or None,
                        is_total=reads_like_total(label),
                    )
                )
        return records
    lead, amount = _lead_layout(table)
    for _, row, no in body_rows(table):
        label = cell(row, 0)
        text = cell(row, amount)
        if not label:
            continue
        records.append(
            Cost(
                **provenance(item, table, table_id, no),
                seq=len(records) + 1,
                label=label,
                lead=cell(row, lead) or None,
                amount_gbp=parse_money(text, table_scale(table, amount)),
                amount_text=text or None,
                is_total=reads_like_total(label),
            )
        )
    return records


TABLE = TableKind("costs", score, parse)
