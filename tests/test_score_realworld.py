"""The scoring rules of the real-world keys (FORMAT "Real-world papers"), on a tiny hand-made database.

Built with its own small DDL, not the pipeline's, so the rules are pinned
independently of the extractors: contacts pair by role+name, tables pair by
the page they start on, a `not_tables` page with a typed row fails, a `fail`
where the key says the total holds is a false alarm, tables and columns that
do not exist score as misses, and keys no column holds are listed as not
scored. Names and figures are invented.
"""

from __future__ import annotations

import json

import duckdb
import pytest

from pipeline.score import print_score, score_database
from pipeline.score.mapping import group_of
from pipeline.score.regions import region_pages

DDL = """
CREATE TABLE documents (doc_id VARCHAR, source_path VARCHAR, flavour VARCHAR, n_pages BIGINT, duplicate_of VARCHAR);
CREATE TABLE items (item_id VARCHAR, doc_id VARCHAR, seq BIGINT, kind VARCHAR, title VARCHAR);
CREATE TABLE reports (doc_id VARCHAR, item_id VARCHAR, page BIGINT, title VARCHAR, to_body VARCHAR, decision_no VARCHAR,
  key_decision BOOLEAN);
CREATE TABLE contacts (doc_id VARCHAR, item_id VARCHAR, page BIGINT, seq BIGINT, role VARCHAR, name VARCHAR, post VARCHAR,
  email VARCHAR, phone VARCHAR);
CREATE TABLE costs (doc_id VARCHAR, item_id VARCHAR, page BIGINT, seq BIGINT, table_id VARCHAR, label VARCHAR, period VARCHAR,
  amount_gbp DECIMAL(18,2), is_total BOOLEAN);
CREATE TABLE risks (doc_id VARCHAR, item_id VARCHAR, page BIGINT, seq BIGINT, table_id VARCHAR, risk VARCHAR, rag VARCHAR);
CREATE TABLE statistics (doc_id VARCHAR, item_id VARCHAR, page BIGINT, seq BIGINT, table_id VARCHAR, label VARCHAR,
  value_heading VARCHAR, value DOUBLE, value_text VARCHAR, is_total BOOLEAN);
CREATE TABLE validations (doc_id VARCHAR, item_id VARCHAR, page BIGINT, "check" VARCHAR, status VARCHAR, expected VARCHAR,
  actual VARCHAR);
INSERT INTO documents VALUES ('d1', 'in/report.pdf', 'pdf', 6, NULL);
INSERT INTO items VALUES ('d1:001', 'd1', 1, 'committee_report', 'Mobile Libraries');
INSERT INTO reports VALUES ('d1', 'd1:001', 1, 'Mobile Libraries', 'Cabinet', '25/00001', TRUE);
INSERT INTO contacts VALUES
  ('d1', 'd1:001', 5, 1, 'director', 'Pat Quill', 'Director of Libraries', NULL, NULL),
  ('d1', 'd1:001', 5, 2, 'author', 'Sam Reed', 'Librarian', 'sam.reed@example.gov.uk', '01234 567890');
INSERT INTO costs VALUES
  ('d1', 'd1:001', 2, 1, 't-early', 'Fuel', '2025-26', 1000.00, FALSE),
  ('d1', 'd1:001', 3, 1, 't-main', 'Vans', '2025-26', 5000.00, FALSE),
  ('d1', 'd1:001', 3, 2, 't-main', 'Drivers', '2025-26', 7000.00, FALSE),
  ('d1', 'd1:001', 3, 3, 't-main', 'Total', '2025-26', 12000.00, TRUE);
INSERT INTO statistics VALUES
  ('d1', 'd1:001', 7, 1, 't-stat', '18', 'Count', 40, '40', FALSE),
  ('d1', 'd1:001', 7, 2, 't-stat', '18', '%', 12.12, '12.12%', FALSE);
INSERT INTO risks VALUES ('d1', 'd1:001', 4, 1, 't-risk', 'Vans break down', 'Red');
INSERT INTO validations VALUES
  ('d1', 'd1:001', 3, 'costs_total', 'pass', '12000', '12000'),
  ('d1', 'd1:001', 6, 'costs_total', 'fail', '900', '950'),
  ('d1', 'd1:001', 5, 'costs_total', 'fail', '40', '41');
"""


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "tiny.duckdb"
    con = duckdb.connect(str(path))
    con.execute(DDL)
    con.close()
    return str(path)


def score_key(db_path, tmp_path, key: dict):
    """Score one hand-made key, kept in a subfolder (score reads folders recursively); returns its FileScore."""
    folder = tmp_path / "golden" / "council"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "key.json").write_text(json.dumps({"source": "report.pdf", **key}), encoding="utf-8")
    report = score_database(db_path, str(tmp_path / "golden"))
    assert len(report.files) == 1
    return report.files[0]


