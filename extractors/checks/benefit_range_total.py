"""A benefits table's total range: its low end equals the sum of the lines' low
ends and its high end the sum of their high ends (income lines included; a
single figure counts as both ends)."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
from schemas.base import Record
from schemas.records import BenefitEstimate, Validation
from schemas.stages import ItemText

NAME = "benefit_range_total"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, BenefitEstimate).values():
        totals = [r for r in rows if r.is_total]
        lines = [r for r in rows if not r.is_total and r.low_gbp is not None]
        if not totals:
            continue
        total = totals[-1]
        if total.low_gbp is None or not lines:
            reason = "total row states no amount" if total.low_gbp is None else "no estimate lines above the total"
            out.append(validation(item, NAME, "skip", None, None, reason, total.line))
            continue
        for end in ("low", "high"):
            stated = getattr(total, f"{end}_gbp")
            values = [getattr(r, f"{end}_gbp") for r in lines if getattr(r, f"{end}_gbp") is not None]
            computed = sum(values, start=0)
            parts = " + ".join(gbp(v) for v in values)
            detail = f"{end} ends: {parts} = {gbp(computed)} vs stated {gbp(stated)}; {EXACT}"
            status = "pass" if agrees(computed, stated) else "fail"
            out.append(validation(item, NAME, status, stated, computed, detail, total.line))
    return out


CHECK = Check(NAME, run)
