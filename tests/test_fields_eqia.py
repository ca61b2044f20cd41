"""Equality Impact Assessment form fields (extractors/fields/eqia.py): re-typed
synthetic forms in the stacked (pdftotext) and tabbed readings, then the seeds
against their answer keys."""

import json
import re
from pathlib import Path

import pytest

from extractors.fields.eqia import extract, scope_boxes
from extractors.normalise import normalise_text
from extractors.readers.text import decode_text, detect_flavour
from schemas.eqia import Eqia
from schemas.records import Contact, EqiaScope
from schemas.stages import ItemText, Line

ROOT = Path(__file__).resolve().parents[1]


def item(text: str, flavour: str = "pdftotext") -> ItemText:
    lines = [Line(no=i + 1, text=t) for i, t in enumerate(text.split("\n"))]
    return ItemText(doc_id="d", item_id="d:002", kind="eqia", flavour=flavour, lines=lines)


def split(records):
    forms = [r for r in records if isinstance(r, Eqia)]
    assert len(forms) == 1
    return (
        forms[0],
        [r for r in records if isinstance(r, Contact)],
        [r for r in records if isinstance(r, EqiaScope)],
    )


STACKED = """Equality Impact Assessment
For employees and/or communities

EIA v3 Jun 2022

This EqIA form will assist you to ensure we meet our duties.

Section 1: Proposal details
Directorate / Service Area: Person undertaking the assessment:
Place & Economy / Libraries
and Culture

Name: Priya Shah

Proposal being assessed: Job Title: Librarian, North

Library Opening Hours Re-
view of Branches

Contact
details:

priya.shah@example.gov.uk

01632 960555
Business Plan
Proposal
Number:
(if relevant)

C/R.4.017

Date
commenced:

3/2/2022

Date
completed:

17/2/2022

Key service delivery objectives:
Keep libraries open where they are used.

Section 2: Scope of Equality Impact Assessment
Check the boxes to show which group(s) is/are considered in this assessment.
Note: * = protected characteristic under the Equality Act 2010.

* Age ☐ * Disability ☒

* Marriage and civil
partnership

☐

* Race ☒ * Sex ☐

Rural isolation ☒ Deprivation ☐

Section 3: Equality Impact Assessment
Text.
Equality Impact Assessment
EIA v3 Jun 2022

Section 4: Equality Impact Assessment - Action plan
Details of negative impact Group(s) affected Who by When by
Date
completed

Reduced evening access Working adults
Equality Impact Assessment

Section 5: Approval
Name of person who
completed this EIA:

Priya Shah Name of person who
approves this EIA:

Omar Reid

Signature:

Signature:

Job title:

Senior Librarian

Job title:
Must be Head of Service (or
equivalent) or higher.

Head of Culture

Date:

18/2/2022 Date: 21/2/2022

Guidance on completing the Action Plan
Severity of impact 1/1/2020
"""


def test_stacked_form_section1_two_columns_read_apart():
    form, _, _ = split(extract(item(STACKED)))
    assert form.form_version == "EIA v3 Jun 2022"
    assert form.directorate == "Place & Economy / Libraries and Culture"
    assert form.proposal == "Library Opening Hours Re-view of Branches"
    assert form.assessor == "Priya Shah"
    assert form.assessor_job_title_section1 == "Librarian, North"
    assert form.assessor_email == "priya.shah@example.gov.uk"
    assert form.assessor_phone == "01632 960555"
    assert form.business_plan_proposal_number == "C/R.4.017"
    assert (form.date_commenced.isoformat(), form.date_commenced_text) == ("2022-02-03", "3/2/2022")
    assert form.date_completed.isoformat() == "2022-02-17"


def test_stacked_form_approval_and_action_plan():
    form, contacts, _ = split(extract(item(STACKED)))
    assert form.approver == "Omar Reid"
    assert form.assessor_job_title == "Senior Librarian"
    assert form.approver_job_title == "Head of Culture"  # the printed guidance is not the title
    assert form.assessor_signed_date.isoformat() == "2022-02-18"
    assert form.approver_signed_date.isoformat() == "2022-02-21"
    assert form.action_plan == "Reduced evening access Working adults"
    assert [(c.role, c.name, c.post) for c in contacts] == [
        ("assessor", "Priya Shah", "Senior Librarian"),
        ("approver", "Omar Reid", "Head of Culture"),
    ]
    assert contacts[0].email == "priya.shah@example.gov.uk"


