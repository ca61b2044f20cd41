"""Equality Impact Assessment form: its fields (`eqias`), its people
(`contacts`, roles `assessor` and `approver`) and its scope boxes (`eqia_scope`).

The form is a standard one: Section 1 proposal details (two columns of
labelled boxes), Section 2 scope check boxes, Section 3 the assessment,
Section 4 the action plan table, Section 5 approval (names, job titles,
dates side by side). Dumps scramble the two-column boxes differently; the
label reader (`labels.read_fields`) copes with both the stacked and the
tabbed readings.
"""

from __future__ import annotations

import re

from extractors.fields import FieldExtractor
from extractors.fields.eqia_answers import CHECKED, UNCHECKED, answer_records, read_answers
from extractors.fields.eqia_form import PERSON_ROLES, FormValues, field_values, form_fields, people, split_name_and_post
from extractors.fields.labels import Field, first, read_fields, split_cells
from extractors.items.eqia import is_eqia_heading
from extractors.values.dates import parse_date
from schemas.base import Record
from schemas.eqia import Eqia
from schemas.records import Contact, EqiaScope
from schemas.stages import ItemText, Line

_SECTION = re.compile(r"^\s*Section\s+(\d)\s*[:.\u2013-]", re.I)
_FORM_VERSION = re.compile(r"^\s*((?:EIA|EqIA)\s+v(?:ersion)?\s*\d[\w.]*(?:\s+\S+){0,3})\s*$", re.I)
# A version number in brackets after the form's heading ("Equality Impact Assessment[version 2.12]").
_BRACKETED_VERSION = re.compile(r"\[\s*version\s*(\d[\w.]*)\s*\]", re.I)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")

SECTION1 = {
    "directorate": r"Directorate\s*/\s*Service Area",
    "assessor_heading": r"Person undertaking the assessment",
    "name": r"Name",
    "job_title": r"Job Title",
    "proposal": r"Proposal being assessed|Name of (?:the )?proposal",
    "contact": r"Contact details",
    "proposal_number": r"Business Plan Proposal Number\s*:?\s*(?:\(if relevant\))?",
    "date_completed": r"Date completed",
    # The label's second word can be lost in a tabbed dump, leaving a bare `Date`.
    "date_commenced": r"Date commenced|Date(?=[ \t]*$)",
    "end": r"Key service delivery objectives|Key service outcomes|What is the proposal\?",
}

SECTION5 = {
    "completed_by": r"Name of person who completed this (?:EIA|EqIA)",
    "approved_by": r"Name of person who approves this (?:EIA|EqIA)",
    "signature": r"Signature",
    "job_title": r"Job title",
    "date": r"Date",
    "end": r"Guidance on completing",
}

_BOX = re.compile(f"[{CHECKED}{UNCHECKED}]")
_MARKER = re.compile(r"(?:^|\s)[*•](?=\s|$)")


def sections(lines: list[Line]) -> dict[str, list[Line]]:
    """The form's lines by section number ('0' for what precedes Section 1)."""
    out: dict[str, list[Line]] = {"0": []}
    current = "0"
    for ln in lines:
        m = _SECTION.match(ln.text)
        if m and m.group(1) not in out:
            current = m.group(1)
            out[current] = []
            continue
        out[current].append(ln)
    return out


def extract(item: ItemText) -> list[Record]:
    try:
        return _extract(item)
    except (ValueError, IndexError, TypeError):
        return []


