"""PDF reader: pages to the shared line stream, plus tables from geometry.

Pages are read by PDFium (`pdfium`: words with boxes, at a fraction of
pdfplumber's cost); ruled tables come from PDFium's drawn paths through
pdfplumber's table finder (`ruling_pdfium`). Only pages PDFium cannot read
the same way (rotated or cropped pages, paths in form XObjects, no text) are
read by pdfplumber, whose route is kept whole. camelot reads again only the
ruled pages where pdfplumber's tables look doubtful (`second_opinion`).
Pages are read one at a time and closed at once (pdfplumber keeps several MB
per page otherwise). Running headers and footers are dropped by repetition
across pages (`furniture`). The lines then go through the same
normaliser as text dumps, so segmentation, fields and sections are shared code.
"""

from __future__ import annotations

import io
import re

import pdfplumber
from pydantic import BaseModel
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from extractors.normalise import normalise_lines
from extractors.readers import UnreadableDocument
from extractors.readers.pdf.ocr import ocr_available, read_page
from extractors.readers.pdf.furniture import is_furniture, running_texts
from extractors.readers.pdf.lines import PageLine, words_to_lines
from extractors.readers.pdf.second_opinion import (
    camelot_tables, choose_tables, gridded, has_figure_rows, is_plain_figure_table, is_weak, loose_grid,
    remove_hidden_text,
)
from extractors.readers.pdf.continuation import merge_continued_tables
from extractors.readers.pdf.pdfium import may_hold_ruling, open_document, page_words
from extractors.readers.pdf.ruling_pdfium import tables_from_pdfium
from extractors.readers.pdf.ruling import has_ruling, hidden_texts, page_ruling
from schemas.stages import Line, LineStream, RawTable, SourceFile