def field(score, name: str) -> tuple[int, int]:
    f = score.field(name)
    assert f is not None, f"no field {name}: {[x.field for x in score.fields]}"
    return f.matched, f.expected


def test_contacts_pair_by_role_and_name_whatever_their_order(db_path, tmp_path) -> None:
    key = {"reports": [{"title": "Mobile Libraries", "contacts": [
        {"role": "author", "name": "Sam Reed", "post": "Librarian", "email": "sam.reed@example.gov.uk", "phone": "01234 567890"},
        {"role": "director", "name": "Pat Quill", "post": "Director of Libraries", "email": None, "phone": None},
    ]}]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "reports.contacts[]") == (2, 2)
    for name in ("role", "name", "post", "email", "phone"):
        assert field(score, f"reports.contacts.{name}") == (2, 2)


def test_a_contact_the_database_lacks_is_a_missing_row_not_a_shifted_pairing(db_path, tmp_path) -> None:
    key = {"reports": [{"title": "Mobile Libraries", "contacts": [
        {"role": "lead", "name": "Alex Moor", "post": "Head of Service"},
        {"role": "author", "name": "Sam Reed", "post": "Librarian"},
    ]}]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "reports.contacts[]") == (1, 2)
    assert field(score, "reports.contacts.name") == (1, 2)
    assert any(m.path == "reports[0].contacts[1].name" for m in score.mismatches) is False


def test_report_fields_use_the_contract_columns_and_unstored_keys_are_listed_not_scored(db_path, tmp_path) -> None:
    key = {"reports": [{"title": "Mobile Libraries", "to": "Cabinet", "decision_no": "25/00001", "key_decision": True,
                        "electoral_divisions": "All", "purpose": "Decision"}]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "reports.to") == (1, 1)
    assert field(score, "reports.decision_no") == (1, 1)
    assert field(score, "reports.key_decision") == (1, 1)
    assert field(score, "reports.electoral_divisions") == (0, 1), "a field the issue asks for is a miss while no column holds it"
    assert "reports.purpose" in score.not_scored and score.field("reports.purpose") is None


def test_tables_and_columns_that_do_not_exist_score_as_misses_without_a_crash(db_path, tmp_path) -> None:
    key = {
        "decisions": [{"decision_no": "25/00001", "title": "Mobile Libraries", "decisions_starts": ["APPROVE the review"]}],
        "meetings": [{"body": "Cabinet", "meeting_date": "2025-03-04", "agenda_items": [{"number": "1", "title": "Apologies"}]}],
        "eqias": [{"proposal": "Mobile Libraries", "impacts": [{"characteristic": "Age", "impact": ["negative"]}]}],
    }
    score = score_key(db_path, tmp_path, key)
    assert field(score, "decisions[]") == (0, 1)
    assert field(score, "decisions.decisions_starts[]") == (0, 1)
    assert field(score, "meetings.body") == (0, 1)
    assert field(score, "meetings.agenda_items[]") == (0, 1)
    assert field(score, "eqias.impacts[]") == (0, 1)


def test_a_key_table_pairs_with_the_extracted_table_that_starts_on_its_page(db_path, tmp_path) -> None:
    key = {"tables": [{"kind": "costs", "page": 3, "unit_printed": "£", "rows": [
        {"label": "Vans", "period": "2025-26", "amount_gbp": 5000, "is_total": False},
        {"label": "Drivers", "period": "2025-26", "amount_gbp": 7000, "is_total": False},
        {"label": "Total", "period": "2025-26", "amount_gbp": 12000, "is_total": True},
    ]}]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "tables.costs[]") == (3, 3)
    assert field(score, "tables.costs.amount_gbp") == (3, 3)
    assert "tables.costs.unit_printed" in score.not_scored, "no table_facts key answers it: listed, not failed"


def test_a_risk_register_key_reads_the_risks_table(db_path, tmp_path) -> None:
    key = {"tables": [{"kind": "risk_register", "page": 4, "rows": [{"risk_starts": "Vans break", "rag": "Red"}]}]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "tables.risk_register[]") == (1, 1)
    assert field(score, "tables.risk_register.rag") == (1, 1)


def test_a_counts_key_reads_the_statistics_table_its_period_the_value_heading(db_path, tmp_path) -> None:
    key = {"tables": [{"kind": "counts", "page": 7, "rows": [
        {"label": "18", "period": "Count", "value": 40, "is_total": False},
        {"label": "18", "period": "%", "value_text": "12.12%", "is_total": False},
    ]}]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "tables.counts[]") == (2, 2)
    assert field(score, "tables.counts.period") == (2, 2)


