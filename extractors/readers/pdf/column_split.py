"""Columns a ruled table separates by whitespace only, split into cells of their own.

Spreadsheet exports often draw a table's outer box and its row rules but no rule
between the figure columns: pdfplumber's finder then returns one cell per row
holding every figure ("26.1 26.1 -0.0") and one header cell holding every
heading line. Such columns show as a "river": an x-range that no character of
the column's body cells covers, with characters on both sides of it in several
rows. A river becomes a column boundary when the cells it cuts off are figures
(a label column beside figures, or figures beside figures), so prose and
accounting-style "£ ... 1,000" cells are never cut. Every row is then cut at
the river, where the row's own text leaves a gap there (a heading over two
columns, a title crossing the table, stays whole); a spanning header cell is
cut at the table's ruled edges in the same way, so each column gets its own
(possibly multi-line) header.
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left
from typing import NamedTuple

from extractors.tables.cells import units_row


MIN_ROWS = 2  # rows with text on both sides of a river: one row alone may be a stray gap
FIGURE_SHARE = 0.8  # of a cut-off column's filled cells that must be figures
_EDGE = 1.0  # points: cell sides this close are one ruled edge
_FIGURE = re.compile(r"^[(\-–−]?\s*[£$€]?\s*-?[\d.,]*\d[\d.,]*\s*[)%kmKMbn]*$|^[-–—]$|^n/?a$|^nil$", re.IGNORECASE)


class Row(NamedTuple):
    """A table row as pdfplumber's `Row` is read here: a box per column (None where the cell
    to its left spans it) and the row's box."""

    cells: list
    bbox: tuple


class SplitTable(NamedTuple):
    rows: list[Row]
    bbox: tuple


class RowChars(NamedTuple):
    """A row's chars sorted by middle x, with the middles alone for bisection: each ruled
    column's chars are then a slice, not a scan of the whole row (tables have many columns)."""

    mids: list[float]
    chars: list[dict]

    def between(self, a: float, b: float) -> list[dict]:
        """The chars whose middle x is in [a, b)."""
        return self.chars[bisect_left(self.mids, a):bisect_left(self.mids, b)]


def split_whitespace_columns(table, chars, size: float) -> SplitTable | None:
    """The table with each whitespace-separated figure column a column of its own, or None
    where no column of it holds such columns. `chars` are the page's chars as
    `ruling.place_chars` places them, `size`
    its body text size (a river is at least that wide)."""
    row_chars = [_row_chars(row, chars) for row in table.rows]
    edges = _ruled_edges(table)
    rivers = sorted({r for a, b in _cell_spans(table) for r in _rivers(table, row_chars, a, b, size)})
    # a ruled edge inside a river already parts the column there (one row drew it)
    rivers = [(lo, hi) for lo, hi in rivers if not any(lo <= e <= hi for e in edges)]
    rivers = [r for k, r in enumerate(rivers) if not any(_overlap(r, q) for q in rivers[:k])]
    if not rivers:
        return None
    bounds = sorted([(e, e, False) for e in edges[1:-1]] + [(lo, hi, True) for lo, hi in rivers])
    columns = [edges[0], *((lo + hi) / 2 for lo, hi, _ in bounds), edges[-1]]
    rows = [Row(_cut_row(row, marks, bounds, columns, size), row.bbox) for row, marks in zip(table.rows, row_chars)]
    return SplitTable(rows, table.bbox)


def _row_chars(row, chars) -> RowChars:
    placed, mids = chars
    x0, top, x1, bottom = row.bbox
    picked = placed[bisect_left(mids, top):bisect_left(mids, bottom)]
    inside = sorted(((mx, c) for _, c, mx, my in picked if c["text"].strip() and x0 <= mx < x1 and top <= my < bottom),
                    key=lambda m: m[0])
    return RowChars([mx for mx, _ in inside], [c for _, c in inside])


def _ruled_edges(table) -> list[float]:
    """The x of every ruled column edge of the table, left to right (near ones merged)."""
    xs = sorted({round(x, 1) for row in table.rows for cell in row.cells if cell for x in (cell[0], cell[2])})
    merged: list[float] = []
    for x in xs:
        if not merged or x - merged[-1] > _EDGE:
            merged.append(x)
    return merged


def _cell_spans(table) -> list[tuple[float, float]]:
    """The left and right sides of the ruled cells that several rows share."""
    seen = Counter((round(c[0], 1), round(c[2], 1)) for row in table.rows for c in row.cells if c)
    return [span for span, n in seen.items() if n >= MIN_ROWS]


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _middle_x(char: dict) -> float:
    return (char["x0"] + char["x1"]) / 2


def _rivers(table, row_chars: list[RowChars], a: float, b: float, size: float) -> list[tuple[float, float]]:
    """Rivers of the ruled column a..b, from the rows whose cell is exactly that column."""
    cells = []  # each row's chars inside the column
    for row, marks in zip(table.rows, row_chars):
        if any(c and abs(c[0] - a) <= _EDGE and abs(c[2] - b) <= _EDGE for c in row.cells):
            cells.append(marks.between(a, b))
    spans = sorted((c["x0"], c["x1"]) for cell in cells for c in cell)
    if not spans:
        return []
    gaps, reach = [], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= size:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    found = [g for g in gaps if _parted_rows(cells, g) >= MIN_ROWS]
    return _figure_rivers(cells, found)


