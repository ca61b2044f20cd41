"""Gradient-shaded cells (thin stacked bands) merged into one filled rectangle."""

import io

import pdfplumber
import pypdfium2 as pdfium

from extractors.readers.pdf.gradients import gradient_runs, merge_gradients
from extractors.readers.pdf.ruling_pdfium import tables_from_pdfium
from extractors.readers.pdf.ruling import page_ruling
from extractors.values.colour import rag_from_fill
from schemas.records import Rag
from tests.pdf_builders import gradient_cell_pdf


def band(top: float, height: float, colour=(0.8, 0.1, 0.1), x0: float = 20.0, x1: float = 90.0) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + height, "non_stroking_color": colour, "fill": True}


def test_stacked_thin_bands_with_the_same_sides_are_one_run():
    rects = [band(100 + 3 * i, 3) for i in range(10)] + [band(300, 3)]
    assert gradient_runs(rects) == [list(range(10))]


def test_rows_as_tall_as_text_and_bands_with_other_sides_are_not_runs():
    zebra = [band(100 + 14 * i, 14, (1.0, 1.0, 1.0) if i % 2 else (0.95, 0.95, 0.95)) for i in range(6)]
    ragged = [band(300 + 3 * i, 3, x1=90.0 + 10 * i) for i in range(5)]
    assert gradient_runs(zebra + ragged) == []


def test_a_merged_gradient_takes_the_height_weighted_colour_where_its_last_band_was_drawn():
    rects = [band(100, 2, (1.0, 0.0, 0.0)), band(102, 2, (1.0, 0.0, 0.0)), band(104, 4, (0.7, 0.0, 0.0)),
             band(400, 30, (0.0, 1.0, 0.0))]
    merged, replaced = merge_gradients(rects)
    assert replaced == {0, 1, 2}
    assert [(m["top"], m["bottom"], m["non_stroking_color"]) for m in merged] == [
        (100, 108, (0.85, 0.0, 0.0)), (400, 430, (0.0, 1.0, 0.0))]


def test_a_gradient_cell_is_one_cell_with_its_colour_not_a_stack_of_empty_rows():
    rows = [["Risk", "Owner", "RAG"], ["Budget gap", "Finance Lead", ""], ["Staff leave", "HR Lead", ""]]
    data = gradient_cell_pdf(rows, shaded=(1, 2), start=(0.95, 0.15, 0.1), end=(0.75, 0.05, 0.05))
    page = tables_from_pdfium(pdfium.PdfDocument(data)[0], 1)
    [(table, _)] = page.found
    assert table.header == rows[0] and table.rows == rows[1:]
    assert rag_from_fill(tuple(table.fills[0][2])) == Rag.RED
    assert page.second_opinion is False


def test_pdfplumbers_route_reads_a_gradient_cell_as_the_pdfium_route_does():
    rows = [["Risk", "Owner", "RAG"], ["Budget gap", "Finance Lead", ""], ["Staff leave", "HR Lead", ""]]
    data = gradient_cell_pdf(rows, shaded=(2, 2), start=(0.2, 0.7, 0.2), end=(0.1, 0.5, 0.1))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        [(theirs, _)] = page_ruling(pdf.pages[0], 1).found
    [(mine, _)] = tables_from_pdfium(pdfium.PdfDocument(data)[0], 1).found
    assert theirs.rows == mine.rows == rows[1:]
    assert rag_from_fill(tuple(theirs.fills[1][2])) == rag_from_fill(tuple(mine.fills[1][2])) == Rag.GREEN
