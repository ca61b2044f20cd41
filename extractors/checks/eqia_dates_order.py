"""An EqIA form's dates run in order: the assessment was commenced on or before it was
completed, and completed on or before the assessor and the approver signed it off.
Only the dates the form prints are compared; fewer than two is no check."""

from __future__ import annotations

import datetime as dt

from extractors.checks import Check
from extractors.checks._prose import of_type
from extractors.checks._tables import validation
from schemas.base import Record
from schemas.eqia import Eqia
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "eqia_dates_order"


def _dated(form: Eqia) -> list[tuple[str, dt.date, str | None]]:
    return [(label, d, text) for label, d, text in (
        ("commenced", form.date_commenced, form.date_commenced_text),
        ("completed", form.date_completed, form.date_completed_text),
        ("signed by the assessor", form.assessor_signed_date, form.assessor_signed_date_text),
        ("approved", form.approver_signed_date, form.approver_signed_date_text),
    ) if d is not None]


def _out_of_order(dated) -> list[str]:
    """Pairs that break the order: each step against every later one, except that the two
    sign-off dates may come in either order."""
    bad = []
    for i, (a, da, _) in enumerate(dated):
        for b, db, _ in dated[i + 1:]:
            if db < da and {a, b} != {"signed by the assessor", "approved"}:
                bad.append(f"{a} {da.isoformat()} is after {b} {db.isoformat()}")
    return bad


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for form in of_type(records, Eqia):
        dated = _dated(form)
        if len(dated) < 2:
            continue
        printed = ", ".join(f"{label} {text or d.isoformat()}" for label, d, text in dated)
        actual = ", ".join(d.isoformat() for _, d, _ in dated)
        bad = _out_of_order(dated)
        if bad:
            detail = f"form dates out of order: {'; '.join(bad)} (as printed)"
            out.append(validation(item, NAME, "fail", "in order", actual, detail, form.line))
        else:
            out.append(validation(item, NAME, "pass", "in order", actual, f"in order: {printed} (commenced <= completed <= each sign-off)", form.line))
    return out


CHECK = Check(NAME, run)
