"""PDF reader (pdfplumber): pages to the shared line stream, plus tables from geometry."""

from __future__ import annotations

from schemas.stages import LineStream, SourceFile


class UnreadableDocument(ValueError):
    """The file cannot be read at all (corrupt, encrypted, empty, no text layer)."""


def read_pdf(src: SourceFile) -> LineStream:
    raise UnreadableDocument("PDF reading is not available yet")
