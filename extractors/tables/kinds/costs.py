"""Cost breakdowns: rows of costs by period (`| 1st Year | 2nd Year`, `2021/22`),
or a list of tasks with a lead and an amount (`Scope and tasks | In-House Lead | Amount`),
where the period is not printed. One record per (row, period) cell."""

from __future__ import annotations

import re

from extractors.tables.cells import (
    body_rows, cell, clean_header, find_col, has_words, header_words, provenance, is_label, table_scale,
    under_caption,
)
from extractors.tables.kinds import TableKind
from extractors.tables.model import Column, MoneyTable, Row, build, is_figure, total_role
from extractors.values.dates import parse_fy
from extractors.values.money import find_amounts, parse_money
from schemas.records import Cost, TableFact
from schemas.stages import ItemText, RawTable

_PERIOD = re.compile(
    r"\b(\d(?:st|nd|rd|th)\s+year|year\s+\d|y\d)\b|(?<!\d)(?:19|20)?\d{2}\s*[-/]\s*(?:19|20)?\d{2}(?!\d)",
    re.IGNORECASE,
)
_STRAY_SIGN = re.compile(r"\d\s+[-–−]\s*$")
_NOT_COSTS = ("cash flow", "q1", "risk", "start date", "end date", "key benefit", "measure", "saving estimation")


def period_columns(table: RawTable) -> list[int]:
    """Columns headed by a period: `1st Year`, `Year 2`, `2021/22`."""
    return [i for i, h in enumerate(table.header)
            if i > 0 and is_label(h) and _PERIOD.search(clean_header(h))]  # a sentence only mentions a year


def _lead_layout(table: RawTable) -> tuple[int | None, int | None]:
    """(lead column, amount column) of a task list with a lead and an amount."""
    lead = find_col(table.header, "lead", "owner", "responsib")
    amount = find_col(table.header, "amount", "cost", "£", exclude=("lead",))
    return lead, amount


def _money_columns(model: MoneyTable, periods: list[int]) -> list[Column]:
    """The amount columns of a cost table: every column in a money unit with figures
    (a period, `Total Cost`, `Prior Years Spend`, `Revised Allocation (£m)`)."""
    return [c for c in model.amount_columns() if c.index > model.label_column or c.index in periods]


def score(table: RawTable, item: ItemText) -> float:
    table = under_caption(table)
    head = header_words(table)
    if has_words(head, *_NOT_COSTS):
        return 0.0
    rows = body_rows(table)
    if not rows:
        return 0.0
    periods = period_columns(table)
    model = build(table)
    money = _money_columns(model, periods)
    figures = sum(1 for r in model.rows for c in money if parse_money(cell(r.cells, c.index), c.scale) is not None)
    labelled = sum(1 for r in model.rows if r.label_printed and not is_figure(r.label))
    by_period = any(c.index in periods for c in money)
    if money and figures >= 2 and by_period:
        return 0.8 if any("year" in clean_header(table.header[c]).lower() for c in periods) else 0.6
    lead, amount = _lead_layout(table)
    if lead is not None and amount is not None and amount > 0:
        money_rows = sum(1 for _, r, _ in rows if parse_money(cell(r, amount), table_scale(table)) is not None)
        if money_rows >= max(1, len(rows) // 2):
            return 0.75
    if money and figures >= 2 and labelled >= 2:
        return 0.5  # any label x amount table in a money unit: the specific kinds score higher
    return 0.0


def _amount(text: str, scale: int):
    """The one amount a cell prints; None for a cell printing several (rows run together) or
    a sign cut off after the figure (`1,655 -`: which sign is not known)."""
    if _STRAY_SIGN.search(text or "") or len(find_amounts(text, scale)) != 1:
        return None
    return parse_money(text, scale)


def _cost(item: ItemText, table: RawTable, table_id: str, row: Row, column: Column | None, text: str,
          seq: int, **extra) -> Cost:
    where = provenance(item, table, table_id, row.line)
    if column is not None and column.page is not None:
        where["page"] = column.page  # a column the table carried on to a later page
    return Cost(
        **where,
        seq=seq,
        label=row.label,
        period=(column.header or None) if column else None,
        amount_gbp=_amount(text, column.scale if column else 1),
        amount_text=text or None,
        is_total=row.role in ("total", "subtotal"),
        level=row.level,
        role=row.role,
        unit=column.unit if column else None,
        **extra,
    )


def _unit_fact(item: ItemText, table: RawTable, table_id: str, money: list[Column]) -> list[TableFact]:
    """The money unit as printed for the table (`£000s`, `(£)`), where one is printed for its columns."""
    printed = [c.unit_text for c in money if c.unit_text]
    if not printed:
        return []
    most = max(dict.fromkeys(printed), key=printed.count)  # one column's variant spelling is not the table's unit
    return [TableFact(doc_id=item.doc_id, item_id=item.item_id, page=table.page, line=table.line, table_id=table_id,
                      kind="costs", key="unit_printed", value_text=most)]


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Cost]:
    table = under_caption(table)
    model = build(table)
    periods = period_columns(table)
    money = _money_columns(model, periods)
    lead, amount = _lead_layout(table)
    records: list[Cost] = []
    if money and (any(c.index in periods for c in money) or lead is None or amount is None or amount == 0):
        for row in model.rows:
            if row.role in ("heading", "note") or not (row.label or row.role == "total"):
                continue
            for column in money:
                records.append(_cost(item, table, table_id, row, column, cell(row.cells, column.index), len(records) + 1))
        return records + _unit_fact(item, table, table_id, money)
    if amount is None or amount >= len(model.columns):
        return records  # scored by another layout: nothing to read as a task list
    scale = table_scale(table, amount)
    for _, row, no in body_rows(table):
        label = cell(row, 0)
        text = cell(row, amount)
        if not label:
            continue
        line = Row(index=0, cells=row, line=no, label=label, role=total_role(label) or "line")
        column = model.columns[amount].model_copy(update={"header": ""})
        cost = _cost(item, table, table_id, line, column, text, len(records) + 1, lead=cell(row, lead) or None)
        records.append(cost.model_copy(update={"period": None, "amount_gbp": _amount(text, scale)}))
    return records


TABLE = TableKind("costs", score, parse)
