"""A saving table's total equals the proposal's headline saving (`2021-22 Saving: -£125,000`).
Where an item holds several proposals, the table belongs to the last one printed above it."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import EXACT, agrees, by_table, gbp, validation
from schemas.base import Record
from schemas.records import Proposal, SavingLine, Validation
from schemas.stages import ItemText

NAME = "saving_headline"


def proposal_above(proposals: list[Proposal], line: int | None) -> Proposal | None:
    if len(proposals) == 1 or line is None:
        return proposals[0] if proposals else None
    above = [p for p in proposals if p.line is not None and p.line <= line]
    return max(above, key=lambda p: p.line) if above else None


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    proposals = [r for r in records if isinstance(r, Proposal)]
    out = []
    for rows in by_table(records, SavingLine).values():
        totals = [r for r in rows if r.is_total and r.amount_gbp is not None]
        if not totals:
            continue
        total = totals[-1]
        proposal = proposal_above(proposals, total.line)
        if proposal is None or proposal.saving_gbp is None:
            why = "no proposal in this item" if proposal is None else "the proposal states no headline saving"
            out.append(validation(item, NAME, "skip", None, total.amount_gbp, f"{why}; table total {gbp(total.amount_gbp)}", total.line))
            continue
        status = "pass" if agrees(total.amount_gbp, proposal.saving_gbp) else "fail"
        detail = (f"table total '{total.label}' {gbp(total.amount_gbp)} vs headline saving "
                  f"{proposal.saving_text or gbp(proposal.saving_gbp)}; {EXACT}")
        out.append(validation(item, NAME, status, proposal.saving_gbp, total.amount_gbp, detail, total.line))
    return out


CHECK = Check(NAME, run)
