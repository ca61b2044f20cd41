"""A £ amount stated in a paragraph that names one lot ("... grants to the providers
is £640,120 ... The inclusion of Lot 3 in the Framework ...") agrees with a figure of
that lot's row in the item's lot budget table.

The text does not say which column it restates, so the check passes when the amount
equals one of the lot's figures (naming the column) and is a skip otherwise, listing
the lot's figures: it never fails on a guess. Exact to the pound."""

from __future__ import annotations

import re
from collections import defaultdict

from extractors.checks import Check
from extractors.checks._prose import in_prose
from extractors.checks._tables import EXACT, agrees, gbp, validation
from schemas.base import Record
from schemas.pack_tables import LotBudget
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "prose_lot_budget"
_LOT = re.compile(r"\bLot\s+(?P<n>\d+)\b", re.IGNORECASE)
COLUMNS = {
    "annual_scoped_contract_spend_gbp": "Annual Scoped Contract Spend",
    "ccc_contribution_annual_gbp": "council contribution (annual)",
    "total_annual_lot_budget_gbp": "Total Annual Lot Budget",
    "total_contract_term_gbp": "Total Contract Term",
}


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    lots = {str(r.lot): r for r in records if isinstance(r, LotBudget) and r.lot}
    if not lots:
        return []
    by_paragraph = defaultdict(list)
    for s in in_prose(item, records):
        by_paragraph[s.paragraph].append(s)
    out = []
    for group in by_paragraph.values():
        named = {m.group("n") for m in _LOT.finditer(group[0].paragraph_text)}
        if len(named) != 1 or (lot := named.pop()) not in lots:
            continue
        row = lots[lot]
        figures = {name: getattr(row, col) for col, name in COLUMNS.items() if getattr(row, col) is not None}
        for s in group:
            if s.figure.amount_gbp is None or (s.figure.unit or "GBP") not in ("GBP", "GBP per year"):
                continue  # the lot figures are annual or whole-term pounds, never rates
            column = next((name for name, v in figures.items() if agrees(v, s.figure.amount_gbp)), None)
            if column:
                detail = f"{s.figure.text} stated in a paragraph about Lot {lot} equals the lot's {column}; {EXACT}"
                out.append(validation(item, NAME, "pass", s.figure.amount_gbp, figures[column], detail, s.figure.line))
            else:
                listed = ", ".join(f"{name} {gbp(v)}" for name, v in figures.items())
                detail = f"{s.figure.text} stated in a paragraph about Lot {lot} equals none of the lot's figures ({listed})"
                out.append(validation(item, NAME, "skip", s.figure.amount_gbp, None, detail, s.figure.line))
    return out


CHECK = Check(NAME, run)
