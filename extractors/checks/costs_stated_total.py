"""A cost table's grand total (its TOTAL rows over all periods, or the sum of its
lines where it has no total row) equals an amount stated in the text just above
it ("expected to be £160,000 ... broken down as follows", "investment of £90k").

Only an amount printed in the three lines above the table is compared; when
none of them equals the sum the check is a skip that lists them, because the
text cannot tell which of them (if any) is meant as the total."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import EXACT, agrees, amounts_above, by_table, gbp, validation
from schemas.base import Record
from schemas.records import Cost, ExtractedTable, Validation
from schemas.stages import ItemText

NAME = "costs_stated_total"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    starts = {r.table_id: r.line for r in records if isinstance(r, ExtractedTable)}
    out = []
    for table_id, rows in by_table(records, Cost).items():
        totals = [r for r in rows if r.is_total and r.amount_gbp is not None]
        counted = totals or [r for r in rows if r.amount_gbp is not None]
        if not counted:
            continue
        computed = sum((r.amount_gbp for r in counted), start=0)
        what = "TOTAL rows" if totals else "cost lines"
        stated = amounts_above(item, starts.get(table_id, rows[0].line))
        match = next(((v, no) for v, no in stated if agrees(v, computed)), None)
        if match:
            detail = f"{what} add up to {gbp(computed)}, as stated on line {match[1]}; {EXACT}"
            out.append(validation(item, NAME, "pass", match[0], computed, detail, match[1]))
        elif stated:
            listed = ", ".join(gbp(v) for v, _ in stated)
            detail = f"{what} add up to {gbp(computed)}; amounts stated above the table ({listed}) differ and none is marked as the total"
            out.append(validation(item, NAME, "skip", None, computed, detail, rows[0].line))
    return out


CHECK = Check(NAME, run)
