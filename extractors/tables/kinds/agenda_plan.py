"""Committee agenda plan: `Committee date | Agenda item | Lead officer | Reference if
key decision | Deadline for reports | Agenda despatch date`.

A meeting's date, deadline and despatch date are printed on its first row only;
the rows below leave them blank. Blank date cells therefore carry the last
printed committee date down (also across the header repeated after a page
break), while the deadline and despatch cells stay as printed. A date row with
no item (a provisional meeting) is kept with agenda_item null."""

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
from schemas.pack_tables import AgendaPlanEntry
from schemas.stages import ItemText, Line, RawTable

KIND = "agenda_plan"
_PUBLISHED = re.compile(r"^\s*(?:published|updated)\b", re.IGNORECASE)
_TO_BE_PROGRAMMED = re.compile(r"\bto be (?:programmed|scheduled|confirmed)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•\-–*]\s*")
#: How far above the table a "Published on" line may sit (notes come in between).
PUBLISHED_LOOKBACK = 40


def score(table: RawTable, item: ItemText) -> float:
    head = " | ".join(clean(c).lower() for c in table.header)
    if "committee date" in head and "agenda item" in head:
        return 1.0
    if "agenda item" in head and ("lead officer" in head or "despatch" in head):
        return 0.8
    return 0.0


def columns(header: list[str]) -> dict[str, int | None]:
    return {
        "date": pick_column(header, ("committee", "date"), ("meeting",)),
        "item": pick_column(header, ("item",)),
        "officer": pick_column(header, ("officer",), ("lead",)),
        "ref": pick_column(header, ("key decision",), ("ref",)),
        "deadline": pick_column(header, ("deadline",)),
        "despatch": pick_column(header, ("despatch",), ("dispatch",)),
    }


def published(item: ItemText, table_line: int | None) -> tuple[str, Line] | None:
    """The "Published on <date>" line above the table."""
    above = [ln for ln in item.lines if table_line is not None and ln.no < table_line and ln.text.strip()]
    for ln in reversed(above[-PUBLISHED_LOOKBACK:]):
        if _PUBLISHED.match(ln.text) and parse_date(ln.text).date:
            return clean(ln.text), ln
    return None


def to_be_programmed(item: ItemText, after_line: int | None) -> list[Line]:
    """The bullet list under "To be programmed:" just after the table."""
    following = lines_after(item, after_line, 12)
    if not following or not _TO_BE_PROGRAMMED.search(following[0].text):
        return []
    out = []
    for ln in following[1:]:
        if not _BULLET.match(ln.text):
            break
        out.append(ln)
    return out


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    cols = columns(header)
    out: list[Record] = []
    carried = None
    for row in rows[1:]:
        if is_repeated_header(row, header) or not row.filled:
            continue
        date_text = or_none(row.cell(cols["date"]))
        if date_text:
            carried = parse_date(date_text).date
        deadline = parse_date(or_none(row.cell(cols["deadline"])))
        despatch = parse_date(or_none(row.cell(cols["despatch"])))
        out.append(
            AgendaPlanEntry(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                committee_date=carried,
                committee_date_text=date_text,
                agenda_item=or_none(row.cell(cols["item"])),
                lead_officer=or_none(row.cell(cols["officer"])),
                key_decision_ref=or_none(row.cell(cols["ref"])),
                deadline=deadline.date,
                deadline_text=deadline.text,
                despatch=despatch.date,
                despatch_text=despatch.text,
            )
        )
    stated = published(item, table.line)
    if stated:
        out.append(fact(item, table_id, KIND, "published", stated[1].no, text=stated[0], date=parse_date(stated[0]).date))
    for ln in to_be_programmed(item, last_line(rows)):
        out.append(fact(item, table_id, KIND, "to_be_programmed", ln.no, text=clean(_BULLET.sub("", ln.text))))
    return out


TABLE = TableKind(KIND, score, parse)
