from extractors.checks.cash_flow_cumulative import CHECK as CUMULATIVE
from extractors.checks.cash_flow_net import CHECK as NET
from extractors.checks.hours_per_quarter import CHECK as HOURS
from tests.check_helpers import ITEM, flow

WEEK = flow("Visits", "Hours per week", [10, 20, 30, 40, 50, 60, 70, 80], unit="hours")
QUARTER = flow("Visits", "Hours per quarter", [130, 260, 390, 520, 650, 780, 910, 1040], unit="hours")
INCOME = flow("Cost avoidance using £5ph", "£ per quarter", [650, 1300, 1950, 2600, 3250, 3900, 4550, 5200])
SPEND = flow("Expenditure on staff", "£ per quarter", [2000] * 8)
NET_ROW = flow("Net cash flow", "£ per quarter", [-1350, -700, -50, 600, 1250, 1900, 2550, 3200])
CUM_ROW = flow("Cum cash flow", "£ per quarter", [-1350, -2050, -2100, -1500, -250, 1650, 4200, 7400])


def test_net_equal_to_avoidance_minus_expenditure_passes():
    [v] = NET.run(ITEM, INCOME + SPEND + NET_ROW)
    assert v.status == "pass" and "8 periods" in v.detail


def test_net_off_by_a_pound_in_one_quarter_fails_naming_it():
    bad = flow("Net cash flow", "£ per quarter", [-1350, -700, -51, 600, 1250, 1900, 2550, 3200])
    [v] = NET.run(ITEM, INCOME + SPEND + bad)
    assert (v.status, v.expected, v.actual) == ("fail", "-51", "-50")
    assert "Y1 Q3" in v.detail and "7 of 8" in v.detail


def test_net_without_expenditure_is_skipped():
    [v] = NET.run(ITEM, INCOME + NET_ROW)
    assert v.status == "skip"


def test_cumulative_is_the_running_sum_of_net():
    [v] = CUMULATIVE.run(ITEM, NET_ROW + CUM_ROW)
    assert (v.status, v.expected, v.actual) == ("pass", "7400", "7400")
    bad = flow("Cum cash flow", "£ per quarter", [-1350, -2050, -2100, -1500, -250, 1650, 4200, 7000])
    [v] = CUMULATIVE.run(ITEM, NET_ROW + bad)
    assert (v.status, v.expected, v.actual) == ("fail", "7000", "7400")


def test_hours_per_quarter_is_thirteen_weeks():
    [v] = HOURS.run(ITEM, WEEK + QUARTER)
    assert v.status == "pass"
    bad = flow("Visits", "Hours per quarter", [130, 260, 390, 500, 650, 780, 910, 1040], unit="hours")
    [v] = HOURS.run(ITEM, WEEK + bad)
    assert (v.status, v.expected, v.actual) == ("fail", "500", "520")


def test_no_cash_flow_rows_give_no_validations():
    assert NET.run(ITEM, []) == [] and CUMULATIVE.run(ITEM, []) == [] and HOURS.run(ITEM, []) == []


def test_rate_in_the_label_prices_the_hours_rounded_half_up():
    from extractors.checks.cash_flow_rate import CHECK as RATE

    hours = flow("Visits", "Hours per quarter", [1, 3, 5, 7, 9, 11, 13, 15], unit="hours")
    priced = flow("Cost avoidance using £2.50ph", "£ per quarter", [3, 8, 13, 18, 23, 28, 33, 38])
    [v] = RATE.run(ITEM, hours + priced)
    assert v.status == "pass"  # 1 x 2.5 = 2.5 -> 3, 3 x 2.5 = 7.5 -> 8 ...
    wrong = flow("Cost avoidance using £2.50ph", "£ per quarter", [2, 8, 13, 18, 23, 28, 33, 38])
    [v] = RATE.run(ITEM, hours + wrong)
    assert (v.status, v.expected, v.actual) == ("fail", "2", "3")


def test_break_even_marker_under_the_first_non_negative_cumulative():
    from extractors.checks.cash_flow_break_even import CHECK as BREAK_EVEN

    cum = flow("Cum cash flow", "£ per quarter", [-1350, -2050, -2100, -1500, -250, 1650, 4200, 7400])
    cum[5] = cum[5].model_copy(update={"is_break_even": True})
    [v] = BREAK_EVEN.run(ITEM, cum)
    assert (v.status, v.expected, v.actual) == ("pass", "Y2 Q2", "Y2 Q2")
    cum[5] = cum[5].model_copy(update={"is_break_even": False})
    cum[7] = cum[7].model_copy(update={"is_break_even": True})
    [v] = BREAK_EVEN.run(ITEM, cum)
    assert v.status == "fail"


def test_final_cumulative_against_totals_of_the_printed_cells():
    from extractors.checks.cash_flow_final import CHECK as FINAL

    [v] = FINAL.run(ITEM, INCOME + SPEND + CUM_ROW)
    assert (v.status, v.expected, v.actual) == ("pass", "7400", "7400")
