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


def image_edges(ink: np.ndarray, points_per_pixel: float) -> list[dict]:
    """Horizontal and vertical rules of a levelled binary page image (1 = ink) as pdfplumber edges."""
    length = max(3, int(MIN_RULE / points_per_pixel))
    bridge = max(2, int(BRIDGE / points_per_pixel))
    edges = []
    for orientation, kernel, gap in (("h", (length, 1), (bridge, 1)), ("v", (1, length), (1, bridge))):
        joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, gap))  # faint or speckled rules
        rules = cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, _, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            x0, top, x1, bottom = (v * points_per_pixel for v in (x, y, x + w, y + h))
            if orientation == "h":
                middle = (top + bottom) / 2
                edges.append({"x0": x0, "x1": x1, "top": middle, "bottom": middle, "width": x1 - x0,
                              "height": 0.0, "orientation": "h", "object_type": "line"})
            else:
                middle = (x0 + x1) / 2
                edges.append({"x0": middle, "x1": middle, "top": top, "bottom": bottom, "width": 0.0,
                              "height": bottom - top, "orientation": "v", "object_type": "line"})
    return edges


def ruled_tables(edges: list[dict], pieces: list[dict], width: float, height: float, page_number: int,
                 confidence: float | None) -> list[tuple[RawTable, list[PageLine]]]:
    """Tables of the grid the edges make, with their rows as tab-separated lines."""
    if not edges or not pieces:
        return []
    found = []
    size = float(np.median([p["size"] for p in pieces]))
    for table in TableFinder(_Frame(width, height, edges), _FINDER_SETTINGS).tables:
        cells = [[cell_text(_text_in(box, pieces)) if box is not None else "" for box in row.cells] for row in table.rows]
        if len(cells) < 2 or max(len(r) for r in cells) < 2 or not any(c for r in cells for c in r):
            continue
        raw = RawTable(header=cells[0], rows=cells[1:], page=page_number, extractor="ocr", bbox=list(table.bbox))
        rows = [line.model_copy(update={"confidence": confidence}) for line in row_lines(table, cells, size)]
        found.append((raw, rows))
    return found


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
