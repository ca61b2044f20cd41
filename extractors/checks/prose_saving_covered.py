"""The headline saving of a proposal (`2024-25 Saving: -£25,000`) is covered by the cost
avoidance the text states for the same financial year ("cost avoidance savings of £26,100
in 2024/25"): the stated avoidance is at least the saving (savings are printed negative,
so their size is compared). Only a proposal with a saving year and an avoidance figure
stated for that year is checked."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._prose import avoidance_by_fy, in_prose, of_type
from extractors.checks._tables import gbp, validation
from extractors.checks.saving_headline import proposal_above
from extractors.values.dates import parse_fy
from schemas.base import Record
from schemas.records import Proposal, Validation
from schemas.stages import ItemText

NAME = "prose_saving_covered"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    proposals = of_type(records, Proposal)
    out = []
    for fy, s in avoidance_by_fy(in_prose(item, records)).items():
        proposal = proposal_above(proposals, s.figure.line)
        if proposal is None or proposal.saving_gbp is None or parse_fy(proposal.saving_fy) != fy:
            continue
        saving = abs(proposal.saving_gbp)
        avoided = s.figure.amount_gbp
        status = "pass" if avoided >= saving else "fail"
        detail = (f"headline saving {proposal.saving_text or gbp(proposal.saving_gbp)} ({proposal.saving_fy}) "
                  f"against the cost avoidance stated for {fy}, {s.figure.text}: the avoidance must be at least "
                  f"the saving's size (margin {gbp(avoided - saving)})")
        out.append(validation(item, NAME, status, saving, avoided, detail, s.figure.line))
    return out


CHECK = Check(NAME, run)
