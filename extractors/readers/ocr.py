"""Pages without a text layer read by OCR (rapidocr-onnxruntime), into the PDF reader's lines.

A page is rendered by PDFium at `OCR_DPI`, its text boxes found and read by the
models rapidocr ships inside its wheel (nothing is fetched at run time; the
engine is told the package's own model files), and each box's words placed on
the page in points, so `words_to_lines` makes the same tabbed, measured lines
as from a text layer. Pages turned 90, 180 or 270 degrees are turned upright
first; a slight skew is taken out of the word positions. A page with no ink is
blank: nothing to read and nothing missing. Whatever goes wrong on one page (an
image too large or undecodable, a photograph, low confidence) is a warning.
"""

from __future__ import annotations

import ctypes
import math
from functools import lru_cache

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pydantic import BaseModel

from extractors.readers.ocr_tables import ruled_tables
from extractors.readers.ocr_words import Recognised, recognise
from extractors.readers.pdf_lines import PageLine, words_to_lines
from schemas.stages import RawTable

#: Render resolution: chosen by measurement (BENCHMARKS.md, "OCR"): the recogniser reads every
#: box at 48 px high, so more dots cost detection time and gain little past this.
OCR_DPI = 150
#: An embedded image larger than this (pixels) is not decoded: PDFium would hold all of it in memory.
MAX_IMAGE_PIXELS = 120_000_000
#: Boxes read with less mean confidence are not text (rapidocr's own cut-off).
MIN_BOX_CONFIDENCE = 0.5
#: A page read with less mean confidence gets a warning: its values should be checked.
LOW_PAGE_CONFIDENCE = 0.8
#: Words of one box further apart than this many box heights are separate cells.
CELL_GAP = 1.5
#: Text boxes reach beyond the letters: the middle share of their height is taken as the line's.
TEXT_SHARE_OF_BOX = 0.8
#: Dark blobs of at most this many pixels (at `OCR_DPI`) are specks, not print.
SPECK_PIXELS = 4
#: Dark pixels (after specks are removed) below which a page is blank.
INK_PIXELS = 20


class OcrPage(BaseModel):
    """A page without a text layer: `blank` (no ink), `read` (OCR ran over it, whatever it found)
    or `unread` (ink, but OCR is off); lines in points from the top-left of the upright page."""

    status: str = "read"
    lines: list[PageLine] = []
    height: float = 0.0
    rotation: int = 0  # degrees the page was turned to be upright
    confidence: float | None = None
    warnings: list[str] = []
    #: Ruled tables with their rows as lines (`ocr_tables`).
    found: list[tuple[RawTable, list[PageLine]]] = []


def ocr_available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def engine():
    """The OCR models, loaded once per process (a fraction of a second), on one core each:
    the worker pool runs pages in parallel."""
    from rapidocr_onnxruntime import RapidOCR

    # Its config names the model files inside the installed package: nothing is downloaded.
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


def read_page(page: pdfium.PdfPage, number: int, use_ocr: bool = True, dpi: int = OCR_DPI) -> OcrPage:
    """Page `number`, which has no text layer: blank, or read by OCR where `use_ocr`.
    Never raises: what went wrong is a warning."""
    height = float(page.get_height() or 0)
    try:
        if not _has_objects(page):
            return OcrPage(status="blank", height=height)
        too_large = _largest_image(page)
        if too_large:
            return OcrPage(height=height, warnings=[
                f"page {number}: an embedded image of {too_large[0]} x {too_large[1]} pixels is too large to read by OCR"])
        colour = render(page, dpi)
        grey = cv2.cvtColor(colour, cv2.COLOR_RGB2GRAY)
        if not has_ink(grey):
            if _undecodable_image(page):
                return OcrPage(height=height, warnings=[f"page {number}: its image could not be decoded"])
            return OcrPage(status="blank", height=height)
        if not use_ocr:
            return OcrPage(status="unread", height=height)
        return read_image(colour, grey, number, 72 / dpi)
    except Exception as exc:  # a damaged page costs its own text only
        return OcrPage(height=height, warnings=[f"page {number}: OCR failed: {type(exc).__name__}: {exc}"])
    finally:
        _release_memory()


