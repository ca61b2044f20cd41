"""The timetable task that runs the pilot or project ("Commence pilot", "Deliver the
project") spans the length the text gives it ("a two year pilot", "a 3-year
programme"): from its start month to its end month is that many years.

Both readings of a span count: from April 2025 to April 2027 (24 months between the
printed months) or to March 2027 (the last month included, 23 months between). Only
tasks that open with a delivery verb and name the same kind of undertaking as the text
(pilot, project, programme) are checked."""

from __future__ import annotations

import re

from extractors.checks import Check
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.records import Milestone, Validation
from schemas.stages import ItemText

NAME = "milestone_duration"
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_LENGTH = re.compile(
    r"\b(?P<n>[1-5]|one|two|three|four|five)[\s-]+years?\s+(?P<what>pilot|project|programme|program)\b", re.IGNORECASE
)
_RUNS = r"^\s*(?:commence|start|run|deliver|launch|implement|begin)\w*\s+(?:the\s+)?{what}\b"


def stated_length(item: ItemText) -> tuple[int, str, str] | None:
    """(years, undertaking, text) of the first "N year pilot/project" in the item's prose."""
    text = " ".join(ln.text.strip() for ln in item.lines if "\t" not in ln.text)
    m = _LENGTH.search(text)
    if not m:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBERS[n], m.group("what").lower(), m.group()


def months_between(m: Milestone) -> int:
    return (m.end_date.year - m.start_date.year) * 12 + m.end_date.month - m.start_date.month


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    length = stated_length(item)
    if length is None:
        return []
    years, what, said = length
    noun = "programm?e?" if what.startswith("program") else what
    runs = re.compile(_RUNS.format(what=noun), re.IGNORECASE)
    out = []
    for rows in by_table(records, Milestone).values():
        for m in rows:
            if not runs.match(m.task) or m.start_date is None or m.end_date is None:
                continue
            between = months_between(m)
            status = "pass" if between in (12 * years, 12 * years - 1) else "fail"
            detail = (f"'{m.task[:50]}' runs {m.start_text} to {m.end_text} ({between} months between the printed "
                      f"months) against the text's '{said}' ({12 * years} months; the last month may be included)")
            out.append(validation(item, NAME, status, 12 * years, between, detail, m.line))
    return out


CHECK = Check(NAME, run)
