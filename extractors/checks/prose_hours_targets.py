"""An hours-per-week target stated for the end of a year ("By the end of year 1: ... 40
new enterprises delivering 300 care hours per week"; "to deliver 900 hours a week by the
end of the second year") equals the hours per week the cash-flow table reaches in the
last quarter of that year.

The year comes from the figure's own sentence or, failing that, from the nearest
"by the end of year N" line above it in the same question (a heading over a bullet
list), at most a dozen lines up. Counted hours must agree exactly."""

from __future__ import annotations

import re

from extractors.checks import Check
from extractors.checks._cash_flow import role
from extractors.checks._prose import InProse, in_prose, section_of
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.records import CashFlow, Validation
from schemas.stages import ItemText

NAME = "prose_hours_targets"
LOOK_UP = 12
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_END_OF_YEAR = re.compile(
    r"\b(?:by|at)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:(?:year|yr)\s*(?P<n>\d)\b|(?P<ord>first|second|third|fourth|fifth)\s+year\b)",
    re.IGNORECASE,
)


def end_year(text: str) -> int | None:
    m = _END_OF_YEAR.search(text)
    if not m:
        return None
    return int(m.group("n")) if m.group("n") else _ORDINAL[m.group("ord").lower()]


def target_year(item: ItemText, records: list[Record], s: InProse) -> int | None:
    year = end_year(s.sentence)
    if year or s.figure.line is None:
        return year
    section = section_of(records, s.figure.line)
    above = [ln for ln in item.lines if s.figure.line - LOOK_UP <= ln.no < s.figure.line]
    for ln in reversed(above):
        if section_of(records, ln.no) != section:
            break
        year = end_year(ln.text)
        if year:
            return year
    return None


def year_end_hours(records: list[Record]) -> dict[int, CashFlow]:
    """Year -> the hours-per-week row of its last quarter, from the first table that has them."""
    for rows in by_table(records, CashFlow).values():
        weekly = [r for r in rows if role(r) == "hours_week" and r.year and r.value is not None]
        if weekly:
            out: dict[int, CashFlow] = {}
            for r in weekly:
                if r.year not in out or (r.quarter or 0) > (out[r.year].quarter or 0):
                    out[r.year] = r
            return out
    return {}


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    table = year_end_hours(records)
    if not table:
        return []
    out = []
    for s in in_prose(item, records):
        if s.figure.value is None or not (s.figure.unit or "").lower().startswith("hours per week"):
            continue
        year = target_year(item, records, s)
        if year is None or year not in table:
            continue
        row = table[year]
        status = "pass" if row.value == s.figure.value else "fail"
        detail = (f"'{s.figure.text}' stated for the end of year {year}; the cash-flow table's "
                  f"'{row.element}' reaches {row.value:f} hours per week in year {year} Q{row.quarter}; exact")
        out.append(validation(item, NAME, status, s.figure.value, row.value, detail, s.figure.line))
    return out


CHECK = Check(NAME, run)
