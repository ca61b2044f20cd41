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
#: A rule is at most this thick (points); a thicker run is a shaded block, whose sides rule.
MAX_RULE_WIDTH = 3.0


def image_edges(ink: np.ndarray, points_per_pixel: float) -> list[dict]:
    """Rules of a levelled binary page image (1 = ink) as pdfplumber edges: thin long runs are
    lines; a filled block (a shaded cell) gives its sides, as a filled rectangle does in a PDF."""
    length = max(3, int(MIN_RULE / points_per_pixel))
    bridge = max(2, int(BRIDGE / points_per_pixel))
    thin = max(2, int(MAX_RULE_WIDTH / points_per_pixel))
    edges = []
    for orientation, kernel, gap in (("h", (length, 1), (bridge, 1)), ("v", (1, length), (1, bridge))):
        joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, gap))  # faint or speckled rules
        rules = cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, _, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            x0, top, x1, bottom = (float(v) * points_per_pixel for v in (x, y, x + w, y + h))
            if orientation == "h":
                sides = [(top + bottom) / 2] if h <= thin else [top, bottom]
                edges += [{"x0": x0, "x1": x1, "top": y_, "bottom": y_, "width": x1 - x0, "height": 0.0,
                           "orientation": "h", "object_type": "line"} for y_ in sides]
            else:
                sides = [(x0 + x1) / 2] if w <= thin else [x0, x1]
                edges += [{"x0": x_, "x1": x_, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
                           "orientation": "v", "object_type": "line"} for x_ in sides]
    return edges


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
        fills = [[cell_fill(image, grey, box, points_per_pixel) for box in row.cells] for row in table.rows]
        raw = RawTable(header=cells[0], rows=cells[1:], page=page_number, extractor="ocr", bbox=list(table.bbox), fills=fills[1:])
        rows = [line.model_copy(update={"confidence": confidence}) for line in row_lines(table, cells, size)]
        found.append((raw, rows))
    return found


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
