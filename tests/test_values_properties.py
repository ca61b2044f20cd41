"""Property tests for the value parsers: any text is safe, formatted values round-trip, signs survive."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.values.dates import parse_date
from extractors.values.money import parse_money, parse_money_range
from extractors.values.rag import find_rag, parse_rag
from schemas.records import Rag

PENNIES = st.integers(min_value=0, max_value=10**11)
POUNDS = st.integers(min_value=0, max_value=10**9)
DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
FAST = settings(max_examples=150, deadline=None)


@FAST
@given(st.text())
def test_value_parsers_never_raise_on_any_text(text):
    parse_money(text)
    parse_money(text, scale=1000)
    parse_money_range(text)
    parse_date(text)
    parse_rag(text)
    find_rag(text)


@FAST
@given(POUNDS, st.booleans())
def test_formatted_pounds_round_trip_with_sign(pounds, negative):
    text = f"{'-' if negative else ''}£{pounds:,}"
    assert parse_money(text) == (-pounds if negative else pounds)


@FAST
@given(PENNIES)
def test_pounds_and_pence_round_trip(pennies):
    value = Decimal(pennies) / 100
    assert parse_money(f"£{value:,.2f}") == value


@FAST
@given(st.integers(min_value=-99_999, max_value=99_999))
def test_bare_thousands_scale_to_pounds_keeping_sign(thousands):
    assert parse_money(str(thousands), scale=1000) == thousands * 1000


@FAST
@given(POUNDS, POUNDS)
def test_ranges_round_trip_in_order(a, b):
    low, high = min(a, b), max(a, b)
    for joiner in (" to ", " - "):
        money = parse_money_range(f"£{low:,}{joiner}£{high:,}")
        assert (money.low, money.high) == (low, high)


@FAST
@given(DATES)
def test_day_month_year_dates_round_trip(date):
    for text in (f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}",
                 f"{date.day}/{date.month}/{date.year}",
                 f"{date.day} {MONTH_NAMES[date.month - 1][:3]} {date.year}"):
        parsed = parse_date(text)
        assert (parsed.date, parsed.precision, parsed.text) == (date, "day", text)


@FAST
@given(DATES)
def test_month_year_dates_have_month_precision(date):
    parsed = parse_date(f"{MONTH_NAMES[date.month - 1]} {date.year}")
    assert (parsed.date, parsed.precision) == (date.replace(day=1), "month")
    assert parsed.iso == date.isoformat()[:7]


@FAST
@given(st.sampled_from(["red", "amber", "green"]), st.sampled_from([str.lower, str.upper, str.title]),
       st.sampled_from(["", " ", "  \n"]))
def test_rag_words_in_any_case_and_padding(word, case, pad):
    assert parse_rag(f"{pad}{case(word)}{pad}") == Rag(word.title())
