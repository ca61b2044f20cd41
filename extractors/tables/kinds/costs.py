"""Cost breakdowns: rows of costs by period (`| 1st Year | 2nd Year`, `2021/22`),
or a list of tasks with a lead and an amount (`Scope and tasks | In-House Lead | Amount`),
where the period is not printed. One record per (row, period) cell."""

from __future__ import annotations

import re

from extractors.tables.cells import (
    body_rows, cell, clean_header, find_col, has_words, header_words, provenance, reads_like_total,
    is_label, table_scale, under_caption, units_row,
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


_REFERENCE = re.compile(r"^(?:row\s*)?(?:ref(?:erence)?|no\.?|number|#|item)$", re.IGNORECASE)
_SHORT_NUMBER = re.compile(r"^\d{1,4}[a-z]?\.?$", re.IGNORECASE)


def period_columns(table: RawTable) -> list[int]:
    """Columns headed by a period: `1st Year`, `Year 2`, `2021/22`."""
    return [i for i, h in enumerate(table.header)
            if i > 0 and is_label(h) and _PERIOD.search(clean_header(h))]  # a sentence only mentions a year


def label_column(table: RawTable, before: int) -> int:
    """The column naming each row: the first before column `before`, unless it only numbers
    the rows (`Ref`, `Row Ref`, `No.`, or short numbers all the way down)."""
    for i in range(min(before, len(table.header))):
        values = [cell(r, i) for _, r, _ in body_rows(table) if cell(r, i)]
        numbering = bool(values) and sum(1 for v in values if _SHORT_NUMBER.match(v)) >= 0.8 * len(values)
        if not (_REFERENCE.match(clean_header(table.header[i])) or numbering):
            return i
    return 0


def _lead_layout(table: RawTable) -> tuple[int | None, int | None]:
    """(lead column, amount column) of a task list with a lead and an amount."""
    lead = find_col(table.header, "lead", "owner", "responsib")
    amount = find_col(table.header, "amount", "cost", "£", exclude=("lead",))
    return lead, amount


def _in_pounds(table: RawTable, rows, periods: list[int], scale: int) -> bool:
    """Whether the figures are pounds at a known scale: a £ in a figure, or a money unit in
    the header, a units row or the caption. Bare figures may be counts (pupils by year) or
    thousands stated once for the whole paper: not guessed."""
    return scale > 1 or any("£" in cell(r, c) for _, r, _ in rows if not units_row(r) for c in periods)


def score(table: RawTable, item: ItemText) -> float:
    table = under_caption(table)
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
        if money >= 2 and _in_pounds(table, rows, periods, scale):
            return 0.8 if any("year" in clean_header(table.header[c]).lower() for c in periods) else 0.6
        return 0.0
    lead, amount = _lead_layout(table)
    if lead is not None and amount is not None and amount > 0:
        money = sum(1 for _, r, _ in rows if parse_money(cell(r, amount), scale) is not None)
        if money >= max(1, len(rows) // 2):
            return 0.75
    return 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Cost]:
    table = under_caption(table)
    scale = table_scale(table)
    periods = period_columns(table)
    records: list[Cost] = []
    if periods:
        name = label_column(table, periods[0])
        for _, row, no in body_rows(table):
            label = cell(row, name)
            if not label or units_row(row):
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
