"""Tables in plain pdftotext dumps, where each cell is stacked on its own line(s)."""

from __future__ import annotations

from schemas.stages import Line, RawTable


def find_stacked_tables(lines: list[Line]) -> list[RawTable]:
    return []