def test_a_statistics_key_reads_its_group_from_the_label_column(db_path, tmp_path) -> None:
    key = {"tables": [{"kind": "statistics", "page": 7, "rows": [{"group": "18", "value": 40}, {"group": "18", "value": 12.12}]}]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "tables.statistics.group") == (2, 2)


def test_a_not_tables_page_with_a_typed_row_fails_and_names_the_offender(db_path, tmp_path) -> None:
    score = score_key(db_path, tmp_path, {"not_tables": [{"page": 2, "what": "bar chart"}, {"page": "5-6", "what": "prose"}]})
    assert field(score, "not_tables") == (1, 2)
    [miss] = [m for m in score.mismatches if m.field == "not_tables"]
    assert miss.path.startswith("not_tables[0]") and "costs" in str(miss.got) and "t-early" in str(miss.got)


def test_rows_of_a_keyed_table_on_a_not_tables_page_are_not_offenders(db_path, tmp_path) -> None:
    key = {"tables": [{"kind": "costs", "page": 3, "rows": [{"label": "Vans", "amount_gbp": 5000}]}],
           "not_tables": [{"page": 3, "what": "a note under the table"}]}
    assert field(score_key(db_path, tmp_path, key), "not_tables") == (1, 1)


def test_a_fail_where_the_key_says_the_total_holds_is_a_false_alarm(db_path, tmp_path) -> None:
    key = {"checks": [
        {"page": 3, "what": "Total = Vans + Drivers", "holds": True, "stated_gbp": 12000},
        {"page": 6, "what": "Grand total", "holds": True},
    ]}
    score = score_key(db_path, tmp_path, key)
    assert field(score, "checks") == (1, 1)
    assert field(score, "checks (by status only)") == (0, 1)
    assert len(score.false_alarms) == 1 and score.false_alarms[0].startswith("p6 ")
    assert score.unkeyed_fails == ["p5 costs_total fail expected=40 actual=41"]


def test_a_fail_the_key_expects_is_a_match_not_a_false_alarm(db_path, tmp_path) -> None:
    score = score_key(db_path, tmp_path, {"checks": [{"page": 6, "what": "Grand total", "holds": False, "printed_gbp": 900}]})
    assert field(score, "checks") == (1, 1)
    assert score.false_alarms == []


def test_a_missing_document_scores_nothing(db_path, tmp_path) -> None:
    score = score_key(db_path, tmp_path, {"source": "absent.pdf", "reports": [{"title": "X", "contacts": [{"role": "author", "name": "Y"}]}],
                                          "not_tables": [{"page": 1, "what": "chart"}]})
    assert not score.found and score.matched == 0


def test_region_pages_read_single_pages_and_ranges() -> None:
    assert region_pages(5) == {5} and region_pages("6-8") == {6, 7, 8} and region_pages("1–2") == {1, 2}
    assert region_pages(None) == set() and region_pages("p1") == set()


def test_fields_fall_into_the_groups_the_issues_set_targets_on() -> None:
    assert group_of("reports.contacts.name") == "contact"
    assert group_of("reports.paragraphs[]") == "section"
    assert group_of("reports.key_decision") == "report"
    assert group_of("meetings.agenda_items.title") == "agenda item"
    assert group_of("meetings.body") == "meeting"
    assert group_of("decisions.decisions_starts[]") == "decision"
    assert group_of("eqias.impacts.impact") == "EqIA"
    assert group_of("tables.costs[]") == "table rows"
    assert group_of("tables.costs.amount_gbp") == "table fields"


def test_print_shows_false_alarms_and_the_group_summary(db_path, tmp_path, capsys) -> None:
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "key.json").write_text(json.dumps(
        {"source": "report.pdf", "reports": [{"title": "Mobile Libraries"}], "checks": [{"page": 6, "what": "Grand total", "holds": True}]}))
    print_score(score_database(db_path, [str(tmp_path / "k")]))
    out = capsys.readouterr().out
    assert "FALSE ALARM: p6" in out and "By group" in out and "false alarms        1" in out


