"""Tables continued over pages: merged into one, the header printed again dropped."""

from extractors.readers.pdf_continuation import merge
from schemas.stages import RawTable

HEADER = ["Area", "Risk", "Annual exposure", "Lifetime exposure"]
UNITS = ["", "", "£m", "£m"]


def table(page: int, header: list[str], rows: list[list[str]]) -> RawTable:
    return RawTable(header=header, rows=rows, page=page, extractor="pdfplumber", bbox=[20, 90, 1140, 700])


def test_a_header_printed_over_two_rows_again_on_the_next_page_is_dropped_whole():
    first = table(1, HEADER, [UNITS, ["Schools", "Transport costs rise", "4.0", "12.0"]])
    second = table(2, HEADER, [UNITS, ["Roads", "Storm damage", "1.5", "3.0"]])
    assert merge(first, second).rows == [UNITS, ["Schools", "Transport costs rise", "4.0", "12.0"],
                                         ["Roads", "Storm damage", "1.5", "3.0"]]


def test_a_continuation_without_its_header_keeps_every_row():
    first = table(1, HEADER, [UNITS, ["Schools", "Transport costs rise", "4.0", "12.0"]])
    second = table(2, ["Roads", "Storm damage", "1.5", "3.0"], [["Care", "Fees rise", "2.0", "6.0"]])
    assert merge(first, second).rows[-2:] == [["Roads", "Storm damage", "1.5", "3.0"], ["Care", "Fees rise", "2.0", "6.0"]]


def test_only_rows_repeating_the_first_tables_first_rows_in_order_are_dropped():
    first = table(1, HEADER, [UNITS, ["Schools", "Transport costs rise", "4.0", "12.0"]])
    second = table(2, HEADER, [["Schools", "Transport costs rise", "4.0", "12.0"]])  # a body row, not the units row
    assert len(merge(first, second).rows) == 3
