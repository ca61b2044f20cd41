"""Tables that are not tables: what a finder read as a grid but the page printed as
prose, a chart or a box of fragments. Such a table keeps its cells in
`extracted_tables` (so a reader can see what was found) but is flagged
`is_noise` and never typed.

Each test looks at the shape of the cells only, never at what they say:

- nothing to read: no cell holds a letter or a digit (rules, shading, empty bars);
- prose: a table with one or two filled cells, one of them a paragraph;
- a chart's numbers: figures and axis ticks, with no cell that could be a label;
- a word grid: prose laid out word by word (or syllable by syllable) across many
  columns, almost every cell one bare word.
"""

from __future__ import annotations

import re

from schemas.stages import RawTable

NOISE = "noise"
#: A word grid spreads a sentence over at least this many columns.
GRID_COLUMNS = 6
#: ... and at least this share of its filled cells are one bare word.
GRID_WORD_SHARE = 0.7
#: ... and most of those words differ from each other.
GRID_DISTINCT_SHARE = 0.5
#: A cell this long with a sentence stop is a paragraph.
PARAGRAPH_CHARS = 150

_BARE_WORD = re.compile(r"^[^\W\d_]+[,.;:]?$")
_LETTERS = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_STOP = re.compile(r"[.!?;:](?:\s|$)")


def _filled(table: RawTable) -> list[str]:
    return [" ".join(c.split()) for row in [table.header, *table.rows] for c in row if c and c.strip()]


def _nothing_to_read(cells: list[str]) -> bool:
    return not any(ch.isalnum() for c in cells for ch in c)


def _chart_numbers(cells: list[str]) -> bool:
    """Figures only: no cell with a word of three letters or more to label them."""
    return not any(_LETTERS.search(c) for c in cells) and any(ch.isdigit() for c in cells for ch in c)


def _word_grid(table: RawTable, cells: list[str]) -> bool:
    width = max([len(table.header)] + [len(r) for r in table.rows])
    if width < GRID_COLUMNS or len(cells) < GRID_COLUMNS:
        return False
    bare = [c.lower() for c in cells if _BARE_WORD.match(c)]
    # a grid of marks or levels (Yes/No, L/M/H) repeats a few words; prose rarely repeats one
    varied = len(set(bare)) >= GRID_DISTINCT_SHARE * len(bare)
    return len(bare) / len(cells) >= GRID_WORD_SHARE and varied


def _prose(cells: list[str]) -> bool:
    return len(cells) <= 2 and any(len(c) >= PARAGRAPH_CHARS and _SENTENCE_STOP.search(c) for c in cells)


def noise_reason(table: RawTable) -> str | None:
    """Why the table is noise, or None when it may be a real table."""
    cells = _filled(table)
    if not cells or _nothing_to_read(cells):
        return "nothing to read (no letters or figures)"
    if _prose(cells):
        return "prose read as a table"
    if _chart_numbers(cells):
        return "figures with no labels (a chart's numbers)"
    if _word_grid(table, cells):
        return "a word grid (prose or a chart read word by word across columns)"
    return None


def is_noise(table: RawTable) -> bool:
    return NOISE in table.notes


def flag_noise(table: RawTable) -> RawTable:
    """The table with a `noise` note and its reason where it is noise; otherwise unchanged."""
    if is_noise(table):
        return table
    reason = noise_reason(table)
    if reason is None:
        return table
    return table.model_copy(update={"notes": [*table.notes, NOISE, f"noise: {reason}"]})
