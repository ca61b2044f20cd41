"""The PDFium fast pass: the same words and lines as pdfplumber's on prose, ruling flagged."""

import io

import pdfplumber
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.readers.pdf.lines import words_to_lines
from extractors.readers.pdf.pdfium import may_hold_ruling, open_document, page_words
from tests.pdf_builders import image_only_pdf, risk_register_pdf, text_pdf


def first_page(data: bytes):
    return pdfium.PdfDocument(data)[0]


def test_page_words_give_the_same_lines_and_positions_as_pdfplumber():
    data = text_pdf([["To: Roads Committee", "Report of the Head of Streets", "Meeting Date: 4 May 2021"]])
    mine = words_to_lines(page_words(first_page(data)))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = words_to_lines(pdf.pages[0].extract_words(extra_attrs=["size"]))
    assert [ln.text for ln in mine] == ["To: Roads Committee", "Report of the Head of Streets", "Meeting Date: 4 May 2021"]
    for a, b in zip(mine, theirs):
        assert abs(a.x0 - b.x0) < 0.5 and abs(a.x1 - b.x1) < 0.5
        assert abs(a.bottom - b.bottom) < 3 and abs(a.top - b.top) < 3
        assert a.size == 11


def test_wide_gaps_between_words_become_tabs_as_with_pdfplumber():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "Lead Officer:")
    c.drawString(260, 700, "Jo Marsh")
    c.save()
    [line] = words_to_lines(page_words(first_page(buf.getvalue())))
    assert line.text == "Lead Officer:\tJo Marsh"
    assert [round(x) for x in line.cell_x] == [60, 260]


def test_a_word_hyphenated_over_two_lines_stays_two_words():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "number of new micro-")
    c.drawString(60, 688, "enterprises opened")
    c.save()
    lines = words_to_lines(page_words(first_page(buf.getvalue())))
    assert [ln.text for ln in lines] == ["number of new micro-", "enterprises opened"]


def test_a_ruled_table_page_may_hold_ruling_and_a_prose_page_does_not():
    ruled = risk_register_pdf([("Providers do not bid", "Early market talks", "Amber", None, "Head of Service")])
    assert may_hold_ruling(first_page(ruled))
    assert not may_hold_ruling(first_page(text_pdf([["Just a paragraph of prose."]])))


def test_an_image_only_page_has_no_words():
    assert page_words(first_page(image_only_pdf())) == []


def test_open_document_gives_none_for_bytes_pdfium_cannot_read():
    assert open_document(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog") is None
