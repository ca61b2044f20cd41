"""Saving lines add up to the table's stated total (the revised saving row).
Figures printed in £000 are compared after scaling to pounds."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
from schemas.base import Record
from schemas.records import SavingLine, Validation
from schemas.stages import ItemText

NAME = "saving_total"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, SavingLine).values():
        totals = [r for r in rows if r.is_total]
        lines = [r for r in rows if not r.is_total and r.amount_gbp is not None]
        if not totals:
            out.append(validation(item, NAME, "skip", None, None, "saving table has no total row", rows[0].line))
            continue
        total = totals[-1]
        computed = sum((r.amount_gbp for r in lines), start=0)
        parts = " + ".join(gbp(r.amount_gbp) for r in lines)
        detail = f"{parts} = {gbp(computed)} vs stated '{total.label}' {gbp(total.amount_gbp)}; {EXACT}"
        status = "pass" if agrees(computed, total.amount_gbp) else "fail"
        out.append(validation(item, NAME, status, total.amount_gbp, computed, detail, total.line))
    return out


CHECK = Check(NAME, run)
