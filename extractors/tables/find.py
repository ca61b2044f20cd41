"""Find raw tables in an item's lines. Flavour-specific finders live beside this file;
every table found, whatever the finder, is then checked for noise (`noise.py`)."""

from __future__ import annotations

from extractors.tables.find_figure_grids import find_figure_grids
from extractors.tables.find_stacked import find_stacked_tables
from extractors.tables.find_tabbed import find_tabbed_tables
from extractors.tables.noise import flag_noise
from schemas.stages import ItemText, RawTable


def found_tables(item: ItemText) -> list[RawTable]:
    """Tables of the item: the PDF reader's where it found any (and the figure grids its
    lines print that the reader ran into cells), else from the text."""
    if item.flavour == "pdf":
        return list(item.tables) + find_figure_grids(item.lines, item.tables)
    if item.tables:
        return list(item.tables)
    if item.flavour in ("tabbed", "markdown"):
        return find_tabbed_tables(item.lines)
    if item.flavour == "pdftotext":
        return find_stacked_tables(item.lines)
    return []


def find_tables(item: ItemText) -> list[RawTable]:
    """Tables of the item, those that are not tables flagged `noise`."""
    return [flag_noise(t) for t in found_tables(item)]
