"""A pooled budget's contributions add up to its total, and each printed share
matches its contribution:

- `pooled_budget_total`: council + health contributions = total pooled budget,
  exact in whole pounds;
- `pooled_budget_share`: each printed percentage = contribution / total x 100,
  rounded half-up to as many decimals as printed (51.4% -> one decimal);
- `pooled_budget_shares_sum`: the printed percentages add up to 100, within
  half a unit of the last printed decimal per share."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from extractors.checks import Check
from extractors.checks._pack import money, of_type, validation
from schemas.base import Record
from schemas.pack_tables import PooledBudget
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "pooled_budget_total"


def decimals(pct: float) -> int:
    text = repr(pct)
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def share_check(item: ItemText, row: PooledBudget, side: str, amount, pct) -> Validation | None:
    if amount is None or pct is None or not row.total_gbp:
        return None
    exact = Decimal(amount) / Decimal(row.total_gbp) * 100
    places = Decimal(1).scaleb(-decimals(pct))
    rounded = exact.quantize(places, rounding=ROUND_HALF_UP)
    detail = (
        f"{row.label or 'pool'} {side}: {money(amount)} / {money(row.total_gbp)} = {exact:.3f}%,"
        f" rounded to {decimals(pct)} dp {rounded}%; printed {pct}%"
    )
    status = "pass" if rounded == Decimal(str(pct)) else "fail"
    return validation(item, "pooled_budget_share", status, Decimal(str(pct)), exact.quantize(Decimal("0.01")), detail, row.line)


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out: list[Validation] = []
    for row in of_type(records, PooledBudget):
        la, ccg, total = row.la_contribution_gbp, row.ccg_contribution_gbp, row.total_gbp
        if la is not None and ccg is not None and total is not None:
            detail = f"{row.label or 'pool'}: {money(la)} + {money(ccg)} = {money(la + ccg)}; stated total {money(total)}; exact"
            out.append(validation(item, NAME, "pass" if la + ccg == total else "fail", total, la + ccg, detail, row.line))
        for side, amount, pct in (("council share", la, row.la_pct), ("health share", ccg, row.ccg_pct)):
            found = share_check(item, row, side, amount, pct)
            if found:
                out.append(found)
        if row.la_pct is not None and row.ccg_pct is not None:
            pct_sum = Decimal(str(row.la_pct)) + Decimal(str(row.ccg_pct))
            # half a unit of the last printed decimal for each of the two shares
            slack = Decimal(1).scaleb(-max(decimals(row.la_pct), decimals(row.ccg_pct)))
            status = "pass" if abs(pct_sum - 100) <= slack else "fail"
            detail = f"{row.la_pct} + {row.ccg_pct} = {pct_sum}; expected 100 within {slack}"
            out.append(validation(item, "pooled_budget_shares_sum", status, Decimal(100), pct_sum, detail, row.line))
    return out


CHECK = Check(NAME, run)
