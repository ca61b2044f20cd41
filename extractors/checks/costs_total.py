"""Cost lines add up to their total row, period by period (`1st Year`, `2024-25 Forecast`).

A blank cell counts as nothing. A total sums the lines printed above it since the total
before it (a subtotal of its block); a later total may instead sum the totals above it
or every line above it (a grand total). Figures printed in whole pounds must agree to the
pound; figures printed scaled (£000, £m) may differ by the rounding of each figure.

Precision first: a `fail` says the council's figures do not add up, so it is given only where
the structure the sum relies on is certain - the total's label starts with a total word, the
figures of its column are all read and in one known unit, the lines it covers are not split
by headings with no subtotals of their own. Otherwise a disagreement is a `skip` with the
reason. A `pass` must have compared real figures: a zero total confirmed by zeros is a skip.
Each validation's detail ends with its basis.
"""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import (
    EXACT, TOLERANCE, agrees, by_table, gbp, printed_unit, rounding_tolerance, validation,
)
from extractors.tables.model import starts_with_total
from schemas.base import Record
from schemas.records import Cost, Validation
from schemas.stages import ItemText

NAME = "costs_total"


def readings(rows: list[Cost], at: int) -> list[tuple[str, list[Cost]]]:
    """The ways the total `rows[at]` may be built, most local first: its block of lines,
    then (where totals stand above it) the totals above and every line above."""
    above = [r for r in rows[:at] if r.amount_gbp is not None]
    totals = [r for r in above if r.is_total]
    last_total = max((k for k, r in enumerate(rows[:at]) if r.is_total), default=-1)
    block = [r for r in rows[last_total + 1 : at] if not r.is_total and r.amount_gbp is not None]
    out = [("the lines above it", block)] if block or not totals else []
    if totals:
        out += [("the totals above it", totals), ("every line above it", [r for r in above if not r.is_total])]
    return out


def agreement(terms: list[Cost], total: Cost) -> tuple[bool, str, object]:
    """Whether the terms add up to the total, how closely that is asked, and their sum."""
    computed = sum((r.amount_gbp for r in terms), start=0)
    tolerance = rounding_tolerance([printed_unit(r.amount_gbp, r.amount_text) for r in [*terms, total]])
    if tolerance == TOLERANCE:
        return agrees(computed, total.amount_gbp), EXACT, computed
    return abs(computed - total.amount_gbp) <= tolerance, f"within the rounding of the printed figures ({gbp(tolerance)})", computed


def uncertainty(rows: list[Cost], at: int) -> str | None:
    """Why a disagreement at the total `rows[at]` may be a misreading rather than the
    council's slip, or None when the structure is certain."""
    total = rows[at]
    above = rows[:at]
    if not total.label:
        return "the total row prints no label"
    if not starts_with_total(total.label):
        return f"the label '{total.label[:40]}' does not start with a total word"
    if total.unit is None or any(r.unit != total.unit for r in above):
        return "the unit of the figures is not known for every row"
    if any(r.amount_gbp is None and (r.amount_text or "").strip() for r in above):
        return "a figure above the total could not be read as one amount"
    if any(r.level == 2 for r in above) and not any(r.role == "subtotal" for r in above):
        return "lines sit under headings with no subtotals: which lines the total covers is not printed"
    if sum(r.is_total for r in above) >= 2:
        # totals of nested blocks (divisions, directorates) stand above a grand total, which
        # may add some of them and the lines after them: no reading above models that
        return "several totals stand above it: which totals and lines it adds is not printed"
    if len({(r.line, r.label) for r in [*above, total]}) < len(above) + 1:
        return "several columns with no heading of their own were read as one"
    if unlabelled_subtotal(above):
        return f"the line '{unlabelled_subtotal(above)[:40]}' adds up the lines above it (a subtotal with no total word)"
    return None


def unlabelled_subtotal(rows: list[Cost]) -> str | None:
    """The label of a line that equals the sum of two or more lines just above it (a subtotal
    whose label has no total word), or None."""
    figures = [r for r in rows if r.amount_gbp is not None and not r.is_total]
    for k in range(2, len(figures)):
        for start in range(k - 2, -1, -1):
            terms = figures[start:k]
            ok, _, _ = agreement(terms, figures[k])
            if ok and figures[k].amount_gbp and all(t.amount_gbp for t in terms):
                return figures[k].label
    return None


def _basis(total: Cost) -> str:
    unit = total.unit or "unit unknown"
    return f"basis: total row '{total.label[:40]}', figures in {unit}, rows of one table (pages joined by the reader)"


def check_total(item: ItemText, rows: list[Cost], at: int) -> Validation:
    total = rows[at]
    stated = f"{total.label}{f' ({total.period})' if total.period else ''} {gbp(total.amount_gbp)}"
    results = [(how, terms, *agreement(terms, total)) for how, terms in readings(rows, at)]
    if not results or not results[0][1]:  # nothing printed above the total to add up
        return validation(item, NAME, "skip", total.amount_gbp, None, f"no lines above {stated}", total.line, total.page)
    how, terms, ok, within, computed = next((r for r in results if r[2]), results[0])
    parts = " + ".join(f"{r.label[:30]} {gbp(r.amount_gbp)}" for r in terms)
    detail = f"{parts} ({how}) = {gbp(computed)} vs stated {stated}; {within}; {_basis(total)}"
    if ok and not total.amount_gbp and not any(r.amount_gbp for r in terms):
        return validation(item, NAME, "skip", total.amount_gbp, computed, f"only zeros to compare: {detail}", total.line, total.page)
    if not ok:
        doubt = uncertainty(rows, at)
        if doubt:
            return validation(item, NAME, "skip", total.amount_gbp, computed, f"not checked, {doubt}: {detail}", total.line, total.page)
    return validation(item, NAME, "pass" if ok else "fail", total.amount_gbp, computed, detail, total.line, total.page)


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, Cost).values():
        for period in dict.fromkeys(r.period for r in rows):
            column = [r for r in rows if r.period == period]
            out += [check_total(item, column, k) for k, r in enumerate(column) if r.is_total and r.amount_gbp is not None]
    return out


CHECK = Check(NAME, run)
