import pytest

from extractors.readers import UnreadableDocument
from extractors.readers.pdf import read_pdf
from pipeline.ingest import sniff_format
from schemas.stages import SourceFile
from tests.pdf_builders import image_only_pdf, risk_register_pdf, text_pdf


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
        (image_only_pdf(), "no text layer; OCR not available"),
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
