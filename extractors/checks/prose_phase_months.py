"""Phases stated in prose cover the period they are part of: "2 days per month in the
initial phase (first 4 months) reducing to 1 day per month during the remaining 20
months" adds up to the "2 years" the same section states.

Phases are durations in months (or years) in one paragraph, each introduced by a phase
word (first, initial, remaining, following, next, last, final, subsequent); at least
two are needed. The period is a duration stated elsewhere in the same section (question
or paragraph number); one that equals the sum passes; a single one that differs fails;
none, or several that all differ, give no row. Compared exactly, in months."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from extractors.checks import Check
from extractors.checks._prose import InProse, in_prose
from extractors.checks._tables import validation
from schemas.base import Record
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "prose_phase_months"
_PHASE = re.compile(r"\b(?:first|initial|remaining|following|next|last|final|subsequent)\s*$", re.IGNORECASE)
_MONTHS = {"month": 1, "months": 1, "year": 12, "years": 12}


def months(s: InProse) -> Decimal | None:
    """A plain duration in months ("18 months", "2 years"); rates such as "1 day per month" are not."""
    factor = _MONTHS.get((s.figure.unit or "").lower())
    return None if factor is None or s.figure.value is None else s.figure.value * factor


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    stated = [s for s in in_prose(item, records) if months(s) is not None]
    by_paragraph: dict[int, list[InProse]] = defaultdict(list)
    for s in stated:
        by_paragraph[s.paragraph].append(s)
    out = []
    for group in by_paragraph.values():
        phases = [s for s in group if _PHASE.search(s.before)]
        if len(phases) < 2:
            continue
        section = phases[0].figure.section
        periods = [s for s in stated if s.figure.section == section and s.paragraph != phases[0].paragraph]
        if not periods:
            continue
        total = sum((months(s) for s in phases), start=Decimal(0))
        match = next((s for s in periods if months(s) == total), None)
        if match is None and len({months(s) for s in periods}) > 1:
            continue
        period = match or periods[0]
        parts = " + ".join(f"{s.before.split()[-1].strip('(,;')} {s.figure.text}" for s in phases)
        where = f" in {section}" if section else ""
        status = "pass" if match else "fail"
        detail = f"phases {parts} = {total:f} months against the {period.figure.text} ({months(period):f} months) stated{where}; exact"
        out.append(validation(item, NAME, status, months(period), total, detail, phases[0].figure.line))
    return out


CHECK = Check(NAME, run)
