"""The money-table model: a found table (from any reader) read as columns with units and rows
with roles, before a money kind types it and before a check adds it up.

Columns: the label column chosen by content (not a numbering or code column), and each
column's unit from its own header cell, a units row under the header, the caption or its
cells (`£`, `£000`, `£m`, `%`, `years`, `count`). Only columns in a money unit are amounts:
a `%` column beside `£m` columns under one heading stays apart and is never summed.

Rows: leading header rows (a second header line, a units row) and header rows repeated down
the table are dropped; a row whose cells stack several printed rows (one label line and one
figure per printed row) is split; each row gets a role from its label and figures:
`heading` (a label, no figures), `line`, `subtotal`, `total` (a label that STARTS with a total
word, or ends with one, naming its block), `note`, and a level (0 table total, 1 subtotal,
heading or unheaded line, 2 a line under a heading).
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from extractors.tables.cells import (
    LABEL_CHARS, body_rows, caption, cell, clean_header, is_label, under_caption, units_row,
    unit_caption, without_unit_line,
)
from extractors.values.money import MONEY_UNITS, is_money_unit, parse_money, printed_unit, printed_unit_text
from extractors.vocabulary import pattern
from schemas.stages import RawTable

_SHORT_NUMBER = re.compile(r"^\d{1,4}[a-z]?\.?(?:\d{1,3}\.?)*$", re.IGNORECASE)
_REFERENCE = re.compile(r"^(?:row\s*)?(?:ref(?:erence)?|no\.?|number|#|item|para(?:graph)?)$", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z0-9&/.\-]{1,6}$")
_FIGURE = re.compile(r"^\(?[-–−]?\s*£?\s*[\d,]+(?:\.\d+)?\s*[kmKM]?\)?\*?%?$")
_TOTAL_START = re.compile(rf"^(?:{pattern('money', 'total')})\b", re.IGNORECASE)
_SUBTOTAL_START = re.compile(rf"^(?:{pattern('money', 'subtotal')})\b", re.IGNORECASE)
_TOTAL_END = re.compile(rf"\b(?:{pattern('money', 'total')}|{pattern('money', 'subtotal')})\s*[:\-–]?\s*$", re.IGNORECASE)
_COLUMNS_FROM = re.compile(r"^columns from (\d+) continued on page (\d+)")
_NOTE = re.compile(rf"^(?:{pattern('money', 'note')})", re.IGNORECASE)


class Column(BaseModel):
    index: int
    header: str
    unit: str | None = None
    #: Where the unit was read: header, units row, caption, cells; None when unknown.
    unit_source: str | None = None
    #: The unit as printed there (`£000s`, `(£)`); None when read from the cells.
    unit_text: str | None = None
    #: The page the column is printed on when it is not the table's first page (columns a
    #: table carries on to the next page); None otherwise.
    page: int | None = None
    is_amount: bool = False

    @property
    def scale(self) -> int:
        return MONEY_UNITS.get(self.unit or "", 1)


class Row(BaseModel):
    #: Index of the body row in the table (several model rows share it when a cell was split).
    index: int
    cells: list[str]
    line: int | None = None
    label: str = ""
    label_printed: bool = True
    role: str = "line"  # heading | line | subtotal | total | note
    level: int = 1


class MoneyTable(BaseModel):
    label_column: int
    columns: list[Column]
    rows: list[Row]
    #: Pages this table was joined from (a continuation), from the reader's notes.
    continued: bool = False
    #: Why a check may not trust the block structure (headings without subtotals ...), or None.
    doubt: str | None = None

    def amount_columns(self) -> list[Column]:
        return [c for c in self.columns if c.is_amount]


def is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text.replace(" ", ""))) if text else False


def stacked_figures(text: str) -> bool:
    """Whether a raw cell prints one figure, or one figure on each of its lines (rows stacked)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all(is_figure(ln) and parse_money(ln, 1) is not None for ln in lines)


def total_role(label: str) -> str | None:
    """`total` for a label starting with a total word, `subtotal` for a sub-total word or a
    label naming its block before the word (`Schools Total`); None otherwise."""
    text = label.strip()
    if _SUBTOTAL_START.match(text):
        return "subtotal"
    if _TOTAL_START.match(text):
        return "total"
    if _TOTAL_END.search(text):
        return "subtotal"
    return None


def starts_with_total(label: str) -> bool:
    """Whether a label opens with a total or sub-total word (`Total`, `Grand Total`, `Sub-total`)."""
    text = label.strip()
    return bool(_TOTAL_START.match(text) or _SUBTOTAL_START.match(text))


