"""Pooled budget checks and the investment bid's advances vs the stated request."""

from extractors.checks.investment_bid_cash_flow import run as bid_cash_flow
from extractors.checks.pooled_budget_total import run as pooled
from tests.pack_helpers import item_from_text, seed_item, typed
from tests.test_tables_pack_bid import BID

POOL_OFF = """\tLA contribution\tCCG contribution\tTotal pooled budget
West Pool\t£600,000 (55.0%)\t£400,000 (45.0%)\t£1,000,001
"""


def test_pooled_budget_flags_total_and_shares_that_do_not_match():
    item = item_from_text(POOL_OFF)
    got = [(v.check, v.status) for v in pooled(item, typed(item))]
    assert got == [
        ("pooled_budget_total", "fail"),  # 600,000 + 400,000 = 1,000,000, not 1,000,001
        ("pooled_budget_share", "fail"),  # 60.0%, printed 55.0%
        ("pooled_budget_share", "fail"),
        ("pooled_budget_shares_sum", "pass"),
    ]


def test_seed_pooled_budget_checks_hold_as_in_answer_key():
    item = seed_item("004_c00d3727959acbdb")
    got = [(v.check, v.status, v.expected, v.actual) for v in pooled(item, typed(item))]
    assert got == [
        ("pooled_budget_total", "pass", "4708057", "4708057"),
        ("pooled_budget_share", "pass", "51.4", "51.43"),
        ("pooled_budget_share", "pass", "48.6", "48.57"),
        ("pooled_budget_shares_sum", "pass", "100", "100"),
    ]


def test_bid_advances_skip_without_a_stated_request():
    item = item_from_text(BID, kind="investment_bid")
    [v] = bid_cash_flow([item], typed(item))
    assert (v.status, v.actual) == ("skip", "65000")


def test_bid_advances_compared_with_request_stated_in_the_item():
    item = item_from_text("The bid is requesting £65,000 of transformation funding over two years.\n\n" + BID, kind="investment_bid")
    [v] = bid_cash_flow([item], typed(item))
    assert (v.status, v.expected, v.actual) == ("pass", "65000", "65000")


def test_bid_advances_compared_with_request_stated_in_the_cover_paper_before_it():
    cover = item_from_text("2.3 The committee is requesting £70,000 of transformation funding.", kind="committee_report")
    cover = cover.model_copy(update={"item_id": "d0c:000"})
    bid = item_from_text(BID, kind="investment_bid")
    [v] = bid_cash_flow([cover, bid], typed(bid))
    assert (v.status, v.expected, v.actual, v.item_id) == ("fail", "70000", "65000", bid.item_id)
