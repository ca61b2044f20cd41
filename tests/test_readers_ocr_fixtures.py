"""Scans of the fixture PDFs (made here: rendered at 200 dpi, speckled, skewed, wrapped as
image-only PDFs) through the whole pipeline score, by their answer keys, at least 90% of
what their text-layer twins score; a PDF of text and scanned pages comes out `ok` with
the items of every page. OCR is slow: one database per session, few pages."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.run import run
from pipeline.score import score_file
from pipeline.score.db import Database
from tests.scan_builders import mixed_pdf, scan_pdf

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from fixture_keys import fixture_key  # noqa: E402

SCANNED = ["cover_paper.pdf", "pilot_case.pdf"]
MIXED = ("cover_paper.pdf", {2, 4})  # the recommendations page and the officer clearance table scanned


def scan_name(name: str) -> str:
    return name.replace(".pdf", "_scan.pdf")


def mixed_name(name: str) -> str:
    return name.replace(".pdf", "_mixed.pdf")


@pytest.fixture(scope="session")
def scan_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("ocr")
    paths = []
    for name in SCANNED:
        paths.append(folder / scan_name(name))
        paths[-1].write_bytes(scan_pdf((FIXTURES / name).read_bytes(), dpi=200, skew=0.6, seed=0))
        paths.append(FIXTURES / name)  # the text-layer twin
    name, pages = MIXED
    paths.append(folder / mixed_name(name))
    paths[-1].write_bytes(mixed_pdf((FIXTURES / name).read_bytes(), pages, seed=0))
    db = str(folder / "ocr.duckdb")
    run(paths, db, workers=2)
    return db


def query(db: str, sql: str, *params) -> list[tuple]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def score(db: str, key: dict):
    con = duckdb.connect(db, read_only=True)
    try:
        return score_file(Database(con), key)
    finally:
        con.close()


@pytest.mark.parametrize("name", SCANNED)
def test_a_scan_scores_at_least_90_percent_of_its_text_layer_twin(scan_db, name):
    twin = score(scan_db, fixture_key(name))
    key = fixture_key(name)
    key["source"] = scan_name(name)
    scanned = score(scan_db, key)
    assert scanned.found and twin.found
    print(f"\n{name}: scan {scanned.matched}/{scanned.expected}, text layer {twin.matched}/{twin.expected}")
    assert scanned.matched >= 0.9 * twin.matched, "\n".join(m.describe() for m in scanned.mismatches[:40])


@pytest.mark.parametrize("name", SCANNED)
def test_a_scan_is_ok_with_every_page_read_by_ocr(scan_db, name):
    [(status, n_pages, n_ocr)] = query(scan_db, "SELECT status, n_pages, n_ocr_pages FROM documents WHERE source_path LIKE ?", f"%{scan_name(name)}")
    assert status == "ok" and n_ocr == n_pages


def test_a_pdf_of_text_and_scanned_pages_is_ok_with_the_items_of_every_page(scan_db):
    name, pages = MIXED
    [(status, n_ocr)] = query(scan_db, "SELECT status, n_ocr_pages FROM documents WHERE source_path LIKE ?", f"%{mixed_name(name)}")
    assert status == "ok" and n_ocr == len(pages)
    sql = ("SELECT i.kind, i.page_start, i.page_end FROM items i JOIN documents d USING (doc_id) "
           "WHERE d.source_path LIKE ? ORDER BY i.seq")
    assert query(scan_db, sql, f"%{mixed_name(name)}") == query(scan_db, sql, f"%/{name}")


def test_text_layer_pages_are_not_read_by_ocr(scan_db):
    rows = query(scan_db, "SELECT n_ocr_pages FROM documents WHERE source_path LIKE '%fixtures%'")
    assert rows and all(n == 0 for (n,) in rows)


def test_a_ruled_table_on_a_scanned_page_comes_out_typed(scan_db):
    """The officer clearance table of the cover paper is ruled: on its scanned page the rules
    are found in the image and its seven rows come out as on the text page."""
    sql = ("SELECT t.kind, t.n_rows, t.extractor FROM extracted_tables t JOIN documents d USING (doc_id) "
           "WHERE d.source_path LIKE ? AND t.kind = 'officer_clearance'")
    assert query(scan_db, sql, f"%{scan_name('cover_paper.pdf')}") == [("officer_clearance", 7, "ocr")]