def _numbering(values: list[str]) -> bool:
    return bool(values) and sum(1 for v in values if _SHORT_NUMBER.match(v)) >= 0.8 * len(values)


def _codes(values: list[str]) -> bool:
    """A column of short codes (a directorate code such as `ASC`, `ENV`) repeated down the rows."""
    codes = [v for v in values if _CODE.match(v)]
    return len(codes) >= 3 and len(codes) >= 0.8 * len(values) and len(set(codes)) <= 0.75 * len(codes)


def choose_label_column(table: RawTable, before: int) -> int:
    """The column naming each row: the first column before `before` that holds words, not
    row numbers (`Ref`, `No.`, short numbers), paragraph numbers or repeated codes."""
    for i in range(min(before, len(table.header))):
        values = [cell(r, i) for _, r, _ in body_rows(table) if cell(r, i)]
        referencing = _REFERENCE.match(clean_header(table.header[i])) and all(len(v) <= 8 and " " not in v for v in values)
        if referencing or _numbering(values) or _codes(values):
            continue
        if values:
            return i
    return 0


def _column_unit(table: RawTable, i: int, units: list[list[str]], lead_rows: list[list[str]]) -> tuple[str | None, str | None, str | None]:
    """(unit, where it was read, its printed text) of column `i`."""
    own = clean_header(table.header[i])
    if printed_unit(own):
        return printed_unit(own), "header", printed_unit_text(own)
    for row in [*units, *lead_rows]:
        found = printed_unit(cell(row, i))
        if found:
            return found, "units row", printed_unit_text(cell(row, i))
    values = [cell(r, i) for _, r, _ in body_rows(table) if cell(r, i) and is_figure(cell(r, i))]
    if values and sum(v.endswith("%") for v in values) >= 0.5 * len(values):
        return "%", "cells", None
    if values and any("£" in v for v in values):
        return "£", "cells", None
    return None, None, None


def _lead_rows(table: RawTable) -> int:
    """How many first body rows are the rest of the header: units rows, and rows with no
    figure whose label cell is empty (`| Year 1 | Year 2`)."""
    n = 0
    for row in table.rows[:3]:
        filled = [cell(row, i) for i in range(len(row)) if cell(row, i)]
        if not filled:
            n += 1
            continue
        if units_row(row) or (not cell(row, 0) and len(filled) >= 2 and not any(is_figure(c) for c in filled)):
            n += 1
            continue
        break
    return n


def spanned_headers(header: list[str], sub_rows: list[list[str]]) -> list[str]:
    """Header cells with a heading printed across several columns (`2025-28 Draft MTFP` over
    `2025-26 | 2026-27 | 2027-28`) joined to the sub-heading under each column, so that the
    columns under one heading stay apart; a column with no span keeps its own header."""
    subs = [" ".join(cell(r, i) for r in sub_rows if cell(r, i)) for i in range(len(header))]
    out = [clean_header(h) for h in header]
    for i, head in enumerate(out):
        if not head or not subs[i]:
            continue
        span = i + 1
        while span < len(out) and not out[span] and subs[span]:
            span += 1
        if span > i + 1:
            for k in range(i, span):
                out[k] = f"{head} {subs[k]}"
    return out


def _columns(table: RawTable, lead: int) -> list[Column]:
    units = [r for r in table.rows[:lead] if units_row(r)]
    others = [r for r in table.rows[:lead] if not units_row(r)]
    table_unit = printed_unit(unit_caption(table))
    headers = spanned_headers([without_unit_line(h) for h in table.header], others)
    pages = column_pages(table)
    out = []
    for i, head in enumerate(headers):
        unit, source, unit_text = _column_unit(table, i, units, others)
        values = [r[i] for r in table.rows[lead:] if i < len(r) and r[i].strip()]
        figures = sum(1 for v in values if stacked_figures(v))
        if unit is None and figures and is_money_unit(table_unit):
            unit, source, unit_text = table_unit, "caption", printed_unit_text(unit_caption(table))
        # a long header is a sentence, unless it names the column's unit ("... approval (£m)")
        short = is_label(head) or (source == "header" and len(clean_header(head)) <= 2 * LABEL_CHARS)
        amount = is_money_unit(unit) and figures >= 1 and figures >= 0.5 * len(values) and short
        out.append(Column(index=i, header=head, unit=unit, unit_source=source, unit_text=unit_text, is_amount=amount,
                          page=pages.get(i)))
    return out


