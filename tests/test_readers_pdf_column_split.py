"""Boxed tables whose columns are parted by whitespace only (`pdf_column_split`): each figure
column read as a column of its own, with its own (multi-line) header."""

from __future__ import annotations

import duckdb

from extractors.readers.pdf import read_pdf
from pipeline.run import run
from schemas.stages import SourceFile
from tests.pdf_builders_tables import boxed_whitespace_table_pdf

HEADER = ["Directorate", "£m\nWorking\nBudget", "Forecast", "Variance"]
ROWS = [
    ["Adult Social Care", "586.1", "621.6", "35.4"],
    ["Children's Services", "430.6", "420.8", "-9.9"],
    ["Growth & Transport", "202.9", "209.2", "6.3"],
    ["Total", "1,219.6", "1,251.6", "31.8"],
]


def _tables(pdf: bytes):
    return read_pdf(SourceFile(path="boxed.pdf", doc_id="boxed", source_format="pdf", data=pdf)).tables


def _rows(table) -> list[list[str]]:
    return [[c for c in row] for row in [table.header, *table.rows] if any(c.strip() for c in row)]


def test_figures_parted_by_whitespace_in_a_boxed_table_are_read_as_columns_with_their_own_headers():
    (table,) = _tables(boxed_whitespace_table_pdf(HEADER, ROWS))
    rows = _rows(table)
    body = [[c for c in row if c] for row in rows[1:]]
    assert body == ROWS, "each figure in a cell of its own, beside its label"
    header = [c.replace("\n", " ") for c in rows[0] if c]
    assert header[0] == "Directorate"
    assert [h.removeprefix("£m ") for h in header[1:]] == ["Working Budget", "Forecast", "Variance"]
    assert all(h.startswith("£m") for h in header[1:]), "the unit printed once over the figures is each column's"


def test_a_pound_sign_printed_apart_from_its_amount_is_not_a_column():
    rows = [["Scheme A", "£          1,000", "£          2,000", "£          3,000"],
            ["Scheme B", "£          4,000", "£          5,000", "£          9,000"],
            ["Scheme C", "£          7,000", "£          8,000", "£        15,000"]]
    (table,) = _tables(boxed_whitespace_table_pdf(["Scheme", "2024-25", "2025-26", "Total"], rows))
    body = [[" ".join(c.split()) for c in row if c] for row in _rows(table)[1:]]
    assert body == [[" ".join(c.split()) for c in row] for row in rows], "each £ stays with its amount"


def test_a_boxed_whitespace_money_table_gives_costs_per_column_and_its_totals_add_up(tmp_path):
    path = tmp_path / "boxed.pdf"
    path.write_bytes(boxed_whitespace_table_pdf(HEADER, ROWS, caption="Directorate Summary"))
    db = tmp_path / "x.duckdb"
    run([path], str(db), force=True)
    con = duckdb.connect(str(db), read_only=True)
    costs = con.execute("SELECT label, period, amount_gbp FROM costs ORDER BY seq").fetchall()
    assert ("Adult Social Care", "Working Budget", 586100000) in [(a, b, int(c)) for a, b, c in costs]
    assert ("Children's Services", "Variance", -9900000) in [(a, b, int(c)) for a, b, c in costs]
    checks = con.execute("SELECT status FROM validations WHERE \"check\" = 'costs_total'").fetchall()
    assert [s for (s,) in checks] == ["pass", "pass", "pass"]
