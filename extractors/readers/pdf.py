"""PDF reader: pages to the shared line stream (pdfplumber words), plus tables from geometry.

Pages are read one at a time and closed at once (pdfplumber keeps several MB
per page otherwise). Running headers and footers are dropped by repetition
across pages (`pdf_furniture`). The lines then go through the same
normaliser as text dumps, so segmentation, fields and sections are shared code.
"""

from __future__ import annotations

import io

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from extractors.normalise import normalise_lines
from extractors.readers import UnreadableDocument
from extractors.readers.pdf_furniture import is_furniture, running_texts
from extractors.readers.pdf_lines import PageLine, words_to_lines
from extractors.readers.pdf_tables import page_tables
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


def read_pages(pdf: pdfplumber.PDF) -> tuple[list[tuple[float, list[PageLine]]], list[RawTable], list[str]]:
    """Lines and tables of every page, closing each page after use; a problem per bad page."""
    pages: list[tuple[float, list[PageLine]]] = []
    tables: list[RawTable] = []
    problems: list[str] = []
    for number, page in enumerate(pdf.pages, start=1):
        lines: list[PageLine] = []
        try:
            lines = words_to_lines(page.extract_words(extra_attrs=["size"]))
            if lines:
                tables.extend(page_tables(page, number))
        except Exception as exc:  # one damaged page or table must not lose the others
            problems.append(f"page {number}: could not be read completely: {_describe(exc)}")
        finally:
            pages.append((float(page.height or 1), lines))
            page.close()
    return pages, tables, problems


def to_stream_lines(pages: list[tuple[float, list[PageLine]]]) -> list[Line]:
    """Page lines without furniture, numbered through the document, a blank line between pages."""
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
            out.append(Line(no=no, text=ln.text, page=page_no, cell_x=ln.cell_x, top=ln.top))
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
    return tables


def read_pdf(src: SourceFile) -> LineStream:
    pdf = open_pdf(src.data)
    try:
        n_pages = len(pdf.pages)
        pages, tables, problems = read_pages(pdf)
    finally:
        pdf.close()
    if n_pages == 0:
        raise UnreadableDocument("PDF has no pages")
    empty = [n for n, (_, lines) in enumerate(pages, start=1) if not lines]
    if len(empty) == n_pages:
        raise UnreadableDocument("no text layer; OCR not available")
    if empty:
        problems.append(f"no text layer on pages {_ranges(empty)}; OCR not available")
    raw = to_stream_lines(pages)
    lines = normalise_lines(raw, markdown=False)
    return LineStream(
        doc_id=src.doc_id,
        flavour="pdf",
        lines=lines,
        n_pages=n_pages,
        problems=problems,
        tables=place_tables(tables, lines),
    )


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
