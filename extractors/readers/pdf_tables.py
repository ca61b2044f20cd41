"""Ruled tables on a PDF page, with each cell's text and fill colour (pdfplumber).

Cells filled with a gradient are drawn as many thin stacked rectangles; they
are merged into one fill per cell by taking the colour that covers most of
the cell. Characters clearly larger than the body text inside a table are
dropped: they are usually a heading hidden by a clipping path.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from statistics import median
from typing import NamedTuple

from extractors.readers.pdf_chars_text import chars_text
from extractors.readers.pdf_column_split import split_whitespace_columns, spread_unit_line
from extractors.readers.pdf_gradients import merge_gradients, rect_edges
from extractors.readers.pdf_lines import PageLine
from schemas.stages import RawTable

Colour = tuple[float, float, float]

_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3, "join_tolerance": 3}


def to_rgb(colour) -> Colour | None:
    """pdfplumber's non-stroking colour (gray, RGB or CMYK tuple) as RGB in 0..1."""
    if colour is None or isinstance(colour, str):
        return None
    if isinstance(colour, (int, float)):
        colour = (colour,)
    values = tuple(float(c) for c in colour if isinstance(c, (int, float)))
    if len(values) == 1:
        return (values[0],) * 3
    if len(values) == 3:
        return values  # type: ignore[return-value]
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def cell_fill(cell: tuple[float, float, float, float], rects: list[dict]) -> Colour | None:
    """The colour seen in the cell: of the colours whose filled rectangles cover most of its
    area, the one drawn last (a cell shading painted over a white page background)."""
    return _fill_of(cell, _coloured(rects))


def row_fills(row, rects: list[dict]) -> list[Colour | None]:
    """`cell_fill` of each cell of a table row (None for a missing cell), each cell looking only
    at the rectangles that reach into the row: a table's rows would each scan all its fills."""
    _, top, _, bottom = row.bbox
    near = _coloured([r for r in rects if r["top"] < bottom and r["bottom"] > top])
    return [_fill_of(c, near) if c else None for c in row.cells]


def _coloured(rects: list[dict]) -> list[tuple]:
    """The rectangles as (x0, top, x1, bottom, RGB to two places), in drawing order; those
    without a colour left out."""
    out = []
    for r in rects:
        rgb = to_rgb(r.get("non_stroking_color"))
        if rgb is not None:
            out.append((r["x0"], r["top"], r["x1"], r["bottom"], tuple(round(v, 2) for v in rgb)))
    return out


def _fill_of(cell: tuple[float, float, float, float], rects: list[tuple]) -> Colour | None:
    x0, top, x1, bottom = cell
    area = max((x1 - x0) * (bottom - top), 1e-6)
    cover: Counter = Counter()
    drawn: dict = {}
    for order, (rx0, rtop, rx1, rbottom, colour) in enumerate(rects):
        w = min(x1, rx1) - max(x0, rx0)
        h = min(bottom, rbottom) - max(top, rtop)
        if w > 0 and h > 0:
            cover[colour] += w * h
            drawn[colour] = order
    seen = [colour for colour, covered in cover.items() if covered >= 0.5 * area]
    return max(seen, key=lambda colour: drawn[colour]) if seen else None


def fills_over(box, rects: list[dict]) -> list[dict]:
    """The filled rectangles that overlap `box`, in drawing order (a table's cells need no others)."""
    x0, top, x1, bottom = box
    return [r for r in rects if r["x0"] < x1 and r["x1"] > x0 and r["top"] < bottom and r["bottom"] > top]


def _body_size(page) -> float:
    sizes = [c["size"] for c in page.chars[:5000] if c.get("size")]
    return median(sizes) if sizes else 10.0


def without_oversized_chars(page):
    """The page without characters clearly larger than the body text: inside a table
    they are a heading hidden by a clipping path, which every text tool still reads."""
    limit = 1.2 * _body_size(page)
    return page.filter(lambda obj: obj.get("object_type") != "char" or (obj.get("size") or 0) <= limit)


def has_ruling(page) -> bool:
    return len(page.lines) + len(page.rects) >= 4


def hidden_texts(page) -> list[str]:
    """Runs of oversized characters (see `without_oversized_chars`), as text."""
    limit = 1.2 * _body_size(page)
    return oversized_runs([c for c in page.chars if (c.get("size") or 0) > limit])


