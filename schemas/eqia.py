"""The Equality Impact Assessment form: one row per form (its header fields,
approval block and action plan). Its scope boxes are `eqia_scope` rows, its
per-characteristic questions `eqia_answers` rows, and the people named on it
are `contacts` (roles `assessor`, `approver`, `lead`, `head_of_service`, `director`)."""

from __future__ import annotations

import datetime as dt

from schemas.base import ItemRow


class Eqia(ItemRow, table="eqias"):
    #: How the form was found: `heading` (an EqIA heading over its form fields), `label block`
    #: (the form's fields without a heading), `questions` (its per-characteristic questions only).
    basis: str | None = None
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
    #: As printed on forms that name them ("Lead Officer name", "Responsible Head of Service" ...).
    lead_officer: str | None = None
    lead_officer_role: str | None = None
    head_of_service: str | None = None
    director: str | None = None
    service_area: str | None = None
    date_commenced: dt.date | None = None
    date_commenced_text: str | None = None
    date_completed: dt.date | None = None
    date_completed_text: str | None = None
    assessor_signed_date: dt.date | None = None
    assessor_signed_date_text: str | None = None
    approver_signed_date: dt.date | None = None
    approver_signed_date_text: str | None = None
    action_plan: str | None = None


class EqiaAnswer(ItemRow, table="eqia_answers"):
    """One per-characteristic question of the form and its answer as marked
    ("Are there negative impacts for Age? No"; "Age | disproportionate impact? Yes ☒ No ☐")."""

    seq: int
    characteristic: str
    #: What the question asks about: negative | positive | any.
    asks: str
    #: yes | no | both (two boxes ticked: unreadable) | null (unanswered, or answered in words).
    answer: str | None = None
    #: The impact the answer marks (as in `eqia_impacts`), or null where it marks none.
    impact: str | None = None
