"""Cover reports of other templates, found by their label block and read through the
vocabulary: a label-per-line cover under a kind heading, a boxed two-column cover,
and a From-block cover whose contacts stand at the end. Re-typed with invented
councils, people and dates, so the rules are structural."""

import datetime as dt

from extractors.fields.committee_report import extract
from extractors.normalise import normalise_text
from extractors.segment import segment_pack
from schemas.records import Contact, Recommendation, Report
from schemas.stages import ItemText, Line


def segment(text: str):
    stream = normalise_text("t", text, "markdown")
    return [(s.kind, s.title) for s in segment_pack(stream)]


def read(text: str):
    lines = [Line(no=i + 1, text=t) for i, t in enumerate(text.split("\n"))]
    out = extract(ItemText(doc_id="d", item_id="d:001", kind="committee_report", flavour="markdown", lines=lines))
    report = next(r for r in out if isinstance(r, Report))
    return report, [r for r in out if isinstance(r, Recommendation)], [r for r in out if isinstance(r, Contact)]


LABEL_LINES_COVER = """Committee Report

PURPOSE: Final Decision Report

KEY OR NON-KEY DECISION: Key decision over £500k spend & impacts more than 2 wards

COMMITTEE: Harbour and Waterways Committee

DATE: 3 March 2023

TITLE:\tFerry Landing Charges
Ward(s): Quayside; Eastbank
Officer presenting the report: Priya Nandra Job title: Head of Marine Services
Committee Chair: Councillor Tom Reeve
Executive Director lead: Lena Haas: Executive Director for Place

Purpose of Report: This report asks for approval to consult on landing charges.

Background:

1. The landings were built in 1998.

Officer Recommendations:

That the Committee

1. Approve consultation on a landing charge.
2. Note the timetable.

Contractual:

3. Authorises the Executive Director to award the survey contract.

Corporate Strategy alignment:

1. Charges fund the waterways plan.
2. They support the climate goals."""


def test_a_cover_is_recognised_by_its_label_block_and_titled_by_its_title_label():
    assert segment(LABEL_LINES_COVER) == [("committee_report", "Ferry Landing Charges")]


def test_label_block_cover_fields_come_from_the_vocabulary():
    report, _, _ = read(LABEL_LINES_COVER)
    assert report.title == "Ferry Landing Charges"
    assert report.to_body == "Harbour and Waterways Committee"
    assert report.meeting_date == dt.date(2023, 3, 3)
    assert report.key_decision is True  # "Key decision over £500k ..." names the kind, no yes/no
    assert report.electoral_divisions == "Quayside; Eastbank"
    assert report.basis == "label block"


def test_people_labelled_on_the_cover_are_contacts_with_the_role_their_label_names():
    _, _, contacts = read(LABEL_LINES_COVER)
    assert [(c.role, c.name, c.post) for c in contacts] == [
        ("officer", "Priya Nandra", "Head of Marine Services"),
        ("member", "Councillor Tom Reeve", None),
        ("lead", "Lena Haas", "Executive Director for Place"),
    ]


def test_recommendations_run_on_across_a_group_heading_and_stop_where_the_numbering_restarts():
    report, recs, _ = read(LABEL_LINES_COVER)
    assert [(r.label, r.text) for r in recs] == [
        ("1", "Approve consultation on a landing charge."),
        ("2", "Note the timetable."),
        ("3", "Authorises the Executive Director to award the survey contract."),
    ]
    assert report.recommendations_lead_in == "That the Committee"


BOXED_COVER = """REPORT TO:\tNORTHVALE COMBINED AUTHORITY COMMITTEE

DATE:\t14 NOVEMBER 2025

REPORT\tROADS
TITLE:

RESPONSIBLE DIRECTOR OF PLACES
OFFICER:
Key Decision\tNo

Purpose of Report

To update the Committee on road schemes.

Recommendation

That Committee:

1) Approves the road programme.

2) Notes the spend to date.

Background

1. The programme began in 2021."""


def test_a_boxed_two_column_cover_is_one_report_with_its_wrapped_labels_read():
    assert segment(BOXED_COVER) == [("committee_report", "ROADS")]
    report, recs, _ = read(BOXED_COVER)
    assert report.to_body == "NORTHVALE COMBINED AUTHORITY COMMITTEE"
    assert report.meeting_date == dt.date(2025, 11, 14)
    assert report.from_text == "DIRECTOR OF PLACES"
    assert report.key_decision is False
    assert [r.text for r in recs] == ["Approves the road programme.", "Notes the spend to date."]
    assert report.recommendations_lead_in == "That Committee:"


FROM_BLOCK_COVER = """From:\tAlex Grey, Cabinet Member for Parks

To:\tCabinet - 5 June 2024

Subject:\tTree Planting Programme

Decision no:\t24/00042

Key Decision:\tYes ☒ No ☐

Classification:\tUnrestricted

Past Pathway of report:\tParks Cabinet Committee – 2 May 2024

Is the decision eligible for call-in? No

Recommendation(s):
Cabinet is asked to:

A. AGREE the planting plan; and

B. DELEGATE the contract award.

1.\tIntroduction

1.1 Trees matter.

Recommendation(s):
Cabinet is asked to:

A. AGREE the planting plan; and

B. DELEGATE the contract award;

9.\tContact details

Report Author\tRelevant Director
Mo Patel\tJude Law
Tree Officer\tDirector of Environment
01234 111222\t01234 333444
mo.patel@county.gov.uk\tjude.law@county.gov.uk"""


def test_a_list_printed_twice_is_kept_once_and_ticked_key_decision_is_read():
    report, recs, _ = read(FROM_BLOCK_COVER)
    assert report.decision_no == "24/00042"
    assert report.key_decision is True
    assert [r.label for r in recs] == ["A", "B"]


def test_contacts_printed_at_the_end_of_the_report_are_read_by_column_with_their_roles():
    _, _, contacts = read(FROM_BLOCK_COVER)
    assert [(c.role, c.name, c.post, c.phone, c.email) for c in contacts] == [
        ("author", "Mo Patel", "Tree Officer", "01234 111222", "mo.patel@county.gov.uk"),
        ("director", "Jude Law", "Director of Environment", "01234 333444", "jude.law@county.gov.uk"),
    ]


def test_classification_pathway_and_call_in_answers_are_read():
    report, _, _ = read(FROM_BLOCK_COVER)
    assert report.classification == "Unrestricted"
    assert report.past_pathway == "Parks Cabinet Committee – 2 May 2024"
    assert report.call_in_eligible is False


LATE_RECOMMENDATIONS = """From:\tJo Bloggs, Director of Roads

To:\tCabinet - 1 July 2024

Subject:\tBridge Repairs

Summary: The bridge needs repair.

1.\tIntroduction

1.1 The bridge is old.

2.\tRecommendations

Cabinet is asked to:

a) APPROVE the repair budget.

b) NOTE the closure dates.

3.\tBackground Documents

None"""


def test_recommendations_printed_only_after_the_cover_are_read_from_their_numbered_section():
    report, recs, _ = read(LATE_RECOMMENDATIONS)
    assert [(r.label, r.text) for r in recs] == [("a", "APPROVE the repair budget."), ("b", "NOTE the closure dates.")]
    assert report.recommendations_lead_in == "Cabinet is asked to:"


def test_a_recommendations_heading_after_the_cover_with_no_list_gives_no_rows():
    text = LATE_RECOMMENDATIONS.replace("a) APPROVE the repair budget.\n\nb) NOTE the closure dates.", "See the appendix.")
    _, recs, _ = read(text)
    assert recs == []
