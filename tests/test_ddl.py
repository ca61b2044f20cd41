import duckdb

from schemas.base import TABLES, register_all
from schemas.ddl import columns, duckdb_type, schema_sql
from schemas.records import Proposal

CONTRACT_COLUMNS = {
    "documents": ["doc_id", "source_path", "source_format", "flavour", "n_pages", "status", "error", "duplicate_of", "pipeline_version", "extracted_at"],
    "items": ["item_id", "doc_id", "seq", "kind", "title", "page_start", "page_end", "line_start", "line_end"],
    "proposals": ["item_id", "doc_id", "bp_reference", "title", "committee", "saving_fy", "saving_gbp", "saving_text", "brief_description", "date_of_version", "date_of_version_text"],
    "reports": ["item_id", "doc_id", "title", "to_body", "meeting_date", "from_text", "electoral_divisions", "forward_plan_ref", "key_decision", "outcome", "recommendation"],
    "recommendations": ["item_id", "seq", "label", "text"],
    "sections": ["item_id", "seq", "number", "key", "heading", "body"],
    "contacts": ["item_id", "role", "name", "post", "email", "phone"],
    "entities": ["item_id", "label", "text", "value", "line", "page"],
    "extracted_tables": ["table_id", "item_id", "doc_id", "kind", "page", "line", "n_rows", "n_cols", "header", "cells", "extractor"],
    "saving_lines": ["item_id", "seq", "label", "amount_gbp", "is_total"],
    "costs": ["item_id", "label", "period", "amount_gbp"],
    "cash_flow": ["item_id", "element", "frequency", "year", "quarter", "fy", "value", "unit"],
    "milestones": ["item_id", "seq", "task", "start_text", "start_date", "start_precision", "end_text", "end_date", "end_precision", "owner"],
    "risks": ["item_id", "seq", "risk", "mitigation", "rag", "rag_source", "owner"],
    "benefit_estimates": ["item_id", "seq", "key_benefit", "low_gbp", "high_gbp", "kind", "is_total"],
    "kpis": ["item_id", "seq", "key_benefit", "measure", "baseline", "target"],
    "eqia_impacts": ["item_id", "characteristic", "impact"],
    "eqia_scope": ["item_id", "characteristic", "checked"],
    "validations": ["item_id", "check", "status", "expected", "actual", "detail"],
}


def test_every_contract_table_and_column_exists_in_the_generated_schema():
    con = duckdb.connect()
    con.execute(schema_sql())
    for table, wanted in CONTRACT_COLUMNS.items():
        have = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
        assert set(wanted) <= have, (table, set(wanted) - have)


def test_contract_views_exist():
    con = duckdb.connect()
    con.execute(schema_sql())
    assert con.execute("SELECT * FROM v_proposals").fetchall() == []
    assert con.execute("SELECT * FROM v_risks").fetchall() == []


def test_money_columns_are_decimal_pounds_and_dates_are_dates():
    types = dict(columns(Proposal))
    assert types["saving_gbp"] == "DECIMAL(18,2)"
    assert types["date_of_version"] == "DATE"


def test_the_database_columns_are_exactly_the_model_fields():
    con = duckdb.connect()
    con.execute(schema_sql())
    for name, model in register_all().items():
        have = [r[0] for r in con.execute(f'DESCRIBE "{name}"').fetchall()]
        assert have == list(model.model_fields), name


def test_duckdb_type_unwraps_optional_annotations():
    assert duckdb_type(int | None) == "BIGINT"
    assert "validations" in TABLES


def test_the_published_schema_in_docs_is_up_to_date():
    from pathlib import Path

    from schemas.ddl import HEADER

    published = (Path(__file__).resolve().parent.parent / "docs" / "schema.sql").read_text()
    assert published == HEADER + schema_sql(), "regenerate with: python -m schemas.ddl > docs/schema.sql"
