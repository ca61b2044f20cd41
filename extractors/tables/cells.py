"""Helpers shared by the business-case table kinds: header matching, cell
cleaning, units, total rows and the rows a finder flagged as noise.

Kind parsers work from header words and cell content only, so that tables
found in any flavour (tabbed, stacked pdftotext, PDF geometry) type the same.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.values.money import MONEY_UNITS, printed_unit
from schemas.stages import ItemText, RawTable

_SPACES = re.compile(r"\s+")
# "self- employed" (a line-break hyphen that kept its space) -> "self-employed"
_BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])- (?=[a-z])")
# "1 st Year" (a superscript split off its number) -> "1st Year"
_SPLIT_ORDINAL = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b", re.IGNORECASE)
_NOISE_NOTE = re.compile(r"^noise row (\d+)\b")
_TOTAL_WORDS = re.compile(r"\b(total|revised|overall|net saving|grand)\b", re.IGNORECASE)
# a cell that is only a unit: the second row of a header printed over two rows ("£000s", "£’m", "(£)")
_UNIT_CELL = re.compile(r"^\(?\s*£\s*(?:['’‘`]?\s*000(?:['’‘`]?s)?|k|['’‘`]?\s*m|['’‘`]?\s*bn|millions?)?\s*\)?$|^\(?%\)?$",
                        re.IGNORECASE)
#: How many rows under the header may still be header rows (labels, then units).
HEADER_ROWS = 3
#: A header label is short; a header cell longer than this is a sentence, or a whole header
#: row run together into one cell.
LABEL_CHARS = 40


def clean_cell(text: str | None) -> str:
    """Whitespace collapsed, markdown bold dropped, line-break hyphens rejoined."""
    text = _SPACES.sub(" ", (text or "").replace("**", "")).strip()
    return _BROKEN_HYPHEN.sub("-", text)


def or_none(text: str | None) -> str | None:
    return clean_cell(text) or None


def clean_header(text: str | None) -> str:
    """A header cell as words: ordinals rejoined (`1 st Year` -> `1st Year`)."""
    return _SPLIT_ORDINAL.sub(r"\1\2", clean_cell(text))


def words(text: str | None) -> str:
    """Lower-case text with punctuation as spaces, for matching header words."""
    return " ".join(re.sub(r"[^0-9a-z£%]+", " ", (text or "").lower()).split())


def header_words(table: RawTable) -> str:
    return " | ".join(words(h) for h in table.header)


def find_col(header: list[str], *keys: str, exclude: tuple[str, ...] = ()) -> int | None:
    """Index of the first header cell holding any of `keys` (word prefixes) and none of `exclude`."""
    for i, cell in enumerate(header):
        w = f" {words(cell)}"
        if any(f" {k}" in w for k in keys) and not any(f" {x}" in w for x in exclude):
            return i
    return None


def cell(row: list[str], i: int | None) -> str:
    if i is None or i < 0 or i >= len(row):
        return ""
    return clean_cell(row[i])


def unit_scale(text: str | None) -> int:
    """1000 for a header or caption printing `£000` (or `£'000`, `£’000`, `£k`), 1,000,000 for
    `£m` (or `£’m`), else 1."""
    unit = printed_unit(text)
    return MONEY_UNITS[unit] if unit in MONEY_UNITS else 1


def units_row(row: list[str]) -> bool:
    """A row of units (`£000s` under each money column) and no figures: the rest of a
    header printed over several rows (other columns may carry the tail of a wrapped label)."""
    filled = [clean_cell(c) for c in row if clean_cell(c)]
    units = [c for c in filled if _UNIT_CELL.match(c)]
    return bool(units) and not any(re.search(r"\d", c) for c in filled if not _UNIT_CELL.match(c))


def without_unit_line(header: str | None) -> str:
    """A header cell without a first line that is only a unit (`£m` over `Working Budget`):
    the unit is the column's, not part of its name."""
    lines = [ln for ln in (header or "").split("\n") if ln.strip()]
    return "\n".join(lines[1:]) if len(lines) > 1 and units_row([lines[0]]) else (header or "")


