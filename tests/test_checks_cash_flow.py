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
