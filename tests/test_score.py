"""The scoring rules of the answer keys, on a tiny hand-made database and hand-made keys.

The database here is built with its own small DDL (not the pipeline's), so the
rules are pinned independently of the extractors; names and figures are
invented for these tests.
"""

from __future__ import annotations

import json

import duckdb
import pytest

from pipeline.score import print_score, score_database
from pipeline.score.align import align
from pipeline.score.values import numbers_match, parse_iso

DDL = """
CREATE TABLE documents (doc_id VARCHAR, source_path VARCHAR, flavour VARCHAR, duplicate_of VARCHAR);
CREATE TABLE items (item_id VARCHAR, doc_id VARCHAR, seq BIGINT, kind VARCHAR, title VARCHAR);
CREATE TABLE proposals (doc_id VARCHAR, item_id VARCHAR, bp_reference VARCHAR, title VARCHAR,
  saving_gbp DECIMAL(18,2), brief_description VARCHAR, date_of_version DATE, date_of_version_precision VARCHAR);
CREATE TABLE risks (doc_id VARCHAR, item_id VARCHAR, seq BIGINT, risk VARCHAR, rag VARCHAR, owner VARCHAR);
CREATE TABLE milestones (doc_id VARCHAR, item_id VARCHAR, seq BIGINT, task VARCHAR, start_text VARCHAR,
  start_date DATE, start_precision VARCHAR, end_date DATE, end_precision VARCHAR);
CREATE TABLE eqia_impacts (doc_id VARCHAR, item_id VARCHAR, seq BIGINT, characteristic VARCHAR, impact VARCHAR);
CREATE TABLE validations (doc_id VARCHAR, item_id VARCHAR, "check" VARCHAR, status VARCHAR, expected VARCHAR, actual VARCHAR);
CREATE TABLE lots (doc_id VARCHAR, item_id VARCHAR, table_id VARCHAR, seq BIGINT, lot VARCHAR, title VARCHAR);
CREATE TABLE table_facts (doc_id VARCHAR, item_id VARCHAR, table_id VARCHAR, kind VARCHAR, key VARCHAR,
  value_text VARCHAR, value_gbp DECIMAL(18,2), value_date DATE);
INSERT INTO documents VALUES ('d1', 'in/one.txt', 'tabbed', NULL), ('d2', '/abs/two.txt', 'tabbed', 'd1');
INSERT INTO items VALUES ('d1:001', 'd1', 1, 'business_case', 'Library Van Review'), ('d1:002', 'd1', 2, 'appendix', 'Lots');
INSERT INTO proposals VALUES ('d1', 'd1:001', 'X/Y.1.001', 'Library Van Review', -45000.00,
  'This  proposal
   reviews the mobile library', '2021-03-01', 'month');
INSERT INTO risks VALUES
  ('d1', 'd1:001', 1, 'Drivers leave before the change', 'GREEN', 'Pat Quill'),
  ('d1', 'd1:001', 3, 'Routes cannot be merged', '', 'Pat Quill'),
  ('d1', 'd1:001', 4, 'Fuel prices rise', 'red', NULL);
INSERT INTO milestones VALUES
  ('d1', 'd1:001', 1, 'Consult users', 'May 2021', '2021-05-01', 'month', '2021-06-30', 'day'),
  ('d1', 'd1:001', 2, 'Sell vans', '2022', '2022-01-01', 'year', NULL, NULL);
INSERT INTO eqia_impacts VALUES
  ('d1', 'd1:001', 1, 'Age', 'Positive'), ('d1', 'd1:001', 2, 'Poverty', 'positive'),
  ('d1', 'd1:001', 3, 'Poverty', 'neutral');
INSERT INTO validations VALUES
  ('d1', 'd1:001', 'saving_lines_total', 'pass', '-45000', '-45000'),
  ('d1', 'd1:001', 'milestone_order', 'fail', NULL, NULL),
  ('d1', 'd1:002', 'lot_total', 'fail', '900', '950');
INSERT INTO lots VALUES ('d1', 'd1:002', 'd1:002:t01', 1, '1', 'Home Support'), ('d1', 'd1:002', 'd1:002:t01', 2, '2', 'Advice');
INSERT INTO table_facts VALUES
  ('d1', 'd1:002', 'd1:002:t01', 'lots', 'stated_total_gbp', '£1,200', 1200.00, NULL),
  ('d1', 'd1:002', 'd1:002:t01', 'lots', 'as_at', 'as at 3 May 2021', NULL, '2021-05-03');
"""


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "tiny.duckdb"
    con = duckdb.connect(str(path))
    con.execute(DDL)
    con.close()
    return str(path)