def column_pages(table: RawTable) -> dict[int, int]:
    """Column index -> page, for columns the reader joined from a later page."""
    starts = sorted((int(m.group(1)), int(m.group(2))) for n in table.notes if (m := _COLUMNS_FROM.match(n)))
    out = {}
    for k, (first, page) in enumerate(starts):
        last = starts[k + 1][0] if k + 1 < len(starts) else len(table.header)
        out.update({i: page for i in range(first, last)})
    return out


def _split_stacked(cells: list[str], amounts: list[int], label_col: int) -> list[list[str]] | None:
    """The printed rows of a row whose cells stack several (one label line and one figure
    line each, in every filled amount cell), or None."""
    label_lines = [ln.strip() for ln in (cells[label_col] if label_col < len(cells) else "").split("\n") if ln.strip()]
    stacks = [[ln.strip() for ln in cells[c].split("\n") if ln.strip()] for c in amounts if c < len(cells) and cells[c].strip()]
    n = len(label_lines)
    if n < 2 or not stacks or any(len(s) != n or not all(is_figure(v) for v in s) for s in stacks):
        return None
    out = []
    for k in range(n):
        row = ["" for _ in cells]
        row[label_col] = label_lines[k]
        for c in amounts:
            lines = [ln.strip() for ln in cells[c].split("\n") if ln.strip()] if c < len(cells) else []
            row[c] = lines[k] if len(lines) == n else ""
        out.append(row)
    return out


def _is_repeated_header(row: list[str], head: list[str]) -> bool:
    """Whether the row prints the header again (`head`: the header cells cleaned, lower case)."""
    words = [cell(row, i).lower() for i in range(len(head))]
    filled = [w for w in words if w]
    return len(filled) >= 2 and all(w == h for w, h in zip(words, head) if w)


def _label(row: list[str], label_col: int, first_amount: int) -> tuple[str, bool]:
    """The row's label: its label cell, else the first text cell before the figures
    (a heading written across the row); empty when none is printed."""
    own = cell(row, label_col)
    if own:
        return own, True
    for i in range(first_amount):
        text = cell(row, i)
        if text and not is_figure(text):
            return text, True
    return "", False


def _role(label: str, printed: bool, has_figures: bool, is_last_figures: bool) -> str:
    if has_figures:
        if not printed:
            return "total" if is_last_figures else "line"
        return total_role(label) or "line"
    if _NOTE.match(label):
        return "note"
    return "heading" if label else "note"


def _levels(rows: list[Row]) -> None:
    under_heading = False
    for row in rows:
        if row.role == "heading":
            under_heading, row.level = True, 1
        elif row.role == "total":
            row.level, under_heading = 0, False
        elif row.role == "subtotal":
            row.level, under_heading = 1, False
        else:
            row.level = 2 if under_heading else 1


def _doubt(rows: list[Row]) -> str | None:
    """A reason the blocks a total covers are not known, or None."""
    headings = sum(1 for r in rows if r.role == "heading")
    subtotals = sum(1 for r in rows if r.role == "subtotal")
    if headings >= 2 and subtotals < headings - 1:
        return f"{headings} headings but {subtotals} subtotals: which lines each total covers is not printed"
    return None


def build(table: RawTable) -> MoneyTable:
    """The table read as labelled rows and united columns."""
    table = under_caption(table)
    lead = _lead_rows(table)
    columns = _columns(table, lead)
    amounts = [c.index for c in columns if c.is_amount]
    first_amount = amounts[0] if amounts else len(table.header)
    label_col = choose_label_column(table, first_amount)
    lines = table.row_lines or [None] * len(table.rows)
    raw: list[tuple[int, list[str], int | None]] = []
    head = [clean_header(h).lower() for h in table.header]
    for i, row, line in body_rows(table):
        if i < lead or units_row(row) or _is_repeated_header(row, head):
            continue
        for part in _split_stacked(row, amounts, label_col) or [row]:
            raw.append((i, part, line if line is not None else (lines[i] if i < len(lines) else None)))
    with_figures = {k for k, (_, r, _) in enumerate(raw) if any(parse_money(cell(r, c), 1) is not None for c in amounts)}
    last = max(with_figures, default=-1)
    rows = []
    for k, (i, part, line) in enumerate(raw):
        label, printed = _label(part, label_col, first_amount)
        role = _role(label, printed, k in with_figures, k == last)
        rows.append(Row(index=i, cells=part, line=line, label=label, label_printed=printed, role=role))
    _levels(rows)
    continued = any(n.startswith("continued on page") for n in table.notes)
    return MoneyTable(label_column=label_col, columns=columns, rows=rows, continued=continued, doubt=_doubt(rows))
