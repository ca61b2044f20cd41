"""Pydantic models for every table of the database (see CONTRACT.md).

Column order here is column order in DuckDB. Money is `Gbp` (pounds, signs as
printed); dates come with their printed text and a precision
(`day`, `month`, `year`).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from schemas.base import Gbp, ItemRow, Json, Record


class Rag(str, Enum):
    RED = "Red"
    AMBER = "Amber"
    GREEN = "Green"


class Document(Record, table="documents"):
    doc_id: str
    source_path: str
    source_format: str  # pdf | text
    flavour: str | None = None  # pdftotext | tabbed | markdown | pdf
    n_pages: int | None = None
    n_ocr_pages: int | None = None  # pages read by OCR (no text layer); None for text dumps
    n_lines: int | None = None
    encoding: str | None = None
    status: str = "ok"  # ok | partial | failed
    error: str | None = None
    warnings: Json = "[]"
    duplicate_of: str | None = None
    pipeline_version: str = ""
    extracted_at: dt.datetime | None = None


class Item(Record, table="items"):
    item_id: str
    doc_id: str
    seq: int
    kind: str
    title: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    line_start: int | None = None
    line_end: int | None = None


class Proposal(ItemRow, table="proposals"):
    bp_reference: str | None = None
    title: str | None = None
    committee: str | None = None
    saving_fy: str | None = None
    saving_gbp: Gbp | None = None
    saving_text: str | None = None
    brief_description: str | None = None
    date_of_version: dt.date | None = None
    date_of_version_precision: str | None = None
    date_of_version_text: str | None = None


class Report(ItemRow, table="reports"):
    title: str | None = None
    to_body: str | None = None
    meeting_date: dt.date | None = None
    meeting_date_precision: str | None = None
    meeting_date_text: str | None = None
    from_text: str | None = None
    subject: str | None = None
    decision_no: str | None = None
    electoral_divisions: str | None = None
    forward_plan_ref: str | None = None
    key_decision: bool | None = None
    key_decision_text: str | None = None
    outcome: str | None = None
    summary: str | None = None
    classification: str | None = None
    past_pathway: str | None = None
    future_pathway: str | None = None
    #: "Is the decision eligible for call-in?" answered.
    call_in_eligible: bool | None = None
    recommendation: str | None = None
    #: The words before the first recommendation ("Cabinet is asked to:").
    recommendations_lead_in: str | None = None
    #: How the cover was found: "label block" | "heading" | "fallback".
    basis: str | None = None


class Recommendation(ItemRow, table="recommendations"):
    seq: int
    label: str | None = None
    parent_label: str | None = None
    text: str


class Section(ItemRow, table="sections"):
    seq: int
    number: str | None = None
    key: str | None = None
    heading: str | None = None
    body: str | None = None


class Contact(ItemRow, table="contacts"):
    seq: int
    role: str  # officer | author | lead | director | member | clerk | assessor | approver | owner
    name: str | None = None
    post: str | None = None
    email: str | None = None
    phone: str | None = None


class Entity(ItemRow, table="entities"):
    label: str
    text: str
    value: str | None = None
    start_char: int | None = None


class ExtractedTable(ItemRow, table="extracted_tables"):
    table_id: str
    kind: str | None = None
    n_rows: int = 0
    n_cols: int = 0
    header: Json = "[]"
    cells: Json = "[]"
    extractor: str = "text"  # text | pdfplumber | camelot-lattice | camelot-stream
    bbox: Json | None = None
    is_noise: bool = False
    notes: Json = "[]"
    #: Stream line of each body row, and its top on the page in points (PDF): where a row was read.
    row_lines: Json | None = None
    row_tops: Json | None = None


class SavingLine(ItemRow, table="saving_lines"):
    seq: int
    table_id: str | None = None
    label: str
    amount_gbp: Gbp | None = None
    amount_text: str | None = None
    is_total: bool = False


class Cost(ItemRow, table="costs"):
    seq: int
    table_id: str | None = None
    label: str
    period: str | None = None
    lead: str | None = None
    amount_gbp: Gbp | None = None
    amount_text: str | None = None
    is_total: bool = False
    #: The row's place in the table (extractors/tables/model.py): 0 a table total, 1 a subtotal
    #: or a line under no heading, 2 a line under a heading.
    level: int | None = None
    role: str | None = None  # line | subtotal | total
    unit: str | None = None  # the column's printed unit: £ | £000 | £m | £bn


class CashFlow(ItemRow, table="cash_flow"):
    seq: int
    table_id: str | None = None
    element: str
    frequency: str | None = None
    year: int | None = None
    quarter: int | None = None
    fy: str | None = None
    value: Gbp | None = None
    value_text: str | None = None
    unit: str | None = None  # GBP | hours | GBP000
    is_break_even: bool = False


class Milestone(ItemRow, table="milestones"):
    seq: int
    table_id: str | None = None
    task: str
    start_text: str | None = None
    start_date: dt.date | None = None
    start_precision: str | None = None
    end_text: str | None = None
    end_date: dt.date | None = None
    end_precision: str | None = None
    owner: str | None = None


class Risk(ItemRow, table="risks"):
    seq: int
    table_id: str | None = None
    risk: str
    mitigation: str | None = None
    rag: Rag | None = None
    rag_source: str | None = None  # text | colour
    owner: str | None = None


class BenefitEstimate(ItemRow, table="benefit_estimates"):
    seq: int
    table_id: str | None = None
    key_benefit: str
    low_gbp: Gbp | None = None
    high_gbp: Gbp | None = None
    estimate_text: str | None = None
    kind: str | None = None  # saving | income | cost_avoidance
    is_total: bool = False


class Kpi(ItemRow, table="kpis"):
    seq: int
    table_id: str | None = None
    key_benefit: str | None = None
    measure: str | None = None
    baseline: str | None = None
    target: str | None = None


class EqiaImpact(ItemRow, table="eqia_impacts"):
    seq: int
    table_id: str | None = None
    characteristic: str
    #: positive | negative | neutral; null where the grid lists the characteristic
    #: but no mark can be placed in a column (or none is printed).
    impact: str | None = None


class EqiaScope(ItemRow, table="eqia_scope"):
    seq: int
    characteristic: str
    checked: bool


class Validation(ItemRow, table="validations"):
    #: `<item_id>:vNNN`, numbered in the order the checks ran: what `committee-extract show` takes.
    validation_id: str | None = None
    check: str
    status: str  # pass | fail | skip
    expected: str | None = None
    actual: str | None = None
    detail: str | None = None


class TableFact(ItemRow, table="table_facts"):
    """A value stated about a whole table rather than in one row: a lot's stated
    total, the date a log was updated, the unit printed above a table."""

    table_id: str | None = None
    kind: str
    key: str
    value_text: str | None = None
    value_gbp: Gbp | None = None
    value_date: dt.date | None = None
