"""Each lot's whole-term budget = scoped spend x (1 + uplift) x term years, computed
without rounding the annual budget first.

Tolerance: the stated term must lie within £1 of the unrounded product (it is
printed in whole pounds, so it may be the product rounded or cut); the detail
gives the unrounded product."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._pack import money, of_type, validation
from extractors.checks.lot_budget_uplift import uplift_factor
from extractors.checks.lot_contract_term import term_years
from schemas.base import Record
from schemas.pack_tables import LotBudget
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "lot_contract_term_from_spend"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for row in of_type(records, LotBudget):
        factor, years = uplift_factor(records, row.table_id), term_years(records, row.table_id)
        spend, stated = row.annual_scoped_contract_spend_gbp, row.total_contract_term_gbp
        if factor is None or years is None or spend is None or stated is None:
            continue
        product = spend * factor * years
        detail = (
            f"Lot {row.lot}: {money(spend)} x {factor} x {years} = {money(product)}; stated {money(stated)};"
            " tolerance: within £1 of the unrounded product"
        )
        status = "pass" if abs(stated - product) < 1 else "fail"
        out.append(validation(item, NAME, status, stated, product, detail, row.line))
    return out


CHECK = Check(NAME, run)
