"""Minutes action log: `Minute No. | Report Title | Action to be taken by | Action |
Comments | Status | Review Date`, one table per meeting under a heading
`Meeting <date>`; the log's "as at" date is stated above the first table."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import (
    clean,
    context_lines,
    fact,
    is_repeated_header,
    or_none,
    physical_rows,
    pick_column,
)
from extractors.values.dates import parse_date
from schemas.base import Record
from schemas.pack_tables import ActionLogEntry
from schemas.stages import ItemText, RawTable

KIND = "action_log"
_AS_AT = re.compile(r"\bas\s+at\b(?P<rest>.*)$", re.IGNORECASE)
_MEETING = re.compile(r"\bmeeting\b", re.IGNORECASE)


def score(table: RawTable, item: ItemText) -> float:
    head = " | ".join(clean(c).lower() for c in table.header)
    if "minute" in head and "action" in head:
        return 1.0
    if "action" in head and "status" in head and ("owner" in head or "taken by" in head):
        return 0.8
    return 0.0


def meeting_heading(table: RawTable) -> str | None:
    """The nearest line above the table that dates the meeting ("Meeting 7 November 2019")."""
    for text in reversed(context_lines(table)):
        if "\t" in text or _AS_AT.search(text):
            continue
        if parse_date(text).date and (_MEETING.search(text) or len(text.split()) <= 5):
            return text
    return None


def as_at(table: RawTable) -> tuple[str, object] | None:
    for text in context_lines(table):
        m = _AS_AT.search(text)
        if m and parse_date(m.group("rest")).date:
            return text, parse_date(m.group("rest")).date
    return None


def columns(header: list[str]) -> dict[str, int | None]:
    return {
        "minute": pick_column(header, ("minute",), ("ref",)),
        "title": pick_column(header, ("report",), ("title",), ("item",)),
        "owner": pick_column(header, ("taken by",), ("owner",), ("lead",), ("officer",)),
        "action": pick_column(header, ("action",), exclude=("taken by",)),
        "comments": pick_column(header, ("comment",), ("update",), ("progress",)),
        "status": pick_column(header, ("status",)),
        "review": pick_column(header, ("review",), ("date",)),
    }


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    cols = columns(header)
    heading = meeting_heading(table)
    meeting = parse_date(heading) if heading else None
    out: list[Record] = []
    for row in rows[1:]:
        if is_repeated_header(row, header) or not row.filled:
            continue
        if cols["minute"] is not None and not row.cell(cols["minute"]) and out and isinstance(out[-1], ActionLogEntry):
            prev = out[-1]  # a cell wrapped onto the next line
            for name, attr in (("title", "report_title"), ("owner", "owner"), ("action", "action"),
                               ("comments", "comments"), ("status", "status")):
                extra = row.cell(cols[name])
                if extra:
                    setattr(prev, attr, clean(f"{getattr(prev, attr) or ''} {extra}"))
            continue
        review = parse_date(row.cell(cols["review"]) or None)
        out.append(
            ActionLogEntry(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                meeting_date=meeting.date if meeting else None,
                meeting_date_text=heading,
                minute_no=or_none(row.cell(cols["minute"])),
                report_title=or_none(row.cell(cols["title"])),
                owner=or_none(row.cell(cols["owner"])),
                action=or_none(row.cell(cols["action"])),
                comments=or_none(row.cell(cols["comments"])),
                status=or_none(row.cell(cols["status"])),
                review_date=review.date,
                review_date_text=review.text,
            )
        )
    stated = as_at(table)
    if stated:
        out.append(fact(item, table_id, KIND, "as_at", table.line, text=stated[0], date=stated[1]))
    return out


TABLE = TableKind(KIND, score, parse)
