from extractors.checks.milestone_order import CHECK
from tests.check_helpers import ITEM, milestone


def test_same_month_at_month_precision_holds():
    [v] = CHECK.run(ITEM, [milestone("Procure", "2022-05-01", "month", "2022-05-01", "month"),
                           milestone("Go live", "2022-05-20", "day", "2022-05-01", "month")])
    assert v.status == "pass"


def test_end_before_start_fails_as_printed():
    [v] = CHECK.run(ITEM, [milestone("Plan", "2023-12-01", "month", "2023-01-01", "month")])
    assert (v.status, v.expected, v.actual) == ("fail", ">= 2023-12", "2023-01")
    assert "Plan" in v.detail
