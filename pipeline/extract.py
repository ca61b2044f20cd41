"""One document, from bytes to records: read, segment, then every item extractor.

Each step is a plain function; a failure in one item's extractor is recorded
as a warning (status `partial`) and the rest of the document still comes out.
"""

from __future__ import annotations

import datetime as dt
import json
import traceback
from collections.abc import Callable, Iterator

from pydantic import BaseModel

from extractors.checks import Check
from extractors.entities import extract_entities
from extractors.fields import FieldExtractor
from extractors.normalise import normalise_text
from extractors.readers import UnreadableDocument
from extractors.readers.pdf.scan import read_pdf
from extractors.readers.text import NotText, decode_text, detect_flavour
from extractors.registry import discover
from extractors.sections import SECTION_KINDS, extract_sections
from extractors.segment import segment_pack
from extractors.tables.classify import classify_table
from extractors.tables.find import find_tables
from pipeline import PIPELINE_VERSION
from pipeline.completeness import missing_parts
from schemas.base import ItemRow, Record
from schemas.records import Document, ExtractedTable, Item, Validation
from schemas.stages import DocumentResult, ItemSpan, ItemText, LineStream, RawTable, SourceFile


def read_stream(src: SourceFile, use_ocr: bool = True) -> LineStream:
    """The document as a normalised line stream, whatever its format (scanned PDF pages by OCR where `use_ocr`)."""
    if src.source_format == "pdf":
        return read_pdf(src, use_ocr=use_ocr)
    if src.source_format == "text":
        decoded = decode_text(src.data)
        if not decoded.text.strip():
            raise UnreadableDocument("empty text file")
        flavour = detect_flavour(decoded.text)
        stream = normalise_text(src.doc_id, decoded.text, flavour, decoded.warnings)
        stream.encoding = decoded.encoding
        return stream
    raise UnreadableDocument(f"unsupported file type: {src.path}")


def item_text(stream: LineStream, span: ItemSpan) -> ItemText:
    lines = stream.lines[span.start : span.end]
    first = lines[0].no if lines else None
    last = lines[-1].no if lines else None
    tables = [t for t in stream.tables if t.line is not None and first is not None and first <= t.line <= last]
    return ItemText(
        doc_id=stream.doc_id,
        item_id=f"{stream.doc_id}:{span.seq:03d}",
        kind=span.kind,
        title=span.title,
        flavour=stream.flavour,
        lines=lines,
        tables=tables,
    )


def item_record(item: ItemText, seq: int) -> Item:
    pages = [ln.page for ln in item.lines if ln.page is not None]
    nos = [ln.no for ln in item.lines]
    is_pdf = item.flavour == "pdf"
    return Item(
        item_id=item.item_id,
        doc_id=item.doc_id,
        seq=seq,
        kind=item.kind,
        title=item.title,
        page_start=min(pages) if pages else None,
        page_end=max(pages) if pages else None,
        line_start=None if is_pdf or not nos else nos[0],
        line_end=None if is_pdf or not nos else nos[-1],
    )


def extract_fields(item: ItemText) -> list[Record]:
    extractors: tuple[FieldExtractor, ...] = discover("extractors.fields", "FIELDS")
    return [r for fx in extractors if item.kind in fx.kinds for r in fx.extract(item)]


def extract_tables(item: ItemText) -> list[Record]:
    """Every table raw into `extracted_tables`, and typed where a kind claims it."""
    records: list[Record] = []
    for n, table in enumerate(find_tables(item), start=1):
        table_id = f"{item.item_id}:t{n:02d}"
        kind = classify_table(table, item)
        records.append(
            ExtractedTable(
                doc_id=item.doc_id,
                item_id=item.item_id,
                page=table.page,
                line=table.line,
                table_id=table_id,
                kind=kind.kind if kind else None,
                n_rows=len(table.rows),
                n_cols=max([len(table.header)] + [len(r) for r in table.rows]),
                header=json.dumps(table.header, ensure_ascii=False),
                cells=json.dumps(table.rows, ensure_ascii=False),
                extractor=table.extractor,
                bbox=json.dumps(table.bbox) if table.bbox else None,
                is_noise="noise" in table.notes,
                notes=json.dumps(table.notes, ensure_ascii=False),
                **row_geometry(table, item),
            )
        )
        if kind:
            records.extend(kind.parse(table, item, table_id))
    return records


def row_geometry(table: RawTable, item: ItemText) -> dict[str, str | None]:
    """Where each body row was read: its stream line and, on a PDF, the top of that line."""
    if not table.row_lines:
        return {"row_lines": None, "row_tops": None}
    tops = {ln.no: ln.top for ln in item.lines if ln.top is not None}
    row_tops = [tops.get(no) if no is not None else None for no in table.row_lines]
    return {
        "row_lines": json.dumps(table.row_lines),
        "row_tops": json.dumps(row_tops) if any(t is not None for t in row_tops) else None,
    }


def number_validations(records: list[Record], counts: dict[str, int] | None = None) -> None:
    """Give each validation an id, `<item_id>:vNNN` in the order its item's checks ran;
    `counts` (item_id -> validations numbered so far) carries the numbering on from
    earlier parts of the same document."""
    counts = {} if counts is None else counts
    for record in records:
        if isinstance(record, Validation):
            counts[record.item_id] = counts.get(record.item_id, 0) + 1
            record.validation_id = f"{record.item_id}:v{counts[record.item_id]:03d}"


def registered_checks(scope: str) -> list[Check]:
    return [c for c in discover("extractors.checks", "CHECK") if c.scope == scope]


def run_checks(item: ItemText, records: list[Record]) -> list[Record]:
    return [v for check in registered_checks("item") for v in check.run(item, records)]


