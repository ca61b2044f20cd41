-- Generated from the pydantic models in schemas/: python -m schemas.ddl > docs/schema.sql
-- tests/test_ddl.py fails when this file is out of date.

CREATE TABLE IF NOT EXISTS "documents" (
  "doc_id" VARCHAR,
  "source_path" VARCHAR,
  "source_format" VARCHAR,
  "flavour" VARCHAR,
  "n_pages" BIGINT,
  "n_ocr_pages" BIGINT,
  "n_lines" BIGINT,
  "encoding" VARCHAR,
  "status" VARCHAR,
  "error" VARCHAR,
  "warnings" VARCHAR,
  "duplicate_of" VARCHAR,
  "pipeline_version" VARCHAR,
  "extracted_at" TIMESTAMP
);

CREATE TABLE IF NOT EXISTS "items" (
  "item_id" VARCHAR,
  "doc_id" VARCHAR,
  "seq" BIGINT,
  "kind" VARCHAR,
  "title" VARCHAR,
  "page_start" BIGINT,
  "page_end" BIGINT,
  "line_start" BIGINT,
  "line_end" BIGINT
);

CREATE TABLE IF NOT EXISTS "proposals" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "bp_reference" VARCHAR,
  "title" VARCHAR,
  "committee" VARCHAR,
  "saving_fy" VARCHAR,
  "saving_gbp" DECIMAL(18,2),
  "saving_text" VARCHAR,
  "brief_description" VARCHAR,
  "date_of_version" DATE,
  "date_of_version_precision" VARCHAR,
  "date_of_version_text" VARCHAR
);

CREATE TABLE IF NOT EXISTS "reports" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "title" VARCHAR,
  "to_body" VARCHAR,
  "meeting_date" DATE,
  "meeting_date_precision" VARCHAR,
  "meeting_date_text" VARCHAR,
  "from_text" VARCHAR,
  "subject" VARCHAR,
  "decision_no" VARCHAR,
  "electoral_divisions" VARCHAR,
  "forward_plan_ref" VARCHAR,
  "key_decision" BOOLEAN,
  "key_decision_text" VARCHAR,
  "outcome" VARCHAR,
  "summary" VARCHAR,
  "classification" VARCHAR,
  "past_pathway" VARCHAR,
  "future_pathway" VARCHAR,
  "call_in_eligible" BOOLEAN,
  "recommendation" VARCHAR,
  "recommendations_lead_in" VARCHAR,
  "basis" VARCHAR
);

CREATE TABLE IF NOT EXISTS "recommendations" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "label" VARCHAR,
  "parent_label" VARCHAR,
  "text" VARCHAR
);

CREATE TABLE IF NOT EXISTS "sections" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "number" VARCHAR,
  "key" VARCHAR,
  "heading" VARCHAR,
  "body" VARCHAR
);

CREATE TABLE IF NOT EXISTS "contacts" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "role" VARCHAR,
  "name" VARCHAR,
  "post" VARCHAR,
  "email" VARCHAR,
  "phone" VARCHAR
);

CREATE TABLE IF NOT EXISTS "entities" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "label" VARCHAR,
  "text" VARCHAR,
  "value" VARCHAR,
  "start_char" BIGINT
);

CREATE TABLE IF NOT EXISTS "extracted_tables" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "table_id" VARCHAR,
  "kind" VARCHAR,
  "n_rows" BIGINT,
  "n_cols" BIGINT,
  "header" VARCHAR,
  "cells" VARCHAR,
  "extractor" VARCHAR,
  "bbox" JSON,
  "is_noise" BOOLEAN,
  "notes" VARCHAR,
  "row_lines" JSON,
  "row_tops" JSON
);

CREATE TABLE IF NOT EXISTS "saving_lines" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "label" VARCHAR,
  "amount_gbp" DECIMAL(18,2),
  "amount_text" VARCHAR,
  "is_total" BOOLEAN
);

