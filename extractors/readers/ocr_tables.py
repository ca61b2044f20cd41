"""Ruled tables on a scanned page: the ruling found in the image, the cells filled with OCR's words.

A scan has no drawn paths, but its table rules are long thin dark runs: a morphological
opening with a long flat (or tall) kernel keeps them and drops the letters. They become
pdfplumber edges in points, so pdfplumber's own table finder makes the grid, as it does
from a text PDF's paths; each OCR piece goes to the cell holding its middle.
"""

from __future__ import annotations

import cv2
import numpy as np
from pdfplumber.table import TableFinder

from extractors.readers.pdf_lines import PageLine
from extractors.readers.pdf_pdfium_tables import _FINDER_SETTINGS, _Frame
from extractors.readers.pdf_tables import cell_text, row_lines
from schemas.stages import RawTable

#: A rule is at least this long (points): shorter dark runs are letters and underlines.
MIN_RULE = 30.0
#: Breaks in a rule up to this long (points) are bridged: a thin rule scans faint and broken.
BRIDGE = 3.0
#: Ink this thick (points) both ways is a shaded block, not a letter or a rule.
MIN_BLOCK = 5.0


def image_edges(ink: np.ndarray, points_per_pixel: float) -> list[dict]:
    """Rules of a levelled binary page image (1 = ink) as pdfplumber edges: thin long runs are
    lines; a shaded block (filled cells) gives its sides, as a filled rectangle does in a PDF,
    and a rule that stops at a block and goes on past it runs under it (the row's border)."""
    px = lambda points: max(2, int(points / points_per_pixel))  # noqa: E731
    blocks = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (px(MIN_BLOCK), px(MIN_BLOCK))))
    rules = ink & (1 - cv2.dilate(blocks, np.ones((3, 3), np.uint8)))
    edges = _block_sides(blocks, points_per_pixel)
    for orientation, kernel, gap in (("h", (px(MIN_RULE), 1), (px(BRIDGE), 1)), ("v", (1, px(MIN_RULE)), (1, px(BRIDGE)))):
        joined = cv2.morphologyEx(rules, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, gap))  # faint or speckled rules
        found = cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, _, stats, _ = cv2.connectedComponentsWithStats(found, connectivity=8)
        runs = [(x, y, x + w, y + h) for x, y, w, h, _ in stats[1:count]]
        edges += [_edge(orientation, run, points_per_pixel) for run in _under_blocks(runs, blocks, orientation)]
    return edges


def _block_sides(blocks: np.ndarray, points_per_pixel: float) -> list[dict]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(blocks, connectivity=8)
    sides = []
    for x, y, w, h, _ in stats[1:count]:
        sides += [_edge("h", (x, y, x + w, y), points_per_pixel), _edge("h", (x, y + h, x + w, y + h), points_per_pixel),
                  _edge("v", (x, y, x, y + h), points_per_pixel), _edge("v", (x + w, y, x + w, y + h), points_per_pixel)]
    return sides


