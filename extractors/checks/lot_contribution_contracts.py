"""A lot's council contribution in the lot budget table = the stated total of that
lot's contracts table (the contributions are "based on current contract spend").

A document check: the lot budget sits in a cover paper and the contracts in
its appendix, two items of one pack. Tolerance: exact in whole pounds.
The detail also gives the sum of the contract rows when it differs from their
stated total."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._pack import PENNY, facts, money, of_type, validation
from schemas.base import Record
from schemas.pack_tables import Contract, LotBudget
from schemas.records import TableFact, Validation
from schemas.stages import ItemText

NAME = "lot_contribution_contracts"


def run(items: list[ItemText], records: list[Record]) -> list[Validation]:
    by_id = {item.item_id: item for item in items}
    out = []
    lots = {f.table_id: f.value_text for f in facts(records, "contracts", "lot")}
    totals = {lots.get(f.table_id): f for f in facts(records, "contracts", "stated_total_gbp") if lots.get(f.table_id)}
    contracts = of_type(records, Contract)
    for row in of_type(records, LotBudget):
        stated = totals.get(row.lot)
        if stated is None or stated.value_gbp is None or row.ccc_contribution_annual_gbp is None:
            continue
        share = row.ccc_contribution_annual_gbp
        rows_sum = sum(c.annual_value_gbp for c in contracts if c.table_id == stated.table_id and c.annual_value_gbp is not None)
        detail = f"Lot {row.lot}: contribution {money(share)}; contracts' stated total {money(stated.value_gbp)}; exact"
        if abs(rows_sum - stated.value_gbp) >= PENNY:
            detail += f"; the contract rows themselves add up to {money(rows_sum)}"
        status = "pass" if abs(share - stated.value_gbp) < PENNY else "fail"
        out.append(validation(by_id[row.item_id], NAME, status, share, stated.value_gbp, detail, row.line))
    return out


CHECK = Check(NAME, run, scope="document", reads=lambda: (TableFact, Contract, LotBudget))