CREATE TABLE IF NOT EXISTS "costs" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "label" VARCHAR,
  "period" VARCHAR,
  "lead" VARCHAR,
  "amount_gbp" DECIMAL(18,2),
  "amount_text" VARCHAR,
  "is_total" BOOLEAN,
  "level" BIGINT,
  "role" VARCHAR,
  "unit" VARCHAR
);

CREATE TABLE IF NOT EXISTS "cash_flow" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "element" VARCHAR,
  "frequency" VARCHAR,
  "year" BIGINT,
  "quarter" BIGINT,
  "fy" VARCHAR,
  "value" DECIMAL(18,2),
  "value_text" VARCHAR,
  "unit" VARCHAR,
  "is_break_even" BOOLEAN
);

CREATE TABLE IF NOT EXISTS "milestones" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "task" VARCHAR,
  "start_text" VARCHAR,
  "start_date" DATE,
  "start_precision" VARCHAR,
  "end_text" VARCHAR,
  "end_date" DATE,
  "end_precision" VARCHAR,
  "owner" VARCHAR
);

CREATE TABLE IF NOT EXISTS "risks" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "risk" VARCHAR,
  "mitigation" VARCHAR,
  "rag" VARCHAR,
  "rag_source" VARCHAR,
  "owner" VARCHAR
);

CREATE TABLE IF NOT EXISTS "benefit_estimates" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "key_benefit" VARCHAR,
  "low_gbp" DECIMAL(18,2),
  "high_gbp" DECIMAL(18,2),
  "estimate_text" VARCHAR,
  "kind" VARCHAR,
  "is_total" BOOLEAN
);

CREATE TABLE IF NOT EXISTS "kpis" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "key_benefit" VARCHAR,
  "measure" VARCHAR,
  "baseline" VARCHAR,
  "target" VARCHAR
);

CREATE TABLE IF NOT EXISTS "eqia_impacts" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "characteristic" VARCHAR,
  "impact" VARCHAR
);

CREATE TABLE IF NOT EXISTS "eqia_scope" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "characteristic" VARCHAR,
  "checked" BOOLEAN
);

CREATE TABLE IF NOT EXISTS "validations" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "validation_id" VARCHAR,
  "check" VARCHAR,
  "status" VARCHAR,
  "expected" VARCHAR,
  "actual" VARCHAR,
  "detail" VARCHAR
);

CREATE TABLE IF NOT EXISTS "table_facts" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "table_id" VARCHAR,
  "kind" VARCHAR,
  "key" VARCHAR,
  "value_text" VARCHAR,
  "value_gbp" DECIMAL(18,2),
  "value_date" DATE
);

CREATE TABLE IF NOT EXISTS "committee_extract_meta" (
  "key" VARCHAR,
  "value" VARCHAR
);

CREATE TABLE IF NOT EXISTS "document_paths" (
  "doc_id" VARCHAR,
  "path" VARCHAR
);

CREATE TABLE IF NOT EXISTS "decisions" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "decision_id" VARCHAR,
  "seq" BIGINT,
  "decision_no" VARCHAR,
  "title" VARCHAR,
  "decision_maker" VARCHAR,
  "key_decision" BOOLEAN,
  "key_decision_text" VARCHAR,
  "decision_date" DATE,
  "decision_date_precision" VARCHAR,
  "decision_date_text" VARCHAR,
  "wards" VARCHAR,
  "agenda_item" VARCHAR,
  "lead_in" VARCHAR,
  "basis" VARCHAR
);

CREATE TABLE IF NOT EXISTS "decision_points" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "decision_id" VARCHAR,
  "decision_seq" BIGINT,
  "seq" BIGINT,
  "label" VARCHAR,
  "parent_label" VARCHAR,
  "text" VARCHAR
);

CREATE TABLE IF NOT EXISTS "meetings" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "body" VARCHAR,
  "meeting_date" DATE,
  "meeting_date_precision" VARCHAR,
  "meeting_date_text" VARCHAR,
  "time" VARCHAR,
  "time_text" VARCHAR,
  "venue" VARCHAR,
  "clerk" VARCHAR
);

