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


KEYS = REALWORLD.parent / "golden" / "realworld"


def _key(council: str, stem: str) -> dict:
    import json

    return json.loads((KEYS / council / f"{stem}.json").read_text(encoding="utf-8"))


def _of(con, source: str, sql: str, also: str = "") -> list[tuple]:
    return rows(con, f"{sql} WHERE d.source_path LIKE ? {also} ORDER BY 1", f"%/{source}")


def test_realworld_records_of_decision_give_the_keyed_numbers_makers_and_lettered_points(db):
    """Answer key 24-00108 - PROD: decision 24/00108 by Cabinet, key decision NO, unsigned, points a-f."""
    con, _, _ = db
    (keyed,) = _key("kent-cabinet-2025-01-30", "24-00108 - PROD")["decisions"]
    got = _of(con, "24-00108 - PROD.pdf", "SELECT x.seq, x.decision_no, x.decision_maker, x.key_decision, x.decision_date, x.title "
              "FROM decisions x JOIN documents d USING (doc_id)")
    assert got == [(1, keyed["decision_no"], keyed["decision_maker"], keyed["key_decision"], None, keyed["title"])]
    labels = _of(con, "24-00108 - PROD.pdf", "SELECT p.seq, p.label FROM decision_points p JOIN documents d USING (doc_id)")
    assert [label for _, label in labels] == keyed["decision_labels"]


def test_realworld_decision_notice_gives_one_decision_per_agenda_item_with_the_banners_committee(db):
    """Answer key src-bcc-0004: six boxes (agenda items 7-12), each decided by the committee on 12 September 2024."""
    con, _, _ = db
    key = _key("bristol-weca-transport", "src-bcc-0004_decision-notice-transport-connectivity-policy-committee-2024-09-12")
    got = _of(con, key["source"], "SELECT x.seq, x.agenda_item, x.title, x.decision_maker, CAST(x.decision_date AS VARCHAR) "
              "FROM decisions x JOIN documents d USING (doc_id)")
    assert [(a, t, m, dd) for _, a, t, m, dd in got] == [
        (k["agenda_item"], k["title"], k["decision_maker"], k["decision_date"]) for k in key["decisions"]]
    tops = _of(con, key["source"], "SELECT p.decision_seq, p.seq, p.text FROM decision_points p JOIN documents d USING (doc_id)",
               "AND p.parent_label IS NULL")
    for n, k in enumerate(key["decisions"], start=1):
        texts = [t for s, _, t in sorted(tops) if s == n]
        assert len(texts) == len(k["decisions_starts"])
        assert all(" ".join(t.split()).startswith(" ".join(s.split())) for t, s in zip(texts, k["decisions_starts"]))


def test_realworld_printed_minutes_give_the_meeting_and_its_numbered_items(db):
    """Answer key src-bcc-0022: the committee's meeting of 12 September 2024 at 5.00 pm, items 1-12."""
    con, _, _ = db
    key = _key("bristol-weca-transport", "src-bcc-0022_src-bcc-0022-printed-minutes-transport-and-connectivity-policy-committee-12-september-2024")
    (meeting,) = key["meetings"]
    got = _of(con, key["source"], "SELECT m.body, CAST(m.meeting_date AS VARCHAR), m.time, m.venue FROM meetings m JOIN documents d USING (doc_id)")
    assert got == [(meeting["body"], meeting["meeting_date"], meeting["time"], meeting["venue"])]
    items = _of(con, key["source"], "SELECT a.seq, a.number, a.title FROM agenda_items a JOIN documents d USING (doc_id)")
    assert [(n, t) for _, n, t in items] == [(a["number"], a["title"]) for a in meeting["agenda_items"]]
