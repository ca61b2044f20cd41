"""Hours per quarter = 13 x hours per week (a quarter is 13 weeks), period by period."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks import Check
from extractors.checks._cash_flow import period_name, series, value
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "hours_per_quarter"
WEEKS_PER_QUARTER = 13


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, CashFlow).values():
        week, quarter = series(rows, "hours_week"), series(rows, "hours_quarter")
        if not week or not quarter:
            continue
        periods = [p for p in quarter if p in week]
        failures = [(p, value(week[p]) * WEEKS_PER_QUARTER) for p in periods
                    if value(week[p]) * WEEKS_PER_QUARTER != value(quarter[p])]
        if failures:
            p, computed = failures[0]
            listed = "; ".join(f"{period_name(q)}: 13 x {week[q].value} = {c} but {quarter[q].value} printed" for q, c in failures)
            out.append(validation(item, NAME, "fail", quarter[p].value, computed, f"{listed}; exact (hours)", quarter[p].line))
        elif periods:
            p = periods[-1]
            detail = f"13 x hours per week = hours per quarter in all {len(periods)} periods; exact (hours)"
            out.append(validation(item, NAME, "pass", quarter[p].value, value(week[p]) * WEEKS_PER_QUARTER, detail, quarter[p].line))
    return out


CHECK = Check(NAME, run)
