"""The proposal's headline saving lies inside its benefits table's total range
(compared by size: savings are printed negative in the headline, positive in the range)."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._tables import by_table, gbp, validation
from extractors.checks.saving_headline import proposal_above
from schemas.base import Record
from schemas.records import BenefitEstimate, Proposal, Validation
from schemas.stages import ItemText

NAME = "benefit_range_headline"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    proposals = [r for r in records if isinstance(r, Proposal)]
    out = []
    for rows in by_table(records, BenefitEstimate).values():
        totals = [r for r in rows if r.is_total and r.low_gbp is not None and r.high_gbp is not None]
        if not totals:
            continue
        total = totals[-1]
        proposal = proposal_above(proposals, total.line)
        if proposal is None or proposal.saving_gbp is None:
            continue
        size = abs(proposal.saving_gbp)
        low, high = sorted((abs(total.low_gbp), abs(total.high_gbp)))
        status = "pass" if low <= size <= high else "fail"
        detail = f"headline saving {gbp(proposal.saving_gbp)} against the estimated range {gbp(low)} - {gbp(high)}"
        out.append(validation(item, NAME, status, f"{low}-{high}", size, detail, total.line))
    return out


CHECK = Check(NAME, run)
