"""Cost avoidance stated per financial year: against the cash-flow table's years, the
headline saving and the cost (re-typed items: other amounts and years than the seeds)."""

from __future__ import annotations

from decimal import Decimal

from extractors.checks.prose_cost_avoidance_fy import CHECK as PER_YEAR
from extractors.checks.prose_payback import CHECK as PAYBACK
from extractors.checks.prose_saving_covered import CHECK as COVERED
from schemas.records import CashFlow
from tests.check_helpers import flow
from tests.prose_check_helpers import BASE, costs_table, prose_item, proposal, with_figures

STATEMENT = """Cost avoidance breakeven point
The expected cost of the scheme over two years is £60,000 which will be met from reserves.

This suggests the scheme would generate cost avoidance savings of £12,400 in 2024/25 and
£{second} in 2025/26. Further investment may be needed after the roll-out.
"""
AVOIDED = flow("Cost avoidance using £3.10ph", "£ per quarter", [0, 2000, 4400, 6000, 10000, 12000, 14000, 15000])
SPENT = flow("Expenditure from provider", "£ per quarter", [10000] * 4 + [5000] * 4)


def item(second: str = "51,000"):
    return prose_item(STATEMENT.format(second=second))


def test_each_stated_year_equals_the_sum_of_its_quarters_year_one_being_the_first_year_named():
    it = item()
    first, second = PER_YEAR.run(it, with_figures(it, *AVOIDED, *SPENT))
    assert (first.status, first.expected, first.actual) == ("pass", "12400", "12400")
    assert (second.status, second.expected, second.actual) == ("pass", "51000", "51000")
    assert "year 1 taken as 2024-25" in first.detail and "exact to the pound" in first.detail


def test_a_year_that_differs_from_its_quarters_fails():
    it = item("52,000")
    _, second = PER_YEAR.run(it, with_figures(it, *AVOIDED))
    assert (second.status, second.expected, second.actual) == ("fail", "52000", "51000")


def test_a_table_by_financial_year_is_matched_on_its_year():
    it = item()
    annual = [CashFlow(**BASE, seq=n, table_id="t09", element="Cost avoidance", fy=fy, value=Decimal(v), unit="GBP", line=40)
              for n, (fy, v) in enumerate([("2024/25", 12400), ("2025/26", 50000)])]
    first, second = PER_YEAR.run(it, with_figures(it, *annual))
    assert (first.status, second.status, second.actual) == ("pass", "fail", "50000")


def test_without_a_cash_flow_table_the_stated_years_are_skips():
    it = item()
    assert [v.status for v in PER_YEAR.run(it, with_figures(it))] == ["skip", "skip"]


def test_text_without_yearly_avoidance_gives_no_row():
    it = prose_item("The scheme would generate savings of £12,400 over the period.")
    assert PER_YEAR.run(it, with_figures(it, *AVOIDED)) == []


def test_the_headline_saving_is_covered_by_the_avoidance_stated_for_its_year():
    it = item()
    [v] = COVERED.run(it, with_figures(it, proposal(-12000, "2024-25")))
    assert (v.status, v.expected, v.actual) == ("pass", "12000", "12400")
    [v] = COVERED.run(it, with_figures(it, proposal(-15000, "2024-25")))
    assert (v.status, v.expected, v.actual) == ("fail", "15000", "12400")


def test_a_saving_for_a_year_the_text_gives_no_avoidance_for_is_not_checked():
    it = item()
    assert COVERED.run(it, with_figures(it, proposal(-12000, "2026-27"))) == []


def test_payback_compares_the_stated_avoidance_with_the_cost_table_total():
    it = item()
    table = costs_table(30, [("TOTAL", "1st Year", 40000, True), ("TOTAL", "2nd Year", 20000, True)])
    [v] = PAYBACK.run(it, with_figures(it, *table))
    assert (v.status, v.expected, v.actual) == ("pass", "60000", "63400")
    dearer = costs_table(30, [("TOTAL", "1st Year", 50000, True), ("TOTAL", "2nd Year", 20000, True)])
    [v] = PAYBACK.run(it, with_figures(it, *dearer))
    assert (v.status, v.expected, v.actual) == ("fail", "70000", "63400")


def test_payback_without_a_cost_table_uses_the_single_cost_stated_in_the_text():
    it = item()
    [v] = PAYBACK.run(it, with_figures(it))
    assert (v.status, v.expected, v.actual) == ("pass", "60000", "63400")
    assert "cost stated in the text" in v.detail
