"""Find raw tables in an item's lines. Flavour-specific finders live beside this file."""

from __future__ import annotations

from schemas.stages import ItemText, RawTable


def find_tables(item: ItemText) -> list[RawTable]:
    """Tables of the item: the PDF reader's where it found any, else from the text."""
    if item.tables:
        return list(item.tables)
    return []
