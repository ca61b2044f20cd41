"""A timetable task that says it happens in a financial year ("Quarterly review of agency
spend in 2024/25", "during 2023-24") has its start and end dates inside that
year (1 April to 31 March). A task that is only *for* a year ("Budget plans
for 2024/25 activities") is preparation done beforehand and is not checked.

Dates are compared at their printed precision (a month-only date stands for its whole
month) and never corrected."""

from __future__ import annotations

import datetime as dt
import re

from extractors.checks import Check
from extractors.checks._prose import fy_bounds
from extractors.checks._tables import by_table, validation
from extractors.values.dates import parse_fy
from schemas.base import Record
from schemas.records import Milestone, Validation
from schemas.stages import ItemText

NAME = "milestone_fy"
_IN_FY = re.compile(
    r"\b(?:in|during|throughout|across)\s+(?:the\s+)?(?:financial\s+year\s+|FY\s*)?"
    r"(?P<fy>(?:19|20)?\d{2}\s*[/\-\u2013]\s*(?:19|20)?\d{2})(?!\d)",
    re.IGNORECASE,
)


def task_fy(task: str) -> str | None:
    m = _IN_FY.search(task)
    return parse_fy(m.group("fy")) if m else None


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _span(date: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """The days a printed date can stand for."""
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "month":
        return date, _month_end(date)
    return date, date


def fy_of(date: dt.date) -> str:
    start = date.year if date.month >= 4 else date.year - 1
    return f"{start}-{str(start + 1)[-2:]}"


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, Milestone).values():
        for m in rows:
            fy = task_fy(m.task)
            dates = [(d, p, t) for d, p, t in ((m.start_date, m.start_precision, m.start_text),
                                                 (m.end_date, m.end_precision, m.end_text)) if d is not None]
            if fy is None or not dates:
                continue
            first, last = fy_bounds(fy)
            outside = [(d, p, t) for d, p, t in dates if _span(d, p)[0] < first or _span(d, p)[1] > last]
            printed = " - ".join(t or d.isoformat() for d, _, t in dates)
            actual = " - ".join(d.isoformat() for d, _, _ in dates)
            if outside:
                years = ", ".join(sorted({fy_of(d) for d, _, _ in dates}))
                detail = (f"'{m.task[:60]}' names {fy} (1 April {first.year} to 31 March {last.year}) but is "
                          f"dated {printed}, which falls in {years}; kept as printed")
                out.append(validation(item, NAME, "fail", fy, actual, detail, m.line))
            else:
                detail = f"'{m.task[:60]}' dated {printed}, inside {fy} (1 April to 31 March)"
                out.append(validation(item, NAME, "pass", fy, actual, detail, m.line))
    return out


CHECK = Check(NAME, run)
