"""Models passed between pipeline stages (not tables of the database)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from schemas.base import Record
from schemas.records import Document


class SourceFile(BaseModel):
    """An input file as read from disk: its bytes and what they are."""

    path: str
    doc_id: str  # sha256 of the bytes, first 16 hex digits
    source_format: str  # pdf | text | unknown
    data: bytes = Field(repr=False)


class Line(BaseModel):
    """One line of a normalised stream; `no` is its 1-based line in the dump
    (for a PDF, its line in the page-ordered text), `page` its PDF page."""

    no: int
    text: str
    page: int | None = None
    #: x0 of each tab-separated cell for lines made from PDF words (layout cue).
    cell_x: list[float] | None = None
    #: Top of the line on its PDF page, in points.
    top: float | None = None
    #: The line as the dump printed it, before clean-up: its spacing places empty
    #: cells in stacked pdftotext tables (e.g. `Race   X ` vs `Age X   `).
    raw: str | None = None
    #: Read by OCR from a page image, with the recogniser's mean confidence (0..1).
    ocr: bool = False
    confidence: float | None = None


class RawTable(BaseModel):
    """A table as found, before typing: header row and body rows of cell text."""

    header: list[str]
    rows: list[list[str]]
    line: int | None = None
    page: int | None = None
    extractor: str = "text"
    bbox: list[float] | None = None
    #: Fill colour (r, g, b in 0..1) per body cell where the reader saw one.
    fills: list[list[tuple[float, float, float] | None]] | None = None
    #: Source line number of each body row.
    row_lines: list[int | None] | None = None
    notes: list[str] = []
    #: Lines of text just above the table (its caption or question), for classification.
    context: str = ""


class LineStream(BaseModel):
    """A document as clean lines: furniture dropped, bullets unified, look-alikes folded."""

    doc_id: str
    flavour: str  # pdftotext | tabbed | markdown | pdf
    lines: list[Line]
    n_pages: int | None = None
    #: Pages read by OCR.
    n_ocr_pages: int | None = None
    encoding: str | None = None
    warnings: list[str] = []
    #: What could not be read (pages without text, damaged pages): the document is `partial`.
    problems: list[str] = []
    #: Tables a PDF reader found from page geometry; `line` places each in the stream.
    tables: list[RawTable] = []


class ItemSpan(BaseModel):
    """A logical document inside a pack: `start`/`end` index `LineStream.lines` (end exclusive)."""

    seq: int
    kind: str
    title: str | None = None
    start: int
    end: int


class ItemText(BaseModel):
    """The lines of one item, handed to field, section, table and entity extractors."""

    doc_id: str
    item_id: str
    kind: str
    title: str | None = None
    flavour: str
    lines: list[Line]
    #: Tables found from page geometry (PDF) that fall inside this item.
    tables: list[RawTable] = []


class DocumentResult(BaseModel):
    """Everything extracted from one input file, ready to load."""

    document: Document
    records: list[Record] = []