def score_key(db_path, tmp_path, key: dict):
    """Score one hand-made answer key; returns its FileScore."""
    golden = tmp_path / "golden"
    golden.mkdir(exist_ok=True)
    (golden / "key.json").write_text(json.dumps(key), encoding="utf-8")
    return score_database(db_path, str(golden)).files[0]


def proposal(**fields) -> dict:
    return {"source": "one.txt", "proposals": [{"bp_reference": "X/Y.1.001", **fields}]}


def counts(score, field: str) -> tuple[int, int]:
    f = score.field(field)
    assert f is not None, f"no field {field}: {[x.field for x in score.fields]}"
    return f.matched, f.expected


def test_prefix_match_collapses_whitespace_of_the_database_value(db_path, tmp_path):
    score = score_key(db_path, tmp_path, proposal(brief_description_starts="This proposal reviews"))
    assert counts(score, "proposals.brief_description_starts") == (1, 1)


def test_prefix_that_differs_is_a_mismatch_with_its_path(db_path, tmp_path):
    score = score_key(db_path, tmp_path, proposal(brief_description_starts="This proposal closes"))
    assert counts(score, "proposals.brief_description_starts") == (0, 1)
    assert [m.path for m in score.mismatches] == ["proposals[X/Y.1.001].brief_description_starts"]


def test_money_in_pounds_matches_the_decimal_column_and_keeps_the_sign(db_path, tmp_path):
    assert counts(score_key(db_path, tmp_path, proposal(saving_gbp=-45000)), "proposals.saving_gbp") == (1, 1)
    assert counts(score_key(db_path, tmp_path, proposal(saving_gbp=45000)), "proposals.saving_gbp") == (0, 1)


def test_month_date_needs_the_first_day_and_month_precision(db_path, tmp_path):
    assert counts(score_key(db_path, tmp_path, proposal(date_of_version="2021-03")), "proposals.date_of_version") == (1, 1)
    # A day-precise key does not match a row that only knows the month.
    assert counts(score_key(db_path, tmp_path, proposal(date_of_version="2021-03-01")), "proposals.date_of_version") == (0, 1)


def test_milestone_dates_compare_start_date_with_start_precision(db_path, tmp_path):
    key = proposal(milestones=[
        {"task_starts": "Consult", "start": "2021-05", "start_text": "May 2021", "end": "2021-06-30"},
        {"task_starts": "Sell vans", "start": "2022", "end": None},
    ])
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "proposals.milestones.start") == (2, 2)
    assert counts(score, "proposals.milestones.end") == (2, 2)
    assert counts(score, "proposals.milestones.start_text") == (1, 1)


def test_null_means_empty_and_rag_ignores_case(db_path, tmp_path):
    key = proposal(risks=[
        {"risk_starts": "Drivers leave", "rag": "Green", "owner": "Pat Quill"},
        {"risk_starts": "Routes cannot", "rag": None},
        {"risk_starts": "Fuel prices", "rag": "Red", "owner": None},
    ])
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "proposals.risks.rag") == (3, 3)
    assert counts(score, "proposals.risks.owner") == (2, 2)


def test_null_key_fails_when_the_database_has_a_value(db_path, tmp_path):
    score = score_key(db_path, tmp_path, proposal(risks=[{"risk_starts": "Drivers leave", "rag": None}], title=None))
    assert counts(score, "proposals.title") == (0, 1)


