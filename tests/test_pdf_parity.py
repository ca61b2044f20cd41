"""The PDF route against the text route: each fixture PDF (tests/fixtures, typeset from a
seed dump) extracted through the normal pipeline scores, field by field, at least as
well against its adapted answer key as the seed dump does against its own key, and its
records carry page provenance. RAG cells printed only as colour come out as ratings."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.run import run
from pipeline.score import score_file
from pipeline.score.db import Database

FIXTURES = Path(__file__).parent / "fixtures"
RAW = Path(__file__).parents[1] / "data" / "raw"
sys.path.insert(0, str(FIXTURES))
from fixture_keys import TEXT_SOURCE, fixture_key, golden  # noqa: E402

PDFS = sorted(TEXT_SOURCE)


@pytest.fixture(scope="module")
def dbs(tmp_path_factory) -> tuple[str, str]:
    """One pipeline run over the fixture PDFs and one over the seed dumps they came from."""
    folder = tmp_path_factory.mktemp("parity")
    pdf_db, text_db = str(folder / "pdf.duckdb"), str(folder / "text.duckdb")
    run([FIXTURES / name for name in PDFS], pdf_db)
    run([RAW / TEXT_SOURCE[name] for name in PDFS], text_db)
    return pdf_db, text_db


def score(db: str, key: dict):
    con = duckdb.connect(db, read_only=True)
    try:
        return score_file(Database(con), key)
    finally:
        con.close()


def query(db: str, sql: str, *params) -> list[tuple]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def ratio(field) -> float:
    return field.matched / field.expected if field.expected else 1.0


# Fields where the PDF route is known to do worse than the text route, and why (see the report).
KNOWN_LOSSES = {
    # question 6's heading wraps in the PDF and its last line ('system.') is taken as body text
    ("business_cases.pdf", "proposals.sections.body_starts"),
    # costs_stated_total looks for the stated total in the 3 lines above the table: a PDF
    # paragraph wraps over more lines than a tabbed dump's one line per paragraph
    ("business_cases.pdf", "checks"),
    ("business_cases.pdf", "checks (by status only)"),
}


@pytest.mark.parametrize("name", PDFS)
def test_fixture_pdf_scores_at_least_as_well_as_its_text_dump_field_by_field(dbs, name):
    pdf_db, text_db = dbs
    pdf, text = score(pdf_db, fixture_key(name)), score(text_db, golden(TEXT_SOURCE[name]))
    assert pdf.found, f"{name} is not in the database"
    losses = []
    for field in text.fields:
        mine = pdf.field(field.field)
        if mine is not None and ratio(mine) < ratio(field) and (name, field.field) not in KNOWN_LOSSES:
            losses.append(f"{field.field}: pdf {mine.matched}/{mine.expected}, text {field.matched}/{field.expected}")
    print(f"\n{name}: pdf {pdf.matched}/{pdf.expected}, text {text.matched}/{text.expected}")
    assert not losses, "\n".join(losses + [m.describe() for m in pdf.mismatches if any(m.field in l for l in losses)][:20])


@pytest.mark.parametrize("name", PDFS)
def test_fixture_pdf_records_say_which_page_they_come_from(dbs, name):
    pdf_db, _ = dbs
    [(doc_id, n_pages)] = query(pdf_db, "SELECT doc_id, n_pages FROM documents WHERE source_path LIKE ?", f"%{name}")
    for table in ("risks", "milestones", "extracted_tables", "reports", "sections", "kpis", "cash_flow"):
        rows = query(pdf_db, f"SELECT page FROM {table} WHERE doc_id = ?", doc_id)
        assert all(p is not None and 1 <= p <= n_pages for (p,) in rows), f"{table} without a page"
    boxes = query(pdf_db, "SELECT bbox FROM extracted_tables WHERE doc_id = ?", doc_id)
    assert boxes and all(b is not None for (b,) in boxes)


@pytest.mark.parametrize("table", ["proposals", "eqias", "eqia_scope", "contacts"])
def test_form_field_records_from_a_pdf_say_which_page_they_come_from(dbs, table):
    pdf_db, _ = dbs
    rows = query(pdf_db, f"SELECT page FROM {table}")
    assert rows and all(p is not None for (p,) in rows)


def test_colour_only_rag_cells_read_as_ratings_from_colour(dbs):
    """pilot_case.pdf prints no RAG text: ratings come from the fills (key 000's ratings)."""
    pdf_db, _ = dbs
    rows = query(pdf_db, "SELECT r.rag, r.rag_source FROM risks r JOIN documents d USING (doc_id) "
                         "WHERE d.source_path LIKE '%pilot_case.pdf' ORDER BY r.seq")
    assert rows == [("Green", "colour"), ("Green", "colour"), ("Amber", "colour"), ("Amber", "colour"),
                    ("Amber", "colour"), ("Green", "colour"), ("Green", "colour")]


def test_rag_text_wins_over_colour_and_colour_fills_in_blank_cells(dbs):
    """business_cases.pdf: A/R.6.186's register is colour only (one Red); the others print the word too."""
    pdf_db, _ = dbs
    rows = query(pdf_db, "SELECT p.bp_reference, r.rag, r.rag_source FROM risks r JOIN proposals p USING (item_id) "
                         "JOIN documents d ON d.doc_id = r.doc_id WHERE d.source_path LIKE '%business_cases.pdf' ORDER BY r.item_id, r.seq")
    colour = [(rag, src) for bp, rag, src in rows if bp == "A/R.6.186"]
    assert colour == [("Amber", "colour"), ("Amber", "colour"), ("Red", "colour"), ("Amber", "colour"), ("Green", "colour")]
    assert {src for bp, _, src in rows if bp != "A/R.6.186"} == {"text"}


def test_tables_broken_across_pages_come_out_whole(dbs):
    """A/R.6.185's risk register breaks over a page in the fixture: one table of 7 risks."""
    pdf_db, _ = dbs
    rows = query(pdf_db, "SELECT count(*) FROM risks r JOIN proposals p USING (item_id) WHERE p.bp_reference = 'A/R.6.185'")
    assert rows == [(7,)]
    tables = query(pdf_db, "SELECT count(*) FROM extracted_tables t JOIN proposals p USING (item_id) "
                           "WHERE p.bp_reference = 'A/R.6.185' AND t.kind = 'risk_register'")
    assert tables == [(1,)]


def test_fixture_generator_is_deterministic_and_the_committed_pdfs_are_current(tmp_path):
    import make_fixture_pdfs

    if make_fixture_pdfs.SYMBOLS is None:
        pytest.skip("DejaVu Sans is not installed: the check boxes would be typeset differently")
    for path in make_fixture_pdfs.main(tmp_path):
        assert path.read_bytes() == (FIXTURES / path.name).read_bytes(), f"{path.name}: re-run tests/fixtures/make_fixture_pdfs.py"


def test_rows_of_a_table_continued_over_pages_carry_their_own_page(dbs):
    pdf_db, _ = dbs
    rows = query(pdf_db, "SELECT table_id, min(page), max(page) FROM risks GROUP BY 1 HAVING min(page) < max(page)")
    assert rows, "a risk register broken across a page keeps each row's page"
