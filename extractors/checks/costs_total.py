"""Cost lines add up to the TOTAL row, period by period (`1st Year`, `2nd Year`).
A blank cell counts as nothing. Figures printed in whole pounds must agree to the pound;
figures printed scaled (£000, £m) may differ by the rounding of each printed figure."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import (
    EXACT, TOLERANCE, agrees, by_table, gbp, printed_unit, rounding_tolerance, validation,
)
from schemas.base import Record
from schemas.records import Cost, Validation
from schemas.stages import ItemText

NAME = "costs_total"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, Cost).values():
        for total in (r for r in rows if r.is_total and r.amount_gbp is not None):
            lines = [r for r in rows if not r.is_total and r.period == total.period and r.amount_gbp is not None]
            computed = sum((r.amount_gbp for r in lines), start=0)
            parts = " + ".join(f"{r.label[:30]} {gbp(r.amount_gbp)}" for r in lines) or "no lines"
            where = f" ({total.period})" if total.period else ""
            units = [printed_unit(r.amount_gbp, r.amount_text) for r in [*lines, total]]
            tolerance = rounding_tolerance(units)
            scaled = tolerance != TOLERANCE
            ok = abs(computed - total.amount_gbp) <= tolerance if scaled else agrees(computed, total.amount_gbp)
            within = f"within the rounding of the printed figures ({gbp(tolerance)})" if scaled else EXACT
            detail = f"{parts} = {gbp(computed)} vs stated {total.label}{where} {gbp(total.amount_gbp)}; {within}"
            status = "pass" if ok else "fail"
            out.append(validation(item, NAME, status, total.amount_gbp, computed, detail, total.line))
    return out


CHECK = Check(NAME, run)