def oversized_runs(big: list[dict]) -> list[str]:
    """Oversized characters as runs of text, one per printed line; runs under four characters
    are left out (a large bullet or digit is not a hidden heading)."""
    runs: list[str] = []
    line: list[str] = []
    last_top = None
    for ch in big:
        if last_top is not None and abs(ch["top"] - last_top) > 1:
            runs.append("".join(line).strip())
            line = []
        line.append(ch["text"])
        last_top = ch["top"]
    if line:
        runs.append("".join(line).strip())
    return [r for r in runs if len(r) >= 4]


def cell_text(text: str) -> str:
    """A cell's wrapped lines as one line of text; a line-end hyphen joins its word."""
    out = ""
    for part in (p.strip() for p in text.split("\n")):
        if part:
            out = f"{out}{part}" if out.endswith("-") else f"{out} {part}".strip()
    return out


def row_lines(table, cells: list[list[str]], size: float) -> list[PageLine]:
    """Each row of a ruled table as one line, its cells joined by tabs (as a table-aware dump
    prints them), so that labels beside values and wrapped cells read in row order."""
    lines = []
    for row, texts in zip(table.rows, cells):
        boxes = [(box, cell_text(t)) for box, t in zip(row.cells, texts) if box is not None]
        filled = [(box, t) for box, t in boxes if t]
        if not filled:
            continue
        x0, top, x1, bottom = row.bbox
        lines.append(
            PageLine(
                text="\t".join(t for _, t in boxes).strip("\t") if len(filled) > 1 else filled[0][1],
                top=top, bottom=bottom, x0=filled[0][0][0], x1=filled[-1][0][2], size=size,
                cell_x=[box[0] for box, t in boxes if t] if len(filled) > 1 else [filled[0][0][0]],
            )
        )
    return lines


def _bold_share(chars: list[dict]) -> float:
    seen = [c for c in chars if c["text"].strip()]
    return sum("bold" in (c.get("fontname") or "").lower() for c in seen) / len(seen) if seen else 0.0


def marked_lines(text_lines: list[dict]) -> list[tuple[str, bool]]:
    """pdfplumber text lines (with their chars) as (text, is bold) pairs."""
    return [(ln["text"].strip(), _bold_share(ln["chars"]) >= 0.8) for ln in text_lines if ln["text"].strip()]


def stacked_pairs(marked: list[tuple[str, bool]]) -> list[list[str]] | None:
    """Lines of a one-column form, bold ones labels and plain ones their values (label above
    value), as [label, value] rows; None when the lines are not such a form."""
    if sum(bold for _, bold in marked) < 2 or all(bold for _, bold in marked):
        return None
    pairs: list[list[str]] = []
    for text, is_label in marked:
        if is_label and pairs and pairs[-1][0] and not pairs[-1][1] and text[:1].islower():
            pairs[-1][0] += f" {text}"  # a label wrapping onto a second line
        elif is_label or not pairs:
            pairs.append([text if is_label else "", "" if is_label else text])
        else:
            pairs[-1][1] = f"{pairs[-1][1]}\n{text}".strip()
    return pairs


def stacked_form_rows(page, table, cells: list[list[str]]) -> list[list[str]] | None:
    """A one-column ruled table read as a stacked form (`stacked_pairs`); None when it is not one."""
    if max(len(r) for r in cells) != 1:
        return None
    return stacked_pairs(marked_lines(page.crop(table.bbox).extract_text_lines(return_chars=True)))


def stacked_form_table(form: list[list[str]] | None, table, page_number: int) -> RawTable | None:
    """The form as a table of [label, value] rows, where it has at least two."""
    if form is None or len(form) < 2:
        return None
    return RawTable(header=form[0], rows=form[1:], page=page_number, extractor="pdfplumber",
                    bbox=list(table.bbox), notes=["stacked form: bold lines read as labels"])


