"""Typed tables of a whole agenda pack: lots and their budgets, contracts per lot,
pooled budgets, officer clearance, action log, agenda items and plan, training
plan, glossary, investment bid tables and the EqIA severity matrix.

One model per table; the table name is the kind the table is classified as.
Values stated about a whole table (a lot's stated total, a log's "as at" date)
are `TableFact` rows (schemas/records.py), not columns here.
"""

from __future__ import annotations

import datetime as dt

from schemas.base import Gbp, ItemRow
from schemas.records import Rag


class PackRow(ItemRow):
    """A row of a typed pack table: its order in the table and the table it came from."""

    seq: int
    table_id: str | None = None


class Lot(PackRow, table="lots"):
    lot: str | None = None
    title: str | None = None
    descriptor: str | None = None


class LotBudget(PackRow, table="lot_budget"):
    lot: str | None = None
    label: str
    annual_scoped_contract_spend_gbp: Gbp | None = None
    ccc_contribution_annual_gbp: Gbp | None = None
    total_annual_lot_budget_gbp: Gbp | None = None
    total_contract_term_gbp: Gbp | None = None


class Contract(PackRow, table="contracts"):
    #: The lot named in the heading above the table ("LOT 2 – ..."), for joins with lot_budget.
    lot: str | None = None
    provider: str | None = None
    contract: str | None = None
    annual_value_gbp: Gbp | None = None
    annual_value_text: str | None = None


class PooledBudget(PackRow, table="pooled_budget"):
    label: str | None = None
    la_contribution_gbp: Gbp | None = None
    la_pct: float | None = None
    ccg_contribution_gbp: Gbp | None = None
    ccg_pct: float | None = None
    total_gbp: Gbp | None = None


class OfficerClearance(PackRow, table="officer_clearance"):
    implication: str
    clearance: str | None = None
    cleared: bool | None = None
    officer_label: str | None = None
    officer: str | None = None


class ActionLogEntry(PackRow, table="action_log"):
    meeting_date: dt.date | None = None
    meeting_date_text: str | None = None
    minute_no: str | None = None
    report_title: str | None = None
    owner: str | None = None
    action: str | None = None
    comments: str | None = None
    status: str | None = None
    review_date: dt.date | None = None
    review_date_text: str | None = None


class AgendaItem(PackRow, table="agenda_items"):
    """A numbered item of an agenda front sheet or of minutes; its meeting is the
    `meetings` row of the same item_id."""

    #: The agenda item number (minutes: the "(Item 5)" printed under the minute, else the minute's own number).
    number: str | None = None
    group: str | None = None
    #: The title without a "(Pages 19 - 24)" tail.
    title: str
    note: str | None = None
    date: dt.date | None = None
    #: The pages of the pack the item's papers take, as printed ("19 - 24").
    pages: str | None = None
    #: Minutes only: the minute's own number ("84"), where it differs from the agenda item's.
    minute_no: str | None = None


class AgendaPlanEntry(PackRow, table="agenda_plan"):
    committee_date: dt.date | None = None
    #: The printed date cell; null where the cell is blank and the date is carried down.
    committee_date_text: str | None = None
    agenda_item: str | None = None
    lead_officer: str | None = None
    key_decision_ref: str | None = None
    deadline: dt.date | None = None
    deadline_text: str | None = None
    despatch: dt.date | None = None
    despatch_text: str | None = None


class TrainingSession(PackRow, table="training_plan"):
    date_text: str | None = None
    date: dt.date | None = None
    timings: str | None = None
    topic: str | None = None
    presenter: str | None = None
    location: str | None = None
    audience: str | None = None
    notes: str | None = None


class GlossaryEntry(PackRow, table="glossary"):
    group: str | None = None
    abbreviation: str | None = None
    name: str | None = None
    description: str | None = None


class InvestmentBidLine(PackRow, table="investment_bid"):
    """One cell of an investment bid's cash flow by financial year. The answer key calls
    the row label `line`; here it is `line_label`, since `line` is the source line."""

    line_label: str
    fy: str | None = None
    fy_text: str | None = None
    printed: str | None = None
    value_gbp: Gbp | None = None


class InvestmentBidMeasure(PackRow, table="investment_bid_measures"):
    measure: str
    baseline: str | None = None
    #: The year column the target sits under, as printed.
    target_column: str | None = None
    target: str | None = None


class InvestmentBidRisk(PackRow, table="investment_bid_risks"):
    risk: str
    mitigation: str | None = None
    rag: Rag | None = None
    owner: str | None = None


class EqiaSeverityCell(PackRow, table="eqia_severity_matrix"):
    """One likelihood row of an EqIA severity x likelihood matrix (L, M or H per severity)."""

    likelihood: str
    minor: str | None = None
    moderate: str | None = None
    serious: str | None = None
    major: str | None = None
