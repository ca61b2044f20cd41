"""The last cumulative cash flow equals all income/avoidance minus all expenditure
over the table's periods, from the printed cells."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._cash_flow import period_name, series, value
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "cash_flow_final"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, CashFlow).values():
        cum, ins, outs = series(rows, "cumulative"), series(rows, "in"), series(rows, "out")
        if not cum or not ins or not outs:
            continue
        last = max(cum)
        total_in = sum(value(r) for p, r in ins.items() if p <= last)
        total_out = sum(value(r) for p, r in outs.items() if p <= last)
        computed = total_in - total_out
        status = "pass" if agrees(computed, cum[last].value) else "fail"
        detail = (f"cumulative at {period_name(last)} {gbp(cum[last].value)} vs {gbp(total_in)} - {gbp(total_out)} "
                  f"= {gbp(computed)} from the printed cells; {EXACT}")
        out.append(validation(item, NAME, status, cum[last].value, computed, detail, cum[last].line))
    return out


CHECK = Check(NAME, run)