DECISIONS_DDL = """
CREATE TABLE decisions (doc_id VARCHAR, item_id VARCHAR, page BIGINT, decision_no VARCHAR, title VARCHAR, decision_maker VARCHAR,
  key_decision BOOLEAN, decision_date DATE, wards VARCHAR);
CREATE TABLE decision_points (doc_id VARCHAR, item_id VARCHAR, decision_no VARCHAR, seq BIGINT, label VARCHAR, text VARCHAR);
CREATE TABLE meetings (doc_id VARCHAR, item_id VARCHAR, body VARCHAR, meeting_date DATE, "time" VARCHAR, venue VARCHAR);
INSERT INTO decisions VALUES
  ('d1', 'd1:001', 1, '25/00001', 'Mobile Libraries', 'Cabinet', FALSE, NULL, 'All'),
  ('d1', 'd1:001', 2, '25/00002', 'Library Vans', 'Cabinet', TRUE, '2025-03-04', NULL);
INSERT INTO decision_points VALUES
  ('d1', 'd1:001', '25/00001', 1, 'a', 'APPROVE the review of mobile libraries'),
  ('d1', 'd1:001', '25/00002', 1, 'a', 'SELL two vans'),
  ('d1', 'd1:001', '25/00002', 2, 'b', 'DELEGATE the sale');
INSERT INTO meetings VALUES ('d1', 'd1:001', 'Cabinet', '2025-03-04', '10:00', NULL);
"""


@pytest.fixture
def decisions_db(db_path):
    con = duckdb.connect(db_path)
    con.execute(DECISIONS_DDL)
    con.close()
    return db_path


def test_decision_points_are_the_points_of_their_own_decision(decisions_db, tmp_path) -> None:
    key = {"decisions": [
        {"decision_no": "25/00002", "title": "Library Vans", "key_decision": True, "decision_date": "2025-03-04", "ward": None,
         "decisions_starts": ["SELL two", "DELEGATE"], "decision_labels": ["a", "b"]},
        {"decision_no": "25/00001", "decision_maker": "Cabinet", "ward": "All", "decisions_starts": ["APPROVE the review"]},
    ]}
    score = score_key(decisions_db, tmp_path, key)
    assert field(score, "decisions[]") == (2, 2)
    assert field(score, "decisions.decision_no") == (2, 2)
    assert field(score, "decisions.ward") == (2, 2), "a key's ward reads the wards column"
    assert field(score, "decisions.decisions_starts[]") == (3, 3)
    assert field(score, "decisions.decision_labels") == (2, 2)
    assert score.mismatches == []


def test_a_notice_lettered_list_compares_its_leaf_points(decisions_db, tmp_path) -> None:
    key = {"decisions": [{"decision_no": "25/00002", "decisions": [
        {"label": "1", "heading": "Vans", "sub": [{"label": "a", "text_starts": "SELL"}, {"label": "b", "text_starts": "DELEGATE"}]},
    ]}]}
    score = score_key(decisions_db, tmp_path, key)
    assert field(score, "decisions.points[]") == (2, 2)
    assert field(score, "decisions.points.label") == (2, 2)


def test_meeting_keys_at_the_top_of_a_file_read_the_documents_meeting_row(decisions_db, tmp_path) -> None:
    score = score_key(decisions_db, tmp_path, {"body": "Cabinet", "meeting_date": "2025-03-04", "document_heading": "Decision Notice",
                                               "members_present": [{"name": "A Member"}]})
    assert field(score, "meetings.body") == (1, 1) and field(score, "meetings.meeting_date") == (1, 1)
    assert {"meetings.document_heading", "meetings.members_present"} <= set(score.not_scored)


def test_meetings_compare_time_and_venue(decisions_db, tmp_path) -> None:
    score = score_key(decisions_db, tmp_path, {"meetings": [{"body": "Cabinet", "meeting_date": "2025-03-04", "time": "10:00", "venue": None}]})
    assert field(score, "meetings[]") == (1, 1)
    assert field(score, "meetings.time") == (1, 1) and field(score, "meetings.venue") == (1, 1)


def test_an_eqia_role_printed_with_several_people_matches_the_form_column_as_printed(db_path, tmp_path) -> None:
    con = duckdb.connect(db_path)
    con.execute("CREATE TABLE eqias (doc_id VARCHAR, item_id VARCHAR, page BIGINT, proposal VARCHAR, assessor VARCHAR)")
    con.execute("INSERT INTO eqias VALUES ('d1', 'd1:001', 1, 'Mobile Libraries', 'Pat Quill & Sam Reed')")
    con.execute("INSERT INTO contacts VALUES ('d1', 'd1:001', 1, 3, 'assessor', 'Pat Quill', NULL, NULL, NULL)")
    con.close()
    printed = score_key(db_path, tmp_path, {"eqias": [{"proposal": "Mobile Libraries", "assessor": "Pat Quill & Sam Reed"}]})
    assert field(printed, "eqias.assessor") == (1, 1)
    one = score_key(db_path, tmp_path, {"eqias": [{"proposal": "Mobile Libraries", "assessor": "Pat Quill"}]})
    assert field(one, "eqias.assessor") == (1, 1), "a single person still reads the contact"
    wrong = score_key(db_path, tmp_path, {"eqias": [{"proposal": "Mobile Libraries", "assessor": "Lee Other"}]})
    assert field(wrong, "eqias.assessor") == (0, 1)
