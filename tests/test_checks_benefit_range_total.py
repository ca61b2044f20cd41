from extractors.checks.benefit_range_total import CHECK
from tests.check_helpers import ITEM, benefit

ROWS = [benefit("Fewer agency shifts", 20000, 40000), benefit("Sell spare rooms", 3000, 3000, kind="income"),
        benefit("Avoid admissions", 10000, 15000, kind="cost_avoidance")]


def test_low_and_high_ends_add_up_income_included():
    low, high = CHECK.run(ITEM, ROWS + [benefit("Total", 33000, 58000, kind="total", total=True)])
    assert (low.status, low.expected, low.actual) == ("pass", "33000", "33000")
    assert (high.status, high.expected, high.actual) == ("pass", "58000", "58000")


def test_a_wrong_high_end_fails_alone():
    low, high = CHECK.run(ITEM, ROWS + [benefit("Total", 33000, 60000, kind="total", total=True)])
    assert low.status == "pass" and (high.status, high.expected, high.actual) == ("fail", "60000", "58000")


def test_no_total_row_no_validation():
    assert CHECK.run(ITEM, ROWS) == []


def test_a_total_with_no_estimate_lines_above_it_is_a_skip():
    [check] = CHECK.run(ITEM, [benefit("Total", 33000, 58000, kind="total", total=True)])
    assert (check.status, check.detail) == ("skip", "no estimate lines above the total")


def test_headline_saving_inside_the_total_range():
    from extractors.checks.benefit_range_headline import CHECK as HEADLINE
    from tests.check_helpers import proposal

    rows = ROWS + [benefit("Total", 33000, 58000, kind="total", total=True)]
    [v] = HEADLINE.run(ITEM, rows + [proposal(-40000)])
    assert v.status == "pass"
    [v] = HEADLINE.run(ITEM, rows + [proposal(-60000)])
    assert (v.status, v.actual) == ("fail", "60000")
