"""Helpers shared by the business-case table kinds: header matching, cell
cleaning, units, total rows and the rows a finder flagged as noise.

Kind parsers work from header words and cell content only, so that tables
found in any flavour (tabbed, stacked pdftotext, PDF geometry) type the same.
"""

from __future__ import annotations

import re
from decimal import Decimal

from schemas.stages import ItemText, RawTable

_SPACES = re.compile(r"\s+")
# "self- employed" (a line-break hyphen that kept its space) -> "self-employed"
_BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])- (?=[a-z])")
# "1 st Year" (a superscript split off its number) -> "1st Year"
_SPLIT_ORDINAL = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b", re.IGNORECASE)
_NOISE_NOTE = re.compile(r"^noise row (\d+)\b")
_TOTAL_WORDS = re.compile(r"\b(total|revised|overall|net saving|grand)\b", re.IGNORECASE)
_UNIT_THOUSANDS = re.compile(r"£\s*'?000|£\s*k\b|\(£000s?\)|£000s", re.IGNORECASE)


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
    """1000 for a header or caption printing `£000` (or `£'000`, `£k`), else 1."""
    return 1000 if text and _UNIT_THOUSANDS.search(text) else 1


def table_scale(table: RawTable, column: int | None = None) -> int:
    """The scale of a money column: its own header cell, else any header cell or the caption."""
    if column is not None and column < len(table.header) and unit_scale(table.header[column]) > 1:
        return 1000
    if any(unit_scale(h) > 1 for h in table.header):
        return 1000
    last_line = table.context.strip().splitlines()[-1:] if table.context else []
    return unit_scale(last_line[0]) if last_line else 1


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