def test_a_missing_row_does_not_shift_the_rows_after_it(db_path, tmp_path):
    key = proposal(risks=[
        {"risk_starts": "Drivers leave", "owner": "Pat Quill"},
        {"risk_starts": "Depot lease ends", "owner": "Pat Quill"},  # not in the database
        {"risk_starts": "Routes cannot", "owner": "Pat Quill"},
        {"risk_starts": "Fuel prices", "owner": None},
    ])
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "proposals.risks[]") == (3, 4)
    assert counts(score, "proposals.risks.risk_starts") == (3, 4)
    assert {m.path for m in score.mismatches} == {
        "proposals[X/Y.1.001].risks[1].risk_starts",
        "proposals[X/Y.1.001].risks[1].owner",
        "proposals[X/Y.1.001].risks[]",
    }


def test_a_row_beyond_the_key_is_listed_as_extra(db_path, tmp_path):
    key = proposal(risks=[{"risk_starts": "Drivers leave"}, {"risk_starts": "Fuel prices"}])
    score = score_key(db_path, tmp_path, key)
    assert score.field("proposals.risks[]").extra == 1
    assert any(m.path == "proposals[X/Y.1.001].risks[+0]" and "Routes cannot" in m.got for m in score.mismatches)


def test_eqia_impacts_group_two_marks_of_one_characteristic(db_path, tmp_path):
    key = proposal(eqia_impacts=[{"characteristic": "Age", "impact": ["positive"]}, {"characteristic": "Poverty", "impact": ["neutral", "positive"]}])
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "proposals.eqia_impacts.impact") == (2, 2)
    assert counts(score, "proposals.eqia_impacts[]") == (2, 2)


def test_checks_match_status_and_figures_and_status_only_checks_are_a_separate_field(db_path, tmp_path):
    key = {
        "source": "one.txt",
        "checks": [
            {"where": "X/Y.1.001 saving_lines", "what": "lines add up", "holds": True, "stated_gbp": -45000, "computed_gbp": -45000},
            {"what": "lot total", "holds": False, "expected": 950, "actual": 900},  # either way round
            {"where": "X/Y.1.001", "what": "dates in order", "holds": False},
            {"where": "X/Y.1.001", "what": "another order check", "holds": False},  # the only fail there is used up
        ],
    }
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "checks") == (2, 2)
    assert counts(score, "checks (by status only)") == (1, 2)
    assert [m.path for m in score.mismatches] == ["checks[3]"]


def test_check_with_wrong_status_or_figures_does_not_match(db_path, tmp_path):
    key = {
        "source": "one.txt",
        "checks": [
            {"where": "X/Y.1.001", "what": "x", "holds": False, "stated_gbp": -45000, "computed_gbp": -45000},
            {"where": "X/Y.1.001", "what": "y", "holds": True, "stated_gbp": -45000, "computed_gbp": -44000},
            {"where": "Z/Z.9.999", "what": "z", "holds": True},  # a BP reference no proposal carries
        ],
    }
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "checks") == (0, 2)
    assert counts(score, "checks (by status only)") == (0, 1)


def test_table_rows_and_table_facts(db_path, tmp_path):
    key = {
        "source": "one.txt",
        "tables": [{"kind": "lots", "where": "appendix", "stated_total_gbp": 1200, "as_at": "2021-05-03",
                    "rows": [{"lot": "1", "title": "Home Support"}, {"lot": "2", "title_starts": "Adv"}]}],
    }
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "tables.lots.stated_total_gbp") == (1, 1)
    assert counts(score, "tables.lots.as_at") == (1, 1)
    assert counts(score, "tables.lots.title") == (1, 1)
    assert counts(score, "tables.lots.title_starts") == (1, 1)


def test_a_table_that_does_not_exist_scores_zero_without_crashing(db_path, tmp_path):
    key = {"source": "one.txt", "tables": [{"kind": "grant_list", "total_gbp": 5, "rows": [{"grantee": "A", "amount_gbp": 5}]}]}
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "tables.grant_list.amount_gbp") == (0, 1)
    assert counts(score, "tables.grant_list.total_gbp") == (0, 1)
    assert any("no table 'grant_list'" in (m.note or "") for m in score.mismatches)