def _extract(item: ItemText) -> list[Record]:
    parts = sections(item.lines)
    chrome = page_header_texts(parts["0"])
    s1 = read_fields(parts.get("1", []), SECTION1)
    s5 = read_fields(parts.get("5", []), SECTION5)
    general = form_fields(item.lines)
    answers = read_answers(item.lines)
    if not s1 and not s5 and not general and not answers:
        return []
    start = next((ln.no for ln in item.lines if ln.text.strip()), None)
    base = {"doc_id": item.doc_id, "item_id": item.item_id}
    values = _section1(s1)
    approval = _section5(s5)
    completed_by = approval.pop("completed_by", None)
    values["assessor"] = values["assessor"] or completed_by
    row = Eqia(**base, line=start, form_version=form_version(item.lines), **values, **approval)
    row.basis = basis(item.lines, bool(s1 or s5 or general))
    row.action_plan = action_plan(parts.get("4", []), chrome)
    records: list[Record] = [row]
    records += _contacts(row, s1, s5, base)
    form = field_values(general)
    fill_from_form(row, form)
    records += _form_contacts(form, base, taken={r.role for r in records if isinstance(r, Contact)},
                              seq=sum(isinstance(r, Contact) for r in records))
    for seq, (name, checked, line) in enumerate(scope_boxes(parts.get("2", [])), start=1):
        records.append(EqiaScope(**base, line=line, seq=seq, characteristic=name, checked=checked))
    records += answer_records(answers, base)
    return records


def basis(lines: list[Line], has_fields: bool) -> str:
    """How the form was found: under an EqIA heading, by its field labels, or by its questions only."""
    heading = any(is_eqia_heading(ln.text.strip()) for ln in lines[:40] if ln.text.strip())
    return "heading" if heading else "label block" if has_fields else "questions"


def fill_from_form(row: Eqia, form: FormValues) -> None:
    """Fields of any template, where the standard sections left them empty. Where no assessor
    is named, the lead officer who completes the form is the assessor."""
    approver, approver_post = split_name_and_post(form["approver"])
    filled = {key: form[key] for key in ("proposal", "directorate", "service_area", "lead_officer",
                                         "lead_officer_role", "head_of_service", "director")}
    filled |= {"assessor": form["assessor"] or form["lead_officer"], "approver": approver, "approver_job_title": approver_post}
    if not form["assessor"] and form["lead_officer"]:
        filled["assessor_job_title"] = form["lead_officer_role"]
    for key, value in filled.items():
        if value and getattr(row, key) is None:
            setattr(row, key, value)


def _form_contacts(form: FormValues, base: dict, taken: set[str], seq: int) -> list[Contact]:
    """A contact per person named in a role field the standard sections did not fill. The lead
    officer stands in for an assessor the form does not name, with the lead officer's role as post."""
    out: list[Contact] = []
    for key, role in PERSON_ROLES.items():
        source = key if form[key] or key != "assessor" else "lead_officer"
        if role in taken or not form[source]:
            continue
        for person in people(form[source], form.lines.get(source, 0)):
            post = person.post or (form["lead_officer_role"] if source == "lead_officer" else None)
            seq += 1
            out.append(Contact(**base, line=person.line or None, seq=seq, role=role, name=person.name, post=post))
    return out


def _value(field: Field | None) -> str | None:
    return field.value.strip() or None if field else None


def _section1(fields: list[Field]) -> dict:
    contact = _value(first(fields, "contact")) or ""
    email = _EMAIL.search(contact)
    phone = _PHONE.search(_EMAIL.sub(" ", contact))
    number = _value(first(fields, "proposal_number"))
    out = {
        "proposal": _value(first(fields, "proposal")),
        "directorate": _value(first(fields, "directorate")),
        # A reference is one token; further lines in the box are not part of it.
        "business_plan_proposal_number": number.split()[0] if number else None,
        "assessor": _value(first(fields, "name")),
        "assessor_job_title_section1": _value(first(fields, "job_title")),
        "assessor_email": email.group(0) if email else None,
        "assessor_phone": " ".join(phone.group(0).split()) if phone else None,
    }
    for key in ("date_commenced", "date_completed"):
        date = _date(first(fields, key))
        out[key], out[f"{key}_text"] = date.date, date.text
    return out


