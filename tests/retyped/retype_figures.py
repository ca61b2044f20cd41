"""Figures a council rounded from other figures, re-computed for the re-typed variants.

Scaling every amount by an integer keeps sums, but not roundings: a cost
avoidance printed as £10,238 for 2,275 h x £4.50 (= 10,237.5) becomes
3 x 10,238 = 30,714, while 2,275 h x £13.50 = 30,712.5 rounds to 30,713. So
each rounded figure is re-computed from the scaled inputs with the rule the
seed followed (as the answer keys' checks describe it), a figure that broke
the rule in the seed is re-computed the broken way, and every figure derived
from them (sums, differences quoted in prose or in a key's check) follows.
The result is `{old pounds: new pounds}` for the figures that differ from
`factor x old`; all the others are scaled.
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

#: The lot budgets of the framework paper: annual budget = scoped spend x uplift, over a term of years.
LOT_UPLIFT = Decimal("1.2")
LOT_TERM_YEARS = 7


def half_up(x: Decimal) -> Decimal:
    return x.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def half_away(x: Decimal) -> Decimal:
    return -half_up(-x) if x < 0 else half_up(x)


def floor(x: Decimal) -> Decimal:
    return x.quantize(Decimal(1), rounding=ROUND_FLOOR)


class Overrides(dict):
    """old -> new, refusing two different new values for one old figure."""

    def __init__(self, factor: int):
        super().__init__()
        self.factor = Decimal(factor)

    def put(self, old, new) -> None:
        old, new = Decimal(old), Decimal(new)
        if new == old * self.factor:
            return
        if old in self and self[old] != new:
            raise ValueError(f"figure {old} would re-type to both {self[old]} and {new}")
        self[old] = new


def cash_flow_rows(proposal: dict) -> dict[str, list[Decimal]]:
    """Quarterly rows of a key's cash flow by what they hold: hours, avoidance, spend, net, cumulative."""
    rows: dict[str, list[Decimal]] = {}
    for cell in proposal.get("cash_flow", []):
        element, frequency = cell["element"].lower(), cell["frequency"].lower()
        if "hours per quarter" in frequency:
            name = "hours"
        elif "£" not in frequency:
            continue
        else:
            name = next((n for n, w in (("avoid", "avoidance"), ("spend", "expenditure"), ("net", "net"), ("cum", "cum")) if w in element), None)
        if name:
            rows.setdefault(name, []).append(Decimal(cell["value"]))
    return rows


def hourly_rate(proposal: dict) -> Decimal | None:
    for cell in proposal.get("cash_flow", []):
        m = re.search(r"£(\d+(?:\.\d+)?)\s*ph", cell["element"])
        if m:
            return Decimal(m.group(1))
    return None


def cash_flow_overrides(proposal: dict, out: Overrides) -> None:
    rows, rate = cash_flow_rows(proposal), hourly_rate(proposal)
    if rate is None or not all(k in rows for k in ("hours", "avoid", "spend", "net", "cum")):
        return
    f = out.factor
    hours, avoid, spend, net, cum = rows["hours"], rows["avoid"], rows["spend"], rows["net"], rows["cum"]
    new_avoid = [half_up(f * rate * h) for h in hours]
    new_spend = [f * s for s in spend]
    new_net = []
    for q in range(len(hours)):
        if net[q] == avoid[q] - spend[q]:
            new_net.append(new_avoid[q] - new_spend[q])
        else:  # the seed subtracted the unrounded avoidance: do the same
            new_net.append(half_away(f * rate * hours[q] - new_spend[q]))
            out.put(avoid[q] - spend[q], new_avoid[q] - new_spend[q])  # the check's computed figure
    running = Decimal(0)
    for q in range(len(hours)):
        running += new_net[q]
        out.put(avoid[q], new_avoid[q])
        out.put(net[q], new_net[q])
        out.put(cum[q], running if cum[q] == sum(net[: q + 1]) else f * cum[q])
    half = len(hours) // 2  # two years of quarters: yearly totals are quoted in prose
    for part in (slice(0, half), slice(half, None), slice(None)):
        out.put(sum(avoid[part]), sum(new_avoid[part]))
    out.put(sum(avoid) - sum(spend), sum(new_avoid) - sum(new_spend))


def lot_budget_overrides(table: dict, out: Overrides) -> None:
    f, years = out.factor, LOT_TERM_YEARS
    new_budgets, old_budgets, new_terms, old_terms = [], [], [], []
    for row in table.get("rows", []):
        spend, budget, term = (
            Decimal(row[k]) for k in ("annual_scoped_contract_spend_gbp", "total_annual_lot_budget_gbp", "total_contract_term_gbp")
        )
        new_spend = f * spend
        rounded, new_rounded = half_up(LOT_UPLIFT * spend), half_up(LOT_UPLIFT * new_spend)
        if budget == rounded:
            new_budget = new_rounded
        elif budget == floor(LOT_UPLIFT * spend):  # truncated in the seed: truncate again
            new_budget = floor(LOT_UPLIFT * new_spend)
        else:
            new_budget = f * budget
        new_term = floor(LOT_UPLIFT * years * new_spend) if term == floor(LOT_UPLIFT * years * spend) else f * term
        out.put(rounded, new_rounded)
        out.put(budget, new_budget)
        out.put(term, new_term)
        out.put(budget * years, new_budget * years)
        old_budgets.append(budget), new_budgets.append(new_budget)
        old_terms.append(term), new_terms.append(new_term)
    stated = table.get("stated_framework_total_gbp")
    if stated is not None and Decimal(stated) == sum(old_terms):
        out.put(stated, sum(new_terms))
    out.put(sum(old_budgets) * years, sum(new_budgets) * years)


def figure_overrides(keys: list[dict], factor: int) -> dict[Decimal, Decimal]:
    """Every rounded figure of the answer keys' tables, re-computed for `factor`."""
    out = Overrides(factor)
    seen_cash_flows: set[tuple] = set()
    for key in keys:
        for proposal in key.get("proposals", []):
            signature = tuple((c["element"], c["value"]) for c in proposal.get("cash_flow", []))
            if signature and signature not in seen_cash_flows:
                seen_cash_flows.add(signature)
                cash_flow_overrides(proposal, out)
        for table in key.get("tables", []):
            if table.get("kind") == "lot_budget":
                lot_budget_overrides(table, out)
    return dict(out)
