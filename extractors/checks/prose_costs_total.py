"""An investment or cost figure stated in the prose of the question a cost table sits
in ("there will be a requirement for capital investment of £75k", further
up than the lines just above the table) equals the table's grand total: its TOTAL
rows, or the sum of its lines where it has none.

Amounts printed in the three lines just above the table are left to
`costs_stated_total`. A candidate is a plain £ amount in a sentence about cost,
investment, funding or budget (not savings, income or rates). When one candidate
agrees the check passes on it; when exactly one candidate is stated and it differs, it
fails; several that all differ are a skip (the text does not say which is the
total)."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks import Check
from extractors.checks._prose import in_prose, section_of, stated_costs
from extractors.checks._tables import EXACT, agrees, amounts_above, by_table, gbp, validation
from schemas.base import Record
from schemas.records import Cost, ExtractedTable, Validation
from schemas.stages import ItemText

NAME = "prose_costs_total"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    starts = {r.table_id: r.line for r in records if isinstance(r, ExtractedTable)}
    costs = stated_costs(in_prose(item, records))
    out = []
    for table_id, rows in by_table(records, Cost).items():
        totals = [r for r in rows if r.is_total and r.amount_gbp is not None]
        counted = totals or [r for r in rows if r.amount_gbp is not None]
        if not counted:
            continue
        computed = sum((r.amount_gbp for r in counted), start=Decimal(0))
        what = "TOTAL rows" if totals else "cost lines"
        start = starts.get(table_id, rows[0].line)
        section = section_of(records, start)
        just_above = {no for _, no in amounts_above(item, start)}
        candidates = [s for s in costs if section_of(records, s.figure.line) == section
                      and s.figure.line not in just_above]
        if not candidates:
            continue
        match = next((s for s in candidates if agrees(s.figure.amount_gbp, computed)), None)
        where = f"question {section}" if section else "the item"
        if match:
            detail = f"{what} add up to {gbp(computed)}, as stated in {where} ('{match.figure.text}'); {EXACT}"
            out.append(validation(item, NAME, "pass", match.figure.amount_gbp, computed, detail, match.figure.line))
        elif len({s.figure.amount_gbp for s in candidates}) == 1:
            s = candidates[0]
            detail = f"{what} add up to {gbp(computed)}, but {where} states {s.figure.text}; {EXACT}"
            out.append(validation(item, NAME, "fail", s.figure.amount_gbp, computed, detail, s.figure.line))
        else:
            listed = ", ".join(s.figure.text for s in candidates)
            detail = f"{what} add up to {gbp(computed)}; {where} states other cost amounts ({listed}) and none equals it"
            out.append(validation(item, NAME, "skip", None, computed, detail, rows[0].line))
    return out


CHECK = Check(NAME, run)
