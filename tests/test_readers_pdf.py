import io

import pdfplumber
import pytest

from extractors.readers import UnreadableDocument
from extractors.readers.pdf import read_pdf, scan_page
from pipeline.ingest import sniff_format
from schemas.stages import SourceFile
from tests.pdf_builders import (
    boxed_links_pdf, image_only_pdf, long_table_pdf, owner_password_pdf, risk_register_pdf, rotated_landscape_pdf, text_pdf,
)


def source(data: bytes) -> SourceFile:
    return SourceFile(path="x.pdf", doc_id="d", source_format=sniff_format(data, "x.pdf"), data=data)


def texts(stream) -> list[str]:
    return [ln.text for ln in stream.lines if ln.text]


def test_read_pdf_gives_lines_with_their_pages():
    stream = read_pdf(source(text_pdf([["To: Highways Committee", "Meeting Date: 3 March 2022"], ["2. Main Issues"]])))
    assert texts(stream) == ["To: Highways Committee", "Meeting Date: 3 March 2022", "2. Main Issues"]
    assert [ln.page for ln in stream.lines if ln.text] == [1, 1, 2]
    assert stream.n_pages == 2 and stream.flavour == "pdf"


def test_read_pdf_drops_running_footers_and_page_numbers():
    pages = [[f"Body of page {n}"] for n in range(1, 5)]
    stream = read_pdf(source(text_pdf(pages, footer="Appendix 3 Highways Business Cases")))
    assert texts(stream) == [f"Body of page {n}" for n in range(1, 5)]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "corrupt"),
        (image_only_pdf(), "no text layer, and OCR found no text"),
        (text_pdf([["secret"]], encrypt="hunter2"), "encrypted"),
    ],
)
def test_read_pdf_explains_why_a_pdf_cannot_be_read(data, reason):
    with pytest.raises(UnreadableDocument, match=reason):
        read_pdf(source(data))


def test_read_pdf_cut_short_is_reported_as_corrupt_not_crashing():
    data = text_pdf([["A line of text"]] * 3)
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        try:
            read_pdf(source(data[:cut]))
        except UnreadableDocument as exc:
            assert str(exc)


def test_read_pdf_finds_a_ruled_table_with_cell_fills():
    amber = (1.0, 0.75, 0.0)
    data = risk_register_pdf([("Providers do not bid", "Early market talks", None, amber, "Head of Service")])
    stream = read_pdf(source(data))
    [table] = stream.tables
    assert table.header[0] == "Risk" and table.extractor == "pdfplumber"
    assert table.rows[0][0] == "Providers do not bid"
    assert table.fills[0][2] == amber
    assert table.page == 1 and table.line is not None


MILESTONES = [[f"Task number {n} of the plan", f"{n} March 2023", f"{n} April 2023"] for n in range(1, 61)]
HEADER = ["Task", "Start Date", "End Date"]


def test_read_pdf_merges_a_table_continued_on_the_next_page_dropping_the_repeated_header():
    stream = read_pdf(source(long_table_pdf(MILESTONES, HEADER)), use_camelot=False)
    [table] = stream.tables
    assert table.header == HEADER
    assert table.rows == MILESTONES
    assert table.page == 1 and any(n.startswith("continued on page 2") for n in table.notes)


def test_read_pdf_keeps_the_first_row_of_a_continuation_without_header_as_a_body_row():
    stream = read_pdf(source(long_table_pdf(MILESTONES, HEADER, repeat_header=False)), use_camelot=False)
    [table] = stream.tables
    assert table.rows == MILESTONES


def test_read_pdf_does_not_merge_tables_with_text_between_them():
    stream = read_pdf(source(long_table_pdf(MILESTONES[:6], HEADER, text_between=True)), use_camelot=False)
    assert [len(t.rows) for t in stream.tables] == [3, 3]


def test_read_pdf_reads_each_ruled_table_row_as_one_tabbed_line():
    data = risk_register_pdf([("Providers do not bid for the lots on offer this year", "Early market talks with every provider", "Amber", None, "Head of Service")])
    stream = read_pdf(source(data), use_camelot=False)
    lines = texts(stream)
    assert lines[1].startswith("Risk\tMitigation\t")
    assert lines[2] == "Providers do not bid for the lots on offer this year\tEarly market talks with every provider\tAmber\tHead of Service"
    assert len(lines) == 3


def test_read_pdf_reads_a_one_column_form_of_bold_labels_as_label_value_rows():
    from tests.pdf_builders import stacked_form_pdf

    pairs = [("Assessment Title", "Closing the Riverside library"), ("Lead Officer", "Ada Brook - Libraries"), ("Service Change", "Yes")]
    stream = read_pdf(source(stacked_form_pdf(pairs)), use_camelot=False)
    [table] = stream.tables
    assert [table.header, *table.rows] == [["", "Impact Assessment Form"], *[list(p) for p in pairs]]
    assert "Assessment Title" in texts(stream) and "Closing the Riverside library" in texts(stream)


def test_read_pdf_merges_continued_tables_under_a_heading_repeated_on_every_page():
    data = long_table_pdf(MILESTONES, HEADER, page_heading="TOTAL of the programme 12.5")
    stream = read_pdf(source(data), use_camelot=False)
    [table] = stream.tables
    assert table.rows == MILESTONES


def test_table_cells_read_each_cell_as_pdfplumber_extract_does():
    import io

    import pdfplumber

    from extractors.readers.pdf_tables import _SETTINGS, place_chars, table_cells

    data = risk_register_pdf([("Providers do not bid for the lots on offer", "Early market talks", "Amber", None, "Head of Service"),
                              ("Costs rise faster than planned", "Quarterly review", "Red", None, "Finance Lead")])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        [table] = page.find_tables(table_settings=_SETTINGS)
        cells = table_cells(table, place_chars(page.chars))
        assert cells == table.extract()
    assert cells[2][0] == "Costs rise faster than planned" and cells[2][2] == "Red"


def test_read_pdf_reads_a_turned_landscape_page_in_the_order_it_is_shown():
    stream = read_pdf(source(rotated_landscape_pdf(["Landscape line one", "Second line: Total 1,000"])))
    assert [ln.text for ln in stream.lines if ln.text] == ["Landscape line one", "Second line: Total 1,000"]


def test_read_pdf_opens_a_pdf_secured_with_an_owner_password_only():
    stream = read_pdf(source(owner_password_pdf(["To: Highways Committee", "Meeting Date: 3 March 2022"])))
    assert [ln.text for ln in stream.lines if ln.text] == ["To: Highways Committee", "Meeting Date: 3 March 2022"]
    assert stream.problems == []


def test_pdfplumbers_route_asks_no_second_opinion_on_a_one_row_box_with_underlined_links():
    data = boxed_links_pdf(["Background documents", "for this paper"], ["Annual plan 2024", "Budget book", "Minutes of May"])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        scan = scan_page(pdf.pages[0], 1)
    assert scan.ruled and not scan.second_opinion
