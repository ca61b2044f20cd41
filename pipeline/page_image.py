"""A picture of where a row came from: the PDF page, the table's box, its cell grid, the row in question.

    image = page_picture("pack.pdf", 12, bbox=[72, 150, 523, 600], highlight=(410.0, 423.5))
    image.save("page12.png")

The page is rendered with pypdfium2 and drawn on with Pillow. The cell grid is
pdfplumber's table finder run on the table's box only, so it shows the rules
the reader saw; a table read from whitespace has no rules, and only its box is
drawn.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2
from PIL import Image, ImageDraw

BOX = (31, 119, 180)  # the table's box
GRID = (120, 170, 220)  # its cells
ROW = (214, 39, 40, 70)  # the row in question, translucent
ROW_EDGE = (214, 39, 40)

#: Points of page around a crop, so that a row's neighbours show.
CROP_MARGIN = 24.0


class PageUnavailable(RuntimeError):
    """The PDF is not where the database says, or the page is not in it."""


def _render(pdf_path: str, page_no: int, scale: float, password: str | None) -> Image.Image:
    if not Path(pdf_path).is_file():
        raise PageUnavailable(f"{pdf_path} is not there any more (moved? re-run extract on its new place)")
    pdf = pypdfium2.PdfDocument(pdf_path, password=password)
    try:
        if not 1 <= page_no <= len(pdf):
            raise PageUnavailable(f"{pdf_path} has {len(pdf)} pages, not a page {page_no}")
        return pdf[page_no - 1].render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()


def cell_rects(pdf_path: str, page_no: int, bbox: list[float], password: str | None = None) -> list[tuple[float, float, float, float]]:
    """The ruled cells pdfplumber finds inside the box, in points; none for a table without rules."""
    with pdfplumber.open(pdf_path, password=password) as pdf:
        page = pdf.pages[page_no - 1]
        x0, top, x1, bottom = bbox
        box = (max(x0, 0), max(top, 0), min(x1, page.width), min(bottom, page.height))
        try:
            found = page.crop(box).find_tables()
        except ValueError:  # a box off the page: nothing to draw
            return []
        return [tuple(c) for t in found for c in t.cells if c]


def page_picture(
    pdf_path: str,
    page_no: int,
    bbox: list[float] | None = None,
    highlight: tuple[float, float] | None = None,
    *,
    scale: float = 2.0,
    grid: bool = True,
    crop: bool = False,
    password: str | None = None,
) -> Image.Image:
    """The page with the table's box, its cells and the highlighted row band; `crop` keeps the box's region only."""
    image = _render(pdf_path, page_no, scale, password)
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)

    def px(rect):
        return [round(v * scale) for v in rect]

    if bbox and grid:
        for cell in cell_rects(pdf_path, page_no, bbox, password):
            draw.rectangle(px(cell), outline=GRID + (255,), width=1)
    if bbox and highlight:
        band = (bbox[0], highlight[0], bbox[2], highlight[1])
        draw.rectangle(px(band), fill=ROW, outline=ROW_EDGE + (255,), width=2)
    if bbox:
        draw.rectangle(px(bbox), outline=BOX + (255,), width=3)
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    if crop and bbox:
        left, upper, right, lower = px(crop_region(bbox, highlight))
        w, h = image.size
        left, upper = min(max(left, 0), w - 1), min(max(upper, 0), h - 1)
        image = image.crop((left, upper, max(min(right, w), left + 1), max(min(lower, h), upper + 1)))
    return image


def crop_region(bbox: list[float], highlight: tuple[float, float] | None) -> list[float]:
    """The box with a margin; for a long table with a row in question, that row and a few around it.
    A band outside the box (a row read from another page) is ignored."""
    x0, top, x1, bottom = bbox
    if highlight and top <= highlight[0] <= bottom:
        top, bottom = max(top, highlight[0] - 6 * CROP_MARGIN), min(bottom, max(highlight[1], highlight[0]) + 6 * CROP_MARGIN)
    return [x0 - CROP_MARGIN, top - CROP_MARGIN, x1 + CROP_MARGIN, max(bottom, top) + CROP_MARGIN]
