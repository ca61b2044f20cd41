"""Cumulative cash flow = running sum of the printed net cash flow, period by period."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks import Check
from extractors.checks._cash_flow import period_name, series, value
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "cash_flow_cumulative"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, CashFlow).values():
        cum, net = series(rows, "cumulative"), series(rows, "net")
        if not cum:
            continue
        if not net:
            out.append(validation(item, NAME, "skip", None, None, "cumulative row found but no net row", rows[0].line))
            continue
        running = Decimal(0)
        failures, last = [], None
        for p in sorted(net):
            running += value(net[p])
            if p not in cum:
                continue
            last = (p, running)
            if not agrees(running, cum[p].value):
                failures.append((p, running))
        if last is None:
            continue
        if failures:
            p, computed = failures[0]
            listed = "; ".join(f"{period_name(q)}: running sum {gbp(c)} but {gbp(cum[q].value)} printed" for q, c in failures)
            detail = f"{listed}; {EXACT}"
            out.append(validation(item, NAME, "fail", cum[p].value, computed, detail, cum[p].line))
        else:
            p, computed = last
            detail = f"running sum of net equals the cumulative row in all {len(cum)} periods (last {period_name(p)} {gbp(computed)}); {EXACT}"
            out.append(validation(item, NAME, "pass", cum[p].value, computed, detail, cum[p].line))
    return out


CHECK = Check(NAME, run)