def test_scope_box_belongs_to_the_words_before_it_across_line_breaks():
    _, _, scope = split(extract(item(STACKED)))
    assert [(s.characteristic, s.checked) for s in scope] == [
        ("Age", False),
        ("Disability", True),
        ("Marriage and civil partnership", False),
        ("Race", True),
        ("Sex", False),
        ("Rural isolation", True),
        ("Deprivation", False),
    ]


def test_symbol_font_check_boxes():
    lines = [Line(no=1, text="* Age \uf0fe * Sex \uf0a8"), Line(no=2, text="Poverty \uf0fd")]
    assert [(n, c) for n, c, _ in scope_boxes(lines)] == [("Age", True), ("Sex", False), ("Poverty", True)]


def test_scope_without_glyphs_gives_no_rows():
    lines = [Line(no=1, text="* Age * Disability"), Line(no=2, text="Rural isolation Deprivation")]
    assert scope_boxes(lines) == []


TABBED = (
    "This EqIA form will assist you to ensure we meet our duties.\n\n"
    "Section 1: Proposal details\n\n"
    "Directorate / Servi\tce Area:\tPerson undertaking the assessment:\t\t\n"
    "Place & Econ\t\tName:\tPriya Shah\t\n"
    "Proposal being as\tsessed:\tJob Title: Librarian, North\t\t\n"
    "Library Opening Hou\trs Review of\tContact\tpriya.shah@example.gov.uk\t\n"
    "Branches\t\tdetails:\t01632 960555\t\n"
    "Business Plan\tC/R.4.017\tDate\t3/2/2022\t\n"
    "Proposal\tProposal C/R.0.000\t\t\t\n"
    "Number:\t\tDate\t17/2/2022\t\n"
    "(if relevant)\t\tcompleted:\t\t\n\n"
    "Key service delivery objectives:\n\n"
    "Section 5: Approval\n\n"
    "Name of person who completed this EIA:\tPriya Shah\tName of person who approves this EIA:\tOmar Reid\n"
    "Signature:\tPr Sh\tSignature:\tO.\n"
    "Job title:\tSenior Librarian\tJob title: Must be Head of Service (or equivalent) or higher.\tHead of Culture\n"
    "Date:\t18/2/2022\tDate:\t21/2/2022\n\n"
    "Guidance on completing the Action Plan\n"
    "\tSeverity\tMinor\n"
)


def test_tabbed_form_cells_cut_mid_word_are_rejoined():
    form, _, _ = split(extract(item(TABBED, flavour="tabbed")))
    assert form.proposal == "Library Opening Hours Review of Branches"
    assert form.assessor == "Priya Shah"
    assert form.assessor_job_title_section1 == "Librarian, North"
    assert form.assessor_phone == "01632 960555"
    # A reference is one token: the noise line below it in the same box is not part of it.
    assert form.business_plan_proposal_number == "C/R.4.017"
    assert form.date_commenced.isoformat() == "2022-02-03"  # a bare 'Date' box before 'Date completed'
    assert form.date_completed.isoformat() == "2022-02-17"


def test_tabbed_form_approval_read_across_cells():
    form, _, _ = split(extract(item(TABBED, flavour="tabbed")))
    assert (form.approver, form.assessor_job_title, form.approver_job_title) == (
        "Omar Reid", "Senior Librarian", "Head of Culture")
    assert (form.assessor_signed_date_text, form.approver_signed_date_text) == ("18/2/2022", "21/2/2022")


def test_text_without_form_fields_gives_nothing():
    assert extract(item("Equality Impact Assessment\n\nSome prose only.")) == []
    assert extract(item("")) == []


# --- the seeds, against the answer keys -------------------------------------------------

FORM_START = re.compile(r"^\s*(?:Equality Impact Assessment\s*$|This EqIA form)", re.I)


def seed_form(stem: str) -> ItemText:
    """The EqIA of a seed, from the first line that opens it to the end (the test's
    own slicing, so these tests do not depend on extractors/items)."""
    path = next((ROOT / "data" / "raw").glob(f"{stem}*.txt"))
    decoded = decode_text(path.read_bytes())
    stream = normalise_text(path.stem, decoded.text, detect_flavour(decoded.text))
    start = next(i for i, ln in enumerate(stream.lines) if FORM_START.match(ln.text))
    return ItemText(doc_id=stream.doc_id, item_id=f"{stream.doc_id}:005", kind="eqia",
                    flavour=stream.flavour, lines=stream.lines[start:])