def _parted_rows(cells: list[list[dict]], gap: tuple[float, float]) -> int:
    return sum(1 for cell in cells if any(c["x1"] <= gap[0] for c in cell) and any(c["x0"] >= gap[1] for c in cell))


def _figure_rivers(cells: list[list[dict]], rivers: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The rivers whose column to the right holds figures, where no column they make is bare
    symbols (a "£" printed apart from its amount)."""
    bare = [k for k, river in enumerate(rivers)
            if not any(re.search(r"\w", _text(cell, rivers[k - 1][1] if k else float("-inf"), river[0])) for cell in cells)]
    rivers = [river for k, river in enumerate(rivers) if k not in bare]  # a bare "£" goes with the amount after it
    kept: list[tuple[float, float]] = []
    for k, river in enumerate(rivers):
        right_end = rivers[k + 1][0] if k + 1 < len(rivers) else float("inf")
        right = [_text(cell, river[1], right_end) for cell in cells]
        left_start = kept[-1][1] if kept else float("-inf")
        left = [_text(cell, left_start, river[0]) for cell in cells]
        filled = [t for t in right if t][1:]  # the first may be the column's header
        if len(filled) < MIN_ROWS or sum(bool(_FIGURE.match(t)) for t in filled) < FIGURE_SHARE * len(filled):
            continue
        if not any(re.search(r"\w", t) for t in left) or not any(re.search(r"\w", t) for t in right):
            continue
        kept.append(river)
    return kept


def _text(cell: list[dict], lo: float, hi: float) -> str:
    return "".join(c["text"] for c in sorted(cell, key=lambda c: (round(c["top"]), c["x0"])) if lo <= _middle_x(c) <= hi).strip()


def _cut_row(row, marks: RowChars, bounds: list[tuple[float, float, bool]], columns: list[float], size: float) -> list:
    """The row's cells on the split table's columns: each ruled cell cut at every boundary
    inside it where the row's text leaves a gap (`_cut_at`), spanned columns None."""
    out: list = [None] * (len(columns) - 1)
    for cell in row.cells:
        if cell is None:
            continue
        x0, top, x1, bottom = cell
        inner = [b for b in bounds if x0 + _EDGE < (b[0] + b[1]) / 2 < x1 - _EDGE]
        inside = marks.between(x0, x1)
        start = x0
        for lo, hi, _ in inner:
            cut = _cut_at(inside, lo, hi, size if inside else 0.0)
            if cut is None:
                continue
            out[_column(columns, start)] = (start, top, cut, bottom)
            start = cut
        out[_column(columns, start)] = (start, top, x1, bottom)
    return out


def _column(columns: list[float], x: float) -> int:
    """The split table's column starting nearest x."""
    return min(range(len(columns) - 1), key=lambda k: abs(columns[k] - x))


def _cut_at(chars: list[dict], lo: float, hi: float, min_gap: float) -> float | None:
    """Where to cut between lo and hi: the middle of the widest stretch there that no char
    covers, if the free gap around it is at least `min_gap` wide; None where text crosses."""
    spans = sorted((c["x0"], c["x1"]) for c in chars)
    free_lo, free_hi = float("-inf"), float("inf")
    best = None
    reach = float("-inf")
    for x0, x1 in [*spans, (float("inf"), float("inf"))]:
        if x0 > reach:  # free from reach to x0
            seg = (max(reach, lo), min(x0, hi))
            if seg[1] >= seg[0] and (best is None or seg[1] - seg[0] > best[0][1] - best[0][0]):
                best = (seg, (reach, x0))
        reach = max(reach, x1)
    if best is None:
        return None
    (s0, s1), (free_lo, free_hi) = best
    if free_hi - free_lo < min_gap:
        return None
    return (s0 + s1) / 2 if s1 > s0 or lo == hi else s0


def spread_unit_line(cells: list[list[str]]) -> list[list[str]]:
    """The header row with a unit printed once over several figure columns (a lone `£m` line
    above `Working Budget | Forecast | Variance`, falling in one column when the header cell
    is cut) given to each figure column without a unit of its own: it stands for all of them."""
    at = next((k for k, row in enumerate(cells) if any(c.strip() for c in row)), None)
    if at is None:
        return cells
    header = cells[at]
    figures = [_figure_column(cells[at + 1:], i) for i in range(len(header))]
    lines = [[ln for ln in (h or "").split("\n") if ln.strip()] for h in header]
    units = [ln for i, own in enumerate(lines) if figures[i] for ln in own if units_row([ln])]
    if len(units) != 1:
        return cells
    spread = [
        f"{units[0]}\n{h}" if figures[i] and h.strip() and not any(units_row([ln]) for ln in lines[i]) else h
        for i, h in enumerate(header)
    ]
    return [*cells[:at], spread, *cells[at + 1:]]


def _figure_column(cells: list[list[str]], i: int) -> bool:
    filled = [row[i] for row in cells if i < len(row) and (row[i] or "").strip()]
    return len(filled) >= MIN_ROWS and sum(bool(_FIGURE.match(t.strip())) for t in filled) >= FIGURE_SHARE * len(filled)
