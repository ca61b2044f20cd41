from decimal import Decimal

import pytest

from extractors.values.money import parse_money, parse_money_range


@pytest.mark.parametrize(
    "text, pounds",
    [
        ("-£682,000", -682000),
        ("- £250,000", -250000),
        ("£30k", 30000),
        ("£1.7m", 1700000),
        ("c£500k", 500000),
        ("£4.50ph", Decimal("4.50")),
        ("£60K", 60000),
        ("Estimated income: £5,000", 5000),
        ("£160,000 annually after initial pilot", 160000),
    ],
)
def test_parse_money_reads_signed_pounds(text, pounds):
    assert parse_money(text) == Decimal(pounds)


def test_parse_money_scales_bare_figures_under_a_thousands_header():
    assert parse_money("-412", scale=1000) == Decimal(-412000)
    assert parse_money("230", scale=1000) == Decimal(230000)


def test_parse_money_keeps_pound_figures_unscaled_even_under_a_thousands_header():
    assert parse_money("£1,500", scale=1000) == Decimal(1500)


def test_parse_money_marks_circa_as_approximate():
    assert parse_money_range("c£500k").approximate
    assert not parse_money_range("£500k").approximate


def test_parse_money_keeps_the_rate_suffix():
    assert parse_money_range("£4.50ph").rate == "ph"


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("£50,000 to £100,000", 50000, 100000),
        ("Range between £180,000 - £315,000", 180000, 315000),
        ("£180k to £315k", 180000, 315000),
    ],
)
def test_parse_money_range_reads_both_ends(text, low, high):
    money = parse_money_range(text)
    assert (money.low, money.high) == (Decimal(low), Decimal(high))


def test_parse_money_gives_none_for_a_range_or_no_amount():
    assert parse_money("£50,000 to £100,000") is None
    assert parse_money("N/A") is None
    assert parse_money("") is None
    assert parse_money(None) is None


def test_parse_money_gives_none_for_a_run_of_digits_too_long_for_the_money_columns():
    # DECIMAL(18,2) holds 16 whole digits; a longer run is a reference, not an amount.
    assert parse_money("10000000000000000000000000", scale=1000) is None
    assert parse_money("£12345678901234567") is None
    assert parse_money("£1,234,567,890,123") == Decimal("1234567890123")


def test_a_percentage_is_no_amount_even_under_a_millions_header():
    assert parse_money("13%", scale=1_000_000) is None
    assert parse_money("12.5 %") is None
    assert parse_money("£4,000 (13%)") == Decimal(4000)