def key_eqia(stem: str) -> dict:
    data = json.loads(next((ROOT / "tests" / "golden").glob(f"{stem}*.json")).read_text())
    (eqia,) = data["eqias"]
    return eqia


DATES = ("date_commenced", "date_completed", "assessor_signed_date", "approver_signed_date")


@pytest.mark.parametrize("stem", ["000", "002"])
def test_seed_eqia_matches_the_answer_key(stem):
    want = key_eqia(stem)
    form, contacts, scope = split(extract(seed_form(stem)))
    for field, value in want.items():
        if field in DATES:
            got = getattr(form, field)
            assert (got.isoformat() if got else None) == value, field
        elif field == "scope_checked":
            assert [s.characteristic for s in scope if s.checked] == value
        elif field == "scope_unchecked":
            assert [s.characteristic for s in scope if not s.checked] == value
        else:
            assert getattr(form, field) == value, field
    assert [c.role for c in contacts] == ["assessor", "approver"]
    assert (contacts[0].name, contacts[1].name) == (want["assessor"], want["approver"])


# --- other templates: the [eqia] labels of the vocabulary ---------------------------

SUBMISSION = """EQIA Submission Form
EQIA Submission – ID Number
Section A
EQIA Title
Closing the east library and moving its stock
to the town centre
Responsible Officer
Ann Vos - CY LIB & Omar Lind – CY LIB
Approved by (Note: approval of this EqIA must be completed within the EqIA App)
Jo Roe - AH EK
Type of Activity
Service Change
Yes
Accountability and Responsibility
Directorate
Growth and Communities
Responsible Head of Service
Jo Roe - AH EK
Responsible Director
Sam Poe - GC DIR
Are there negative impacts for age?
Yes
Responsible Officer for Mitigating Actions – Age
Not Applicable
Are there negative impacts for Sex
No"""

BOXED = """Equality Impact Assessment[version 2.12]

Title: Closing the east library
☒ Policy ☐ Strategy ☐ Function\t☒ New ☐ Changing
Directorate: Growth and Communities\tLead Officer name: Ann Vos
Service Area: Libraries\tLead Officer role: Head of Libraries
Improvement / action required\tResponsible Officer\tTimescale
Review the opening hours\tAnn Vos\t2025
Equality and Inclusion Team Review:\tDirector Sign-Off: Sam Poe, Director of Place
Date: 20/8/2024\tDate: 22/08/2024"""


def test_submission_form_people_as_printed_and_one_contact_per_person_in_each_role():
    records = extract(item(SUBMISSION))
    form, contacts, _ = split(records)
    assert form.proposal == "Closing the east library and moving its stock to the town centre"
    assert form.assessor == "Ann Vos - CY LIB & Omar Lind – CY LIB"
    assert form.approver == "Jo Roe - AH EK"
    assert (form.head_of_service, form.director, form.directorate) == ("Jo Roe - AH EK", "Sam Poe - GC DIR", "Growth and Communities")
    people = [(c.role, c.name, c.post) for c in contacts]
    assert ("assessor", "Ann Vos", "CY LIB") in people and ("assessor", "Omar Lind", "CY LIB") in people
    assert ("approver", "Jo Roe", "AH EK") in people and ("director", "Sam Poe", "GC DIR") in people


def test_submission_form_found_under_its_heading_and_its_yes_answer_is_a_negative_impact():
    records = extract(item(SUBMISSION))
    assert split(records)[0].basis == "heading"
    assert [(r.characteristic, r.impact) for r in records if type(r).__table__ == "eqia_impacts"] == [("Age", "negative")]


def test_boxed_form_lead_officer_is_the_assessor_and_the_director_sign_off_the_approver():
    form, contacts, _ = split(extract(item(BOXED, "pdf")))
    assert form.proposal == "Closing the east library"
    assert (form.lead_officer, form.lead_officer_role) == ("Ann Vos", "Head of Libraries")
    assert (form.assessor, form.assessor_job_title) == ("Ann Vos", "Head of Libraries")
    assert (form.approver, form.approver_job_title) == ("Sam Poe", "Director of Place")
    assert ("approver", "Sam Poe", "Director of Place") in [(c.role, c.name, c.post) for c in contacts]


def test_a_role_label_in_a_table_header_is_not_a_person():
    form, contacts, _ = split(extract(item(BOXED, "pdf")))
    assert "Timescale" not in [c.name for c in contacts] and form.assessor != "Timescale"


def test_a_combined_directorate_and_service_area_label_fills_no_service_area():
    form, _, _ = split(extract(item(STACKED)))
    assert form.service_area is None