def open_pdf(data: bytes) -> pdfplumber.PDF:
    """Open a PDF, turning every way it can be unreadable into a clear `UnreadableDocument`."""
    if not data:
        raise UnreadableDocument("empty file (0 bytes)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = len(pdf.pages)  # forces the page tree to be parsed
        return pdf
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise UnreadableDocument("encrypted PDF: a password is needed to read it") from exc
        raise UnreadableDocument(f"corrupt PDF: {_describe(cause)}") from exc
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise UnreadableDocument(f"corrupt PDF: {_describe(exc)}") from exc
    except Exception as exc:  # pdfminer raises many types on damaged files
        raise UnreadableDocument(f"corrupt PDF: {_describe(exc)}") from exc


def _describe(exc: object) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class PageScan(BaseModel):
    """What one pass over a page keeps: its lines and the cues for table finding."""

    number: int
    height: float
    lines: list[PageLine] = []
    tables: list[RawTable] = []
    ruled: bool = False
    columnar: bool = False
    hidden: list[str] = []
    second_opinion: bool = False  # camelot should read the ruled page too (`second_opinion`)
    problem: str | None = None
    #: Where the lines came from: text (layer) | ocr | blank (no ink) | none (ink, no text layer, not read).
    source: str = "text"
    warnings: list[str] = []


def is_columnar(lines: list[PageLine]) -> bool:
    return sum(1 for ln in lines if ln.text.count("\t") >= 2) >= 5


def on_page(lines: list[PageLine], height: float) -> list[PageLine]:
    """Lines that stand on the page: text placed wholly below its bottom edge or above its top
    is in the text layer but never printed (a box's overflow), so it is not the paper's text."""
    return [ln for ln in lines if ln.top < height and ln.bottom > 0]


def scan_page_fast(page, number: int) -> PageScan | None:
    """The page read by PDFium alone (ruled tables through pdfplumber's table finder), or None
    where pdfplumber must read it: the page is rotated or cropped (PDFium's boxes would not be in
    pdfplumber's frame), or draws its ruling inside form XObjects."""
    textpage = None
    try:
        cropped = any(abs(a - b) > 0.01 for a, b in zip(page.get_bbox(), page.get_mediabox()))
        if page.get_rotation() or cropped:
            return None
        textpage = page.get_textpage()  # loaded once for the words and the table cells
        lines = on_page(words_to_lines(page_words(page, textpage)), float(page.get_height() or 1))
        if not lines:  # pdfplumber decides whether the page really has no text (cheap when it has none)
            return None
        scan = PageScan(number=number, height=float(page.get_height() or 1), lines=lines)
        if may_hold_ruling(page):
            ruled = tables_from_pdfium(page, number, textpage)
            if ruled is None:
                return None
            scan.ruled, scan.hidden, scan.second_opinion = True, ruled.hidden, ruled.second_opinion
            scan.tables = [table for table, _ in ruled.found]
            scan.lines = with_table_rows(lines, ruled.found)
    except Exception:  # PDFium could not read it: pdfplumber may
        return None
    finally:
        if textpage is not None:
            textpage.close()
    scan.columnar = is_columnar(scan.lines)
    return scan


def scan_page(page, number: int) -> PageScan:
    scan = PageScan(number=number, height=float(page.height or 1))
    try:
        scan.lines = on_page(words_to_lines(page.extract_words(extra_attrs=["size"])), scan.height)
        if scan.lines:
            scan.ruled = has_ruling(page)
            ruling = page_ruling(page, number)
            scan.tables = [table for table, _ in ruling.found]
            scan.lines = with_table_rows(scan.lines, ruling.found)
            scan.hidden = hidden_texts(page) if scan.ruled else []
            scan.second_opinion = scan.ruled and (
                loose_grid(ruling.edges, ruling.grids) or any(map(is_weak, scan.tables)))
            scan.columnar = is_columnar(scan.lines)
    except Exception as exc:  # one damaged page or table must not lose the others
        scan.problem = f"page {number}: could not be read completely: {_describe(exc)}"
    return scan


def inside(line: PageLine, box: list[float] | None) -> bool:
    if not box:
        return False
    x0, top, x1, bottom = box
    centre = (line.top + line.bottom) / 2
    return top <= centre <= bottom and line.x0 >= x0 - 2 and line.x1 <= x1 + 2


def with_table_rows(lines: list[PageLine], found: list[tuple[RawTable, list[PageLine] | None]]) -> list[PageLine]:
    """The page's lines with the word lines inside each ruled table replaced by its rows
    (one tab-separated line per row): wrapped cells side by side would otherwise interleave."""
    found = [(table, rows) for table, rows in found if rows is not None]
    if not found:
        return lines
    kept = [ln for ln in lines if not any(inside(ln, table.bbox) for table, _ in found)]
    rows = [row for _, row_lines in found for row in row_lines]
    return sorted(kept + rows, key=lambda ln: (ln.top, ln.x0))


def scan_pages(pdf: pdfplumber.PDF, data: bytes | None = None, first: int = 1, last: int | None = None, use_ocr: bool = True) -> list[PageScan]:
    """Pages `first` to `last` (1-based, inclusive; default all) scanned, by PDFium where that
    is enough, else by pdfplumber, pages without a text layer by OCR where `use_ocr`; each page
    closed straight after (bounded memory)."""
    document = open_document(data) if data is not None else None
    scans = []
    try:
        for number in range(first, min(last or len(pdf.pages), len(pdf.pages)) + 1):
            page = pdf.pages[number - 1]
            try:
                scan = _fast(document, number)
                scan = scan if scan is not None else scan_page(page, number)
                if not scan.lines and scan.problem is None:
                    scan = without_text_layer(document, scan, use_ocr)
                scans.append(scan)
            finally:
                page.close()
    finally:
        if document is not None:
            document.close()
    return scans


def _fast(document, number: int) -> PageScan | None:
    if document is None or number > len(document):
        return None
    try:
        page = document[number - 1]
    except Exception:
        return None
    try:
        return scan_page_fast(page, number)
    finally:
        page.close()


def without_text_layer(document, scan: PageScan, use_ocr: bool) -> PageScan:
    """A page without text: blank, or its image read by OCR (`ocr`), or left unread."""
    if document is None or scan.number > len(document):
        return scan.model_copy(update={"source": "none"})
    page = document[scan.number - 1]
    try:
        read = read_page(page, scan.number, use_ocr=use_ocr)
    finally:
        page.close()
    source = {"read": "ocr", "blank": "blank", "unread": "none"}[read.status]
    found = read.found
    lines = with_table_rows(read.lines, found)
    return scan.model_copy(update={"source": source, "lines": lines, "height": read.height or scan.height,
                                   "tables": [table for table, _ in found], "columnar": is_columnar(lines),
                                   "warnings": read.warnings})


def camelot_pass(data: bytes, scans: list[PageScan]) -> tuple[list[RawTable], list[str]]:
    """camelot lattice on ruled pages that want a second opinion, stream on columnar pages without ruling."""
    heights = {s.number: s.height for s in scans}
    hidden = {s.number: s.hidden for s in scans}
    found: list[RawTable] = []
    problems: list[str] = []
    shaded = {s.number for s in scans if s.columnar and s.ruled and not gridded(s.ruled, s.tables)
              and has_figure_rows([ln.text for ln in s.lines])}
    for flavor, pages in (
        ("lattice", [s.number for s in scans if s.ruled and s.second_opinion]),
        ("stream", [s.number for s in scans if s.columnar and not s.ruled] + sorted(shaded)),
    ):
        try:
            tables = camelot_tables(data, pages, heights, flavor)
        except Exception as exc:  # camelot failing loses only its own tables
            problems.append(f"camelot {flavor} failed: {_describe(exc)}")
            continue
        # on a page of boxes and shading, only plain label-and-figures tables are trusted
        tables = [t for t in tables if t.page not in shaded or flavor != "stream" or is_plain_figure_table(t)]
        found.extend(remove_hidden_text(t, hidden.get(t.page or 0, [])) for t in tables)
    return found, problems


def to_stream_lines(scans: list[PageScan]) -> list[Line]:
    """Page lines without furniture, numbered through the document, a blank line between pages."""
    pages = [(s.height, s.lines) for s in scans]
    running = running_texts(pages)
    out: list[Line] = []
    no = 0
    for page_no, (height, lines) in enumerate(pages, start=1):
        previous_bottom = None
        for ln in lines:
            if is_furniture(ln, height, running):
                continue
            if previous_bottom is not None and ln.top - previous_bottom > (ln.bottom - ln.top) * 0.9:
                no += 1
                out.append(Line(no=no, text="", page=page_no))  # a paragraph gap
            no += 1
            out.append(Line(no=no, text=ln.text, page=page_no, cell_x=ln.cell_x, top=ln.top,
                            ocr=ln.confidence is not None, confidence=ln.confidence))
            previous_bottom = ln.bottom
        no += 1
        out.append(Line(no=no, text="", page=page_no))
    return out


def place_tables(tables: list[RawTable], lines: list[Line]) -> list[RawTable]:
    """Give each table the stream line where it starts (first line at or below its top edge),
    so that it falls inside the item that holds it; `context` is the text just above."""
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.text.strip():
            by_page.setdefault(ln.page or 0, []).append(ln)
    for table in tables:
        page_lines = by_page.get(table.page or 0, [])
        top = table.bbox[1] if table.bbox else 0.0
        inside = [ln for ln in page_lines if (ln.top or 0.0) >= top - 2]
        above = [ln for ln in page_lines if (ln.top or 0.0) < top - 2]
        table.line = inside[0].no if inside else (page_lines[-1].no if page_lines else None)
        table.context = "\n".join(ln.text for ln in above[-3:])
        table.row_lines = row_stream_lines(table, lines)
    return tables


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())[:24]


