"""Tables in plain pdftotext dumps, where each cell is stacked on its own line(s).

A table starts at a header that spells a known signature (`stacked_specs`)
and runs until a numbered heading (a long one, or a question: the heading
over the next table), a line as wide as running prose, or the next header. Its rows are rebuilt from what its columns hold: typed
cells anchor each row (`stacked_rows`), mark grids are read from spacing
(`stacked_grid`), level grids from runs of level letters (`stacked_levels`),
all-text tables from cell breaks (`stacked_free`).
Values that cannot be placed are left empty and said in `notes`.
"""

from __future__ import annotations

import re

from extractors.tables.find_tabbed import context_above
from extractors.tables.stacked.estimates import estimate_rows
from extractors.tables.stacked.free import free_rows
from extractors.tables.stacked.grid import grid_rows
from extractors.tables.stacked.levels import level_rows
from extractors.tables.stacked.rows import build_rows
from extractors.tables.stacked.specs import ESTIMATE, LEVEL, MARK, TEXT, Header, match_header
from extractors.tables.stacked.text import is_double_spaced
from schemas.stages import Line, RawTable

_HEADING = re.compile(r"^\s*\d{1,2}\.\s+[A-Z]")
MIN_PROSE = 60


def prose_width(lines: list[Line]) -> int:
    """Lines at least this wide are running text, not table cells."""
    widths = sorted(len(ln.text.strip()) for ln in lines if ln.text.strip())
    if not widths:
        return MIN_PROSE
    return max(MIN_PROSE, int(0.8 * widths[int(0.9 * (len(widths) - 1))]))


def table_end(lines: list[Line], start: int, wide: int) -> int:
    """Index just past the table body that starts at `start`."""
    j = start
    while j < len(lines):
        text = lines[j].text.strip()
        if text and (
            (_HEADING.match(text) and (len(text) >= 40 or text.endswith("?")))
            or len(text) >= wide
            or match_header(lines, j)
        ):
            break
        j += 1
    while j > start and not lines[j - 1].text.strip():
        j -= 1
    return j


def _table(header: Header, rows: list[list[str]], row_lines: list[int], notes: list[str], lines: list[Line]) -> RawTable:
    first = lines[header.start]
    return RawTable(
        header=header.cells,
        rows=rows,
        line=first.no,
        page=first.page,
        extractor="text",
        row_lines=row_lines,
        notes=notes,
        context=context_above(lines, header.start),
    )


def read_table(header: Header, body: list[Line], double_spaced: bool) -> tuple[list[list[str]], list[int], list[str]]:
    spec = header.spec
    if spec.typed == MARK:
        n_marks = sum(1 for c in spec.columns if c.holds == MARK)
        return grid_rows(body, n_marks)
    if spec.typed == LEVEL:
        return level_rows(body, len(spec.columns) - 1)
    if spec.typed == ESTIMATE:
        return estimate_rows(body, len(spec.columns), double_spaced)
    if spec.typed is None or all(c.holds == TEXT for c in spec.columns):
        return free_rows(body, len(spec.columns), double_spaced)
    rows = build_rows(body, spec, double_spaced)
    notes = [f"row {k}: {n}" for k, r in enumerate(rows, start=1) for n in r.notes]
    return [[c[0] for c in r.cells] for r in rows], [r.line for r in rows], notes


def find_stacked_tables(lines: list[Line]) -> list[RawTable]:
    tables: list[RawTable] = []
    wide = prose_width(lines)
    double_spaced = is_double_spaced(lines)
    i = 0
    while i < len(lines):
        header = match_header(lines, i)
        if header is None:
            i += 1
            continue
        end = table_end(lines, header.end, wide)
        try:
            rows, row_lines, notes = read_table(header, lines[header.end : end], double_spaced)
        except Exception as exc:  # odd text must not sink the document: keep the header, say why
            rows, row_lines, notes = [], [], [f"rows not rebuilt: {type(exc).__name__}: {exc}"]
        tables.append(_table(header, rows, row_lines, notes, lines))
        i = max(end, header.end)
    return tables
