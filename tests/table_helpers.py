"""Build a RawTable and an item from a few re-typed lines, for the table-kind tests."""

from __future__ import annotations

from extractors.normalise import normalise_text
from extractors.tables.classify import classify_table
from extractors.tables.find_stacked import find_stacked_tables
from extractors.tables.find_tabbed import find_tabbed_tables
from schemas.stages import ItemText, Line


def item_of(text: str) -> ItemText:
    lines = [Line(no=i + 1, text=t.replace("|", "\t").rstrip()) for i, t in enumerate(text.split("\n"))]
    return ItemText(doc_id="d", item_id="d:001", kind="business_case", flavour="tabbed", lines=lines)


def typed(text: str, kind: str):
    """The records of the only table in `text`, asserting it is classified as `kind`."""
    item = item_of(text)
    tables = find_tabbed_tables(item.lines)
    assert len(tables) == 1
    found = classify_table(tables[0], item)
    assert found is not None and found.kind == kind, found
    return found.parse(tables[0], item, "d:001:t01")


def stacked_tables(text: str):
    """The tables of a pdftotext dump made of `text`."""
    return find_stacked_tables(normalise_text("t", text, "pdftotext").lines)


def only_stacked_table(text: str):
    tables = stacked_tables(text)
    assert len(tables) == 1, [t.header for t in tables]
    return tables[0]
