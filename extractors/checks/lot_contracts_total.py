"""A lot's contracts add up to the `Total Value` printed under them.

Tolerance: exact to the penny (the contract values are printed in pounds and
pence, the total in whole pounds). Where the rows exceed the total by exactly
one row's value, the detail names that row (a duplicated or late-added line)."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._pack import PENNY, facts, money, of_type, validation
from schemas.base import Record
from schemas.pack_tables import Contract
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "lot_contracts_total"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    contracts = of_type(records, Contract)
    for stated in facts(records, "contracts", "stated_total_gbp"):
        rows = [c for c in contracts if c.table_id == stated.table_id and c.annual_value_gbp is not None]
        if not rows or stated.value_gbp is None:
            continue
        total = sum(c.annual_value_gbp for c in rows)
        diff = total - stated.value_gbp
        lot = next((c.lot for c in rows if c.lot), None)
        detail = (
            f"Lot {lot or '?'}: " + " + ".join(money(c.annual_value_gbp) for c in rows)
            + f" = {money(total)}; stated total {money(stated.value_gbp)}; exact to the penny"
        )
        culprit = next((c for c in rows if abs(c.annual_value_gbp - diff) < PENNY), None)
        if abs(diff) >= PENNY and culprit:
            detail += f"; the rows exceed the total by exactly the row '{culprit.provider} / {culprit.contract}' ({money(culprit.annual_value_gbp)})"
        status = "pass" if abs(diff) < PENNY else "fail"
        out.append(validation(item, NAME, status, stated.value_gbp, total, detail, stated.line))
    return out


CHECK = Check(NAME, run)