def row_stream_lines(table: RawTable, lines: list[Line]) -> list[int | None]:
    """The stream line of each body row (rows are printed as lines too), found in
    order from the table's start, so that a row continued on a later page carries
    that page; None where a row's text cannot be found."""
    start = next((k for k, ln in enumerate(lines) if ln.no == table.line), None)
    found: list[int | None] = []
    k = start if start is not None else len(lines)
    for row in table.rows:
        key = _key(next((c for c in row if c.strip()), ""))
        hit = None
        if key:
            for j in range(k, min(k + 400, len(lines))):
                if _key(lines[j].text).startswith(key):
                    hit = j
                    break
        found.append(lines[hit].no if hit is not None else None)
        if hit is not None:
            k = hit + 1
    return found


class PdfScan(BaseModel):
    """Pages `first` to `last` of a PDF scanned, with camelot's tables for them: the part of
    reading a PDF that is done page by page, so a large PDF can be shared among workers."""

    first: int = 1
    scans: list[PageScan] = []
    camelot: list[RawTable] = []
    problems: list[str] = []
    error: str | None = None  # the whole document is unreadable
    unread_reason: str | None = None  # why pages without text were not read by OCR


def scan_pdf(data: bytes, first: int = 1, last: int | None = None, use_camelot: bool = True, use_ocr: bool = True) -> PdfScan:
    """Scan pages `first` to `last` (default: to the end), pages without text by OCR where
    `use_ocr` and the engine is installed. Never raises for a bad PDF: the reason is in `error`."""
    try:
        pdf = open_pdf(data)
    except UnreadableDocument as exc:
        return PdfScan(first=first, error=str(exc))
    try:
        use_ocr = use_ocr and ocr_available()
        part = PdfScan(first=first, scans=scan_pages(pdf, data, first, last, use_ocr), unread_reason=None if use_ocr else _ocr_off_reason())
    finally:
        pdf.close()
    if use_camelot and part.scans:
        part.camelot, part.problems = camelot_pass(data, part.scans)
    return part


