"""All-text stacked tables (`Key Benefit | Measure | Baseline | Target`): no typed cell
marks where a row starts, so rows are read from the order of the cells.

Each cell is a block of lines (split at blanks, or in double-spaced dumps at
lines that open like a new cell). When the blocks come to a whole number of
rows, they are read in order. A row short by one cell is completed from a line
that visibly holds two cells (`c50% c90% within 18`, `NIL Greater than 67%`:
a lone value, then a capitalised or numeric word). Otherwise one row holds
extra blocks: it is placed where cells that open with the same words (`To be
established`, `Independent survey`) fall in the same column, its first and
last cells are kept, and its middle cells are left empty with a note.
"""

from __future__ import annotations

import re

from extractors.tables.stacked.text import blocks, boundary_score, joined, starts_lower
from schemas.stages import Line

_LONE_VALUE = re.compile(r"^(?:c|circa\s?)?(?:£[\d,.]+[kmb]?|[\d.,]+%|NIL|Nil|N/A|n/a|None|TBC|TBA|Yes|No)$")
_OPENS_CELL = re.compile(r"^(?:[A-Z]|(?:c|circa\s?)?£?\d)")
NEW_CELL = 1.0


class Piece:
    def __init__(self, lines: list[Line], text: str | None = None):
        self.lines = lines
        self.text = text if text is not None else joined(lines)

    @property
    def no(self) -> int:
        return self.lines[0].no


def segments(body: list[Line], double_spaced: bool) -> list[Piece]:
    """Cell-sized pieces: blocks (a lower-case block carries on the one above); in a
    double-spaced dump, runs of lines cut where a line opens like a new cell."""
    pieces: list[Piece] = []
    for block in blocks(body):
        if not double_spaced:
            if pieces and starts_lower(block.lines[0].text):
                pieces[-1] = Piece(pieces[-1].lines + block.lines)
            else:
                pieces.append(Piece(block.lines))
            continue
        for k, ln in enumerate(block.lines):
            brk = block.brk if k == 0 else ""
            if pieces and not (brk == "blank" or boundary_score(pieces[-1].lines, [ln], brk, True) >= NEW_CELL):
                pieces[-1] = Piece(pieces[-1].lines + [ln])
            else:
                pieces.append(Piece([ln]))
    return pieces


def two_cells(piece: Piece) -> tuple[Piece, Piece] | None:
    """A piece whose first line is a lone value followed by the opening of the next cell."""
    first = piece.lines[0].text.split()
    if len(first) < 2 or not _LONE_VALUE.match(first[0]) or not _OPENS_CELL.match(first[1]):
        return None
    return Piece(piece.lines[:1], first[0]), Piece(piece.lines, " ".join([" ".join(first[1:])] + [
        " ".join(ln.text.split()) for ln in piece.lines[1:]]))


def _opening(piece: Piece) -> str:
    words = re.findall(r"[a-z0-9]+", piece.text.lower())
    return " ".join(words[:2])


def _affinity(rows: list[list[Piece | None]]) -> int:
    """+1 for each pair of cells opening with the same words in one column, -1 across columns."""
    where: dict[str, list[int]] = {}
    for row in rows:
        for c, piece in enumerate(row):
            if piece is not None:
                where.setdefault(_opening(piece), []).append(c)
    score = 0
    for cols in where.values():
        for i in range(len(cols)):
            for j in range(i + 1, len(cols)):
                score += 1 if cols[i] == cols[j] else -1
    return score


def _with_irregular_row(pieces: list[Piece], k: int, at: int, extra: int) -> list[list[Piece | None]]:
    rows: list[list[Piece | None]] = []
    i = 0
    for r in range(len(pieces) // k):
        take = k + extra if r == at else k
        chunk = pieces[i : i + take]
        rows.append(chunk if take == k else [chunk[0]] + [None] * (k - 2) + [chunk[-1]])
        i += take
    return rows


def free_rows(body: list[Line], k: int, double_spaced: bool) -> tuple[list[list[str]], list[int], list[str]]:
    pieces = segments(body, double_spaced)
    notes: list[str] = []
    if len(pieces) % k:
        splits = [(i, two) for i, p in enumerate(pieces) if (two := two_cells(p))]
        if len(pieces) % k == k - 1 and len(splits) > 1:
            splits = []  # more than one line could hold two cells: none is used
        for i, (first, second) in reversed(splits):
            pieces[i : i + 1] = [first, second]
            notes.append(f"line {first.no} holds two cells: {first.text!r} | {second.text[:30]!r}")
    if not pieces:
        return [], [], notes
    if len(pieces) % k == 0:
        rows = [pieces[i : i + k] for i in range(0, len(pieces), k)]
        notes.append(f"rows read in printed order, {k} cells each")
        if _affinity(rows) < 0:
            notes.append("cells opening with the same words fall in different columns: "
                         "a cell boundary was probably missed and rows may be misaligned")
        return [[p.text for p in row] for row in rows], [row[0].no for row in rows], notes
    extra = len(pieces) % k
    options = [(-_affinity(_with_irregular_row(pieces, k, r, extra)), r) for r in range(len(pieces) // k)]
    options.sort()
    at = options[0][1]
    rows = _with_irregular_row(pieces, k, at, extra)
    if len(options) > 1 and options[1][0] == options[0][0]:
        notes.append("which row holds the extra cells is not decidable; rows after it may be misaligned")
    start = sum(k for _ in range(at))
    middle = pieces[start + 1 : start + k + extra - 1]
    notes.append(
        f"row {at + 1}: {k + extra} cell-like blocks for {k} cells; middle cells not decidable, left empty: "
        + " | ".join(repr(p.text[:40]) for p in middle)
    )
    return [[p.text if p else "" for p in row] for row in rows], [row[0].no for row in rows], notes
