"""Small grids of figures by group printed inside a PDF's text: `Group | Percentage`
under an "Indicator:" caption, `Age | Count | %` in an answer box.

A PDF reader finds ruled tables; a grid printed inside a form's cell (or with no
rules) comes out of it run into the cell's prose, or spread over spare columns.
The page's lines still hold it: a header of column words, at least one naming a
value ("Percentage", "Count", "%"), over lines of a label and figures at the same
tab stops. Such a grid is read here as one more raw table; which kind it is, the
kinds decide. A grid a reader already found with the same header is left to it.
"""

from __future__ import annotations

import re

from extractors.tables.cells import clean_cell
from extractors.vocabulary import labels
from schemas.stages import Line, RawTable

#: A grid has at least this many rows of figures.
MIN_ROWS = 3
#: Tab stops closer than this (PDF points) are the same column.
X_TOLERANCE = 12.0
#: A label longer than this is prose, not a group's name.
LABEL_CHARS = 60
#: Lines a grid may skip at the top of a new page (running headers, a reader's stray line).
PAGE_TOP_SKIP = 1

_COUNT_OR_SHARE = re.compile(r"^[-−]?\d[\d,]*(?:\.\d+)?\s*%?$")
_ENDS_IN_SHARE = re.compile(r"\s\(?%\)?$")
_PARENTHESISED = re.compile(r"\(([^)]*)\)")
NOTE = "figure grid read from the page's lines"


def cells_of(line: Line) -> list[str]:
    return [clean_cell(c) for c in line.text.split("\t")]


def is_count_or_share(text: str) -> bool:
    """A figure a statistics grid prints: a count or a share, never money."""
    return bool(_COUNT_OR_SHARE.match(text.strip()))


def _starts_with_any(text: str, words: tuple[str, ...]) -> bool:
    return any(text == w or text.startswith(w + " ") for w in words)


def heading_unit(text: str) -> str | None:
    """The unit a column heading names: "%" for a share ("Percentage", "County %", "City (% of total)"),
    "count" for a count ("Count", "City (Number)"), None for any other heading."""
    low = " ".join(text.lower().split())
    parts = [low] + _PARENTHESISED.findall(low)
    shares = tuple(w.lower() for w in labels("tables", "statistics_share"))
    counts = tuple(w.lower() for w in labels("tables", "statistics_count"))
    if any(_starts_with_any(p.strip(), shares) for p in parts) or _ENDS_IN_SHARE.search(low):
        return "%"
    if any(_starts_with_any(p.strip(), counts) for p in parts):
        return "count"
    return None


def names_a_value(text: str) -> bool:
    return heading_unit(text) is not None


def is_body(line: Line) -> bool:
    """A label then only counts or shares."""
    cells = cells_of(line)
    if len(cells) < 2 or not line.cell_x or len(line.cell_x) != len(cells):
        return False
    label = cells[0]
    return bool(label) and len(label) <= LABEL_CHARS and all(is_count_or_share(c) for c in cells[1:])


def header_columns(line: Line, width: int) -> list[str] | None:
    """The column headings of a header line for a body `width` cells wide: its cells, or its
    words where the reader ran two headings into one cell ("Age Count" | "%")."""
    cells = [c for c in cells_of(line) if c]
    if not cells or any(len(c) > 40 or is_count_or_share(c) or "£" in c for c in cells):
        return None
    if not any(names_a_value(c) or names_a_value(w) for c in cells for w in c.split()):
        return None
    if len(cells) == width:
        return cells
    words = [w for c in cells for w in c.split()]
    return words if len(words) == width else None


def place(line: Line, xs: list[float]) -> list[str] | None:
    """A body line's cells in the grid's columns, by tab stop (a total row may leave one out)."""
    out = [""] * len(xs)
    for text, x in zip(cells_of(line), line.cell_x or []):
        col = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
        if abs(xs[col] - x) > X_TOLERANCE and col != 0:
            return None
        if out[col]:
            return None
        out[col] = text
    return out


def read_body(lines: list[Line], start: int, xs: list[float]) -> tuple[list[list[str]], list[int], int]:
    """Rows from `start` until the grid stops: (rows, their line numbers, index just past)."""
    rows, nos, j, skipped, page = [], [], start, 0, lines[start].page
    while j < len(lines):
        ln = lines[j]
        if not ln.text.strip():
            j += 1
            continue
        placed = place(ln, xs) if ln.cell_x and len(cells_of(ln)) >= 2 else None
        if placed and is_body(ln):
            rows.append(placed)
            nos.append(ln.no)
            page, skipped = ln.page, 0
            j += 1
            continue
        if ln.page != page and skipped < PAGE_TOP_SKIP:
            skipped += 1
            j += 1
            continue
        break
    return rows, nos, j


def caption_above(lines: list[Line], start: int) -> str:
    """The nearest non-blank line above the header, as printed (tabs kept)."""
    for j in range(start - 1, max(-1, start - 4), -1):
        if lines[j].text.strip():
            return lines[j].text.strip()
    return ""


def grid_at(lines: list[Line], i: int) -> tuple[RawTable, int] | None:
    """The grid whose header is `lines[i]`, and the index just past it; None when there is none."""
    k = i + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k >= len(lines) or not is_body(lines[k]):
        return None
    xs = list(lines[k].cell_x or [])
    header = header_columns(lines[i], len(xs))
    if header is None:
        return None
    rows, nos, end = read_body(lines, k, xs)
    if len(rows) < MIN_ROWS:
        return None
    head = lines[i]
    table = RawTable(header=header, rows=rows, line=head.no, page=head.page, extractor="lines",
                     row_lines=nos, notes=[NOTE], context=caption_above(lines, i))
    return table, end


def same_header(a: list[str], b: list[str]) -> bool:
    """The same headings, however the reader broke them over lines ("Mar-" above "25" is "Mar-25")."""
    def squeeze(cells: list[str]) -> list[str]:
        return ["".join(c.split()).lower() for c in cells if c and c.strip()]
    return squeeze(a) == squeeze(b)


def find_figure_grids(lines: list[Line], found: list[RawTable]) -> list[RawTable]:
    """Grids of figures by group in the lines, except those a reader found with the same header."""
    out, i = [], 0
    while i < len(lines):
        hit = grid_at(lines, i) if lines[i].cell_x else None
        if hit is None:
            i += 1
            continue
        table, i = hit
        if not any(t.page == table.page and same_header(t.header, table.header) for t in found):
            out.append(table)
    return out
