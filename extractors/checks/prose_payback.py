"""Payback: the cost avoidance the text states year by year ("£X in 2024/25 and £Y in
2025/26") adds up to at least what the proposal costs over the same period.

The cost is the item's cost table total (its TOTAL rows, or its lines where it has
none); without a cost table, a single amount stated as the cost in the prose ("the
cost of the scheme over two years is expected to be £Z"). Expected is the cost,
actual the stated avoidance added up; compared to the pound."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks import Check
from extractors.checks._prose import avoidance_by_fy, in_prose, stated_costs
from extractors.checks._tables import by_table, gbp, validation
from schemas.base import Record
from schemas.records import Cost, Validation
from schemas.stages import ItemText

NAME = "prose_payback"


def table_cost(records: list[Record]) -> tuple[Decimal, str] | None:
    """The grand total of the first cost table with amounts, and where it came from."""
    for rows in by_table(records, Cost).values():
        totals = [r for r in rows if r.is_total and r.amount_gbp is not None]
        counted = totals or [r for r in rows if r.amount_gbp is not None]
        if counted:
            what = "TOTAL rows" if totals else "lines"
            return sum((r.amount_gbp for r in counted), start=Decimal(0)), f"the cost table's {what}"
    return None


def prose_cost(stated) -> tuple[Decimal, str] | None:
    amounts = {s.figure.amount_gbp: s for s in stated_costs(stated)}
    if len(amounts) != 1:
        return None  # none, or several that the text does not tell apart
    [(amount, s)] = amounts.items()
    return amount, f"the cost stated in the text ({s.figure.text})"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    stated = in_prose(item, records)
    by_fy = avoidance_by_fy(stated)
    if len(by_fy) < 2:
        return []
    cost = table_cost(records) or prose_cost(stated)
    years = sorted(by_fy)
    avoided = sum((by_fy[fy].figure.amount_gbp for fy in years), start=Decimal(0))
    listed = " + ".join(f"{by_fy[fy].figure.text} ({fy})" for fy in years)
    line = by_fy[years[0]].figure.line
    if cost is None:
        detail = f"stated cost avoidance {listed} = {gbp(avoided)}; no cost to compare with (no cost table, no single stated cost)"
        return [validation(item, NAME, "skip", None, avoided, detail, line)]
    amount, source = cost
    status = "pass" if avoided >= amount else "fail"
    detail = (f"stated cost avoidance {listed} = {gbp(avoided)} against {source} {gbp(amount)}: "
              f"pays back when at least the cost (margin {gbp(avoided - amount)}); to the pound")
    return [validation(item, NAME, status, amount, avoided, detail, line)]


CHECK = Check(NAME, run)
