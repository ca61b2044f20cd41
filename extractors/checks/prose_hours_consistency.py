"""Hours-per-week targets stated more than once for the end of the same year agree with
each other: a deliverables list ("By the end of year 2: ... delivering 900 care hours a
week"), a sentence ("to deliver 900 hours a week by the end of the second year") and a
KPI target ("900 hours of support per week at the end of the second year").

Statements are gathered per year (the year read as in `prose_hours_targets`); a year
stated at least twice passes when every statement gives the same hours, and fails
listing them otherwise. Exact."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from extractors.checks import Check
from extractors.checks._prose import in_prose
from extractors.checks._tables import validation
from extractors.checks.prose_hours_targets import end_year, target_year
from schemas.base import Record
from schemas.records import Kpi, Validation
from schemas.stages import ItemText

NAME = "prose_hours_consistency"
_WEEKLY_HOURS = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+){0,4}?hours\b(?:\s+[a-z-]+){0,4}?\s+(?:per|a)\s+week\b",
    re.IGNORECASE,
)


def statements(item: ItemText, records: list[Record]) -> dict[int, list[tuple[Decimal, str, int | None]]]:
    """Year -> (hours per week, where stated, line) for each statement of an end-of-year target."""
    found: dict[int, list[tuple[Decimal, str, int | None]]] = defaultdict(list)
    for s in in_prose(item, records):
        if s.figure.value is None or not (s.figure.unit or "").lower().startswith("hours per week"):
            continue
        year = target_year(item, records, s)
        if year:
            where = f"'{s.figure.text}'" + (f" (section {s.figure.section})" if s.figure.section else "")
            found[year].append((s.figure.value, where, s.figure.line))
    for k in (r for r in records if isinstance(r, Kpi) and r.target):
        m, year = _WEEKLY_HOURS.search(k.target), end_year(k.target)
        if m and year:
            found[year].append((Decimal(m.group("n").replace(",", "")), f"KPI target '{k.target[:60]}'", k.line))
    return found


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for year, said in sorted(statements(item, records).items()):
        if len(said) < 2:
            continue
        values = {v for v, _, _ in said}
        listed = "; ".join(f"{v:f} in {where}" for v, where, _ in said)
        first = said[0][0]
        if len(values) == 1:
            detail = f"end of year {year}: all {len(said)} statements give {first:f} hours per week ({listed}); exact"
            out.append(validation(item, NAME, "pass", first, first, detail, said[0][2]))
        else:
            other = next(v for v, _, _ in said if v != first)
            detail = f"end of year {year}: the statements differ ({listed})"
            out.append(validation(item, NAME, "fail", first, other, detail, said[0][2]))
    return out


CHECK = Check(NAME, run)
