"""High-level timetables: `Task | Start Date | End Date | Overall Responsibility`.

Dates keep their printed text; month-only dates have month precision. A date
printed without a year (`Board 25 th Aug`) takes the year of the row's other
date, rolled forward when its month comes earlier.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.tables.cells import body_rows, cell, find_col, has_words, header_words, provenance
from extractors.tables.evidence import fits_column, is_date_like, is_text
from extractors.tables.kinds import TableKind
from extractors.values.dates import MONTHS, ParsedDate, parse_date
from schemas.records import Milestone
from schemas.stages import ItemText, RawTable

_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})\s*(?:st|nd|rd|th)?\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?!\s*\d)",
    re.IGNORECASE,
)


def _columns(table: RawTable) -> tuple[int | None, int | None, int | None, int | None]:
    h = table.header
    task = find_col(h, "task", "milestone", "activity", "key stage", "stage")
    start = find_col(h, "start", "from", "begin")
    end = find_col(h, "end", "complet", "finish", "deadline", "due", exclude=("start",))
    owner = find_col(h, "responsib", "owner", "lead", "who", "officer")
    return task, start, end, owner


def _dated(table: RawTable, task: int, start: int | None, end: int | None) -> list[int]:
    """The date columns whose cells hold dates (a day, month, quarter, year or season): a
    header's "Finish" or "Start" is a date column only where the body prints dates."""
    return [c for c in (start, end) if c is not None and c != task and fits_column(table, c, is_date_like)]


def score(table: RawTable, item: ItemText) -> float:
    """A plan's header (task and start or end) over a body of tasks and dates."""
    task, start, end, owner = _columns(table)
    if task is None or (start is None and end is None) or not body_rows(table):
        return 0.0
    if task in (start, end):  # one cell read as both ("... Task and Finish Group"): a form's box, not a header
        return 0.0
    if has_words(header_words(table), "risk", "mitigation", "minute"):
        return 0.0
    if not fits_column(table, task, is_text):
        return 0.0
    dated = _dated(table, task, start, end)
    if not dated:
        return 0.0
    return 0.9 if len(dated) == 2 else 0.7


def date_with_year(text: str | None, other: ParsedDate) -> ParsedDate:
    """`parse_date`, but a day and month printed without a year borrow the year of `other`."""
    parsed = parse_date(text)
    if parsed.date is not None or not text or other.date is None:
        return parsed
    m = _DAY_MONTH.search(text)
    if not m:
        return parsed
    month = MONTHS[m.group("month").lower()[:4] if m.group("month").lower().startswith("sept") else m.group("month").lower()[:3]]
    year = other.date.year + (1 if month < other.date.month else 0)
    try:
        return ParsedDate(text=parsed.text, date=dt.date(year, month, int(m.group("day"))), precision="day")
    except ValueError:
        return parsed


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Milestone]:
    task_col, start_col, end_col, owner_col = _columns(table)
    records: list[Milestone] = []
    for _, row, no in body_rows(table):
        task = cell(row, task_col)
        if not task:
            continue
        start_text, end_text = cell(row, start_col) or None, cell(row, end_col) or None
        start = parse_date(start_text)
        end = date_with_year(end_text, start)
        start = date_with_year(start_text, end)
        records.append(
            Milestone(
                **provenance(item, table, table_id, no),
                seq=len(records) + 1,
                task=task,
                start_text=start_text,
                start_date=start.date,
                start_precision=start.precision if start.date else None,
                end_text=end_text,
                end_date=end.date,
                end_precision=end.precision if end.date else None,
                owner=cell(row, owner_col) or None if owner_col is not None else None,
            )
        )
    return records


TABLE = TableKind("timetable", score, parse)
