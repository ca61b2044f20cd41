"""Costs stated in prose against the cost table, year amounts against their stated
total, an annual figure against hours x rate x 52, and cash-flow expenditure against
the costs (re-typed items: other amounts, rates and names than the seeds)."""

from __future__ import annotations

from extractors.checks.cash_flow_expenditure_costs import CHECK as EXPENDITURE
from extractors.checks.prose_annual_rate import CHECK as ANNUAL
from extractors.checks.prose_costs_total import CHECK as PROSE_COSTS
from extractors.checks.prose_figures_sum import CHECK as FIGURES_SUM
from tests.check_helpers import flow
from tests.prose_check_helpers import costs_table, prose_item, with_figures

INVESTMENT = """To deliver the policy there will be a requirement for Reserve Fund investment of £{amount}. It
should be noted that the design work needs the most support.

Specialist support will make sure the redesign is sound and that the people who use
the service are consulted.

"""
SUPPORT = [("Design work", None, 45000, False), ("Implementation support", None, 30000, False)]


def investment_item(amount: str):
    return prose_item(INVESTMENT.format(amount=amount) + "Scope\tLead\tAmount\n")


def test_investment_stated_higher_up_the_question_equals_the_cost_lines():
    it = investment_item("75k")
    [v] = PROSE_COSTS.run(it, with_figures(it, *costs_table(7, SUPPORT)))
    assert (v.status, v.expected, v.actual) == ("pass", "75000", "75000")


def test_a_single_stated_investment_that_differs_fails():
    it = investment_item("80k")
    [v] = PROSE_COSTS.run(it, with_figures(it, *costs_table(7, SUPPORT)))
    assert (v.status, v.expected, v.actual) == ("fail", "80000", "75000")


def test_an_amount_just_above_the_table_is_left_to_costs_stated_total():
    it = prose_item("The project is expected to cost £75,000 over two years, as follows:\n\nScope\tAmount\n")
    assert PROSE_COSTS.run(it, with_figures(it, *costs_table(3, SUPPORT))) == []


SUMMARY = "- 2.3 In summary, the case requests £{total} of reserve funding over two years ({first} and {second})."


def test_year_amounts_add_up_to_the_total_stated_with_them_and_its_restatements_are_listed():
    text = SUMMARY.format(total="150,000", first="£90k in year 1", second="£60k in year 2")
    it = prose_item(text + "\n\nThe funding request over 2 years is £150,000.\n", kind="committee_report")
    [v] = FIGURES_SUM.run(it, with_figures(it))
    assert (v.status, v.expected, v.actual) == ("pass", "150000", "150000")
    assert "also stated in line 3" in v.detail


def test_year_amounts_that_miss_the_stated_total_fail():
    text = SUMMARY.format(total="140,000", first="£90k in the first year", second="£60k in the second year")
    it = prose_item(text, kind="committee_report")
    [v] = FIGURES_SUM.run(it, with_figures(it))
    assert (v.status, v.expected, v.actual) == ("fail", "140000", "150000")


def test_year_amounts_without_a_total_give_no_row():
    it = prose_item("Savings of £20,000 in 2024/25 and £35,000 in 2025/26 are expected.")
    assert FIGURES_SUM.run(it, with_figures(it)) == []


RATE = """The difference in hourly rates is estimated to be nominally £4.00ph. Given a steady rise
to 600 hours per week of delivery over the two years we expect to break even in Q3 Y2.
"""


def test_an_annual_figure_is_hours_per_week_times_the_hourly_rate_times_52():
    it = prose_item(f"1. Saving/ Income amount - £120,000 annually after the pilot.\n\n{RATE}")
    [v] = ANNUAL.run([it], with_figures(it))
    assert (v.status, v.expected, v.actual) == ("fail", "120000", "124800")
    assert "exact to the pound" in v.detail


def test_an_approximate_annual_figure_may_take_the_rate_from_another_item_of_the_document():
    paper = prose_item("- 2.5 Once 600 hours of support per week are delivered, the saving is in the region of "
                       "£125,000 per year.", kind="committee_report")
    case = prose_item(RATE, item_id="d:002", title="Home support pilot")
    validations = ANNUAL.run([paper, case], with_figures(paper) + with_figures(case))
    [v] = [v for v in validations if v.item_id == "d:001"]
    assert (v.status, v.expected, v.actual) == ("pass", "125000", "124800")
    assert "within 5%" in v.detail and "Home support pilot" in v.detail


def test_an_annual_figure_with_no_rate_in_the_document_is_a_skip():
    paper = prose_item("- 2.5 With 600 hours of support per week the saving is about £125,000 per year.",
                       kind="committee_report")
    [v] = ANNUAL.run([paper], with_figures(paper))
    assert (v.status, v.expected, v.actual) == ("skip", "125000", None)


SPENT = flow("Expenditure from provider", "£ per quarter", [20000] * 4 + [10000] * 4)


def test_each_years_expenditure_equals_the_cost_tables_total_for_that_year():
    it = prose_item("Expenditure is shown below.")
    table = costs_table(20, [("TOTAL", "1st Year", 80000, True), ("TOTAL", "2nd Year", 45000, True)])
    first, second, overall = EXPENDITURE.run(it, with_figures(it, *table, *SPENT))
    assert (first.status, first.expected, first.actual) == ("pass", "80000", "80000")
    assert (second.status, second.expected, second.actual) == ("fail", "45000", "40000")
    assert (overall.status, overall.expected, overall.actual) == ("fail", "125000", "120000")


def test_without_a_cost_table_total_expenditure_meets_the_cost_stated_in_the_text():
    it = prose_item("The cost of the service over two years is expected to be £120,000.")
    [v] = EXPENDITURE.run(it, with_figures(it, *SPENT))
    assert (v.status, v.expected, v.actual) == ("pass", "120000", "120000")
