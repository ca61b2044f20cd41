"""Ruled tables from PDFium's paths through pdfplumber's table finder: the same tables,
cells and fills as pdfplumber's own route, and a fallback where fonts are needed."""

import io

import pdfplumber
import pypdfium2 as pdfium

from extractors.readers.pdf.ruling_pdfium import ruling, tables_from_pdfium
from extractors.readers.pdf.ruling import cell_fill, page_ruling
from tests.pdf_builders import boxed_links_pdf, long_table_pdf, risk_register_pdf, stacked_form_pdf

AMBER, RED = (1.0, 0.75, 0.0), (1.0, 0.0, 0.0)
ROWS = [("Providers do not bid for the lots on offer", "Early market talks", "Amber", AMBER, "Head of Service"),
        ("Costs rise faster than planned", "Quarterly review", None, RED, "Finance Lead")]


def test_a_ruled_register_reads_as_pdfplumber_reads_it_with_cell_fills():
    data = risk_register_pdf(ROWS)
    found, hidden, _ = tables_from_pdfium(pdfium.PdfDocument(data)[0], 1)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = page_ruling(pdf.pages[0], 1).found
    [(table, row_lines)] = found
    assert table.header[:2] == ["Risk", "Mitigation"] and table.header[2].startswith("RAG (should")
    assert table.rows == [["Providers do not bid for the lots\non offer", "Early market talks", "Amber", "Head of Service"],
                          ["Costs rise faster than planned", "Quarterly review", "", "Finance Lead"]]
    assert [row[2] for row in table.fills] == [AMBER, RED]
    assert (table.rows, table.fills) == (theirs[0][0].rows, theirs[0][0].fills)
    assert [round(v, 2) for v in table.bbox] == [round(v, 2) for v in theirs[0][0].bbox]
    assert [ln.text for ln in row_lines][1:] == [ln.text for ln in theirs[0][1]][1:]  # (the header overflows its cells)
    assert hidden == []


def test_table_boxes_match_pdfplumber_on_every_page_of_a_long_table():
    data = long_table_pdf([[f"Task {n}", f"{n} May 2024", f"{n} June 2024"] for n in range(1, 61)], ["Task", "Start", "End"])
    document = pdfium.PdfDocument(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            mine = [[round(v, 1) for v in t.bbox] for t, _ in tables_from_pdfium(document[number - 1], number)[0]]
            theirs = [[round(v, 1) for v in t.bbox] for t, _ in page_ruling(page, number).found]
            assert mine == theirs and mine


def test_a_one_column_form_reads_as_pdfplumber_reads_it_bold_lines_as_labels():
    data = stacked_form_pdf([("Assessment Title", "Closing the east library"), ("Lead Officer", "Sam Hale")])
    found, hidden, _ = tables_from_pdfium(pdfium.PdfDocument(data)[0], 1)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = page_ruling(pdf.pages[0], 1).found
    [(form, row_lines)] = found
    assert form.header == ["", "Impact Assessment Form"]  # the form's plain title line
    assert form.rows == [["Assessment Title", "Closing the east library"], ["Lead Officer", "Sam Hale"]]
    assert row_lines is None and (form.header, form.rows, form.notes) == (theirs[0][0].header, theirs[0][0].rows, theirs[0][0].notes)


def test_a_page_without_a_table_grid_needs_no_second_opinion_and_a_weak_table_does():
    assert tables_from_pdfium(pdfium.PdfDocument(stacked_form_pdf([("Title", "A"), ("Lead", "B")]))[0], 1).second_opinion is False
    rows = [("Risk one", "Plan", "Red", RED, "Owner"), ("", "", "", None, ""), ("Risk two", "Plan", "Red", RED, "Owner")]
    assert tables_from_pdfium(pdfium.PdfDocument(risk_register_pdf(rows))[0], 1).second_opinion is True


def test_ruling_gives_filled_rectangles_with_their_colour():
    _, fills = ruling(pdfium.PdfDocument(risk_register_pdf(ROWS))[0])
    assert sorted({f["non_stroking_color"] for f in fills}) == sorted({(1.0, 0.749, 0.0), RED})


def test_cell_fill_is_the_colour_drawn_last_over_a_background_that_covers_the_cell_too():
    page = {"x0": 0, "x1": 600, "top": 0, "bottom": 800, "non_stroking_color": (1.0, 1.0, 1.0)}
    shading = {"x0": 10, "x1": 110, "top": 10, "bottom": 30, "non_stroking_color": (0.8, 0.85, 0.9)}
    assert cell_fill((10, 10, 110, 30), [page, shading]) == (0.8, 0.85, 0.9)
    assert cell_fill((10, 40, 110, 60), [page, shading]) == (1.0, 1.0, 1.0)
    assert cell_fill((10, 10, 110, 30), [shading, page]) == (1.0, 1.0, 1.0)  # painted over: white is seen


def test_a_one_row_box_with_underlined_links_needs_no_second_opinion():
    # camelot would read the underlines as rules and split the box into rows of a table
    data = boxed_links_pdf(["Background documents", "for this paper"], ["Annual plan 2024", "Budget book", "Minutes of May"])
    assert tables_from_pdfium(pdfium.PdfDocument(data)[0], 1).second_opinion is False
