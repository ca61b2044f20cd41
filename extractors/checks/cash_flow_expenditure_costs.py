"""A cash-flow table's expenditure agrees with what the proposal says it costs: each
year's expenditure (the sum of its quarters) equals the cost table's TOTAL for that
year ("1st Year", "Year 2", or a financial year), and the expenditure over all periods
equals the cost table's grand total, or, without a cost table, the single cost stated
in the prose ("the cost of the scheme over two years is expected to be £150,000").
Compared to the pound."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from extractors.checks import Check
from extractors.checks._cash_flow import role
from extractors.checks._prose import in_prose, stated_costs
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
from extractors.values.dates import parse_fy
from schemas.base import Record
from schemas.records import CashFlow, Cost, Validation
from schemas.stages import ItemText

NAME = "cash_flow_expenditure_costs"
_ORDINAL = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4, "5th": 5, "fifth": 5}
_YEAR_N = re.compile(r"\b(?:year|yr)\s*(?P<n>\d)\b", re.IGNORECASE)
_N_YEAR = re.compile(r"\b(?P<ord>1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)\s+year\b", re.IGNORECASE)


def period_key(period: str | None) -> int | str | None:
    """A cost column's period as a year number (1, 2) or a financial year ("2024-25")."""
    if not period:
        return None
    m = _YEAR_N.search(period)
    if m:
        return int(m.group("n"))
    m = _N_YEAR.search(period)
    if m:
        return _ORDINAL[m.group("ord").lower()]
    return parse_fy(period)


def expenditure(records: list[Record]) -> list[CashFlow]:
    """The money-out rows of the first cash-flow table that has any."""
    for rows in by_table(records, CashFlow).values():
        out = [r for r in rows if role(r) == "out" and r.unit != "hours" and r.value is not None]
        if out:
            return out
    return []


def cost_totals(records: list[Record]) -> tuple[dict, Decimal | None]:
    """Period -> TOTAL of the first cost table with TOTAL rows, and its grand total."""
    for rows in by_table(records, Cost).values():
        totals = [r for r in rows if r.is_total and r.amount_gbp is not None]
        if totals:
            by_period = {period_key(r.period): r.amount_gbp for r in totals if period_key(r.period) is not None}
            return by_period, sum((r.amount_gbp for r in totals), start=Decimal(0))
    return {}, None


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    rows = expenditure(records)
    if not rows:
        return []
    per_year: dict[int | str, list[CashFlow]] = defaultdict(list)
    for r in rows:
        per_year[r.year if r.year else parse_fy(r.fy)].append(r)
    by_period, grand = cost_totals(records)
    label = rows[0].element
    out = []
    for year, stated in by_period.items():
        cells = per_year.get(year)
        if not cells:
            continue
        spent = sum((Decimal(r.value) for r in cells), start=Decimal(0))
        name = f"year {year}" if isinstance(year, int) else year
        status = "pass" if agrees(stated, spent) else "fail"
        detail = (f"'{label}' in {name}: {' + '.join(gbp(r.value) for r in cells)} = {gbp(spent)} "
                  f"against the cost table's {name} TOTAL {gbp(stated)}; {EXACT}")
        out.append(validation(item, NAME, status, stated, spent, detail, cells[0].line))
    total = sum((Decimal(r.value) for r in rows), start=Decimal(0))
    source = "the cost table's grand total" if grand is not None else None
    if grand is None:
        costs = {s.figure.amount_gbp: s for s in stated_costs(in_prose(item, records))}
        if len(costs) == 1:
            [(grand, s)] = costs.items()
            source = f"the cost stated in the text ({s.figure.text})"
    if grand is not None:
        status = "pass" if agrees(grand, total) else "fail"
        detail = f"'{label}' over all {len(rows)} periods = {gbp(total)} against {source} {gbp(grand)}; {EXACT}"
        out.append(validation(item, NAME, status, grand, total, detail, rows[0].line))
    return out


CHECK = Check(NAME, run)
