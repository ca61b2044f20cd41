import pytest

from extractors.values.dates import parse_date, parse_fy


@pytest.mark.parametrize(
    "text, iso, precision",
    [
        ("19 November 2020", "2020-11-19", "day"),
        ("24 Nov 2020", "2020-11-24", "day"),
        ("8th October 2020", "2020-10-08", "day"),
        ("22 Sept 2020", "2020-09-22", "day"),
        ("Thursday, 08 October 2020", "2020-10-08", "day"),
        ("1/4/20", "2020-04-01", "day"),
        ("31/3/21", "2021-03-31", "day"),
        ("12/11/2020", "2020-11-12", "day"),
        ("Aug 2020", "2020-08", "month"),
        ("End Sep 2020", "2020-09", "month"),
        ("Aug 2020 Submitted to JCB 19th Aug", "2020-08", "month"),
        ("March 2021", "2021-03", "month"),
        ("2021", "2021", "year"),
    ],
)
def test_parse_date_keeps_the_printed_precision(text, iso, precision):
    parsed = parse_date(text)
    assert (parsed.iso, parsed.precision) == (iso, precision)
    assert parsed.text == text


@pytest.mark.parametrize("text", ["N/A", "TBC", "On request", ""])
def test_parse_date_gives_no_date_for_words(text):
    parsed = parse_date(text)
    assert parsed.date is None and parsed.precision is None


def test_parse_date_reads_day_month_in_uk_order():
    assert parse_date("3/4/21").iso == "2021-04-03"


def test_parse_date_rejects_impossible_days():
    assert parse_date("31/2/21").date is None


@pytest.mark.parametrize(
    "text, fy",
    [("2021-22", "2021-22"), ("2021/22", "2021-22"), ("20/21", "2020-21"), ("2021/2022", "2021-22"), ("2021-22 Saving", "2021-22")],
)
def test_parse_fy_normalises_financial_years(text, fy):
    assert parse_fy(text) == fy


@pytest.mark.parametrize("text", ["1-3", "2020", "Lots 1-4", None])
def test_parse_fy_ignores_ranges_that_are_not_consecutive_years(text):
    assert parse_fy(text) is None
