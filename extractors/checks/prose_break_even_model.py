"""The break-even the text states follows from the model it describes: "the hourly
saving is nominally £3.80ph. Given a steady rise to 600 hours per week ... over the two
years we would expect the project to break even in Q3 Y2".

A steady rise is read as a straight line from 0 hours at the start to the stated hours
per week at the end of the period (52 weeks a year). Cumulative cost avoidance by week w
is then rate x hours x w^2 / (2 x weeks), reaching rate x hours x weeks / 2 at the end;
break-even is the week it first covers the whole cost (the cost table's total, or the
single cost stated in the text; spending is not phased). The check passes when the
avoidance over the period covers the cost and, where the text names a quarter ("Q4
Y2"), the model breaks even in that quarter. A model check only: it does not read the
cash-flow table."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from extractors.checks import Check
from extractors.checks._prose import InProse, in_prose
from extractors.checks._tables import gbp, validation
from extractors.checks.prose_payback import prose_cost, table_cost
from schemas.base import Record
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "prose_break_even_model"
_STEADY = re.compile(r"\bsteady\s+(?:rise|increase|growth|ramp)\s+(?:up\s+)?to\s*$", re.IGNORECASE)
_OVER_YEARS = re.compile(r"\bover\s+(?:the\s+)?(?P<n>[1-5]|one|two|three|four|five)\s+years?\b", re.IGNORECASE)
_QUARTER = re.compile(r"Q(?P<q>[1-4])\s*(?:Y|Year\s*)(?P<y>\d)", re.IGNORECASE)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _unit(s: InProse) -> str:
    return (s.figure.unit or "").lower()


def ramp(stated: list[InProse]) -> tuple[InProse, int] | None:
    """The "steady rise to N hours per week ... over the N years" figure and its years."""
    for s in stated:
        if s.figure.value is not None and _unit(s).startswith("hours per week") and _STEADY.search(s.before):
            m = _OVER_YEARS.search(s.after)
            if m:
                n = m.group("n").lower()
                return s, int(n) if n.isdigit() else _NUMBERS[n]
    return None


def quarter_of(week: float) -> tuple[int, int]:
    """(year, quarter) of a week counted from the start (13-week quarters)."""
    w = max(week, 1e-9)
    year = math.ceil(w / 52)
    return year, math.ceil((w - 52 * (year - 1)) / 13)


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    stated = in_prose(item, records)
    found = ramp(stated)
    if found is None:
        return []
    hours_figure, years = found
    rates = [s for s in stated if s.figure.amount_gbp is not None and _unit(s) == "gbp per hour"
             and s.paragraph == hours_figure.paragraph] or [s for s in stated if _unit(s) == "gbp per hour" and s.figure.amount_gbp]
    cost = table_cost(records) or prose_cost(stated)
    if not rates or cost is None:
        return []
    rate, hours, weeks = rates[0].figure.amount_gbp, hours_figure.figure.value, 52 * years
    amount, source = cost
    total = rate * hours * weeks / 2
    week = math.sqrt(2 * weeks * float(amount) / float(rate * hours)) if rate and hours else math.inf
    named = _QUARTER.search(hours_figure.paragraph_text)
    model_q = quarter_of(week) if week <= weeks else None
    said_q = (int(named.group("y")), int(named.group("q"))) if named else None
    covers = total >= amount
    agrees = said_q is None or said_q == model_q
    where = f"Q{model_q[1]} Y{model_q[0]}" if model_q else "not within the period"
    said = f"; the text says {named.group()}" if named else ""
    detail = (f"straight-line rise from 0 to {hours:f} hours per week over {weeks} weeks at {gbp(rate)} an hour: "
              f"{gbp(total)} avoided by the end against {source} {gbp(amount)}; the model breaks even in week "
              f"{week:.0f} ({where}){said}")
    status = "pass" if covers and agrees else "fail"
    return [validation(item, NAME, status, amount, Decimal(total), detail, hours_figure.figure.line)]


CHECK = Check(NAME, run)
