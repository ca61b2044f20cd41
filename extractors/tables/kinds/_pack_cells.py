"""Shared helpers for the agenda-pack table kinds (lots, contracts, agenda plan ...).

The tab-table finder merges a row whose first cell is blank into the row above
(a wrapped cell). In pack tables a blank first cell often means "same as above"
instead (agenda plan dates, training plan dates, a contracts table's "Total"
row), so these kinds re-read the table's own lines, unmerged, from the item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.tables.find_tabbed import split_cells
from schemas.records import TableFact
from schemas.stages import ItemText, Line, RawTable

_SPACES = re.compile(r"\s+")


@dataclass
class Row:
    """One printed line of a table: its source line and its cells (a line without
    tabs is one cell)."""

    line: int | None
    cells: list[str]
    tabbed: bool = True

    def cell(self, i: int | None) -> str:
        if i is None or i < 0 or i >= len(self.cells):
            return ""
        return self.cells[i]

    @property
    def filled(self) -> list[str]:
        return [c for c in self.cells if c]


def clean(text: str | None) -> str:
    """Whitespace collapsed, markdown bold dropped."""
    return _SPACES.sub(" ", (text or "").replace("**", "")).strip()


def or_none(text: str | None) -> str | None:
    text = clean(text)
    return text or None


def _is_tabbed(line: Line) -> bool:
    return "\t" in line.text


def _index_of_line(lines: list[Line], no: int | None) -> int | None:
    if no is None:
        return None
    for i, ln in enumerate(lines):
        if ln.no == no:
            return i
    return None


def region_end(lines: list[Line], start: int, max_orphans: int = 1) -> int:
    """Index just past the table that starts at `lines[start]`: blank lines are crossed
    when a tabbed line follows; up to `max_orphans` untabbed lines are kept when a tabbed
    line follows them directly (cells that lost their tab)."""
    n = len(lines)
    j = start + 1
    while j < n:
        if _is_tabbed(lines[j]):
            j += 1
            continue
        k = j
        while k < n and not lines[k].text.strip():
            k += 1
        if k > j:  # crossed a blank run
            if k < n and _is_tabbed(lines[k]):
                j = k
                continue
            break
        m = k
        while m < n and m - k < max_orphans and lines[m].text.strip() and not _is_tabbed(lines[m]):
            m += 1
        end_of_orphans = m
        if max_orphans > 1:  # a wrapped cell may also close a block before a blank line
            while m < n and not lines[m].text.strip():
                m += 1
        if m < n and _is_tabbed(lines[m]) and end_of_orphans > k:
            j = m
            continue
        break
    return j


def physical_rows(table: RawTable, item: ItemText, max_orphans: int = 1) -> list[Row]:
    """Every printed line of the table, header first, as it was printed (no merging).
    Falls back to the table's own header and rows when its lines are not in the item."""
    start = _index_of_line(item.lines, table.line) if table.extractor == "text" else None
    if start is None or not _is_tabbed(item.lines[start]):
        lines = table.row_lines or [None] * len(table.rows)
        return [Row(table.line, list(table.header))] + [Row(no, list(r)) for r, no in zip(table.rows, lines)]
    end = region_end(item.lines, start, max_orphans)
    body = [ln for ln in item.lines[start + 1 : end] if ln.text.strip()]
    if any(n.startswith("header continued") for n in table.notes):
        body = body[1:]  # the finder joined a header wrapped over two lines
    return [Row(table.line, list(table.header))] + [Row(ln.no, split_cells(ln.text), _is_tabbed(ln)) for ln in body]


def last_line(rows: list[Row]) -> int | None:
    nos = [r.line for r in rows if r.line is not None]
    return max(nos) if nos else None


def lines_after(item: ItemText, line_no: int | None, count: int) -> list[Line]:
    """The next `count` non-blank lines after source line `line_no`."""
    if line_no is None:
        return []
    out = [ln for ln in item.lines if ln.no > line_no and ln.text.strip()]
    return out[:count]


def header_text(table: RawTable) -> str:
    return " | ".join(clean(c).lower() for c in table.header)


def find_column(header: list[str], *words: str, exclude: tuple[str, ...] = ()) -> int | None:
    """Index of the first header cell holding all of `words` (lower case) and none of `exclude`."""
    for i, cell in enumerate(header):
        low = clean(cell).lower()
        if all(w in low for w in words) and not any(x in low for x in exclude):
            return i
    return None


def pick_column(header: list[str], *alternatives: tuple[str, ...], exclude: tuple[str, ...] = ()) -> int | None:
    """The first header cell that matches one of the word sets, tried in order."""
    for words in alternatives:
        i = find_column(header, *words, exclude=exclude)
        if i is not None:
            return i
    return None


def is_repeated_header(row: Row, header: list[str]) -> bool:
    """A header row printed again after a page break."""
    filled = [clean(c).lower() for c in row.cells if c]
    head = [clean(c).lower() for c in header if c]
    return bool(filled) and filled == head[: len(filled)] and len(filled) >= max(2, len(head) - 1)


def context_lines(table: RawTable) -> list[str]:
    return [clean(t) for t in table.context.splitlines() if t.strip()]


def fact(
    item: ItemText,
    table_id: str | None,
    kind: str,
    key: str,
    line: int | None,
    text: str | None = None,
    gbp: Decimal | None = None,
    date=None,
) -> TableFact:
    return TableFact(
        doc_id=item.doc_id,
        item_id=item.item_id,
        line=line,
        table_id=table_id,
        kind=kind,
        key=key,
        value_text=text,
        value_gbp=gbp,
        value_date=date,
    )
