"""Cost lines add up to the TOTAL row, period by period (`1st Year`, `2nd Year`).
A blank cell counts as nothing."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
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
            detail = f"{parts} = {gbp(computed)} vs stated {total.label}{where} {gbp(total.amount_gbp)}; {EXACT}"
            status = "pass" if agrees(computed, total.amount_gbp) else "fail"
            out.append(validation(item, NAME, status, total.amount_gbp, computed, detail, total.line))
    return out


CHECK = Check(NAME, run)
