"""Ruled tables from PDFium's page objects, through pdfplumber's own table finder.

pdfplumber finds ruled tables from edges only (the sides of rectangles and
lines); its char-by-char parse of the page is what costs. Here the edges come
from PDFium's path objects and are handed to pdfplumber's `TableFinder` as
explicit edges, cell text is read from PDFium characters with pdfplumber's
`extract_text`, and fills come from PDFium's filled paths, so a table page
costs a few per cent of pdfplumber's parse. Pages this cannot read the same
way (paths inside form XObjects) return None and go to pdfplumber.
"""

from __future__ import annotations

import ctypes
import math
from statistics import median
from typing import NamedTuple

import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils.text import chars_to_textmap

from extractors.readers import pdfium_calls as calls
from extractors.readers.pdf_gradients import merge_gradients, rect_edges
from extractors.readers.pdf_pdfium import origin
from extractors.readers.pdf_camelot import is_weak, loose_grid
from extractors.readers.pdf_column_split import split_whitespace_columns, spread_unit_line
from extractors.readers.pdf_tables import (
    _SETTINGS, fills_over, marked_lines, oversized_runs, row_lines, stacked_form_table, stacked_pairs,
    place_chars, row_fills, table_cells,
)
from schemas.stages import RawTable

_FINDER_SETTINGS = TableSettings.resolve(_SETTINGS)
_FLAT = 0.01  # points: a segment this close to level is horizontal (or vertical)


class _Frame:
    """Just what `TableFinder` reads of a page when the edges are given."""

    def __init__(self, width: float, height: float, edges: list[dict]):
        self.bbox = (0.0, 0.0, width, height)
        self.edges = edges