def run_document_checks(items: list[ItemText], records: list[Record]) -> tuple[list[Record], list[str]]:
    """Checks across the items of one document; a failing check is a problem, not a crash."""
    out: list[Record] = []
    problems: list[str] = []
    for check in registered_checks("document"):
        try:
            out.extend(check.run(items, records))
        except Exception as exc:
            problems.append(f"document check {check.name} failed: {exc!r} at {_where(exc)}")
    return out, problems


ITEM_STAGES = (
    ("fields", extract_fields),
    ("sections", lambda item: extract_sections(item) if item.kind in SECTION_KINDS else []),
    ("tables", extract_tables),
    ("entities", extract_entities),
)


def extract_item(item: ItemText) -> tuple[list[Record], list[str]]:
    """All records of one item, and a warning for each stage that failed."""
    records: list[Record] = []
    warnings: list[str] = []
    for name, stage in ITEM_STAGES:
        try:
            records.extend(stage(item))
        except Exception as exc:  # one failing extractor must not lose the item
            warnings.append(f"item {item.item_id} ({item.kind}): {name} failed: {exc!r} at {_where(exc)}")
    try:
        records.extend(run_checks(item, records))
    except Exception as exc:
        warnings.append(f"item {item.item_id}: checks failed: {exc!r} at {_where(exc)}")
    return with_pages(item, records), warnings


def with_pages(item: ItemText, records: list[Record]) -> list[Record]:
    """Give every row that knows its stream line the PDF page of that line, so that
    extractors need not track pages themselves (text dumps have no pages)."""
    page_of = {ln.no: ln.page for ln in item.lines if ln.page is not None}
    if not page_of:
        return records
    for record in records:
        if isinstance(record, ItemRow) and record.page is None and record.line in page_of:
            record.page = page_of[record.line]
    return records


def _where(exc: Exception) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    return f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else "?"


class DocumentPart(BaseModel):
    """Rows of one document as they are made: an item's records, then the document checks'
    validations, and last the `documents` row (only the last part has one)."""

    records: list[Record] = []
    document: Document | None = None


def extract_document(src: SourceFile, read: Callable[[SourceFile], LineStream] = read_stream) -> DocumentResult:
    """Everything in one file. Never raises: an unreadable file is a `failed` document.
    `read` gives the line stream (a large PDF's is put together from pages read in parallel)."""
    return collect(extract_parts(src, read))


def collect(parts: Iterator[DocumentPart]) -> DocumentResult:
    """A document's parts as one result: every record, and the `documents` row of the last part."""
    records: list[Record] = []
    for part in parts:
        records.extend(part.records)
        document = part.document
    return DocumentResult(document=document, records=records)


def extract_parts(src: SourceFile, read: Callable[[SourceFile], LineStream] = read_stream) -> Iterator[DocumentPart]:
    """`extract_document` item by item: each item's records are handed on as soon as they are
    made, so a consumer that writes them away (`hand_over`) never holds a long dump's rows
    at once. Only what the document checks read (`document_check_reads`) is kept to the end.
    Never raises; the last part carries the `documents` row."""
    document = Document(
        doc_id=src.doc_id,
        source_path=src.path,
        source_format=src.source_format,
        pipeline_version=PIPELINE_VERSION,
        extracted_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0),
    )
    try:
        stream = read(src)
    except (UnreadableDocument, NotText) as exc:
        document.status, document.error = "failed", str(exc)
        yield DocumentPart(document=document)
        return
    except Exception as exc:
        document.status, document.error = "failed", f"could not read: {exc!r}"
        yield DocumentPart(document=document)
        return
    del src  # its bytes (as many as the dump's) are not needed again: free them where the caller has let go
    document.flavour = stream.flavour
    document.n_pages = stream.n_pages
    document.n_ocr_pages = stream.n_ocr_pages
    document.encoding = stream.encoding
    document.n_lines = None if stream.flavour == "pdf" else (stream.lines[-1].no if stream.lines else 0)
    warnings = list(stream.warnings)
    problems = list(stream.problems)
    items = [item_text(stream, span) for span in segment_pack(stream)]
    del stream  # its lines live on in the items; its PDF tables too, where they fall in one
    kept = document_check_reads()
    held: list[Record] = []  # what the document checks read
    present = RowsPresent()
    validations: dict[str, int] = {}
    for seq, item in enumerate(items, start=1):
        item_records, item_warnings = extract_item(item)
        item_records.insert(0, item_record(item, seq))
        problems.extend(item_warnings)
        number_validations(item_records, validations)
        held.extend(r for r in item_records if kept is None or isinstance(r, kept))
        present.add(item_records)
        yield DocumentPart(records=item_records)
    document_checks, check_problems = run_document_checks(items, held)
    del held
    number_validations(document_checks, validations)
    present.add(document_checks)
    problems.extend(check_problems)
    warnings.extend(missing_parts(items, present.witnesses))
    document.warnings = json.dumps(warnings + problems, ensure_ascii=False)
    if problems:
        document.status = "partial"
        document.error = "; ".join(problems)[:2000]
    yield DocumentPart(records=document_checks, document=document)


def document_check_reads() -> tuple[type, ...] | None:
    """The record types the registered document checks read (None: every record, where a
    check does not say)."""
    reads: list[type] = []
    for check in registered_checks("document"):
        if check.reads is None:
            return None
        reads.extend(check.reads())
    return tuple(dict.fromkeys(reads))


class RowsPresent:
    """One record per (table, item) that has rows: all `missing_parts` asks of a document's
    records is which items have rows in which tables."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()
        self.witnesses: list[Record] = []

    def add(self, records: list[Record]) -> None:
        for r in records:
            if isinstance(r, ItemRow) and (r.__table__, r.item_id) not in self.seen:
                self.seen.add((r.__table__, r.item_id))
                self.witnesses.append(r)
