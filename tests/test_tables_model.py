"""The money-table model: columns with units, the label column by content, rows with roles."""

from extractors.tables.model import build, spanned_headers, starts_with_total, total_role
from schemas.stages import RawTable


def raw(header, rows, context=""):
    return RawTable(header=header, rows=rows, context=context)


def test_a_column_of_repeated_directorate_codes_is_not_the_label_column():
    table = raw(["Directorate", "Project", "2025-26 £000"],
                [["GET", "Thanet Way", "5,000"], ["GET", "Dover Access", "31,076"], ["DCED", "Future Assets", "6,500"],
                 ["GET", "North Thanet Link", "3,213"]])
    model = build(table)
    assert model.label_column == 1
    assert [r.label for r in model.rows] == ["Thanet Way", "Dover Access", "Future Assets", "North Thanet Link"]


def test_each_column_takes_its_unit_from_a_units_row_with_a_typographic_apostrophe():
    table = raw(["Service", "2024-25", "2024-25", "2024-25"], [["", "£’m", "%", "Years"], ["Care", "56.5", "40%", "3"]])
    model = build(table)
    assert [(c.unit, c.is_amount) for c in model.columns[1:]] == [("£m", True), ("%", False), ("years", False)]
    assert model.columns[1].scale == 1_000_000


def test_a_caption_unit_applies_to_bare_figures():
    model = build(raw(["Service", "2024-25"], [["Care", "56.5"], ["Schools", "12.0"]], context="All figures in £'000"))
    assert (model.columns[1].unit, model.columns[1].unit_source) == ("£000", "caption")


def test_a_header_repeated_down_the_table_is_no_row():
    table = raw(["Scheme", "2025-26 £"], [["Roads", "£10"], ["Scheme", "2025-26 £"], ["Bridges", "£5"]])
    assert [r.label for r in build(table).rows] == ["Roads", "Bridges"]


def test_a_cell_stacking_printed_rows_is_split_when_labels_and_figures_stack_alike():
    table = raw(["Limit", "2024-25 £m"], [["Borrowing\nOther liabilities\nTotal external debt", "1,160.6\n168.0\n1,328.6"]])
    model = build(table)
    assert [(r.label, r.cells[1], r.role) for r in model.rows] == [
        ("Borrowing", "1,160.6", "line"), ("Other liabilities", "168.0", "line"), ("Total external debt", "1,328.6", "total")]


def test_a_heading_spanning_columns_is_joined_to_each_sub_heading():
    assert spanned_headers(["", "2025-28 Draft MTFP", "", "2024-27 Final MTFP", ""],
                           [["", "2025-26", "2026-27", "2024-25", "2025-26"]]) == [
        "", "2025-28 Draft MTFP 2025-26", "2025-28 Draft MTFP 2026-27", "2024-27 Final MTFP 2024-25",
        "2024-27 Final MTFP 2025-26"]


def test_row_roles_come_from_labels_and_figures():
    table = raw(["Programme", "2025-26 £000"],
                [["Highways", ""], ["Roads", "100"], ["Bridges", "50"], ["Highways Total", "150"],
                 ["Global Total Return Fund", "20"], ["Grand Total", "170"], ["* figures exclude VAT", ""]])
    model = build(table)
    assert [(r.label, r.role, r.level) for r in model.rows] == [
        ("Highways", "heading", 1), ("Roads", "line", 2), ("Bridges", "line", 2), ("Highways Total", "subtotal", 1),
        ("Global Total Return Fund", "line", 1), ("Grand Total", "total", 0), ("* figures exclude VAT", "note", 1)]


def test_an_unlabelled_last_row_of_figures_is_the_total_and_says_its_label_is_not_printed():
    model = build(raw(["Cost", "2025-26"], [["Staff", "£10"], ["Premises", "£5"], ["", "£15"]]))
    last = model.rows[-1]
    assert (last.role, last.label_printed) == ("total", False)


def test_total_words_count_at_the_start_or_the_end_of_a_label_never_in_the_middle():
    assert starts_with_total("Total revenue spend") and starts_with_total("Sub-total grants")
    assert not starts_with_total("Schools Total")
    assert total_role("Schools Total") == "subtotal"
    assert total_role("Global Total Return Fund") is None
    assert total_role("Revised budget") is None
