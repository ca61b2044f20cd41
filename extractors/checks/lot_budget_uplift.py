"""Each lot's annual budget = its scoped contract spend plus the uplift the header
states ("includes additional 20%"), i.e. spend x 1.2.

Tolerance: the stated budget must equal the product rounded half-up to the
nearest pound; a budget within £1 of the product (truncated instead of rounded)
fails, and the detail says so, so that users see both readings."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks import Check
from extractors.checks._pack import facts, money, nearest_pound, of_type, validation, whole_pounds
from schemas.base import Record
from schemas.pack_tables import LotBudget
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "lot_budget_uplift"


def uplift_factor(records: list[Record], table_id: str | None) -> Decimal | None:
    for f in facts(records, "lot_budget", "uplift_pct"):
        if f.table_id == table_id and f.value_text:
            try:
                return 1 + Decimal(f.value_text.rstrip("%").strip()) / 100
            except ArithmeticError:
                return None
    return None


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for row in of_type(records, LotBudget):
        factor = uplift_factor(records, row.table_id)
        spend, stated = row.annual_scoped_contract_spend_gbp, row.total_annual_lot_budget_gbp
        if factor is None or spend is None or stated is None:
            continue
        product = spend * factor
        rounded = nearest_pound(product)
        detail = (
            f"Lot {row.lot}: {money(spend)} x {factor} = {money(product)}, nearest pound {money(rounded)};"
            f" stated {money(stated)}; tolerance: equal after rounding half-up to the pound"
        )
        if stated != rounded and abs(stated - product) < 1:
            how = "truncated" if stated == whole_pounds(product) else "off by less than £1"
            detail += f" ({how}, within £1 of the product)"
        status = "pass" if stated == rounded else "fail"
        out.append(validation(item, NAME, status, stated, rounded, detail, row.line))
    return out


CHECK = Check(NAME, run)
