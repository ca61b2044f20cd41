"""Cost avoidance stated per financial year in prose ("would generate cost avoidance
savings of £X in 2024/25 and £Y in 2025/26") equals that year's cost avoidance in the
item's cash-flow table.

A table by financial year is matched on its `fy`. A quarterly table numbers its years
(Y1, Y2) without naming them: its year 1 is assumed to be the FIRST financial year the
text names for cost avoidance, year 2 the one after, and so on (the text states the
years in the order the table runs them; a year it names that the table does not hold
is a skip). The year's figure is the sum of its quarters as printed, exact to the pound
("in the region of £X": within 5%)."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks import Check
from extractors.checks._cash_flow import role
from extractors.checks._prose import APPROX, avoidance_by_fy, close, fy_start, in_prose
from extractors.checks._tables import EXACT, by_table, gbp, validation
from extractors.tables.cells import has_words
from extractors.values.dates import parse_fy
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "prose_cost_avoidance_fy"


def avoidance_rows(records: list[Record]) -> list[CashFlow]:
    """The money-in rows of the first cash-flow table that has any; rows naming avoidance
    are preferred over other income rows of the same table."""
    for rows in by_table(records, CashFlow).values():
        money_in = [r for r in rows if role(r) == "in" and r.unit != "hours" and r.value is not None]
        avoid = [r for r in money_in if has_words(f"{r.element} {r.frequency or ''}", "avoid")]
        if avoid or money_in:
            return avoid or money_in
    return []


def rows_of_year(rows: list[CashFlow], fy: str, first_fy: str) -> tuple[list[CashFlow], str]:
    """The rows of one financial year and how they were chosen (for the detail)."""
    by_fy = [r for r in rows if r.fy and parse_fy(r.fy) == fy]
    if by_fy or any(r.fy for r in rows):
        return by_fy, f"the table's {fy} column"
    year = fy_start(fy) - fy_start(first_fy) + 1
    chosen = [r for r in rows if r.year == year]
    quarters = len({r.quarter for r in chosen if r.quarter})
    how = (f"year {year} of the table ({quarters} quarters; year 1 taken as {first_fy}, "
           f"the first financial year the text names for cost avoidance)")
    return chosen, how


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    stated = avoidance_by_fy(in_prose(item, records))
    if not stated:
        return []
    rows = avoidance_rows(records)
    first_fy = min(stated, key=fy_start)
    out = []
    for fy, s in sorted(stated.items()):
        figure = s.figure
        if not rows:
            detail = f"{figure.text} stated for {fy}; no cash-flow table with cost avoidance in this item to compare with"
            out.append(validation(item, NAME, "skip", figure.amount_gbp, None, detail, figure.line))
            continue
        year_rows, how = rows_of_year(rows, fy, first_fy)
        if not year_rows:
            detail = f"{figure.text} stated for {fy}; the cash-flow table holds no cost avoidance for {how}"
            out.append(validation(item, NAME, "skip", figure.amount_gbp, None, detail, figure.line))
            continue
        total = sum((Decimal(r.value) for r in year_rows), start=Decimal(0))
        status = "pass" if close(figure.amount_gbp, total, figure.approximate) else "fail"
        cells = " + ".join(gbp(r.value) for r in year_rows)
        tolerance = APPROX if figure.approximate else EXACT
        detail = (f"{figure.text} stated for {fy} vs the sum of '{year_rows[0].element}' over {how}: "
                  f"{cells} = {gbp(total)}; {tolerance}")
        out.append(validation(item, NAME, status, figure.amount_gbp, total, detail, figure.line))
    return out


CHECK = Check(NAME, run)
