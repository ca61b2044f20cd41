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


def test_a_table_carried_on_to_the_right_on_the_next_page_gets_its_later_columns():
    from extractors.readers.pdf_continuation import join_columns
    first = table(1, ["Ref", "Project", "Total Cost", "2025-26"], [["1", "Roads", "30", "10"], ["2", "Bridges", "8", "4"]])
    second = table(2, ["Ref", "Project", "2026-27", "2027-28"], [["1", "Roads", "10", "10"], ["2", "Bridges", "4", ""]])
    [joined] = join_columns([first, second])
    assert joined.header == ["Ref", "Project", "Total Cost", "2025-26", "2026-27", "2027-28"]
    assert joined.rows == [["1", "Roads", "30", "10", "10", "10"], ["2", "Bridges", "8", "4", "4", ""]]


def test_a_table_over_several_pages_joins_the_columns_that_start_after_its_last_page():
    from extractors.readers.pdf_continuation import join_columns
    first = table(5, ["Project", "2025-26"], [["Roads", "10"], ["Bridges", "4"]]).model_copy(
        update={"notes": ["continued on page 6"]})
    on_page_6 = table(6, ["Project", "2026-27"], [["Roads", "10"], ["Bridges", "4"]])
    on_page_7 = table(7, ["Project", "2026-27"], [["Roads", "10"], ["Bridges", "4"]])
    assert len(join_columns([first, on_page_6])) == 2  # starts on a page the first table still runs on
    assert len(join_columns([first, on_page_7])) == 1


def test_tables_on_consecutive_pages_with_other_rows_are_not_joined():
    from extractors.readers.pdf_continuation import join_columns
    first = table(1, ["Project", "2025-26"], [["Roads", "10"], ["Bridges", "4"]])
    second = table(2, ["Project", "2026-27"], [["Libraries", "10"], ["Parks", "4"]])
    assert len(join_columns([first, second])) == 2
