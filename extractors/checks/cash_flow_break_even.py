"""A printed break-even marker sits under the first period whose cumulative cash
flow is no longer negative."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._cash_flow import period, period_name, series, value
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "cash_flow_break_even"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, CashFlow).values():
        marked = [r for r in rows if r.is_break_even]
        if not marked:
            continue
        cum = series(rows, "cumulative")
        first = next((p for p in sorted(cum) if value(cum[p]) >= 0), None)
        at = period(marked[0])
        if first is None:
            detail = f"'Break Even' printed at {period_name(at)} but the cumulative cash flow never turns non-negative"
            out.append(validation(item, NAME, "fail", period_name(at), None, detail, marked[0].line))
            continue
        status = "pass" if at == first else "fail"
        detail = f"marker at {period_name(at)}; cumulative first non-negative at {period_name(first)} ({cum[first].value})"
        out.append(validation(item, NAME, status, period_name(at), period_name(first), detail, marked[0].line))
    return out


CHECK = Check(NAME, run)