def _release_memory() -> None:
    """Hand the page's freed image buffers back to the system: glibc keeps them otherwise and
    a long scan's peak memory grows with every page (about 300 MB per page read here)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def render(page: pdfium.PdfPage, dpi: int) -> np.ndarray:
    """The page in colour (cell fills carry RAG ratings), RGB."""
    bitmap = page.render(scale=dpi / 72)
    try:
        return np.array(bitmap.to_pil().convert("RGB"))
    finally:
        bitmap.close()


def has_ink(grey: np.ndarray) -> bool:
    """Whether anything is printed: dark pixels left once single specks are removed."""
    dark = (grey < 128).astype(np.uint8)
    if int(dark.sum()) < INK_PIXELS:
        return False
    return int(cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)).sum()) >= INK_PIXELS


def without_specks(grey: np.ndarray) -> np.ndarray:
    """The page with isolated dark specks (scanner dust, a few pixels each) turned white: the
    recogniser reads them as full stops. A printed full stop is bigger than `SPECK_PIXELS`."""
    dark = (grey < 200).astype(np.uint8)  # faint specks too: the recogniser sees them
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    small = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] <= SPECK_PIXELS)
    small = small[small > 0]  # label 0 is the background
    clean = grey.copy()
    clean[np.isin(labels, small)] = 255
    return clean


def read_image(colour: np.ndarray, grey: np.ndarray, number: int, points_per_pixel: float) -> OcrPage:
    """The text of a page image: turned upright, its boxes read, its words placed in points,
    its ruled tables found (`ocr_tables`)."""
    ocr = engine()
    colour = colour.copy()
    colour[without_specks(grey) == 255] = 255  # specks and paper white alike
    image, boxes, rotation = upright(ocr, colour)
    height = image.shape[0] * points_per_pixel
    if not boxes:
        return OcrPage(height=height, rotation=rotation, warnings=[f"page {number}: no text found by OCR (a picture?)"])
    read = recognise(ocr.text_rec, [crop(image, box) for box in boxes])
    kept = [(box, r) for box, r in zip(boxes, read) if r.words and r.confidence >= MIN_BOX_CONFIDENCE]
    if not kept:
        return OcrPage(height=height, rotation=rotation, warnings=[f"page {number}: no text found by OCR (a picture?)"])
    angle = skew(boxes)
    words = placed_words(kept, angle, image.shape, points_per_pixel)
    confidence = float(np.mean([r.confidence for _, r in kept]))
    warnings = [f"page {number}: OCR confidence is low ({confidence:.2f}): check values read from it"] if confidence < LOW_PAGE_CONFIDENCE else []
    if rotation:
        warnings.append(f"page {number}: scanned turned by {rotation} degrees; read upright")
    level = levelled(image, angle)
    found = ruled_tables(level, words, points_per_pixel, number, confidence)
    return OcrPage(lines=words_to_lines(words), height=height, rotation=rotation,
                   confidence=confidence, warnings=warnings, found=found)


def levelled(image: np.ndarray, angle: float) -> np.ndarray:
    """The page turned by -`angle` about its centre, as the words are (`placed_words`)."""
    centre = (image.shape[1] / 2, image.shape[0] / 2)
    turn = cv2.getRotationMatrix2D(centre, math.degrees(angle), 1.0)
    return cv2.warpAffine(image, turn, (image.shape[1], image.shape[0]), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))


def detect(ocr, image: np.ndarray) -> list[np.ndarray]:
    boxes, _ = ocr.text_det(image)
    if boxes is None or len(boxes) == 0:
        return []
    return [np.asarray(b, dtype=np.float32) for b in ocr.sorted_boxes(boxes)]


def upright(ocr, image: np.ndarray) -> tuple[np.ndarray, list[np.ndarray], int]:
    """The page image turned so that its text reads left to right, its text boxes, and the turn
    (degrees anticlockwise). Boxes taller than wide say the page lies on its side; the
    recogniser's 0/180 classifier, asked about the widest boxes, says which way up it is."""
    boxes = detect(ocr, image)
    turns = 0
    if boxes and _mostly_vertical(boxes):
        turns = 1
        image = np.ascontiguousarray(np.rot90(image, turns))
        boxes = detect(ocr, image)
    if boxes and _upside_down(ocr, image, boxes):
        turns += 2
        image = np.ascontiguousarray(np.rot90(image, 2))
        boxes = detect(ocr, image)
    return image, boxes, (turns * 90) % 360


def _sides(box: np.ndarray) -> tuple[float, float]:
    width = float(np.linalg.norm(box[1] - box[0]))
    height = float(np.linalg.norm(box[3] - box[0]))
    return width, height


def _mostly_vertical(boxes: list[np.ndarray]) -> bool:
    long = [_sides(b) for b in boxes if max(_sides(b)) > 3 * min(_sides(b)) > 0]
    return bool(long) and sum(1 for w, h in long if h > w) > len(long) / 2


