"""Cutting a long PDF into runs of pages, and when a file is read whole."""

from pathlib import Path

from pipeline.engines.split import page_ranges, parts_of, pdf_page_count

FIXTURES = Path(__file__).parent / "fixtures"


def test_page_ranges_cover_every_page_once_in_even_runs():
    assert page_ranges(85, 20) == [(1, 17), (18, 34), (35, 51), (52, 68), (69, 85)]
    assert page_ranges(40, 20) == [(1, 20), (21, 40)]
    assert page_ranges(7, 20) == [(1, 7)]


def test_a_very_long_pdf_is_cut_into_no_more_parts_than_allowed():
    assert page_ranges(323, 20, max_parts=8) == [(1 + 41 * k, min(41 * (k + 1), 323)) for k in range(8)]


def test_a_short_pdf_a_text_file_and_a_damaged_pdf_are_read_whole(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n not really")
    text = tmp_path / "note.txt"
    text.write_text("To: Highways Committee\n")
    assert pdf_page_count(FIXTURES / "business_cases.pdf") == 31
    assert parts_of(FIXTURES / "business_cases.pdf") is None  # under the default 40 pages
    assert parts_of(broken, split_pages=1) is None and parts_of(text, split_pages=1) is None
    assert pdf_page_count(tmp_path / "missing.pdf") is None
