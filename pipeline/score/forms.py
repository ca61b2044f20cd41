"""Score the `reports` (committee cover papers) and `eqias` (equality impact assessment forms) of an answer key."""

from __future__ import annotations

import re

from pipeline.score.db import DocumentRows
from pipeline.score.report import Collector
from pipeline.score.rows import compare_fields, compare_list, compare_text_list, pair_records
from pipeline.score.values import NO_ROW, collapse, compare, resolve

REPORT_NESTED = {"officer", "member", "member_contacts", "recommendations", "recommendations_starts", "outcome_items_starts", "sections"}

#: Contact blocks of a cover paper: answer-key name -> contacts.role.
REPORT_CONTACTS = {"officer": "officer", "member": "member", "member_contacts": "member"}

#: EqIA keys held by a person in a role: key -> (contacts.role, contacts column).
EQIA_CONTACT_KEYS = {
    "assessor": ("assessor", "name"),
    "assessor_job_title": ("assessor", "post"),
    "assessor_email": ("assessor", "email"),
    "assessor_phone": ("assessor", "phone"),
    "approver": ("approver", "name"),
    "approver_job_title": ("approver", "post"),
    "approver_email": ("approver", "email"),
    "approver_phone": ("approver", "phone"),
}

EQIA_SCOPE_KEYS = {"scope_checked": True, "scope_unchecked": False}


def score_reports(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    cols = doc.columns("reports")
    for ki, row in pair_records(c, keys, doc.rows("reports"), cols, "reports", {"title": 5.0}, doc.doc_id is not None):
        path = f"reports[{ki}]"
        compare_fields(c, keys[ki], row, cols, "reports", path, skip=REPORT_NESTED, table="reports")
        score_report_parts(c, doc, keys[ki], row, path)


def score_report_parts(c: Collector, doc: DocumentRows, key: dict, row: dict | None, path: str) -> None:
    item_id = row.get("item_id") if row else None
    present = row is not None
    if "outcome_items_starts" in key:
        score_outcome_items(c, doc, key["outcome_items_starts"], row, path)
    recs = doc.of_item("recommendations", item_id)
    rec_cols = doc.columns("recommendations")
    if "recommendations_starts" in key:
        starts = [{"text_starts": s} for s in key["recommendations_starts"]]
        compare_list(c, starts, recs, rec_cols, "reports.recommendations_starts", f"{path}.recommendations_starts", table="recommendations", parent_found=present)
    if "recommendations" in key:
        compare_list(c, key["recommendations"], recs, rec_cols, "reports.recommendations", f"{path}.recommendations", table="recommendations", parent_found=present)
    for name, role in REPORT_CONTACTS.items():
        if name in key:
            people = doc.contacts(item_id, role)
            compare_fields(c, key[name], people[0] if people else None, doc.columns("contacts"), f"reports.{name}", f"{path}.{name}", table="contacts")
    if "sections" in key:
        score_report_sections(c, doc, key["sections"], item_id, path, present)


def score_outcome_items(c: Collector, doc: DocumentRows, starts: list[str], row: dict | None, path: str) -> None:
    """The numbered points of `Outcome:`: rows of `outcome_items` where that table exists, else text inside `reports.outcome`."""
    field, where = "reports.outcome_items_starts", f"{path}.outcome_items_starts"
    if doc.has_table("outcome_items"):
        items = doc.of_item("outcome_items", row.get("item_id") if row else None)
        keys = [{"text_starts": s} for s in starts]
        compare_list(c, keys, items, doc.columns("outcome_items"), field, where, table="outcome_items", parent_found=row is not None)
        return
    target = resolve("outcome_contains", "", doc.columns("reports"))
    for i, start in enumerate(starts):
        ok, got = compare(target, start, row)
        c.value(field, f"{where}[{i}]", start, got, ok, "looked for inside reports.outcome")


def score_report_sections(c: Collector, doc: DocumentRows, keys: list[dict], item_id: str | None, path: str, present: bool) -> None:
    """Top-level sections (1, 2, ...) of a cover paper, and the numbered paragraphs (N.x) under each."""
    sections = doc.of_item("sections", item_id)
    cols = doc.columns("sections")
    top = [s for s in sections if "." not in collapse(s.get("number") or "")]
    pairs = compare_list(
        c, keys, top, cols, "reports.sections", f"{path}.sections", count_extras=False, table="sections",
        skip=("paragraphs", "paragraph_headings"), parent_found=present,
    )
    for ki, _row in pairs:
        key = keys[ki]
        sub = paragraphs_of(sections, str(key.get("number", "")))
        where = f"{path}.sections[{ki}]"
        if "paragraphs" in key:
            numbers = [collapse(s.get("number")) for s in sub]
            compare_text_list(c, key["paragraphs"], numbers, "reports.sections.paragraphs", f"{where}.paragraphs", parent_found=present)
        if "paragraph_headings" in key:
            compare_list(
                c, key["paragraph_headings"], sub, cols, "reports.sections.paragraph_headings", f"{where}.paragraph_headings",
                count_extras=False, table="sections", parent_found=present,
            )


def paragraphs_of(sections: list[dict], number: str) -> list[dict]:
    """The sections numbered `number`.x (one level down), in order."""
    pattern = re.compile(rf"^{re.escape(number)}\.\d+$")
    return [s for s in sections if pattern.match(collapse(s.get("number") or ""))]


def eqia_forms(doc: DocumentRows) -> list[dict]:
    """One row per EqIA form: the `eqias` table where it exists, else the items of kind eqia."""
    forms = doc.rows("eqias")
    if forms:
        return forms
    return [{"item_id": i["item_id"]} for i in doc.rows("items") if i.get("kind") == "eqia"]


def score_eqias(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    cols = doc.columns("eqias")
    for ki, form in pair_records(c, keys, eqia_forms(doc), cols, "eqias", None, doc.doc_id is not None):
        key, path = keys[ki], f"eqias[{ki}]"
        item_id = form.get("item_id") if form else None
        plain = {k: v for k, v in key.items() if k not in EQIA_CONTACT_KEYS and k not in EQIA_SCOPE_KEYS}
        compare_fields(c, plain, form, cols, "eqias", path, table="eqias")
        for k, (role, column) in EQIA_CONTACT_KEYS.items():
            if k in key:
                score_eqia_person(c, doc, key[k], form, role, column, k, path)
        for k, checked in EQIA_SCOPE_KEYS.items():
            if k in key:
                boxes = [collapse(s.get("characteristic") or "") for s in doc.of_item("eqia_scope", item_id) if bool(s.get("checked")) is checked]
                compare_text_list(c, key[k], boxes, f"eqias.{k}", f"{path}.{k}", parent_found=form is not None)


def score_eqia_person(c: Collector, doc: DocumentRows, expected, form: dict | None, role: str, column: str, key: str, path: str) -> None:
    """An assessor/approver value: from `contacts` in that role, else from an `eqias` column of the key's name."""
    people = doc.contacts(form.get("item_id") if form else None, role)
    if people or form is None or key.lower() not in doc.columns("eqias"):
        row = people[0] if people else (None if form is None else {})
        target = resolve(column, expected, doc.columns("contacts"))
        ok, got = compare(target, expected, row)
        note = None if people else f"no contact with role '{role}'"
        c.value(f"eqias.{key}", f"{path}.{key}", expected, got if form is not None else NO_ROW, ok, note)
        return
    compare_fields(c, {key: expected}, form, doc.columns("eqias"), "eqias", path, table="eqias")
