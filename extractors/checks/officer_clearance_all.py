"""Every implication in a cover paper's officer-clearance table is cleared ("Yes").
An answer of "N/A" or "Not applicable" needs no clearance and does not count against
it; "No" fails; a row whose answer could not be read makes the check a skip unless
another row already fails."""

from __future__ import annotations

import re

from extractors.checks import Check
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.pack_tables import OfficerClearance
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "officer_clearance_all"
_NOT_APPLICABLE = re.compile(r"^\s*(?:n/?a|not\s+applicable)\b", re.IGNORECASE)


def answer(row: OfficerClearance) -> str:
    """cleared | not_applicable | not_cleared | unknown"""
    if row.clearance and _NOT_APPLICABLE.match(row.clearance):
        return "not_applicable"
    if row.cleared is None:
        return "unknown"
    return "cleared" if row.cleared else "not_cleared"


def _short(row: OfficerClearance) -> str:
    return row.implication.strip()[:60]


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, OfficerClearance).values():
        answers = [(r, answer(r)) for r in rows]
        cleared = sum(a == "cleared" for _, a in answers)
        needed = sum(a != "not_applicable" for _, a in answers)
        refused = [_short(r) for r, a in answers if a == "not_cleared"]
        unread = [_short(r) for r, a in answers if a == "unknown"]
        line = rows[0].line
        if refused:
            detail = f"{len(refused)} of {len(rows)} implications not cleared: {'; '.join(refused)}"
            out.append(validation(item, NAME, "fail", needed, cleared, detail, line))
        elif unread:
            detail = f"{cleared} of {len(rows)} implications cleared; no answer read for: {'; '.join(unread)}"
            out.append(validation(item, NAME, "skip", needed, cleared, detail, line))
        else:
            na = len(rows) - needed
            extra = f" ({na} not applicable)" if na else ""
            detail = f"all {needed} implications that need clearance are marked 'Yes'{extra}"
            out.append(validation(item, NAME, "pass", needed, cleared, detail, line))
    return out


CHECK = Check(NAME, run)
