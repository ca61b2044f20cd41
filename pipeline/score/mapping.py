"""Where the answer keys' parts live in the database: the one place to adjust when a table is renamed.

The real-world keys (tests/golden/realworld, FORMAT "Real-world papers") name
parts that other engineers are building in parallel (`decisions`, `meetings`,
`performance_indicators`, ...). The scorer reads them by the names below; a
table or column that does not exist yet scores as a miss, never a crash.

A key the mapping does not name and no column can hold is listed as "not
scored" in the output (never dropped silently, never counted as a miss): the
keys carry more than the contract stores (a report's `purpose`, an EqIA's tick
lists). Once a column of that name exists it is scored like any other.
"""

from __future__ import annotations

#: Key part -> database table.
TABLES = {
    "reports": "reports",
    "contacts": "contacts",
    "recommendations": "recommendations",
    "sections": "sections",
    "decisions": "decisions",
    "decision_points": "decision_points",
    "meetings": "meetings",
    "agenda_items": "agenda_items",
    "eqias": "eqias",
    "eqia_impacts": "eqia_impacts",
    "validations": "validations",
    "table_facts": "table_facts",
}

#: Keys scored even when no column holds them yet (a missing column is a miss): what issues 11 and 12 ask for.
REQUIRED = {
    "reports": {"title", "to", "from", "meeting_date", "decision_no", "electoral_divisions", "key_decision"},
    "contacts": {"role", "name", "post", "email", "phone"},
    "decisions": {"decision_no", "title", "decision_maker", "key_decision", "decision_date", "ward", "wards"},
    "decision_points": {"label", "text_starts"},
    "meetings": {"body", "meeting_date", "time", "venue", "clerk"},
    "agenda_items": {"number", "title"},
    "eqias": {"proposal", "assessor", "approver", "date_completed"},
    "eqia_impacts": {"characteristic", "impact"},
}

#: Key name -> column names tried after the key's own name, per part (`decisions.ward` lives in `wards`).
COLUMN_ALIASES = {
    "decisions": {"ward": ("wards",), "wards": ("ward",), "title": ("subject",), "decisions_lead_in": ("lead_in",)},
    "decision_points": {"text": ("text",)},
    "meetings": {"time": ("start_time", "meeting_time")},
}

#: How a decision's points find their decision: the first pair of columns both tables have.
DECISION_POINT_LINKS = (("decision_id", "decision_id"), ("decision_no", "decision_no"))

#: A real-world key table's kind -> the table its rows are typed into; other kinds: a table of the same name.
TABLE_KINDS = {
    "costs": "costs",
    "risk_register": "risks",
    "performance": "performance_indicators",
    "timetable": "milestones",
    "counts": "statistics",  # counts by group and shares by group are one kind: figures by group
}

#: Per table kind: key name -> column names tried after the key's own name (a statistic's `group` is `label`).
TABLE_COLUMN_ALIASES = {
    "statistics": {"group": ("label",)},
    "counts": {"period": ("value_heading",)},
}

#: Tables whose rows are typed table rows: a `not_tables` region must yield none of them.
#: (EqIA impacts and agenda items are read from forms and lists on purpose, so they are not here.)
TYPED_TABLES = (
    "costs", "risks", "milestones", "kpis", "performance_indicators", "saving_lines", "benefit_estimates", "cash_flow",
    "lots", "lot_budget", "contracts", "pooled_budget", "officer_clearance", "action_log", "agenda_plan", "training_plan",
    "glossary", "investment_bid", "investment_bid_measures", "investment_bid_risks",
    "counts", "evidence", "statistics", "action_plan",
)

#: Kinds of extracted tables that are forms or lists read on purpose (prefixes): not typed rows for `not_tables`.
FORM_KINDS = ("eqia", "agenda")

#: EqIA keys naming a person in a role: key -> (contacts.role, contacts column).
EQIA_ROLE_KEYS = {
    "assessor": ("assessor", "name"),
    "assessor_job_title": ("assessor", "post"),
    "assessor_email": ("assessor", "email"),
    "assessor_phone": ("assessor", "phone"),
    "approver": ("approver", "name"),
    "approver_job_title": ("approver", "post"),
    "approver_email": ("approver", "email"),
    "approver_phone": ("approver", "phone"),
    "lead_officer": ("lead", "name"),
    "lead_officer_role": ("lead", "post"),
    "director": ("director", "name"),
}

#: EqIA lists of people (`assessors: [{name, team}]`) -> contacts.role.
EQIA_PEOPLE_LISTS = {"assessors": "assessor", "approvers": "approver"}

#: Top-level keys of a key file that describe the meeting a document comes from (a decision notice's
#: `body` and `meeting_date`): scored against the document's `meetings` row.
DOCUMENT_MEETING_KEYS = ("body", "meeting_date", "document_heading", "subheading", "members_present", "apologies")

#: Top-level keys that are not answers (`tables_not_keyed`, listed as not scored, is an index, not an answer).
UNSCORED_TOP_KEYS = {"source", "notes"}

#: Field-name prefixes -> the groups the issues set targets on (issue 11: >= 90% of these; issue 12: rows, regions).
GROUPS = (
    ("contact", ("reports.contacts",)),
    ("section", ("reports.sections", "reports.paragraphs")),
    ("agenda item", ("meetings.agenda_items",)),
    ("report", ("reports", "items")),
    ("decision", ("decisions",)),
    ("meeting", ("meetings",)),
    ("EqIA", ("eqias",)),
    ("table rows", ()),
    ("table fields", ("tables",)),
    ("not_tables", ("not_tables",)),
    ("checks", ("checks",)),
)


def group_of(field: str) -> str | None:
    """The summary group of a field name (first matching prefix), or None. Row counts of tables are "table rows"."""
    if field.startswith("tables.") and field.endswith("[]"):
        return "table rows"
    for group, prefixes in GROUPS:
        for prefix in prefixes:
            if field == prefix or field.startswith((f"{prefix}.", f"{prefix}[", f"{prefix} ")):
                return group
    return None
