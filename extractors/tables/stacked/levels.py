"""Level grids (an EqIA's severity x likelihood matrix) in stacked dumps.

The header is a line of scale words (`Minor Moderate Serious Major`, perhaps
run on with the labels of a column printed beside the grid). Each row is its
label and a run of one-letter levels (`M H H H`): on the label's last line
(`Unlikely L L M M`) or on a line of its own below the label, and perhaps
followed by the text of the column beside the grid, which is not the grid's.
"""

from __future__ import annotations

import re

from schemas.stages import Line

LEVEL_RUN = re.compile(r"(?<!\S)([LMH](?:[ \t]+[LMH]){2,})(?!\S)")


def level_run(text: str) -> re.Match | None:
    """The first run of three or more one-letter levels in `text`."""
    return LEVEL_RUN.search(text)


def _label_above(lines: list[Line], k: int, floor: int, skip_blanks: bool) -> list[Line]:
    """The block of consecutive text lines ending just above index `k` (not above `floor`);
    with `skip_blanks`, blank lines right above `k` are passed over first."""
    j = k - 1
    if skip_blanks:
        while j >= floor and not lines[j].text.strip():
            j -= 1
    elif j >= floor and lines[j].no != lines[k].no - 1:  # a dropped blank line lies between
        return []
    block: list[Line] = []
    while j >= floor and lines[j].text.strip():
        if block and block[0].no - lines[j].no != 1:
            break
        block.insert(0, lines[j])
        j -= 1
    return block


def level_rows(lines: list[Line], n_levels: int) -> tuple[list[list[str]], list[int], list[str]]:
    """Rows [label, level...] with the line each starts on, and notes. The label is the
    text before the levels on their line joined to the block of lines right above it
    (no blank between); where the levels stand alone, the block above them."""
    rows: list[list[str]] = []
    row_lines: list[int] = []
    notes: list[str] = []
    floor = 0
    for k, ln in enumerate(lines):
        m = level_run(ln.text)
        if m is None:
            continue
        levels = m.group(1).split()
        own = ln.text[: m.start()].strip()
        above = _label_above(lines, k, floor, skip_blanks=not own)
        label = " ".join([*(a.text.strip() for a in above), own]).strip()
        floor = k + 1
        if len(levels) != n_levels or not label:
            notes.append(f"line {ln.no}: {len(levels)} levels for {n_levels} columns, label {label!r}: not read")
            continue
        rows.append([" ".join(label.split()), *levels])
        row_lines.append(above[0].no if above else ln.no)
    return rows, row_lines, notes
