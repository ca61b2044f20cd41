"""An annual figure stated in prose ("£150,000 annually", "in the region of £150,000 per
year") agrees with the hourly arithmetic the papers give for it: hours per week x the
saving per hour x 52 weeks.

The hours are the "N hours per week" stated in the annual figure's own paragraph, or
else in the paragraph that states the hourly rate ("nominally £3.80ph ... a steady rise
to 600 hours per week"); the rate is the one stated in the same item or, when the item
states none, the single rate stated elsewhere in the same document (a cover paper's
figure resting on its appendix's business case). Exact to the pound; within 5% when the
annual figure is stated as approximate ("in the region of")."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks import Check, table_row_models
from extractors.checks._prose import APPROX, InProse, close, in_prose
from extractors.checks._tables import EXACT, gbp, validation
from schemas.base import Record
from schemas.records import Section, Validation
from schemas.stated_figures import StatedFigure
from schemas.stages import ItemText

NAME = "prose_annual_rate"
WEEKS = Decimal(52)


def _unit(s: InProse) -> str:
    return (s.figure.unit or "").lower()


def weekly_hours(stated: list[InProse], paragraph: int) -> set[Decimal]:
    return {s.figure.value for s in stated
            if s.paragraph == paragraph and s.figure.value is not None and _unit(s).startswith("hours per week")}


def hourly_rates(stated: list[InProse]) -> list[InProse]:
    return [s for s in stated if s.figure.amount_gbp is not None and _unit(s) == "gbp per hour"]


def check_item(item: ItemText, stated: list[InProse], rates_elsewhere: list[tuple[ItemText, InProse]]) -> list[Validation]:
    annual = [s for s in stated if s.figure.amount_gbp is not None and _unit(s) == "gbp per year"]
    rates = hourly_rates(stated)
    out = []
    for s in annual:
        hours = weekly_hours(stated, s.paragraph)
        rate_source = "stated in this item"
        if rates and not hours:
            hours = weekly_hours(stated, rates[0].paragraph)
        if len(hours) != 1:
            continue  # no hours, or several the text does not tell apart
        if rates:
            rate = rates[0]
        elif len({r.figure.amount_gbp for _, r in rates_elsewhere}) == 1:
            other, rate = rates_elsewhere[0]
            rate_source = f"stated in '{(other.title or other.kind)[:60]}' of the same document"
        else:
            detail = f"{s.figure.text} with {hours.pop()} hours per week: no hourly rate stated in the document to compute it"
            out.append(validation(item, NAME, "skip", s.figure.amount_gbp, None, detail, s.figure.line))
            continue
        per_week = hours.pop()
        computed = per_week * rate.figure.amount_gbp * WEEKS
        status = "pass" if close(s.figure.amount_gbp, computed, s.figure.approximate) else "fail"
        tolerance = APPROX if s.figure.approximate else EXACT
        detail = (f"{per_week:f} hours per week x {gbp(rate.figure.amount_gbp)} an hour ('{rate.figure.text}', "
                  f"{rate_source}) x 52 weeks = {gbp(computed)} against '{s.figure.text}'; {tolerance}")
        out.append(validation(item, NAME, status, s.figure.amount_gbp, computed, detail, s.figure.line))
    return out


def run(items: list[ItemText], records: list[Record]) -> list[Validation]:
    by_item: dict[str, list[Record]] = {}
    for r in records:
        item_id = getattr(r, "item_id", None)
        if item_id:
            by_item.setdefault(item_id, []).append(r)
    stated = {item.item_id: in_prose(item, by_item.get(item.item_id, [])) for item in items}
    out = []
    for item in items:
        elsewhere = [(other, r) for other in items if other.item_id != item.item_id
                     for r in hourly_rates(stated[other.item_id])]
        out.extend(check_item(item, stated[item.item_id], elsewhere))
    return out


# in_prose reads sections (paragraph breaks), stated figures and every typed table's rows (their spans)
CHECK = Check(NAME, run, scope="document", reads=lambda: (Section, StatedFigure, *table_row_models()))