CREATE TABLE IF NOT EXISTS "eqias" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "basis" VARCHAR,
  "proposal" VARCHAR,
  "form_version" VARCHAR,
  "directorate" VARCHAR,
  "business_plan_proposal_number" VARCHAR,
  "assessor" VARCHAR,
  "assessor_job_title" VARCHAR,
  "assessor_job_title_section1" VARCHAR,
  "assessor_email" VARCHAR,
  "assessor_phone" VARCHAR,
  "approver" VARCHAR,
  "approver_job_title" VARCHAR,
  "lead_officer" VARCHAR,
  "lead_officer_role" VARCHAR,
  "head_of_service" VARCHAR,
  "director" VARCHAR,
  "service_area" VARCHAR,
  "date_commenced" DATE,
  "date_commenced_text" VARCHAR,
  "date_completed" DATE,
  "date_completed_text" VARCHAR,
  "assessor_signed_date" DATE,
  "assessor_signed_date_text" VARCHAR,
  "approver_signed_date" DATE,
  "approver_signed_date_text" VARCHAR,
  "action_plan" VARCHAR
);

CREATE TABLE IF NOT EXISTS "eqia_answers" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "characteristic" VARCHAR,
  "asks" VARCHAR,
  "answer" VARCHAR,
  "impact" VARCHAR
);

CREATE TABLE IF NOT EXISTS "evidence" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "source" VARCHAR,
  "summary" VARCHAR
);

CREATE TABLE IF NOT EXISTS "statistics" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "label" VARCHAR,
  "value_heading" VARCHAR,
  "value" DOUBLE,
  "value_text" VARCHAR,
  "unit" VARCHAR,
  "indicator" VARCHAR,
  "is_total" BOOLEAN
);

CREATE TABLE IF NOT EXISTS "action_plan" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "action" VARCHAR,
  "responsible_officer" VARCHAR,
  "timescale" VARCHAR
);

CREATE TABLE IF NOT EXISTS "lots" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "lot" VARCHAR,
  "title" VARCHAR,
  "descriptor" VARCHAR
);

CREATE TABLE IF NOT EXISTS "lot_budget" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "lot" VARCHAR,
  "label" VARCHAR,
  "annual_scoped_contract_spend_gbp" DECIMAL(18,2),
  "ccc_contribution_annual_gbp" DECIMAL(18,2),
  "total_annual_lot_budget_gbp" DECIMAL(18,2),
  "total_contract_term_gbp" DECIMAL(18,2)
);

CREATE TABLE IF NOT EXISTS "contracts" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "lot" VARCHAR,
  "provider" VARCHAR,
  "contract" VARCHAR,
  "annual_value_gbp" DECIMAL(18,2),
  "annual_value_text" VARCHAR
);

CREATE TABLE IF NOT EXISTS "pooled_budget" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "label" VARCHAR,
  "la_contribution_gbp" DECIMAL(18,2),
  "la_pct" DOUBLE,
  "ccg_contribution_gbp" DECIMAL(18,2),
  "ccg_pct" DOUBLE,
  "total_gbp" DECIMAL(18,2)
);

CREATE TABLE IF NOT EXISTS "officer_clearance" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "implication" VARCHAR,
  "clearance" VARCHAR,
  "cleared" BOOLEAN,
  "officer_label" VARCHAR,
  "officer" VARCHAR
);

CREATE TABLE IF NOT EXISTS "action_log" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "meeting_date" DATE,
  "meeting_date_text" VARCHAR,
  "minute_no" VARCHAR,
  "report_title" VARCHAR,
  "owner" VARCHAR,
  "action" VARCHAR,
  "comments" VARCHAR,
  "status" VARCHAR,
  "review_date" DATE,
  "review_date_text" VARCHAR
);

CREATE TABLE IF NOT EXISTS "agenda_items" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "number" VARCHAR,
  "group" VARCHAR,
  "title" VARCHAR,
  "note" VARCHAR,
  "date" DATE,
  "pages" VARCHAR,
  "minute_no" VARCHAR
);