def _under_blocks(runs: list[tuple], blocks: np.ndarray, orientation: str) -> list[tuple]:
    """Runs joined across a gap that a shaded block fills (in line with each other)."""
    flat = orientation == "h"
    key = (lambda r: ((r[1] + r[3]) // 2, r[0])) if flat else (lambda r: ((r[0] + r[2]) // 2, r[1]))
    out: list[list[int]] = []
    for run in sorted(runs, key=key):
        if out:
            last = out[-1]
            level, start = key(run)
            last_level, _ = key(last)
            end = last[2] if flat else last[3]
            if abs(level - last_level) <= 3 and start > end:
                gap = blocks[level, end:start] if flat else blocks[end:start, level]
                if gap.size and gap.all():
                    last[2 if flat else 3] = run[2] if flat else run[3]
                    continue
        out.append(list(run))
    return [tuple(r) for r in out]


def _edge(orientation: str, run: tuple, points_per_pixel: float) -> dict:
    x0, top, x1, bottom = (float(v) * points_per_pixel for v in run)
    if orientation == "h":
        y = (top + bottom) / 2
        return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h", "object_type": "line"}
    x = (x0 + x1) / 2
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v", "object_type": "line"}


def ruled_tables(image: np.ndarray, pieces: list[dict], points_per_pixel: float, page_number: int,
                 confidence: float | None) -> list[tuple[RawTable, list[PageLine]]]:
    """Tables of the grid ruled on a levelled page image (RGB), with their cells' text and fill
    colours and their rows as tab-separated lines."""
    if not pieces:
        return []
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    edges = image_edges((grey < 200).astype(np.uint8), points_per_pixel)  # thin rules scan light grey
    if not edges:
        return []
    height, width = (side * points_per_pixel for side in grey.shape)
    found = []
    size = float(np.median([p["size"] for p in pieces]))
    for table in TableFinder(_Frame(width, height, edges), _FINDER_SETTINGS).tables:
        cells = [[cell_text(_text_in(box, pieces)) if box is not None else "" for box in row.cells] for row in table.rows]
        if len(cells) < 2 or max(len(r) for r in cells) < 2 or not any(c for r in cells for c in r):
            continue
        columns = _column_spans(table)
        fills = [[cell_fill(image, grey, (x0, row.bbox[1], x1, row.bbox[3]), points_per_pixel) for x0, x1 in columns[: len(row.cells)]]
                 for row in table.rows]
        raw = RawTable(header=cells[0], rows=cells[1:], page=page_number, extractor="ocr", bbox=list(table.bbox), fills=fills[1:])
        rows = [line.model_copy(update={"confidence": confidence}) for line in row_lines(table, cells, size)]
        found.append((raw, rows))
    return found


def _column_spans(table) -> list[tuple[float, float]]:
    """Left and right of each column, from the first row that has that cell: a shaded cell
    merged over rows (its rules hidden) is filled row by row."""
    width = max(len(row.cells) for row in table.rows)
    spans = []
    for k in range(width):
        box = next((row.cells[k] for row in table.rows if k < len(row.cells) and row.cells[k] is not None), None)
        spans.append((box[0], box[2]) if box else (0.0, 0.0))
    return spans


def cell_fill(image: np.ndarray, grey: np.ndarray, box, points_per_pixel: float) -> tuple[float, float, float] | None:
    """The colour a cell is shaded with (r, g, b in 0..1): the median of its paper, letters left
    out; None for a white cell."""
    if box is None:
        return None
    x0, top, x1, bottom = (int(round(v / points_per_pixel)) for v in box)
    inner = (slice(top + 3, max(top + 4, bottom - 3)), slice(x0 + 3, max(x0 + 4, x1 - 3)))
    paper = grey[inner] > 100  # letters and rules are darker than any shade a RAG cell has
    if paper.sum() < 10:
        return None
    r, g, b = (float(np.median(image[inner][..., k][paper])) / 255 for k in range(3))
    if min(r, g, b) > 0.9:
        return None
    return round(r, 3), round(g, 3), round(b, 3)


def _text_in(box, pieces: list[dict]) -> str:
    """The pieces whose middle lies in the cell, as lines of text top to bottom."""
    x0, top, x1, bottom = box
    inside = [p for p in pieces if x0 <= (p["x0"] + p["x1"]) / 2 < x1 and top <= (p["top"] + p["bottom"]) / 2 < bottom]
    lines: list[list[dict]] = []
    for piece in sorted(inside, key=lambda p: p["top"]):
        if lines and piece["top"] < lines[-1][0]["bottom"] - 0.3 * (lines[-1][0]["bottom"] - lines[-1][0]["top"]):
            lines[-1].append(piece)
        else:
            lines.append([piece])
    return "\n".join(" ".join(p["text"] for p in sorted(line, key=lambda p: p["x0"])) for line in lines)
