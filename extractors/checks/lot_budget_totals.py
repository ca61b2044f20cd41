"""The framework totals stated after the lot budget table agree with the table:

- `lot_budget_framework_total`: stated total framework budget = sum of the lots'
  stated whole-term budgets;
- `lot_budget_framework_total_from_annual`: = sum of stated annual lot budgets x
  term years;
- `lot_budget_council_commitment`: stated council commitment = sum of the
  council's annual contributions x term years (no uplift on the council's part).

Tolerance: exact equality in whole pounds (every figure is printed in pounds)."""

from __future__ import annotations

from extractors.checks import Check
from extractors.checks._pack import facts, money, of_type, validation
from extractors.checks.lot_contract_term import term_years
from schemas.base import Record
from schemas.pack_tables import LotBudget
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "lot_budget_totals"


def _compare(item, name, stated, parts, years, what, line) -> Validation:
    total = sum(parts)
    computed = total * years if years else total
    shown = " + ".join(money(p) for p in parts)
    detail = f"{what}: ({shown}) = {money(total)}" + (f" x {years} = {money(computed)}" if years else "")
    detail += f"; stated {money(stated)}; exact"
    return validation(item, name, "pass" if computed == stated else "fail", stated, computed, detail, line)


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    rows = of_type(records, LotBudget)
    tables = {r.table_id for r in rows}
    for table_id in tables:
        lots = [r for r in rows if r.table_id == table_id]
        years = term_years(records, table_id)
        total = next((f for f in facts(records, "lot_budget", "stated_framework_total_gbp") if f.table_id == table_id), None)
        commitment = next((f for f in facts(records, "lot_budget", "stated_ccc_commitment_gbp") if f.table_id == table_id), None)
        terms = [r.total_contract_term_gbp for r in lots]
        annual = [r.total_annual_lot_budget_gbp for r in lots]
        shares = [r.ccc_contribution_annual_gbp for r in lots]
        if total and total.value_gbp is not None and None not in terms:
            out.append(_compare(item, "lot_budget_framework_total", total.value_gbp, terms, None,
                                "sum of whole-term budgets", total.line))
        if total and total.value_gbp is not None and years and None not in annual:
            out.append(_compare(item, "lot_budget_framework_total_from_annual", total.value_gbp, annual, years,
                                "sum of annual lot budgets x term years", total.line))
        if commitment and commitment.value_gbp is not None and years and None not in shares:
            out.append(_compare(item, "lot_budget_council_commitment", commitment.value_gbp, shares, years,
                                "sum of the council's annual contributions x term years", commitment.line))
    return out


CHECK = Check(NAME, run)
