"""Stacked tables whose last column closes each row with an estimate
(`Key Benefit | Approach | Issues | Evaluation and saving`).

A row ends at a line ending in money that belongs to an estimate (an
`Estimated ...`, `Range`, `Total` or saving/income phrase on it or just above).
Inside a row the middle columns are lists: the row's first cell is the text
block just before its first list item (blocks before that carry on the row
above's last cell), the last cell is the text after its last list block, and
the lists are shared out between the middle columns at their likeliest break.
A row with no lists (`Total Range between £180,000 - £315,000`) splits its
line at the estimate words.
"""

from __future__ import annotations

import re

from extractors.tables.stacked.split import split_cells
from extractors.tables.stacked.text import blocks, is_list_item, joined, starts_lower
from schemas.stages import Line

_ENDS_MONEY = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn)?\s*\.?$", re.IGNORECASE)
_ESTIMATE_WORDS = re.compile(r"\b(?:estimat\w*|range|total|saving|income|avoidance)\b", re.IGNORECASE)


def _row_ends(lines: list[Line]) -> list[int]:
    ends = []
    for i, ln in enumerate(lines):
        if not _ENDS_MONEY.search(ln.text.strip()):
            continue
        near = " ".join(x.text for x in lines[max(0, i - 2) : i + 1])
        if _ESTIMATE_WORDS.search(near):
            ends.append(i)
    return ends


def _parts(lines: list[Line]) -> list[tuple[list[Line], str, bool]]:
    """Blocks of a row as (lines, break before, is a list); a lower-case block carries on a list."""
    out: list[tuple[list[Line], str, bool]] = []
    for block in blocks(lines):
        listy = is_list_item(block.lines[0].text)
        if out and out[-1][2] and starts_lower(block.lines[0].text):
            out[-1] = (out[-1][0] + block.lines, out[-1][1], True)
            continue
        out.append((block.lines, block.brk, listy))
    return out


def estimate_rows(body: list[Line], k: int, double_spaced: bool) -> tuple[list[list[str]], list[int], list[str]]:
    text_lines = [ln for ln in body if ln.text.strip()]
    ends = _row_ends(text_lines)
    rows: list[list[str]] = []
    row_lines: list[int] = []
    notes: list[str] = []
    start = 0
    for end in ends:
        # keep blank lines inside the row so block breaks survive
        first_no, last_no = text_lines[start].no, text_lines[end].no
        row_body = [ln for ln in body if first_no <= ln.no <= last_no]
        parts = _parts(row_body)
        start = end + 1
        lists = [i for i, p in enumerate(parts) if p[2]]
        if not lists:
            line = joined(parts[0][0]) if parts else ""
            m = next((m for m in _ESTIMATE_WORDS.finditer(line) if m.start() > 0), None)
            label, estimate = (line[: m.start()].strip(), line[m.start() :].strip()) if m else (line, "")
            rows.append([label] + [""] * (k - 2) + [estimate or joined([ln for p in parts[1:] for ln in p[0]])])
            row_lines.append(first_no)
            continue
        head = lists[0] - 1
        if head < 0:
            notes.append(f"row starting line {first_no}: no text before its first list item for the first cell")
        elif head > 0 and rows:
            rows[-1][-1] = " ".join([rows[-1][-1]] + [joined(p[0]) for p in parts[:head]])
        label = joined(parts[head][0]) if head >= 0 else ""
        middle = [ln for p in parts[lists[0] : lists[-1] + 1] for ln in p[0]]
        brks = [""] * len(middle)
        # breaks before each part of the middle, for the cell splitter
        at = 0
        for p in parts[lists[0] : lists[-1] + 1]:
            brks[at] = p[1]
            at += len(p[0])
        mids, unsure = split_cells(middle, brks, k - 2, double_spaced)
        if unsure:
            notes.append(f"row starting line {first_no}: {unsure}")
        last = joined([ln for p in parts[lists[-1] + 1 :] for ln in p[0]])
        rows.append([label] + mids + [last])
        row_lines.append(parts[head][0][0].no if head >= 0 else first_no)
    if start < len(text_lines):
        notes.append(f"lines after the last estimate not read: {joined(text_lines[start:])[:60]!r}")
    return rows, row_lines, notes
