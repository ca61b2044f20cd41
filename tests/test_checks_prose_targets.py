"""Targets and periods stated in prose: hours per week at the end of a year against the
cash flow and against each other, phases against the period, the pilot's timetable
span against its stated length, and a lot's figure restated in a paragraph (re-typed
items: other hours, years, lots and amounts than the seeds)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extractors.checks.milestone_duration import CHECK as DURATION
from extractors.checks.prose_hours_consistency import CHECK as CONSISTENCY
from extractors.checks.prose_break_even_model import CHECK as BREAK_EVEN
from extractors.checks.prose_hours_targets import CHECK as TARGETS
from extractors.checks.prose_lot_budget import CHECK as LOT_PROSE
from extractors.checks.prose_phase_months import CHECK as PHASES
from schemas.pack_tables import LotBudget
from schemas.records import Kpi, Milestone
from tests.check_helpers import flow
from tests.prose_check_helpers import BASE, prose_item, with_figures

DELIVERABLES = """By the end of year 1:

- Add 30+ new enterprises delivering {y1} care hours to people at home (per week)

By the end of year 2:

- Add 90+ new enterprises delivering {y2} care hours a week to people at home
"""
HOURS = flow("Work delivered", "Hours per week", [0, 60, 120, 180, 300, 450, 520, 600], unit="hours")


def test_year_end_hours_targets_equal_the_cash_flow_in_the_last_quarter_of_that_year():
    it = prose_item(DELIVERABLES.format(y1=180, y2=650))
    first, second = TARGETS.run(it, with_figures(it, *HOURS))
    assert (first.status, first.expected, first.actual) == ("pass", "180", "180")
    assert (second.status, second.expected, second.actual) == ("fail", "650", "600")


def test_without_an_hours_row_in_a_cash_flow_there_is_nothing_to_compare():
    it = prose_item(DELIVERABLES.format(y1=180, y2=600))
    assert TARGETS.run(it, with_figures(it)) == []


def test_targets_for_the_same_year_agree_with_each_other_and_the_kpi_target():
    text = DELIVERABLES.format(y1=180, y2=600) + "\nThe aim is to deliver 600 hours a week of support by the end of the second year.\n"
    it = prose_item(text)
    kpi = Kpi(**BASE, seq=1, table_id="t04", line=30, target="90 more delivering 600 hours of support per week at the end of the second year")
    [v] = CONSISTENCY.run(it, with_figures(it, kpi))
    assert (v.status, v.expected, v.actual) == ("pass", "600", "600")
    assert "3 statements" in v.detail


def test_targets_for_the_same_year_that_differ_fail():
    text = DELIVERABLES.format(y1=180, y2=600) + "\nThe aim is to deliver 640 hours a week of support by the end of the second year.\n"
    it = prose_item(text)
    [v] = CONSISTENCY.run(it, with_figures(it))
    assert (v.status, v.expected, v.actual) == ("fail", "600", "640")


PHASES_TEXT = """- The funding request for the bid over {years} years is £90,000

- Support from the project team is expected to be 3 days per month in the initial phase (first 4 months) reducing to 1 day per month during the remaining 20 months
"""


def report(text: str):
    return prose_item(text, kind="committee_report")


def test_phases_in_months_add_up_to_the_period_stated_in_the_same_section():
    it = report(PHASES_TEXT.format(years=2))
    [v] = PHASES.run(it, with_figures(it))
    assert (v.status, v.expected, v.actual) == ("pass", "24", "24")


def test_phases_that_miss_the_stated_period_fail():
    it = report(PHASES_TEXT.format(years=3))
    [v] = PHASES.run(it, with_figures(it))
    assert (v.status, v.expected, v.actual) == ("fail", "36", "24")


def task(name: str, start: str, end: str) -> Milestone:
    return Milestone(**BASE, seq=1, table_id="t05", task=name, line=50, start_text=start, end_text=end,
                     start_date=dt.date.fromisoformat(start), start_precision="month",
                     end_date=dt.date.fromisoformat(end), end_precision="month")


def test_the_pilot_task_spans_the_stated_length_counting_the_last_month_either_way():
    it = prose_item("The council will commission a three year pilot to test the model.")
    rows = [task("Commence pilot", "2025-04-01", "2028-04-01"), task("Run the pilot", "2025-04-01", "2028-03-01"),
            task("Pilot board set up", "2025-01-01", "2025-02-01")]
    assert [(v.status, v.actual) for v in DURATION.run(it, rows)] == [("pass", "36"), ("pass", "35")]


def test_a_pilot_task_shorter_than_the_stated_length_fails():
    it = prose_item("The council will commission a 3-year pilot to test the model.")
    [v] = DURATION.run(it, [task("Commence pilot", "2025-04-01", "2027-04-01")])
    assert (v.status, v.expected, v.actual) == ("fail", "36", "24")


LOTS = [LotBudget(**BASE, seq=n, table_id="t02", line=40 + n, lot=str(n), label=f"Lot {n}",
                  ccc_contribution_annual_gbp=Decimal(c), total_annual_lot_budget_gbp=Decimal(t))
        for n, (c, t) in enumerate([(210000, 300000), (640120, 780000)], start=1)]


def test_an_amount_in_a_paragraph_naming_one_lot_equals_one_of_its_figures():
    it = report("- 2.4.2 Grants to day centre providers are worth £640,120 a year. Lot 2 gives a route to re-commission them.")
    [v] = LOT_PROSE.run(it, with_figures(it, *LOTS))
    assert (v.status, v.expected, v.actual) == ("pass", "640120", "640120")
    assert "contribution" in v.detail


def test_an_amount_matching_none_of_the_lots_figures_is_a_skip_never_a_guess():
    it = report("- 2.4.2 Grants to day centre providers are worth £650,000 a year. Lot 2 gives a route to re-commission them.")
    [v] = LOT_PROSE.run(it, with_figures(it, *LOTS))
    assert v.status == "skip" and "£780,000" in v.detail


MODEL = """The cost of the scheme over two years is expected to be £{cost}.

The difference in hourly rates is nominally £3.80ph. Given a steady rise to 600 hours per week of
delivery over the two years we would expect the scheme to break even in {quarter}.
"""


def model_item(cost: str = "100,000", quarter: str = "Q4 Y2"):
    return prose_item(MODEL.format(cost=cost, quarter=quarter))


def test_a_straight_line_rise_covers_the_cost_and_breaks_even_in_the_stated_quarter():
    it = model_item()
    [v] = BREAK_EVEN.run(it, with_figures(it))
    # 3.80 x 600 x 104 / 2 = 118,560; break-even at week sqrt(2 x 104 x 100,000 / 2,280) = 95.5: Q4 of year 2
    assert (v.status, v.expected, v.actual) == ("pass", "100000", "118560")
    assert "week 96 (Q4 Y2)" in v.detail


def test_a_stated_quarter_the_model_does_not_reach_fails():
    it = model_item(quarter="Q2 Y2")
    [v] = BREAK_EVEN.run(it, with_figures(it))
    assert v.status == "fail"


def test_a_cost_the_rise_never_covers_fails():
    it = model_item(cost="130,000")
    [v] = BREAK_EVEN.run(it, with_figures(it))
    assert (v.status, v.expected, v.actual) == ("fail", "130000", "118560")
    assert "not within the period" in v.detail
