"""Cost avoidance priced at an hourly rate printed in its label (`Cost avoidance using
£4.50ph`) = rate x hours per quarter, rounded to the nearest pound (half up, as a
spreadsheet shows it), in every period."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from extractors.checks import Check
from extractors.checks._cash_flow import period_name, series, value
from extractors.checks._tables import by_table, gbp, validation
from extractors.values.money import find_amounts
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "cash_flow_rate"
_HOURLY = ("ph", "p/h", "per hour")


def hourly_rate(element: str) -> Decimal | None:
    for amount, m in find_amounts(element):
        if (m.group("rate") or "").strip().lower() in _HOURLY:
            return amount
    return None


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, CashFlow).values():
        hours = series(rows, "hours_quarter")
        priced = [r for r in rows if r.unit == "GBP" and r.value is not None and hourly_rate(r.element)]
        if not hours or not priced:
            continue
        rate = hourly_rate(priced[0].element)
        cells = {(r.year or 0, r.quarter or 0, r.fy or ""): r for r in priced if r.element == priced[0].element}
        periods = [p for p in cells if p in hours]
        computed = {p: (value(hours[p]) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP) for p in periods}
        bad = [p for p in periods if computed[p] != value(cells[p])]
        tolerance = "rounded half up to the pound, then exact"
        if bad:
            p = bad[0]
            listed = "; ".join(f"{period_name(q)}: {hours[q].value} h x {gbp(rate)} = {gbp(computed[q])} but {gbp(cells[q].value)} printed" for q in bad)
            out.append(validation(item, NAME, "fail", cells[p].value, computed[p], f"{listed}; {tolerance}", cells[p].line))
        elif periods:
            p = periods[-1]
            detail = f"'{priced[0].element}' = {gbp(rate)} x hours per quarter in all {len(periods)} periods; {tolerance}"
            out.append(validation(item, NAME, "pass", cells[p].value, computed[p], detail, cells[p].line))
    return out


CHECK = Check(NAME, run)