CREATE TABLE IF NOT EXISTS "agenda_plan" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "committee_date" DATE,
  "committee_date_text" VARCHAR,
  "agenda_item" VARCHAR,
  "lead_officer" VARCHAR,
  "key_decision_ref" VARCHAR,
  "deadline" DATE,
  "deadline_text" VARCHAR,
  "despatch" DATE,
  "despatch_text" VARCHAR
);

CREATE TABLE IF NOT EXISTS "training_plan" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "date_text" VARCHAR,
  "date" DATE,
  "timings" VARCHAR,
  "topic" VARCHAR,
  "presenter" VARCHAR,
  "location" VARCHAR,
  "audience" VARCHAR,
  "notes" VARCHAR
);

CREATE TABLE IF NOT EXISTS "glossary" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "group" VARCHAR,
  "abbreviation" VARCHAR,
  "name" VARCHAR,
  "description" VARCHAR
);

CREATE TABLE IF NOT EXISTS "investment_bid" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "line_label" VARCHAR,
  "fy" VARCHAR,
  "fy_text" VARCHAR,
  "printed" VARCHAR,
  "value_gbp" DECIMAL(18,2)
);

CREATE TABLE IF NOT EXISTS "investment_bid_measures" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "measure" VARCHAR,
  "baseline" VARCHAR,
  "target_column" VARCHAR,
  "target" VARCHAR
);

CREATE TABLE IF NOT EXISTS "investment_bid_risks" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "risk" VARCHAR,
  "mitigation" VARCHAR,
  "rag" VARCHAR,
  "owner" VARCHAR
);

CREATE TABLE IF NOT EXISTS "eqia_severity_matrix" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "likelihood" VARCHAR,
  "minor" VARCHAR,
  "moderate" VARCHAR,
  "serious" VARCHAR,
  "major" VARCHAR
);

CREATE TABLE IF NOT EXISTS "performance_indicators" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "table_id" VARCHAR,
  "indicator" VARCHAR,
  "rag" VARCHAR,
  "rag_source" VARCHAR,
  "direction" VARCHAR,
  "actual" VARCHAR,
  "target" VARCHAR
);

CREATE TABLE IF NOT EXISTS "outcome_items" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "label" VARCHAR,
  "parent_label" VARCHAR,
  "text" VARCHAR
);

CREATE TABLE IF NOT EXISTS "stated_figures" (
  "doc_id" VARCHAR,
  "item_id" VARCHAR,
  "page" BIGINT,
  "line" BIGINT,
  "seq" BIGINT,
  "section" VARCHAR,
  "text" VARCHAR,
  "amount_gbp" DECIMAL(18,2),
  "low_gbp" DECIMAL(18,2),
  "high_gbp" DECIMAL(18,2),
  "value" DECIMAL(18,2),
  "unit" VARCHAR,
  "approximate" BOOLEAN
);

-- Views promised by CONTRACT.md. They are re-created on every load.

CREATE OR REPLACE VIEW v_proposals AS
SELECT
  p.doc_id,
  p.item_id,
  p.bp_reference,
  p.title,
  p.committee,
  p.saving_fy,
  p.saving_gbp,
  p.saving_text,
  p.date_of_version,
  (SELECT string_agg(c.name || coalesce(', ' || c.post, ''), ' / ' ORDER BY c.seq)
     FROM contacts c WHERE c.item_id = p.item_id AND c.role = 'lead') AS leads,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id) AS n_risks,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag = 'Red') AS n_risks_red,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag = 'Amber') AS n_risks_amber,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag = 'Green') AS n_risks_green,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag IS NULL) AS n_risks_unrated,
  (SELECT count(*) FROM validations v WHERE v.item_id = p.item_id) AS n_validations,
  (SELECT count(*) FROM validations v WHERE v.item_id = p.item_id AND v.status = 'fail') AS n_validations_failed,
  (SELECT coalesce(bool_and(v.status <> 'fail'), true)
     FROM validations v WHERE v.item_id = p.item_id) AS validations_pass
FROM proposals p;

CREATE OR REPLACE VIEW v_risks AS
SELECT
  r.*,
  p.title AS proposal_title,
  p.bp_reference
FROM risks r
LEFT JOIN proposals p ON p.item_id = r.item_id;
