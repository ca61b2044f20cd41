"""Build a PDF item's lines as the reader gives them: cells joined by tabs, with the x of each cell."""

from __future__ import annotations

from schemas.stages import ItemText, Line


def pdf_lines(rows: list[tuple[int, list[tuple[float, str]]]]) -> list[Line]:
    """(page, [(x, cell), ...]) per printed line; an empty cell list is a blank line."""
    out = []
    for no, (page, cells) in enumerate(rows, start=1):
        text = "\t".join(c for _, c in cells)
        out.append(Line(no=no, text=text, page=page, cell_x=[x for x, _ in cells] or None))
    return out


def pdf_item(lines: list[Line], tables=()) -> ItemText:
    return ItemText(doc_id="d", item_id="d:001", kind="eqia", flavour="pdf", lines=lines, tables=list(tables))