def _middle(char: dict) -> tuple[float, float]:
    return (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2


def _in_box(middle: tuple[float, float], box) -> bool:
    x0, top, x1, bottom = box
    return x0 <= middle[0] < x1 and top <= middle[1] < bottom


class PlacedChars(NamedTuple):
    """A page's chars as (page order, char, middle x, middle y), sorted by middle y, with the
    middles y alone for bisection: worked out once for all the tables of a page."""

    placed: list[tuple[int, dict, float, float]]
    mids: list[float]


def place_chars(chars: list[dict]) -> PlacedChars:
    placed = sorted(((i, c, *_middle(c)) for i, c in enumerate(chars)), key=lambda p: p[3])  # stable: page order within a height
    return PlacedChars(placed, [p[3] for p in placed])


def table_cells(table, chars: PlacedChars) -> list[list[str | None]]:
    """What pdfplumber's `Table.extract` gives (a char belongs to the cell holding its middle),
    but each row's chars found by bisection on their vertical middles and each char's cell by
    bisection on the cells' left sides: `extract` scans every char of the page for every cell.
    `chars` are the page's chars placed once (`place_chars`) for all its tables."""
    placed, mids = chars
    out: list[list[str | None]] = []
    for row in table.rows:
        _, top, _, bottom = row.bbox
        picked = sorted(placed[bisect_left(mids, top):bisect_left(mids, bottom)])  # page order, as pdfplumber keeps it
        row_chars = [(c, mx, my) for _, c, mx, my in picked if _in_box((mx, my), row.bbox)]
        inside = _chars_by_cell(row.cells, row_chars)
        out.append([None if cell is None else chars_text(inside[k]) if inside[k] else "" for k, cell in enumerate(row.cells)])
    return out


def _chars_by_cell(cells: list, placed: list[tuple[dict, float, float]]) -> list[list[dict]]:
    """The chars (with their middles, in page order) whose middle lies in each cell, in page order."""
    live = sorted((cell[0], k) for k, cell in enumerate(cells) if cell is not None)
    lefts = [x0 for x0, _ in live]
    widest = max((cells[k][2] - cells[k][0] for _, k in live), default=0.0)
    inside: list[list[dict]] = [[] for _ in cells]
    for char, mx, my in placed:
        j = bisect_right(lefts, mx)  # the cells left of the middle; only the nearest can reach it
        while j > 0 and lefts[j - 1] + widest > mx:
            j -= 1
            k = live[j][1]
            if _in_box((mx, my), cells[k]):
                inside[k].append(char)
    return inside


def gradients_merged(page) -> tuple:
    """The page without the bands of its gradient-shaded cells (`pdf_gradients`), table
    settings that add each merged gradient's sides as ruling, and the page's filled
    rectangles (RGB) with each gradient merged into one."""
    originals = [r for r in page.rects if r.get("fill")]
    fills, replaced = merge_gradients([{**r, "non_stroking_color": to_rgb(r.get("non_stroking_color"))} for r in originals])
    if not replaced:
        return page, _SETTINGS, fills
    bands = {id(originals[i]) for i in replaced if not originals[i].get("stroke")}
    sides = [e for r in fills if r.get("gradient") for e in rect_edges(r)]
    settings = {**_SETTINGS,
                "explicit_vertical_lines": [e for e in sides if e["orientation"] == "v"],
                "explicit_horizontal_lines": [e for e in sides if e["orientation"] == "h"]}
    return page.filter(lambda obj: id(obj) not in bands), settings, fills


class PageRuling(NamedTuple):
    """A ruled page as pdfplumber reads it: its tables with their row lines (None for a
    stacked form), the box of every grid the finder saw (kept as a table or not: a one-row
    box), and the edges it saw them in (gradient bands merged)."""

    found: list[tuple[RawTable, list[PageLine] | None]]
    grids: list[tuple[float, float, float, float]]
    edges: list[dict]


def page_ruling(page, page_number: int) -> PageRuling:
    """The page's ruled tables (each with its rows as text lines, `row_lines`, or None where
    the page's own lines read better: a stacked form), grids and edges (`PageRuling`), the
    finder run once."""
    if not has_ruling(page):
        return PageRuling([], [], [])
    ruled, settings, fills_from = gradients_merged(page)
    clean = without_oversized_chars(ruled)
    size = _body_size(page)
    out = []
    chars = place_chars(clean.chars)
    tables = clean.find_tables(table_settings=settings)
    for found in tables:
        table = split_whitespace_columns(found, chars, size) or found
        rows = table_cells(table, chars)
        cells = [[(c or "").strip() for c in row] for row in rows]
        cells = spread_unit_line(cells) if table is not found else cells
        form = stacked_form_table(stacked_form_rows(page, table, cells) if cells else None, table, page_number)
        if form is not None:
            out.append((form, None))  # its word lines already read label above value
            continue
        if len(cells) < 2 or max(len(r) for r in cells) < 2:
            continue
        near = fills_over(table.bbox, fills_from)
        fills = [row_fills(row, near) for row in table.rows]
        raw = RawTable(
            header=cells[0],
            rows=cells[1:],
            page=page_number,
            extractor="pdfplumber",
            bbox=list(table.bbox),
            fills=fills[1:],
        )
        out.append((raw, row_lines(table, cells, size)))
    edges = ruled.edges + [*settings.get("explicit_vertical_lines", []), *settings.get("explicit_horizontal_lines", [])]
    return PageRuling(out, [t.bbox for t in tables], edges)