def _units_rows(table: RawTable) -> list[list[str]]:
    return [row for row in table.rows[:HEADER_ROWS] if units_row(row)]


def is_label(text: str | None) -> bool:
    """Whether a header cell is short enough to be one column's label (`LABEL_CHARS`)."""
    return len(clean_header(text)) <= LABEL_CHARS


def _first_scale(texts) -> int | None:
    return next((scale for scale in map(unit_scale, texts) if scale > 1), None)


def table_scale(table: RawTable, column: int | None = None) -> int:
    """The scale of a money column: its own header cell or units cell (a units row under
    the header), else any header or units cell, else the caption."""
    units = _units_rows(table)
    own = None
    if column is not None:
        own = _first_scale([row[column] for row in [table.header, *units] if column < len(row)])
    every = _first_scale([*table.header, *(c for row in units for c in row)])
    return own or every or unit_scale(caption(table))


def caption(table: RawTable) -> str:
    """The line just above the table (its caption, where it has one)."""
    lines = table.context.strip().splitlines()
    return lines[-1] if lines else ""


def unit_caption(table: RawTable) -> str:
    """The nearest line above the table that prints a unit (a heading `... (£m)` with a line or
    two of prose between it and the table), else the caption."""
    lines = table.context.strip().splitlines()
    return next((ln for ln in reversed(lines) if printed_unit(ln)), caption(table))


def under_caption(table: RawTable) -> RawTable:
    """A table whose header row is a caption across it (one filled cell: 'All figures in £m')
    read with its first body row as the header and the caption as the line above it."""
    filled = [clean_cell(c) for c in table.header if clean_cell(c)]
    if len(filled) > 1 or not table.rows or sum(1 for c in table.rows[0] if clean_cell(c)) < 2:
        return table
    return table.model_copy(update={
        "header": table.rows[0],
        "rows": table.rows[1:],
        "fills": table.fills[1:] if table.fills else table.fills,
        "row_lines": table.row_lines[1:] if table.row_lines else table.row_lines,
        "context": "\n".join(filter(None, [table.context, *filled])),
    })


def noise_rows(table: RawTable) -> set[int]:
    """Body-row indexes the finder flagged as OCR garbage (`noise row N ...` notes)."""
    out = set()
    for note in table.notes:
        m = _NOISE_NOTE.match(note)
        if m:
            out.add(int(m.group(1)))
    return out


def body_rows(table: RawTable) -> list[tuple[int, list[str], int | None]]:
    """(index, cells, source line) of every body row that is not noise."""
    noise = noise_rows(table)
    lines = table.row_lines or [None] * len(table.rows)
    out = []
    for i, row in enumerate(table.rows):
        if i in noise or not any(c.strip() for c in row):
            continue
        out.append((i, row, lines[i] if i < len(lines) else None))
    return out


def reads_like_total(label: str | None) -> bool:
    return bool(label and _TOTAL_WORDS.search(label))


def total_index(labels: list[str], values: list[Decimal | None]) -> int | None:
    """The row that states the table's total: the last row whose label reads like
    a total, or else a last row whose value equals the sum of the rows above."""
    for i in range(len(labels) - 1, -1, -1):
        if reads_like_total(labels[i]) and values[i] is not None:
            return i
    if len(values) >= 3 and values[-1] is not None:
        above = [v for v in values[:-1] if v is not None]
        if len(above) >= 2 and sum(above) == values[-1]:
            return len(values) - 1
    return None


def context_text(table: RawTable) -> str:
    return " ".join(table.context.split())


def provenance(item: ItemText, table: RawTable, table_id: str, line: int | None) -> dict:
    """The columns every typed row carries: where it came from."""
    return {
        "doc_id": item.doc_id,
        "item_id": item.item_id,
        # A row with its own line gets that line's page from the pipeline (a table
        # continued over pages); otherwise the table's page.
        "page": table.page if line is None else None,
        "line": line if line is not None else table.line,
        "table_id": table_id,
    }


def has_words(text: str, *keys: str) -> bool:
    """Whether `text` (as words) holds any of the word prefixes `keys`."""
    w = f" {words(text)}"
    return any(f" {k}" in w for k in keys)