def _upside_down(ocr, image: np.ndarray, boxes: list[np.ndarray], sample: int = 16) -> bool:
    """Whether most text reads upside down, by the classifier's confidence-weighted vote over
    pieces of the longest boxes (it sees 4:1 pieces: a whole line squeezed to that is noise)."""
    long = sorted((b for b in boxes if _sides(b)[0] > 2 * _sides(b)[1]), key=lambda b: -_sides(b)[0])[:sample]
    if not long:
        return False
    pieces = []
    for box in long:
        piece = crop(image, box)
        height = piece.shape[0]
        middle = piece.shape[1] // 2  # the middle of a line: an upside-down line's start is its end
        pieces.append(piece[:, max(0, middle - 2 * height) : middle + 2 * height])
    _, labels, _ = ocr.text_cls(pieces)
    votes = [float(score) if "180" in label else -float(score) for label, score in labels]
    return sum(votes) > 0


def crop(image: np.ndarray, box: np.ndarray) -> np.ndarray:
    """The box cut out and straightened (its slight skew taken out)."""
    width, height = (max(1, int(round(side))) for side in _sides(box))
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(box.astype(np.float32), target)
    return cv2.warpPerspective(image, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)


def skew(boxes: list[np.ndarray]) -> float:
    """The page's skew (radians), the median slope of its long boxes' top edges."""
    slopes = [math.atan2(b[1][1] - b[0][1], b[1][0] - b[0][0]) for b in boxes if _sides(b)[0] > 4 * _sides(b)[1]]
    return float(np.median(slopes)) if slopes else 0.0


def placed_words(kept: list[tuple[np.ndarray, Recognised]], angle: float, shape: tuple, points_per_pixel: float) -> list[dict]:
    """Pieces of text as the PDF reader gives words (text, x0, x1, top, bottom in points, size):
    the words of a box joined where they sit closer than a cell gap, each piece placed along its
    box and turned by -`angle` about the page centre, so that lines run level."""
    centre = np.array([shape[1] / 2, shape[0] / 2])
    turn = np.array([[math.cos(-angle), -math.sin(-angle)], [math.sin(-angle), math.cos(-angle)]])
    pieces = []
    for box, read in kept:
        width, height = _sides(box)
        for text, x0, x1, confidence in _joined(read, CELL_GAP * height / max(width, 1.0)):
            corners = [box[0] + x0 * (box[1] - box[0]), box[0] + x1 * (box[1] - box[0]),
                       box[3] + x1 * (box[2] - box[3]), box[3] + x0 * (box[2] - box[3])]
            level = [(turn @ (c - centre) + centre) * points_per_pixel for c in corners]
            top, bottom = (level[0][1] + level[1][1]) / 2, (level[2][1] + level[3][1]) / 2
            inset = (bottom - top) * (1 - TEXT_SHARE_OF_BOX) / 2  # boxes reach past the ink on both sides
            pieces.append({"text": text, "x0": float(min(level[0][0], level[3][0])), "x1": float(max(level[1][0], level[2][0])),
                           "top": float(top + inset), "bottom": float(bottom - inset), "size": float(bottom - top - 2 * inset),
                           "confidence": confidence})
    return pieces


def _joined(read: Recognised, cell_gap: float) -> list[tuple[str, float, float, float]]:
    """The box's words run together into pieces split only where a gap is wider than `cell_gap`
    (a fraction of the box's width): text, left, right, mean confidence."""
    pieces: list[list] = []
    for word in read.words:
        if pieces and word.x0 - pieces[-1][2] <= cell_gap:
            last = pieces[-1]
            last[0], last[2], last[3] = f"{last[0]} {word.text}", word.x1, last[3] + [word.confidence]
        else:
            pieces.append([word.text, word.x0, word.x1, [word.confidence]])
    return [(text, x0, x1, float(np.mean(scores))) for text, x0, x1, scores in pieces]


def _has_objects(page: pdfium.PdfPage) -> bool:
    return pdfium_c.FPDFPage_CountObjects(page.raw) > 0


def _images(page: pdfium.PdfPage):
    return page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4)


def _largest_image(page: pdfium.PdfPage) -> tuple[int, int] | None:
    """The size of an embedded image too large to decode, if the page has one."""
    for image in _images(page):
        try:
            width, height = image.get_px_size()
        except Exception:
            continue
        if width * height > MAX_IMAGE_PIXELS:
            return width, height
    return None


def _undecodable_image(page: pdfium.PdfPage) -> bool:
    """Whether an image of the page has data that does not decode (a blank render then hides damage)."""
    for image in _images(page):
        try:
            if len(image.get_data(decode_simple=True)) == 0:
                return True
        except Exception:
            return True
    return False
