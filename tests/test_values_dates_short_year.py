"""Day-month dates with a two-digit year, as training plans and reserve-date lists print them."""

import pytest

from extractors.values.dates import parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Members Seminar 17 April 20", "2020-04-17"),
        ("18 February 21", "2021-02-18"),
        ("3 June 21", "2021-06-03"),
        ("17 April 2020", "2020-04-17"),  # a four-digit year still wins
    ],
)
def test_day_month_two_digit_year(text, iso):
    assert parse_date(text).iso == iso


def test_two_digits_followed_by_more_digits_are_not_a_short_year():
    assert parse_date("17 April 2020").iso == "2020-04-17"
    assert parse_date("TBC").date is None