def _subpaths(obj: int, frame: tuple[float, float]) -> list[list[tuple[float, float]]]:
    """The path object's subpaths as points in top-down page space (closed ones end where they start)."""
    matrix = pdfium_c.FS_MATRIX()
    calls.object_matrix(obj, ctypes.addressof(matrix))
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    left, top = frame
    subs: list[list[tuple[float, float]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    for k in range(calls.count_segments(obj)):
        segment = calls.path_segment(obj, k)
        calls.segment_point(segment, x_at, y_at)
        point = (a * x.value + c * y.value + e - left, top - (b * x.value + d * y.value + f))
        if calls.segment_type(segment) == pdfium_c.FPDF_SEGMENT_MOVETO or not subs:
            subs.append([point])
        else:
            subs[-1].append(point)
        if calls.segment_close(segment):
            subs[-1].append(subs[-1][0])
    return subs


def _edge(p: tuple[float, float], q: tuple[float, float]) -> dict | None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < _FLAT and abs(x0 - x1) >= _FLAT:
        return {"x0": min(x0, x1), "x1": max(x0, x1), "top": y0, "bottom": y0, "width": abs(x1 - x0),
                "height": 0.0, "orientation": "h", "object_type": "line"}
    if abs(x0 - x1) < _FLAT and abs(y0 - y1) >= _FLAT:
        return {"x0": x0, "x1": x0, "top": min(y0, y1), "bottom": max(y0, y1), "width": 0.0,
                "height": abs(y1 - y0), "orientation": "v", "object_type": "line"}
    return None


def _is_rectangle(points: list[tuple[float, float]]) -> bool:
    """Four corners joined by level and upright sides (pdfplumber's `rects`; other shapes are curves)."""
    corners: list[tuple[float, float]] = []
    for p in points:
        if not corners or abs(p[0] - corners[-1][0]) >= _FLAT or abs(p[1] - corners[-1][1]) >= _FLAT:
            corners.append(p)
    if len(corners) > 1 and abs(corners[0][0] - corners[-1][0]) < _FLAT and abs(corners[0][1] - corners[-1][1]) < _FLAT:
        corners.pop()
    if len(corners) != 4:
        return False
    return all(_edge(p, q) is not None for p, q in zip(corners, corners[1:] + corners[:1]))


def _paint(obj: int) -> tuple[tuple[float, float, float] | None, bool]:
    """The path object's fill colour (None where it is not filled) and whether it is stroked."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not calls.draw_mode(obj, ctypes.addressof(fill), ctypes.addressof(stroke)):
        return None, True
    if not fill.value:
        return None, bool(stroke.value)
    r, g, b, alpha = (ctypes.c_uint() for _ in range(4))
    if not calls.fill_color(obj, *(ctypes.addressof(v) for v in (r, g, b, alpha))):
        return None, bool(stroke.value)
    # to three places, as PDF writers print colours (pdfplumber reads those digits)
    return (round(r.value / 255, 3), round(g.value / 255, 3), round(b.value / 255, 3)), bool(stroke.value)


def ruling(page) -> tuple[list[dict], list[dict]] | None:
    """Edges (pdfplumber's edge dicts) and filled rectangles of the page's paths, the bands
    of a gradient merged into one rectangle (`pdf_gradients`); None where a path sits inside
    a form XObject (its frame is not the page's)."""
    frame = origin(page)
    shapes: list[tuple[list[dict], list[int]]] = []  # per path: its edges, the fills it is made of
    fills: list[dict] = []
    paths = calls.page_paths(page)
    if paths is None:
        return None
    for obj in paths:
        subs = _subpaths(obj, frame)
        edges = [e for points in subs for e in (_edge(p, q) for p, q in zip(points, points[1:])) if e is not None]
        colour, stroked = _paint(obj)
        own: list[int] = []
        if colour is not None:
            for points in filter(_is_rectangle, subs):
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                own.append(len(fills))
                fills.append({"x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys),
                              "non_stroking_color": colour, "fill": True})
        shapes.append((edges, own if not stroked and len(own) == len(subs) else []))
    merged, replaced = merge_gradients(fills)
    # a gradient's bands rule nothing: the merged rectangle's sides stand for them
    edges = [e for path_edges, own in shapes if not (own and replaced.issuperset(own)) for e in path_edges]
    edges += [e for rect in merged if rect.get("gradient") for e in rect_edges(rect)]
    return edges, merged


def page_chars(textpage, frame: tuple[float, float], areas: list | None = None) -> list[dict]:
    """Printed characters as pdfplumber-like char dicts, only those whose middle lies in one of
    `areas` (boxes) if given. A space PDFium adds between two words (the PDF moved the pen
    instead of printing one) is kept as a zero-width space after the word, so that words set
    close together do not run into one in a cell's text."""
    handle = calls.address(textpage.raw)
    rect = pdfium_c.FS_RECTF()
    rect_at = ctypes.addressof(rect)
    char_box, generated = calls.char_box, calls.is_generated
    sizes = _CharSizes(handle)
    left, page_top = frame
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)  # every code in one call; PDFium only adds spaces and breaks
    codes = [ord(ch) for ch in text] if len(text) == count else [calls.unicode(handle, i) for i in range(count)]
    chars: list[dict] = []
    kept = False  # whether the last printed character was kept (a generated space follows it)
    for i, code in enumerate(codes):
        if code in (0, 10, 13) or 0xD800 <= code <= 0xDFFF:
            continue
        if code == 32 and generated(handle, i) == 1:
            if kept and chars[-1]["text"] != " ":
                chars.append({**chars[-1], "text": " ", "x0": chars[-1]["x1"]})
            continue
        char_box(handle, i, rect_at)
        kept = areas is None or _in_any((rect.left + rect.right) / 2 - left, page_top - (rect.top + rect.bottom) / 2, areas)
        if not kept:
            continue
        top, bottom = page_top - rect.top, page_top - rect.bottom
        chars.append({"text": chr(code) if code not in (0xFFFE, 2) else "-", "x0": rect.left - left, "x1": rect.right - left,
                      "top": top, "bottom": bottom, "doctop": top, "upright": True, "size": sizes(i),
                      "object_type": "char", "index": i})
    return chars


class _CharSizes:
    """Printed size of a character (font size times the text matrix's vertical scale), asked of
    PDFium once per text object: the characters of one object share its font and matrix."""

    def __init__(self, handle: int):
        self.handle, self.by_object = handle, {}
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_at = ctypes.addressof(self.matrix)

    def __call__(self, index: int) -> float:
        obj = calls.text_object(self.handle, index)
        size = self.by_object.get(obj) if obj else None
        if size is None:
            calls.char_matrix(self.handle, index, self.matrix_at)
            size = calls.font_size(self.handle, index) * (math.hypot(self.matrix.c, self.matrix.d) or 1.0)
            if obj:
                self.by_object[obj] = size
        return size


def _in_any(x: float, y: float, areas: list) -> bool:
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in areas)


def _inside(char: dict, box) -> bool:
    x0, top, x1, bottom = box
    return x0 <= (char["x0"] + char["x1"]) / 2 <= x1 and top <= (char["top"] + char["bottom"]) / 2 <= bottom


def _is_bold(textpage, index: int) -> bool:
    """Bold by weight or by font name (pdfplumber's stacked forms look for 'bold' in the name)."""
    if pdfium_c.FPDFText_GetFontWeight(textpage, index) >= 600:
        return True
    size = pdfium_c.FPDFText_GetFontInfo(textpage, index, None, 0, None)
    if size <= 0:
        return False
    name = ctypes.create_string_buffer(size)
    pdfium_c.FPDFText_GetFontInfo(textpage, index, name, size, None)
    return b"bold" in name.value.lower()


def stacked_form(textpage, table, chars: list[dict]) -> list[list[str]] | None:
    """A one-column table read as a stacked form (bold lines labels), from PDFium's chars and
    fonts as `pdf_tables.stacked_form_rows` reads it from pdfplumber's."""
    if not table.rows or max(len(r.cells) for r in table.rows) != 1:
        return None
    inside = [c for c in chars if _inside(c, table.bbox)]
    lines = chars_to_textmap(inside).extract_text_lines(strip=True, return_chars=True) if inside else []
    handle = calls.address(textpage.raw)
    bold: dict[int, bool] = {}  # per text object: its characters share one font
    for line in lines:
        for char in line["chars"]:
            obj = calls.text_object(handle, char["index"]) or -char["index"]
            if obj not in bold:
                bold[obj] = _is_bold(textpage.raw, char["index"])
            char["fontname"] = "bold" if bold[obj] else ""
    return stacked_pairs(marked_lines(lines))


def body_size(chars: list[dict]) -> float:
    sizes = [c["size"] for c in chars[:5000] if c["size"]]
    return median(sizes) if sizes else 10.0


class RuledPage(NamedTuple):
    """What the ruling of one page gives: its tables with their row lines (None for a stacked
    form, whose word lines already read label above value), the hidden heading texts, and
    whether camelot should take a second look (`pdf_camelot.needs_second_opinion`)."""

    found: list[tuple[RawTable, list | None]]
    hidden: list[str]
    second_opinion: bool


def tables_from_pdfium(page, page_number: int, textpage=None) -> RuledPage | None:
    """Ruled tables of the page as `pdf_tables.page_ruling` gives them, or None where
    pdfplumber must read the page (paths inside form XObjects). A text page the caller
    loaded is used and left open."""
    found = ruling(page)
    if found is None:
        return None
    edges, fills = found
    tables = TableFinder(_Frame(page.get_width(), page.get_height(), edges), _FINDER_SETTINGS).tables
    # every grid found counts as read, a one-row box too: camelot would only split it at the
    # underlines of its text
    grids = [t.bbox for t in tables]
    loose = loose_grid(edges, grids)
    if not tables and not loose:
        return RuledPage([], [], False)  # no characters needed: the costly part of a ruled page
    # only the characters in the tables are needed, unless camelot may read a grid outside them
    areas = None if loose else grids
    own = textpage is None
    textpage = page.get_textpage() if own else textpage
    try:
        chars = page_chars(textpage, origin(page), areas)
        forms = {id(t): stacked_form(textpage, t, chars) for t in tables}
    finally:
        if own:
            textpage.close()
    size = body_size(chars)
    limit = 1.2 * size
    hidden = oversized_runs([c for c in chars if c["size"] > limit])
    placed = place_chars([c for c in chars if c["size"] <= limit])
    out: list[tuple[RawTable, list | None]] = []
    for found in tables:
        table = split_whitespace_columns(found, placed, size)
        form = stacked_form_table(forms[id(found)], found, page_number) if table is None else None
        table = table or found
        if form is not None:
            out.append((form, None))
            continue
        cells = [[(c or "").strip() for c in row] for row in table_cells(table, placed)]
        cells = spread_unit_line(cells) if table is not found else cells
        if len(cells) < 2 or max(len(r) for r in cells) < 2:
            continue
        near = fills_over(table.bbox, fills)
        cell_fills = [row_fills(row, near) for row in table.rows]
        raw = RawTable(header=cells[0], rows=cells[1:], page=page_number, extractor="pdfplumber",
                       bbox=list(table.bbox), fills=cell_fills[1:])
        out.append((raw, row_lines(table, cells, size)))
    return RuledPage(out, hidden, loose or any(is_weak(t) for t, _ in out))
