"""The Equality Impact Assessment form: one row per form (its header fields,
approval block and action plan). Its scope boxes are `eqia_scope` rows and the
people named on it are `contacts` (roles `assessor`, `approver`)."""

from __future__ import annotations

import datetime as dt

from schemas.base import ItemRow


class Eqia(ItemRow, table="eqias"):
    proposal: str | None = None
    form_version: str | None = None
    directorate: str | None = None
    business_plan_proposal_number: str | None = None
    assessor: str | None = None
    #: The assessor's job title as printed in the approval section (Section 5).
    assessor_job_title: str | None = None
    #: ... and as printed in the proposal details (Section 1); forms may differ.
    assessor_job_title_section1: str | None = None
    assessor_email: str | None = None
    assessor_phone: str | None = None
    approver: str | None = None
    approver_job_title: str | None = None
    date_commenced: dt.date | None = None
    date_commenced_text: str | None = None
    date_completed: dt.date | None = None
    date_completed_text: str | None = None
    assessor_signed_date: dt.date | None = None
    assessor_signed_date_text: str | None = None
    approver_signed_date: dt.date | None = None
    approver_signed_date_text: str | None = None
    action_plan: str | None = None
