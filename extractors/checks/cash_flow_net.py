"""Net cash flow = cost avoidance (or income) - expenditure, in every period of a
cash-flow table, using the printed figures. One row per table; a failure names
each period that does not hold."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._cash_flow import period_name, series, value
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "cash_flow_net"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, CashFlow).values():
        net, ins, outs = series(rows, "net"), series(rows, "in"), series(rows, "out")
        if not net:
            continue
        if not ins or not outs:
            missing = "income/avoidance" if not ins else "expenditure"
            out.append(validation(item, NAME, "skip", None, None, f"net row found but no {missing} row", rows[0].line))
            continue
        periods = [p for p in net if p in ins and p in outs]
        failures = []
        for p in periods:
            computed = value(ins[p]) - value(outs[p])
            if not agrees(computed, net[p].value):
                failures.append((p, computed))
        first = next(iter(net.values()))
        if failures:
            p, computed = failures[0]
            listed = "; ".join(
                f"{period_name(q)}: {gbp(ins[q].value)} - {gbp(outs[q].value)} = {gbp(c)} but {gbp(net[q].value)} printed"
                for q, c in failures
            )
            detail = f"holds in {len(periods) - len(failures)} of {len(periods)} periods; {listed}; {EXACT}"
            out.append(validation(item, NAME, "fail", net[p].value, computed, detail, net[p].line))
        else:
            last = periods[-1]
            detail = f"'{first.element}' = '{ins[last].element}' - '{outs[last].element}' in all {len(periods)} periods; {EXACT}"
            out.append(validation(item, NAME, "pass", net[last].value, value(ins[last]) - value(outs[last]), detail, first.line))
    return out


CHECK = Check(NAME, run)
