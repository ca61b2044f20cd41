"""A row's total column equals its period columns: `Total Cost of Scheme` = 2025-26 + ... +
2034-35, printed across one row of a capital programme.

Terms are the columns headed by a period (a year, `Year 3`, `Prior Years Spend`); blank cells
count as nothing. Precision first: a disagreement is a `fail` only where every column of the
row is in one known unit, no period is printed twice (`2024-25 Budget` beside `2024-25
Forecast` are two views of one year, not two years) and the total column stands after the
periods (it closes the row). A total column printed first may have later years on a page
the reader did not join, so a disagreement there is a `skip` with that reason.
"""

from __future__ import annotations

import re

from extractors.checks import Check
from extractors.checks._tables import by_table, gbp, validation
from extractors.checks.costs_total import agreement
from extractors.tables.model import starts_with_total
from schemas.base import Record
from schemas.records import Cost, Validation
from schemas.stages import ItemText

NAME = "costs_row_total"

_YEAR = re.compile(r"(?<!\d)((?:19|20)?\d{2})\s*[-/]\s*((?:19|20)?\d{2})(?!\d)|\byear\s*(\d{1,2})\b|\b(\d)(?:st|nd|rd|th)\s+year\b|\bprior\s+years?\b|\bprevious\s+years?\b", re.IGNORECASE)


def period_key(header: str | None) -> str | None:
    """The period a column header names (`2025-26`, `year 3`, `prior years`), or None."""
    m = _YEAR.search(header or "")
    if not m:
        return None
    return " ".join(m.group(0).lower().replace("/", "-").split())


def printed_rows(rows: list[Cost]) -> list[list[Cost]]:
    """The cost rows of one table grouped by printed row (one label, one line, in order)."""
    out: list[list[Cost]] = []
    for r in rows:
        if out and out[-1][0].label == r.label and out[-1][0].line == r.line and r.period not in {x.period for x in out[-1]}:
            out[-1].append(r)
        else:
            out.append([r])
    return out


def check_row(item: ItemText, row: list[Cost]) -> Validation | None:
    totals = [k for k, r in enumerate(row) if starts_with_total(r.period or "")]
    if len(totals) != 1 or row[totals[0]].amount_gbp is None:
        return None
    at = totals[0]
    total = row[at]
    terms = [r for r in row if r is not total and period_key(r.period)]
    if len(terms) < 2 or not any(r.amount_gbp for r in terms):
        return None  # one period is no breakdown; blank or zero periods confirm nothing
    keys = [period_key(r.period) for r in terms]
    ok, within, computed = agreement([r for r in terms if r.amount_gbp is not None], total)
    parts = " + ".join(f"{r.period} {gbp(r.amount_gbp)}" for r in terms if r.amount_gbp is not None)
    basis = f"basis: one printed row, {len(terms)} period columns in {total.unit or 'unit unknown'}"
    detail = f"{total.label[:40]}: {parts} = {gbp(computed)} vs {total.period} {gbp(total.amount_gbp)}; {within}; {basis}"
    if ok:
        return validation(item, NAME, "pass", total.amount_gbp, computed, detail, total.line, total.page)
    doubt = None
    if total.unit is None or any(r.unit != total.unit for r in terms):
        doubt = "the columns are not all in one known unit"
    elif len(set(keys)) < len(keys):
        doubt = "a period is printed in more than one column"
    elif any(r.amount_gbp is None and (r.amount_text or "").strip() for r in terms):
        doubt = "a figure in the row could not be read as one amount"
    elif at < max(row.index(r) for r in terms):
        doubt = "the total column stands before the periods, which may run on to a page not joined"
    status = "skip" if doubt else "fail"
    return validation(item, NAME, status, total.amount_gbp, computed, f"not checked, {doubt}: {detail}" if doubt else detail, total.line, total.page)


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, Cost).values():
        out += [v for row in printed_rows(rows) if (v := check_row(item, row)) is not None]
    return out


CHECK = Check(NAME, run)
