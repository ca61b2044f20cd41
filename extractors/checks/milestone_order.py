"""Every milestone ends on or after its start (compared at the coarser of the two
printed precisions: `Nov 2020` -> `Nov 2020` holds). Dates are never corrected."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.records import Milestone, Validation
from schemas.stages import ItemText

NAME = "milestone_order"
_CUT = {"day": 10, "month": 7, "year": 4}


def _comparable(m: Milestone) -> tuple[str, str] | None:
    if m.start_date is None or m.end_date is None:
        return None
    cut = min(_CUT[m.start_precision or "day"], _CUT[m.end_precision or "day"])
    return m.start_date.isoformat()[:cut], m.end_date.isoformat()[:cut]


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, Milestone).values():
        dated = [(m, pair) for m in rows if (pair := _comparable(m))]
        if not dated:
            continue
        bad = [(m, pair) for m, pair in dated if pair[1] < pair[0]]
        if bad:
            m, (start, end) = bad[0]
            listed = "; ".join(f"'{b.task[:40]}' {b.start_text} -> {b.end_text}" for b, _ in bad)
            detail = f"{len(bad)} of {len(dated)} dated milestones end before they start (as printed): {listed}"
            out.append(validation(item, NAME, "fail", f">= {start}", end, detail, m.line))
        else:
            detail = f"all {len(dated)} dated milestones end on or after their start (at the printed precision)"
            out.append(validation(item, NAME, "pass", None, None, detail, rows[0].line))
    return out


CHECK = Check(NAME, run)
