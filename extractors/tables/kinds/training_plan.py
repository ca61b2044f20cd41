"""Members' training plan: `Suggested Dates | Timings | Topic | Presenter | Location |
Audience | Notes`. The header repeats after page breaks. A blank date cell is left
blank (unlike an agenda plan, rows of a training plan are not dated by the row
above). A date cell offering alternatives ("15 May or 12 June 20") has no date.
Reserve dates listed under the table ("Reserve Committee dates ...") are facts."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import (
    clean,
    fact,
    is_repeated_header,
    last_line,
    lines_after,
    or_none,
    physical_rows,
    pick_column,
)
from extractors.values.dates import parse_date
from schemas.base import Record
from schemas.pack_tables import TrainingSession
from schemas.stages import ItemText, RawTable

KIND = "training_plan"
_ALTERNATIVES = re.compile(r"\bor\b", re.IGNORECASE)
_RESERVE = re.compile(r"\breserve\b.*\bdates?\b", re.IGNORECASE)


def score(table: RawTable, item: ItemText) -> float:
    head = " | ".join(clean(c).lower() for c in table.header)
    if "topic" in head and ("presenter" in head or "trainer" in head):
        return 1.0 if "date" in head else 0.8
    return 0.0


def session_date(text: str | None):
    """The date of a session, or None where the cell gives alternatives or none."""
    if not text or _ALTERNATIVES.search(text):
        return None
    return parse_date(text).date


def columns(header: list[str]) -> dict[str, int | None]:
    return {
        "date": pick_column(header, ("date",)),
        "timings": pick_column(header, ("timing",), ("time",)),
        "topic": pick_column(header, ("topic",), ("subject",)),
        "presenter": pick_column(header, ("presenter",), ("trainer",), ("lead",)),
        "location": pick_column(header, ("location",), ("venue",)),
        "audience": pick_column(header, ("audience",), ("attend",)),
        "notes": pick_column(header, ("note",), ("comment",)),
    }


def reserve_dates(item: ItemText, after_line: int | None) -> list:
    """Dates listed one per line under a "Reserve ... dates" line just after the table."""
    following = lines_after(item, after_line, 12)
    if not following or not _RESERVE.search(following[0].text):
        return []
    out = []
    for ln in following[1:]:
        parsed = parse_date(ln.text)
        if not parsed.date or len(clean(ln.text).split()) > 4:
            break
        out.append((ln, parsed))
    return out


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    cols = columns(header)
    out: list[Record] = []
    for row in rows[1:]:
        if is_repeated_header(row, header) or not row.filled:
            continue
        if not row.tabbed and out and isinstance(out[-1], TrainingSession):
            prev = out[-1]  # a wrapped topic that lost its tab
            prev.topic = clean(f"{prev.topic or ''} {row.cells[0]}")
            continue
        date_text = or_none(row.cell(cols["date"]))
        out.append(
            TrainingSession(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                date_text=date_text,
                date=session_date(date_text),
                timings=or_none(row.cell(cols["timings"])),
                topic=or_none(row.cell(cols["topic"])),
                presenter=or_none(row.cell(cols["presenter"])),
                location=or_none(row.cell(cols["location"])),
                audience=or_none(row.cell(cols["audience"])),
                notes=or_none(row.cell(cols["notes"])),
            )
        )
    for ln, parsed in reserve_dates(item, last_line(rows)):
        out.append(fact(item, table_id, KIND, "reserve_dates", ln.no, text=parsed.text, date=parsed.date))
    return out


TABLE = TableKind(KIND, score, parse)