def test_a_document_missing_from_the_database_scores_zero_everywhere(db_path, tmp_path):
    key = {"source": "three.txt", "flavour": "tabbed", "items": [], "proposals": [{"bp_reference": None, "leads": None, "risks": []}]}
    score = score_key(db_path, tmp_path, key)
    assert not score.found
    # flavour, items[], proposals[], its bp_reference, leads[] and risks[]: all counted, none matched
    assert score.matched == 0 and score.expected == 6


def test_document_found_by_file_name_flavour_and_duplicate_link_either_way(db_path, tmp_path):
    score = score_key(db_path, tmp_path, {"source": "one.txt", "flavour": "tabbed", "same_document_as": ["two.txt"]})
    assert (score.matched, score.expected) == (2, 2)
    assert score_key(db_path, tmp_path, {"source": "two.txt", "same_document_as": ["one.txt"]}).matched == 1
    assert score_key(db_path, tmp_path, {"source": "one.txt", "same_document_as": []}).matched == 0


def test_items_are_compared_in_seq_order_with_their_proposal_reference(db_path, tmp_path):
    key = {"source": "one.txt", "items": [{"kind": "business_case", "title": "Library Van Review", "bp_reference": "X/Y.1.001"}, {"kind": "appendix"}]}
    score = score_key(db_path, tmp_path, key)
    assert (score.matched, score.expected) == (6, 6)


def test_print_score_lists_each_mismatch_with_file_and_path(db_path, tmp_path, capsys):
    golden = tmp_path / "golden"
    golden.mkdir()
    (golden / "one.json").write_text(json.dumps(proposal(risks=[{"risk_starts": "Drivers leave", "rag": "Amber"}])))
    print_score(score_database(db_path, str(golden)), verbose=True)
    out = capsys.readouterr().out
    assert "one.txt > proposals[X/Y.1.001].risks[0].rag: expected 'Amber', got 'GREEN'" in out
    assert "proposals.risks.rag" in out and "all files" in out


def test_align_pairs_equal_rows_around_a_gap_and_fills_the_rest_by_position():
    same = lambda a, b: 1.0 if a == b else 0.0  # noqa: E731
    assert align(["a", "b", "c"], ["a", "c"], same) == [(0, 0), (1, None), (2, 1)]
    assert align(["a", "x", "c"], ["a", "y", "c"], same) == [(0, 0), (1, 1), (2, 2)]
    assert align(["a"], ["z", "a"], same) == [(None, 0), (0, 1)]


def test_numbers_and_iso_dates():
    assert numbers_match(51.43, "51.427") is True  # a key given to 2 decimals matches what rounds to it
    assert numbers_match(51.4, "51.46") is False
    assert numbers_match(654232, "654231.6") is False  # pounds compare to the penny
    assert parse_iso("2020-09")[1] == "month" and parse_iso("2021")[1] == "year"
    assert parse_iso("2019-20") is None  # a financial year, not a month


def test_checks_are_matched_so_that_as_many_as_possible_find_a_validation(db_path, tmp_path):
    # The first check could take either validation and prefers the one named like it ("saving");
    # the second can only use that one (its `where` names the proposal), so the first must give way.
    con = duckdb.connect(db_path)
    con.execute("INSERT INTO validations VALUES ('d1', 'd1:002', 'other_total', 'pass', '-45000', '-45000')")
    con.close()
    key = {
        "source": "one.txt",
        "checks": [
            {"what": "any saving total", "holds": True, "stated_gbp": -45000},
            {"where": "X/Y.1.001", "what": "lines add up", "holds": True, "stated_gbp": -45000, "computed_gbp": -45000},
        ],
    }
    score = score_key(db_path, tmp_path, key)
    assert counts(score, "checks") == (2, 2)
