"""Money tables in built PDFs, through the whole pipeline: each cause of a misread total found
on real budget papers (issue 12), pinned by the rows and validations it must (not) give."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest

from pipeline.run import run
from tests.pdf_builders import money_table_pdf


def extract(tmp_path, pdf: bytes) -> duckdb.DuckDBPyConnection:
    path = tmp_path / "budget.pdf"
    path.write_bytes(pdf)
    db = tmp_path / "x.duckdb"
    run([path], str(db), force=True)
    return duckdb.connect(str(db), read_only=True)


def costs(con) -> list[tuple]:
    return con.execute("SELECT label, period, amount_gbp, is_total, unit FROM costs ORDER BY seq").fetchall()


def validations(con) -> list[tuple]:
    return con.execute('SELECT "check", status, expected, actual, detail FROM validations '
                       "WHERE \"check\" LIKE 'costs%' ORDER BY line").fetchall()


def test_a_table_continued_over_pages_with_its_header_repeated_is_added_up_whole(tmp_path):
    lines = [[f"Scheme {n}", "1,000", "2,000"] for n in range(1, 61)]
    total = ["Total", "60,000", "120,000"]
    con = extract(tmp_path, money_table_pdf(["Scheme", "2025-26 £", "2026-27 £"], [*lines, total]))
    rows = costs(con)
    assert not [r for r in rows if r[0] == "Scheme"], "the header printed again on page 2 is no cost row"
    assert len([r for r in rows if r[0].startswith("Scheme ")]) == 120
    checks = validations(con)
    assert [(c[1], c[2], c[3]) for c in checks] == [("pass", "60000", "60000"), ("pass", "120000", "120000")]


def test_a_typographic_apostrophe_in_a_millions_unit_still_scales_the_figures(tmp_path):
    con = extract(tmp_path, money_table_pdf(["Service", "2024-25 £’m", "2025-26 £’m"],
                                            [["Care", "56.5", "58.0"], ["Schools", "12.2", "13.0"], ["Total", "68.7", "71.0"]]))
    assert costs(con)[:2] == [("Care", "2024-25 £’m", Decimal(56_500_000), False, "£m"),
                              ("Care", "2025-26 £’m", Decimal(58_000_000), False, "£m")]
    assert [c[1] for c in validations(con)] == ["pass", "pass"]


def test_columns_under_one_heading_in_different_units_stay_apart_and_only_money_is_summed(tmp_path):
    header = ["Programme", "2025-26", "2025-26", "2025-26"]
    rows = [["", "£m", "%", "Years"], ["Roads", "10.0", "40%", "5"], ["Bridges", "15.0", "60%", "3"],
            ["Total", "25.0", "100%", "8"]]
    con = extract(tmp_path, money_table_pdf(header, rows, repeat_rows=2))
    found = costs(con)
    assert {r[4] for r in found} == {"£m"}
    assert [(r[0], r[2]) for r in found] == [("Roads", Decimal(10_000_000)), ("Bridges", Decimal(15_000_000)),
                                            ("Total", Decimal(25_000_000))]
    assert [(c[1], c[2]) for c in validations(con)] == [("pass", "25000000")]


def test_a_total_row_with_an_empty_bold_label_is_kept_and_checked(tmp_path):
    rows = [["Staffing", "£120,000", "£125,000"], ["Premises", "£30,000", "£31,000"], ["", "£150,000", "£156,000"]]
    con = extract(tmp_path, money_table_pdf(["Cost line", "2025-26", "2026-27"], rows, bold_rows=(2,)))
    assert [(r[0], r[2], r[3]) for r in costs(con)][-2:] == [("", Decimal(150_000), True), ("", Decimal(156_000), True)]
    assert [c[1] for c in validations(con)] == ["pass", "pass"]


def test_an_unlabelled_last_row_that_does_not_add_up_is_a_skip_not_a_failure(tmp_path):
    rows = [["Staffing", "£120,000", "£125,000"], ["Premises", "£30,000", "£31,000"], ["", "£90,000", "£95,000"]]
    con = extract(tmp_path, money_table_pdf(["Cost line", "2025-26", "2026-27"], rows, bold_rows=(2,)))
    checks = validations(con)
    assert [c[1] for c in checks] == ["skip", "skip"]
    assert all("prints no label" in c[4] for c in checks)


def test_a_fund_name_containing_total_is_a_line_not_a_total(tmp_path):
    rows = [["Global Total Return Fund", "£4,000", "£4,500"], ["Property Fund", "£6,000", "£6,500"],
            ["Total", "£10,000", "£11,000"]]
    con = extract(tmp_path, money_table_pdf(["Investment", "2024-25", "2025-26"], rows))
    assert [(r[0], r[3]) for r in costs(con)][:2] == [("Global Total Return Fund", False), ("Global Total Return Fund", False)]
    assert [(c[1], c[2]) for c in validations(con)] == [("pass", "10000"), ("pass", "11000")]


@pytest.mark.parametrize("stated", ["£9,000", "£12,000"])
def test_a_total_that_does_not_add_up_fails_only_when_its_label_starts_with_a_total_word(tmp_path, stated):
    rows = [["Roads", "£4,000", "£4,500"], ["Bridges", "£6,000", "£6,500"], ["Total", stated, "£11,000"]]
    con = extract(tmp_path, money_table_pdf(["Scheme", "2024-25", "2025-26"], rows))
    assert [c[1] for c in validations(con)] == ["fail", "pass"]
