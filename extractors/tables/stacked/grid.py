"""Mark grids (EqIA `Category | Positive | Negative | Neutral impact`) in stacked dumps.

A row is its category name (possibly wrapped over lines) and a line holding
its `X` marks. pdftotext joins the cells of a line with single spaces, so an
empty cell still costs one space: `Age X   ` is [Age, X, '', ''] and
`Race   X ` is [Race, '', '', X]; a wrapped category puts its marks on a line
of their own (`  X ` = ['', '', X]). That reading is only trusted when every
mark line spells the same number of cells, matching the header (with or
without one closing space); otherwise the dump lost the spacing and the
marks are left unplaced, with a note.
"""

from __future__ import annotations

import re

from extractors.tables.stacked.text import joined
from schemas.stages import Line

_MARK = re.compile(r"(?<!\S)[Xx✓✔☒](?!\S)")


def _fields(line: Line, category: str) -> list[str]:
    """The cells right of the category on a mark line, by single-space joins of the printed text."""
    raw = (line.raw if line.raw is not None else line.text).replace("\r", "").replace("\t", " ")
    if category:
        at = raw.find(category)
        rest = raw[at + len(category) :] if at >= 0 else raw
        rest = rest[1:] if rest.startswith(" ") else rest
    else:
        rest = raw
    return rest.split(" ")


def _spacing_trusted(counts: list[int], n_marks: int) -> bool:
    return bool(counts) and len(set(counts)) == 1 and counts[0] in (n_marks, n_marks + 1)


def grid_rows(lines: list[Line], n_marks: int) -> tuple[list[list[str]], list[int], list[str]]:
    """Rows [category, mark cells...], their line numbers, and notes."""
    pending: list[Line] = []
    found: list[tuple[str, Line, list[str], int]] = []  # category, mark line, fields, first line no
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        m = _MARK.search(text)
        if not m:
            pending.append(ln)
            continue
        own = text[: m.start()].strip()
        category = " ".join(filter(None, [joined(pending), own]))
        fields = _fields(ln, own)
        first = pending[0].no if pending else ln.no
        found.append((category, ln, fields, first))
        pending = []
    notes: list[str] = []
    if pending:
        notes.append(f"lines after the last marked row not read: {joined(pending)[:60]!r}")
    trusted = _spacing_trusted([len(f) for _, _, f, _ in found], n_marks)
    if found and not trusted:
        notes.append(
            "the spacing of the mark lines does not give a fixed number of cells, so the column "
            "of each mark is not decidable; marks left unplaced"
        )
    rows, row_lines = [], []
    for category, ln, fields, first in found:
        marks = [f if _MARK.fullmatch(f or " ") else "" for f in fields[:n_marks]] if trusted else [""] * n_marks
        if not trusted:
            n = len(_MARK.findall(ln.text))
            notes.append(f"line {ln.no} ({category}): {n} mark(s), column not decidable")
        rows.append([category] + marks + [""] * (n_marks - len(marks)))
        row_lines.append(first)
    return rows, row_lines, notes