def stream_from_scans(src: SourceFile, parts: list[PdfScan]) -> LineStream:
    """The scanned parts of one PDF, in page order, as its line stream with its tables
    (furniture, continued tables and normalisation need the whole document)."""
    parts = sorted(parts, key=lambda part: part.first)
    for part in parts:
        if part.error:
            raise UnreadableDocument(part.error)
    scans = [scan for part in parts for scan in part.scans]
    if not scans:
        raise UnreadableDocument("PDF has no pages")
    problems = [s.problem for s in scans if s.problem]
    unread = [s.number for s in scans if s.source == "none"]
    reason = next((part.unread_reason for part in parts if part.unread_reason), None) or "OCR not available"
    if not any(s.lines for s in scans):
        raise UnreadableDocument(_why_no_text(scans, reason))
    if unread:
        problems.append(f"no text layer on pages {_ranges(unread)}; {reason}")
    problems.extend(problem for part in parts for problem in part.problems)
    tables = choose_tables([t for s in scans for t in s.tables], [t for part in parts for t in part.camelot])
    tables = merge_continued_tables(tables, scans)
    lines = normalise_lines(to_stream_lines(scans), markdown=False)
    return LineStream(
        doc_id=src.doc_id,
        flavour="pdf",
        lines=lines,
        n_pages=len(scans),
        n_ocr_pages=sum(1 for s in scans if s.source == "ocr"),
        warnings=[w for s in scans for w in s.warnings],
        problems=problems,
        tables=place_tables(tables, lines),
    )


def _why_no_text(scans: list[PageScan], reason: str) -> str:
    if all(s.source == "blank" for s in scans):
        return "every page is blank"
    if any(s.source == "none" for s in scans):
        return f"no text layer; {reason}"
    warnings = [w for s in scans for w in s.warnings]
    return "no text layer, and OCR found no text" + (f" ({'; '.join(warnings[:3])})" if warnings else "")


def _ocr_off_reason() -> str:
    return "OCR turned off (--no-ocr)" if ocr_available() else "OCR not available (install rapidocr-onnxruntime)"


def read_pdf(src: SourceFile, use_camelot: bool = True, use_ocr: bool = True) -> LineStream:
    return stream_from_scans(src, [scan_pdf(src.data, use_camelot=use_camelot, use_ocr=use_ocr)])


def _ranges(numbers: list[int]) -> str:
    spans: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        spans.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(spans)
