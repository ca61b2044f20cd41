"""Ingest: find the input files, read a file's bytes, hash them and say what format they are."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pydantic import BaseModel

from extractors.readers import UnreadableDocument
from schemas.stages import SourceFile

TEXT_SUFFIXES = {".txt", ".text", ".md"}
#: What a folder contributes; any other file in it is counted as ignored. A file named
#: on the command line is tried whatever its suffix.
FOLDER_SUFFIXES = {".pdf"} | TEXT_SUFFIXES


class Inputs(BaseModel):
    """The files a run will read, and the files under its folders that it leaves alone."""

    files: list[Path] = []
    ignored: list[Path] = []


def sniff_format(data: bytes, path: str) -> str:
    """`pdf` from the magic bytes, `text` for text suffixes, else `unknown`."""
    if data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if Path(path).suffix.lower() == ".pdf":
        return "pdf"  # a damaged PDF: the reader will say what is wrong with it
    if Path(path).suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return "unknown"


def ingest(path: str | Path, password: str | None = None) -> SourceFile:
    """The file as a `SourceFile`; an encrypted PDF opened with `password` is handed on
    decrypted (its doc_id stays the hash of the bytes on disk)."""
    data = Path(path).read_bytes()
    source = SourceFile(
        path=str(path),
        doc_id=hashlib.sha256(data).hexdigest()[:16],
        source_format=sniff_format(data, str(path)),
        data=data,
    )
    if password is not None and source.source_format == "pdf":
        source.data = decrypt_pdf(data, password)
    return source


def decrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF without its encryption, when it needs a password to open; else unchanged.
    Every reader then sees a plain PDF (PDFium writes the copy)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdfium.PdfDocument(data).close()
        return data  # opens without a password (or with an owner password only)
    except pdfium.PdfiumError as exc:
        if "password" not in str(exc).lower():
            return data  # damaged: the reader says what is wrong with it
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument("encrypted PDF: the --password given does not open it") from exc
    try:
        out = io.BytesIO()
        document.save(out, flags=pdfium_c.FPDF_REMOVE_SECURITY)
        return out.getvalue()
    finally:
        document.close()


def list_inputs(paths: list[str | Path]) -> Inputs:
    """Files named, and the PDFs and text files under folders named, sorted; hidden files
    and folders are passed over, other files under a folder are `ignored`."""
    found: set[Path] = set()
    ignored: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            for f in p.rglob("*"):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                (found if f.suffix.lower() in FOLDER_SUFFIXES else ignored).add(f)
        elif p.exists():
            found.add(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return Inputs(files=sorted(found), ignored=sorted(ignored - found))
