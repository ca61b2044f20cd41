"""Investment bid (transformation fund bid) form: the key-value block at its top
(`Bid Title | ...`, `Service Area / Directorate | ...`) and its cash flow by
financial year (`Cash Flow | 19/20 £000 | 20/21 £000 ...`).

The key-value block and the lines printed after each table ("Sponsoring
Director", "Brief Description of Bid ...", "Pay Back Period in Years: ...") are
table facts; the cash flow gives one row per line x year. A cell printed `-`
keeps its text and no value: the text cannot tell zero from nothing."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import (
    clean,
    fact,
    is_repeated_header,
    last_line,
    lines_after,
    or_none,
    physical_rows,
)
from extractors.values.dates import parse_fy
from extractors.values.money import parse_money
from schemas.base import Record
from schemas.pack_tables import InvestmentBidLine
from schemas.stages import ItemText, RawTable

KIND = "investment_bid"

#: Form labels of a bid's key-value block -> fact key.
FORM_LABELS = (
    (re.compile(r"^bid\s+title\b:?", re.I), "bid_title"),
    (re.compile(r"^service\s+area\b(?:\s*/\s*directorate)?:?", re.I), "service_area"),
    (re.compile(r"^sponsoring\s+director\b:?", re.I), "sponsoring_director"),
    (re.compile(r"^brief\s+description(?:\s+of\s+(?:the\s+)?bid)?\b:?", re.I), "brief_description"),
)
#: Lines stated under the cash flow -> fact key.
AFTER_CASH_FLOW = (
    (re.compile(r"^pay\s*back\s+period\b[^:]*:\s*", re.I), "payback_period_text"),
    (re.compile(r"^savings?\s*/\s*investment\s+ratio\b[^:]*:\s*", re.I), "savings_investment_ratio_text"),
)
_THOUSANDS = re.compile(r"£\s*000|£k\b|\(000s?\)", re.I)
_NO_VALUE = {"-", "–", "—"}


def form_label(text: str) -> tuple[str, str] | None:
    """(fact key, value after the label) when the text starts with a bid form label."""
    text = clean(text)
    for pattern, key in FORM_LABELS:
        m = pattern.match(text)
        if m:
            return key, text[m.end():].strip(" :")
    return None


def is_cash_flow(table: RawTable) -> bool:
    years = [c for c in table.header[1:] if parse_fy(c)]
    return len(years) >= 2 and (
        "cash" in clean(table.header[0]).lower() or any(_THOUSANDS.search(c) for c in table.header)
    )


def score(table: RawTable, item: ItemText) -> float:
    if table.header and form_label(table.header[0]) and form_label(table.header[0])[0] == "bid_title":
        return 1.0
    if is_cash_flow(table):
        labels = " ".join(r[0].lower() for r in table.rows if r)
        if "advance" in labels or "repayment" in labels or item.kind == "investment_bid":
            return 0.95
    return 0.0


def form_facts(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    """The key-value block and the labelled lines right after it."""
    rows = physical_rows(table, item)
    out: list[Record] = []
    for row in rows:
        found = form_label(row.cell(0))
        if found:
            value = or_none(" ".join(c for c in row.cells[1:] if c)) or or_none(found[1])
            out.append(fact(item, table_id, KIND, found[0], row.line, text=value))
    for ln in lines_after(item, last_line(rows), 4):
        found = form_label(ln.text)
        if not found:
            break
        if not any(getattr(f, "key", None) == found[0] for f in out):
            out.append(fact(item, table_id, KIND, found[0], ln.no, text=or_none(found[1])))
    return out


def cash_flow(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    years = [(i, c) for i, c in enumerate(header) if i > 0 and parse_fy(c)]
    scale = 1000 if any(_THOUSANDS.search(c) for c in header) else 1
    out: list[Record] = []
    for row in rows[1:]:
        label = clean(row.cell(0))
        if is_repeated_header(row, header) or not label:
            continue
        for i, year_text in years:
            printed = or_none(row.cell(i))
            value = None if printed is None or printed in _NO_VALUE else parse_money(printed, scale=scale)
            out.append(
                InvestmentBidLine(
                    doc_id=item.doc_id,
                    item_id=item.item_id,
                    line=row.line,
                    seq=len(out) + 1,
                    table_id=table_id,
                    line_label=label,
                    fy=parse_fy(year_text),
                    fy_text=clean(year_text),
                    printed=printed,
                    value_gbp=value,
                )
            )
    unit = next((m.group(0) for c in header for m in [_THOUSANDS.search(c)] if m), None)
    if unit:
        out.append(fact(item, table_id, KIND, "unit_printed", table.line, text=unit))
    for ln in lines_after(item, last_line(rows), 4):
        for pattern, key in AFTER_CASH_FLOW:
            m = pattern.match(clean(ln.text))
            if m:
                out.append(fact(item, table_id, KIND, key, ln.no, text=or_none(clean(ln.text)[m.end():])))
    return out


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    if is_cash_flow(table):
        return cash_flow(table, item, table_id)
    return form_facts(table, item, table_id)


TABLE = TableKind(KIND, score, parse)
