"""Quarterly cash flows: `Element | Frequency | Q1 | Q2 | Q3 | Q4 | Q1 | ...`.

Repeated quarter runs are years 1, 2 ... by position (a new year starts when
the quarter number falls back). Rows counted in hours keep hours (`unit`
'hours'); money rows are pounds ('GBP'). A `Break Even` note in a cell marks
that cell (`is_break_even`) and is also kept as a table fact.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extractors.tables.cells import (
    body_rows, cell, clean_header, find_col, has_words, provenance, table_scale,
)
from extractors.tables.kinds import TableKind
from extractors.values.dates import parse_fy
from extractors.values.money import parse_money
from schemas.base import Record
from schemas.records import CashFlow, TableFact
from schemas.stages import ItemText, RawTable

_QUARTER = re.compile(r"\bQ\s*([1-4])\b", re.IGNORECASE)
_YEAR_LABEL = re.compile(r"\b(?:Y|Yr|Year)\s*(\d)\b", re.IGNORECASE)
_BREAK_EVEN = re.compile(r"\bbreak[\s-]*even\b", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")


def quarter_columns(header: list[str]) -> list[tuple[int, int, int, str | None]]:
    """(column, year, quarter, fy) for each quarter column, years by position or label."""
    out = []
    year, last_q = 1, 0
    for c, text in enumerate(header):
        m = _QUARTER.search(text or "")
        if not m:
            continue
        q = int(m.group(1))
        label = _YEAR_LABEL.search(text)
        if label:
            year = int(label.group(1))
        elif q <= last_q:
            year += 1
        last_q = q
        out.append((c, year, q, parse_fy(text)))
    return out


def unit_of(element: str, frequency: str) -> str:
    """'hours' for rows counted in hours, else 'GBP'."""
    if has_words(frequency, "hour", "hrs"):
        return "hours"
    if "£" in frequency or has_words(frequency, "cost", "gbp"):
        return "GBP"
    return "hours" if has_words(element, "hour", "hrs") and "£" not in element else "GBP"


def _hours(text: str) -> Decimal | None:
    t = text.replace(",", "").strip()
    if not _NUMBER.match(t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def score(table: RawTable, item: ItemText) -> float:
    quarters = quarter_columns(table.header)
    if len(quarters) < 3 or not body_rows(table):
        return 0.0
    return 0.9


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    quarters = quarter_columns(table.header)
    freq_col = find_col(table.header, "frequency", "unit", "measure")
    scale = table_scale(table)
    records: list[Record] = []
    for _, row, no in body_rows(table):
        element = cell(row, 0)
        if not element:
            continue
        frequency = cell(row, freq_col) if freq_col not in (None, 0) else ""
        unit = unit_of(element, frequency)
        for c, year, quarter, fy in quarters:
            printed = cell(row, c)
            marker = _BREAK_EVEN.search(printed)
            text = _BREAK_EVEN.sub("", printed).strip()
            value = _hours(text) if unit == "hours" else parse_money(text, scale)
            records.append(
                CashFlow(
                    **provenance(item, table, table_id, no),
                    seq=len(records) + 1,
                    element=element,
                    frequency=frequency or None,
                    year=year,
                    quarter=quarter,
                    fy=fy,
                    value=value,
                    value_text=text or None,
                    unit=unit,
                    is_break_even=bool(marker),
                )
            )
            if marker:
                records.append(
                    TableFact(
                        doc_id=item.doc_id, item_id=item.item_id, page=table.page, line=no,
                        table_id=table_id, kind="cash_flow", key="break_even",
                        value_text=marker.group(0),
                    )
                )
    return records


TABLE = TableKind("cash_flow_quarterly", score, parse)
