from decimal import Decimal

from extractors.checks.costs_stated_total import CHECK as STATED
from extractors.checks.costs_total import CHECK as TOTAL
from schemas.stages import ItemText, Line
from schemas.records import ExtractedTable
from tests.check_helpers import BASE, ITEM, cost

ROWS = [
    cost("Equipment", "1st Year", 15000), cost("Equipment", "2nd Year", None),
    cost("Coordinator", "1st Year", 35000), cost("Coordinator", "2nd Year", 36000),
    cost("TOTAL", "1st Year", 50000, total=True), cost("TOTAL", "2nd Year", 37000, total=True),
]


def test_each_period_total_is_checked_and_blank_cells_count_as_nothing():
    first, second = TOTAL.run(ITEM, ROWS)
    assert (first.status, first.expected, first.actual) == ("pass", "50000", "50000")
    assert (second.status, second.expected, second.actual) == ("fail", "37000", "36000")


def test_grand_total_matches_an_amount_stated_just_above_the_table():
    item = ItemText(doc_id="d", item_id="d:001", kind="business_case", flavour="tabbed", lines=[
        Line(no=17, text="The pilot is expected to cost £87,000 over two years, as follows:"),
        Line(no=18, text=""),
    ])
    table = ExtractedTable(**BASE, table_id="t02", line=19)
    [v] = STATED.run(item, ROWS + [table])
    assert (v.status, v.expected, v.actual) == ("pass", "87000", "87000")


def test_no_stated_amount_gives_no_row_and_a_different_one_is_a_skip():
    assert STATED.run(ITEM, ROWS) == []
    item = ItemText(doc_id="d", item_id="d:001", kind="business_case", flavour="tabbed",
                    lines=[Line(no=18, text="Staff cost £4,000 a month.")])
    [v] = STATED.run(item, ROWS + [ExtractedTable(**BASE, table_id="t02", line=19)])
    assert v.status == "skip" and "£4,000" in v.detail


def scaled(label, period, text, total=False):
    """A cost printed in £m to one place (`1,260.2` is £1,260,200,000)."""
    row = cost(label, period, Decimal(text.replace(",", "")) * 1_000_000, total=total, unit="£m")
    return row.model_copy(update={"amount_text": text})


def test_figures_printed_in_millions_may_miss_their_total_by_rounding_alone():
    rows = [scaled("Schools", "2024-25", "1,260.2"), scaled("High needs", "2024-25", "392.8"),
            scaled("Early years", "2024-25", "157.4"), scaled("Central", "2024-25", "12.2"),
            scaled("Total", "2024-25", "1,822.7", total=True)]
    [check] = TOTAL.run(ITEM, rows)
    assert (check.status, check.expected, check.actual) == ("pass", "1822700000", "1822600000")
    assert "rounding of the printed figures (£250,000)" in check.detail


def test_figures_printed_in_millions_off_by_more_than_rounding_fail():
    rows = [scaled("Schools", "2024-25", "1,260.2"), scaled("High needs", "2024-25", "392.8"),
            scaled("Total", "2024-25", "1,655.0", total=True)]
    [check] = TOTAL.run(ITEM, rows)
    assert check.status == "fail"


def test_whole_pound_figures_still_agree_to_the_pound():
    rows = [cost("Staff", "2024-25", 1000), cost("Premises", "2024-25", 500), cost("Total", "2024-25", 1501, total=True)]
    [check] = TOTAL.run(ITEM, rows)
    assert check.status == "fail" and "exact to the pound" in check.detail


def test_subtotals_sum_their_own_block_and_a_grand_total_sums_the_subtotals():
    rows = [cost("Roads", "2026-27", 100), cost("Bridges", "2026-27", 50), cost("Total highways", "2026-27", 150, total=True),
            cost("Libraries", "2026-27", 30), cost("Total culture", "2026-27", 30, total=True),
            cost("Total programme", "2026-27", 180, total=True)]
    checks = TOTAL.run(ITEM, rows)
    assert [c.status for c in checks] == ["pass", "pass", "pass"]
    assert "(the totals above it)" in checks[2].detail


def test_a_subtotal_that_does_not_sum_its_block_fails():
    rows = [cost("Roads", "2026-27", 100), cost("Total highways", "2026-27", 90, total=True),
            cost("Libraries", "2026-27", 30), cost("Total culture", "2026-27", 40, total=True)]
    checks = TOTAL.run(ITEM, rows)
    assert [c.status for c in checks] == ["fail", "fail"]


def test_a_total_with_no_lines_above_it_is_a_skip_not_a_failure():
    [check] = TOTAL.run(ITEM, [cost("Total savings", "2026-27", -500, total=True), cost("Libraries", "2026-27", -200)])
    assert (check.status, check.actual) == ("skip", None)


def test_a_disagreeing_total_whose_label_only_ends_with_total_is_a_skip_with_the_reason():
    rows = [cost("Roads", "2026-27", 100), cost("Highways Total", "2026-27", 90, total=True)]
    [check] = TOTAL.run(ITEM, rows)
    assert check.status == "skip" and "does not start with a total word" in check.detail


def test_a_disagreeing_total_over_figures_of_unknown_unit_is_a_skip():
    rows = [cost("Roads", "2026-27", 100, unit=None), cost("Total", "2026-27", 90, total=True)]
    [check] = TOTAL.run(ITEM, rows)
    assert check.status == "skip" and "unit" in check.detail


def test_a_disagreeing_total_over_lines_under_headings_with_no_subtotals_is_a_skip():
    rows = [cost("Roads", "2026-27", 100, level=2), cost("Libraries", "2026-27", 30, level=2),
            cost("Total", "2026-27", 100, total=True)]
    [check] = TOTAL.run(ITEM, rows)
    assert check.status == "skip" and "headings" in check.detail


def test_a_zero_total_confirmed_by_zeros_is_no_pass():
    rows = [cost("Roads", "2026-27", 0), cost("Libraries", "2026-27", 0), cost("Total", "2026-27", 0, total=True)]
    [check] = TOTAL.run(ITEM, rows)
    assert check.status == "skip" and "only zeros" in check.detail


def test_every_validation_records_its_basis():
    for check in TOTAL.run(ITEM, ROWS):
        assert "basis: total row 'TOTAL', figures in £" in check.detail
