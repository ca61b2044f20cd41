"""Each lot's whole-term budget = its stated annual lot budget x the contract term in
years stated after the table (initial term plus extensions: 5 + 2 = 7).

Tolerance: exact equality in whole pounds (both figures are printed in pounds).
Where it fails, the detail says whether the term instead equals the unrounded
spend x uplift x years cut to whole pounds (the budget column was rounded
before, not after, multiplying)."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._pack import facts, money, of_type, validation, whole_pounds
from extractors.checks.lot_budget_uplift import uplift_factor
from schemas.base import Record
from schemas.pack_tables import LotBudget
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "lot_contract_term"


def term_years(records: list[Record], table_id: str | None) -> int | None:
    for f in facts(records, "lot_budget", "term_years"):
        if f.table_id == table_id and f.value_text and f.value_text.isdigit():
            return int(f.value_text)
    return None


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for row in of_type(records, LotBudget):
        years = term_years(records, row.table_id)
        annual, stated = row.total_annual_lot_budget_gbp, row.total_contract_term_gbp
        if years is None or annual is None or stated is None:
            continue
        computed = annual * years
        detail = f"Lot {row.lot}: {money(annual)} x {years} = {money(computed)}; stated {money(stated)}; exact"
        factor = uplift_factor(records, row.table_id)
        spend = row.annual_scoped_contract_spend_gbp
        if stated != computed and factor is not None and spend is not None:
            unrounded = spend * factor * years
            if whole_pounds(unrounded) == stated:
                detail += f"; equals {money(spend)} x {factor} x {years} = {money(unrounded)} cut to whole pounds"
        out.append(validation(item, NAME, "pass" if stated == computed else "fail", stated, computed, detail, row.line))
    return out


CHECK = Check(NAME, run)
