"""Real committee PDFs of another council (../shared/realworld, beside the repo; not committed).

One pipeline run over the whole folder (module fixture, a few minutes), then:
no crash, a status with a reason for every document, tables from the budget
risk register and the EqIA forms, tables from both pdfplumber and camelot,
and cover-paper fields read into `reports`. Run with -s for the figures.
Skipped when the folder is absent.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from pipeline.run import run

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"

pytestmark = pytest.mark.skipif(not REALWORLD.is_dir(), reason=f"{REALWORLD} is absent")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("realworld") / "realworld.duckdb")
    seen: list[tuple[str, str, float]] = []
    last = [time.perf_counter()]

    def on_document(source: str, status: str) -> None:
        now = time.perf_counter()
        seen.append((source, status, now - last[0]))
        last[0] = now

    summary = run([REALWORLD], path, force=True, on_document=on_document)
    con = duckdb.connect(path, read_only=True)
    yield con, summary, seen
    con.close()


def rows(con, sql: str, *params) -> list[tuple]:
    return con.execute(sql, params).fetchall()


def test_realworld_run_reads_every_pdf_without_a_crash(db):
    con, summary, seen = db
    pdfs = sorted(REALWORLD.rglob("*.pdf"))
    documents = rows(con, "SELECT source_path, status, error, n_pages FROM documents WHERE source_format = 'pdf'")
    print(f"\nreal-world run: {len(pdfs)} PDFs, {summary.pages} pages in {summary.seconds:.0f}s "
          f"({summary.ok} ok, {summary.partial} partial, {summary.failed} failed)")
    for source, status, seconds in sorted(seen, key=lambda s: -s[2])[:5]:
        print(f"  slowest: {seconds:5.1f}s {status:8} {Path(source).name}")
    assert len(documents) == len(pdfs)
    assert not any("could not read:" in (error or "") for _, _, error, _ in documents), "an unexpected exception reached the reader"


def test_realworld_every_document_is_ok_or_partial_with_a_reason(db):
    con, _, _ = db
    documents = rows(con, "SELECT source_path, status, error FROM documents")
    reasons: dict[str, int] = {}
    for _, status, error in documents:
        if status != "ok":
            reason = (error or "").split(":")[0] if status == "failed" else "partial: " + (error or "")[:60]
            reasons[reason] = reasons.get(reason, 0) + 1
    print("\nnot ok, by reason:", reasons or "none")
    assert all(status in ("ok", "partial") for _, status, _ in documents), [d for d in documents if d[1] not in ("ok", "partial")]
    assert all(error for _, status, error in documents if status == "partial")


def test_realworld_budget_risk_register_and_eqia_forms_yield_tables(db):
    con, _, _ = db
    per_file = rows(con, "SELECT d.source_path, count(t.table_id) FROM documents d "
                         "LEFT JOIN extracted_tables t USING (doc_id) GROUP BY 1")
    risk_register = [n for path, n in per_file if "Budget Risk Register" in path]
    eqias = {Path(path).name: n for path, n in per_file if "eqia" in Path(path).name.lower()}
    print("\nbudget risk register tables:", risk_register, "EqIA tables:", eqias)
    assert risk_register and risk_register[0] > 0
    assert eqias and all(n > 0 for n in eqias.values())


def test_realworld_tables_come_from_both_pdfplumber_and_camelot(db):
    con, _, _ = db
    by_extractor = dict(rows(con, "SELECT extractor, count(*) FROM extracted_tables GROUP BY 1 ORDER BY 1"))
    kinds = rows(con, "SELECT coalesce(kind, '(untyped)'), count(*) FROM extracted_tables GROUP BY 1 ORDER BY 2 DESC")
    print("\ntables by extractor:", by_extractor, "\ntables by kind:", kinds)
    assert by_extractor.get("pdfplumber", 0) > 0
    assert sum(n for name, n in by_extractor.items() if name.startswith("camelot")) > 0


def test_realworld_cover_papers_give_reports_with_recipient_and_subject(db):
    """Kent cover papers open with From: / To: / Subject: / Decision no: / Key Decision:."""
    con, _, _ = db
    covers = [p for (p,) in rows(con, "SELECT source_path FROM documents") if "- Report" in p]
    reports = rows(con, "SELECT d.source_path, r.to_body, r.title, r.key_decision FROM reports r JOIN documents d USING (doc_id)")
    with_to = [r for r in reports if r[1]]
    print(f"\nreports: {len(reports)} rows from {len({r[0] for r in reports})} files, {len(with_to)} with to_body; "
          f"cover papers named '- Report': {len(covers)}")
    for path, to_body, title, key_decision in reports[:8]:
        print(f"  {Path(path).name[:50]:50} to={to_body!r:.40} title={title!r:.50} key={key_decision}")
    assert with_to, "no report row has a recipient (To:)"
    assert any(title for _, _, title, _ in with_to), "no report row has a subject/title"


def test_realworld_eqia_question_forms_give_the_characteristics_answered_yes(db):
    """Hand-checked: the 18-25 transfer EqIA (24-00109, Appendix B) answers 'Are there negative
    impacts for Disability?' Yes and every other characteristic No."""
    con, _, _ = db
    marked = rows(con, "SELECT d.source_path, e.characteristic, e.impact FROM eqia_impacts e JOIN documents d USING (doc_id)")
    print("\nEqIA negative impacts:", [(Path(p).name[:40], c, i) for p, c, i in marked])
    appendix_b = {(c, i) for p, c, i in marked if "24-00109 - Appendix B" in p}
    assert appendix_b == {("Disability", "negative")}
