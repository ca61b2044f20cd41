import pytest

from extractors.readers.text import NotText, decode_text, detect_flavour


def test_decode_text_reads_utf8_with_a_bom():
    assert decode_text("\ufeffSaving: -£5,000".encode("utf-8")).text == "Saving: -£5,000"


def test_decode_text_falls_back_to_cp1252_with_a_warning():
    decoded = decode_text("Saving: -£5,000 – draft".encode("cp1252"))
    assert decoded.text == "Saving: -£5,000 – draft"
    assert decoded.encoding == "cp1252"
    assert "not valid UTF-8" in decoded.warnings[0]


def test_decode_text_refuses_binary_content():
    with pytest.raises(NotText):
        decode_text(b"\x00\x01\x02binary" * 100)


def test_detect_flavour_reads_tab_tables_as_tabbed():
    text = "Risk\tMitigation\tRAG\nA risk\tA plan\tAmber\n" + "Prose line.\n" * 20
    assert detect_flavour(text) == "tabbed"


def test_detect_flavour_reads_dashed_paragraph_numbers_as_markdown():
    text = "1. Background\n\n- 1.1 First paragraph.\n- 1.2 Second paragraph.\n"
    assert detect_flavour(text) == "markdown"


def test_detect_flavour_reads_plain_stacked_text_as_pdftotext():
    assert detect_flavour("Task\nStart Date\nEnd Date\nOwner\n") == "pdftotext"
