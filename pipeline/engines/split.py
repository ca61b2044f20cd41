"""One large PDF read by several workers: its pages in parts, put together in page order.

Scanning pages (PDFium, pdfplumber, camelot) is nearly all of a PDF's cost and
each page is read on its own, so a long pack is cut into runs of pages that
the pool's workers scan side by side (`scan_part`). The parent then puts the
parts together and does the rest (furniture across pages, tables continued
over a page break, segmentation, fields, checks), which needs the whole
document and takes a few per cent of the time. The result is the same as one
worker reading the whole file (`tests/test_engines.py`).
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from extractors.readers.pdf import PdfScan, scan_pdf, stream_from_scans
import pypdfium2 as pdfium

from pipeline.engines import failed_result
from pipeline.extract import extract_document
from pipeline.ingest import ingest, sniff_format
from schemas.stages import DocumentResult

SPLIT_PAGES = 40  # a PDF at least this long is shared among workers
PART_PAGES = 20  # pages per part: small enough to keep every core busy to the end
PARTS_PER_WORKER = 4  # at most: each part parses the PDF's page tree again (0.1 s for 300 pages)


def page_ranges(n_pages: int, part_pages: int = PART_PAGES, max_parts: int | None = None) -> list[tuple[int, int]]:
    """1-based inclusive page ranges of about `part_pages` each (fewer, longer ones where that
    would make more than `max_parts`: each part opens the PDF again), as even as possible."""
    parts = max(1, math.ceil(n_pages / part_pages))
    if max_parts:
        parts = min(parts, max_parts)
    size = math.ceil(n_pages / parts)
    return [(first, min(first + size - 1, n_pages)) for first in range(1, n_pages + 1, size)]


def pdf_page_count(path: Path) -> int | None:
    """Pages of a PDF by PDFium (milliseconds), or None when it is not a readable PDF."""
    try:
        with open(path, "rb") as handle:
            if sniff_format(handle.read(1024), str(path)) != "pdf":
                return None
        document = pdfium.PdfDocument(str(path))
    except Exception:  # unreadable or encrypted: read whole, where the reader says why
        return None
    try:
        return len(document)
    finally:
        document.close()


def parts_of(path: Path, split_pages: int = SPLIT_PAGES, part_pages: int = PART_PAGES, max_parts: int | None = None) -> list[tuple[int, int]] | None:
    """The page ranges to read `path` in, or None where it is read whole."""
    pages = pdf_page_count(path)
    if pages is None or pages < split_pages:
        return None
    ranges = page_ranges(pages, part_pages, max_parts)
    return ranges if len(ranges) > 1 else None


def scan_part(path: Path, first: int, last: int, use_ocr: bool = True) -> PdfScan:
    """A worker's share: pages `first` to `last` of the PDF at `path`."""
    return scan_pdf(Path(path).read_bytes(), first, last, use_ocr=use_ocr)


def finish_document(path: Path, parts: list[PdfScan]) -> DocumentResult:
    """The document extracted from its scanned parts, as `extract_path` would from the file."""
    try:
        src = ingest(path)
    except OSError as exc:
        return failed_result(Path(path), hashlib.sha256(str(path).encode()).hexdigest()[:16], f"could not read the file: {exc}")
    return extract_document(src, read=lambda src: stream_from_scans(src, parts))