def _section5(fields: list[Field]) -> dict:
    titles = [_job_title(f.value) for f in fields if f.key == "job_title"]
    dates = [_date(f) for f in fields if f.key == "date"]
    out = {
        "approver": _value(first(fields, "approved_by")),
        "assessor_job_title": titles[0] if titles else None,
        "approver_job_title": titles[1] if len(titles) > 1 else None,
    }
    for key, date in zip(("assessor_signed_date", "approver_signed_date"), dates):
        out[key], out[f"{key}_text"] = date.date, date.text
    out["completed_by"] = _value(first(fields, "completed_by"))
    return out


def _date(field: Field | None):
    """A date box's date: its first line (what follows is other print)."""
    return parse_date(field.parts[0] if field and field.parts else None)


def _job_title(value: str) -> str | None:
    """The job title without the form's printed guidance (`Must be Head of Service ... .`)."""
    value = re.sub(r"^Must\b.*?\.\s*(?=[A-Z]|$)", "", value.strip())
    return value or None


def _contacts(row: Eqia, s1: list[Field], s5: list[Field], base: dict) -> list[Record]:
    out: list[Record] = []
    assessor_line = (first(s1, "name") or first(s5, "completed_by"))
    if row.assessor:
        out.append(Contact(**base, line=assessor_line.line if assessor_line else None, seq=1, role="assessor",
                           name=row.assessor, post=row.assessor_job_title or row.assessor_job_title_section1,
                           email=row.assessor_email, phone=row.assessor_phone))
    approver_line = first(s5, "approved_by")
    if row.approver:
        out.append(Contact(**base, line=approver_line.line if approver_line else None, seq=len(out) + 1,
                           role="approver", name=row.approver, post=row.approver_job_title))
    return out


def form_version(lines: list[Line]) -> str | None:
    """The form's version line (`EIA v1 Feb 2019`), printed in its page header."""
    for ln in lines:
        m = _FORM_VERSION.match(ln.text) or _BRACKETED_VERSION.search(ln.text)
        if m:
            return " ".join(m.group(1).split())
    return None


def page_header_texts(before_section1: list[Line]) -> set[str]:
    """Short lines above Section 1 (title, audience, version): the form repeats
    them at the top of each page, so they are not content where they recur."""
    return {
        " ".join(ln.text.split())
        for ln in before_section1
        if ln.text.strip() and len(ln.text.strip()) <= 60 and not ln.text.strip().endswith(".")
    }


def action_plan(lines: list[Line], chrome: set[str]) -> str | None:
    """The action plan table's content below its header row (`... Date completed`)."""
    text = "\n".join(ln.text for ln in lines)
    ends = list(re.finditer(r"Date\s+completed", text, re.I))
    body = text[ends[-1].end():] if ends else text
    rows = []
    for raw in body.split("\n"):
        cells = [" ".join(c.split()) for c in split_cells(raw)]
        cells = [c for c in cells if c]
        if not cells or " ".join(cells) in chrome or form_version([Line(no=0, text=" ".join(cells))]):
            continue
        rows.append(" | ".join(cells))
    return "\n".join(rows) or None


def scope_boxes(lines: list[Line]) -> list[tuple[str, bool, int]]:
    """(characteristic, checked, line) for each check box of the scope section.

    A box belongs to the words printed before it since the previous box or
    `*` marker, whichever line breaks fall between them."""
    start = next(
        (i for i, ln in enumerate(lines) if _BOX.search(ln.text) or _MARKER.match(ln.text.strip())),
        None,
    )
    if start is None:
        return []
    out: list[tuple[str, bool, int]] = []
    words: list[str] = []
    first_line: int | None = None
    for ln in lines[start:]:
        for token in re.split(rf"({_BOX.pattern}|(?<!\S)[*•](?!\S))", ln.text.replace("\t", " ")):
            if not token or not token.strip():
                continue
            if _BOX.fullmatch(token):
                name = " ".join(" ".join(words).split())
                if name:
                    out.append((name, token in CHECKED, first_line or ln.no))
                words, first_line = [], None
            elif token in ("*", "•"):
                words, first_line = [], None
            else:
                words.append(token)
                first_line = first_line or ln.no
    return out


FIELDS = FieldExtractor(kinds=("eqia",), extract=extract)
