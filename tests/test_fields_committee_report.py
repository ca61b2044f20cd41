"""Cover-paper fields: synthetic covers re-typed with other councils' names,
committees and dates prove the rules are structural (the seed covers against
their answer keys are in `test_fields_committee_report_seeds`)."""

import datetime as dt

from extractors.fields.committee_report import FIELDS, extract, is_section_start, split_labels
from schemas.records import Contact, Recommendation, Report
from schemas.reports_extra import OutcomeItem
from schemas.stages import ItemText, Line


def item(text: str, flavour: str = "markdown", title: str | None = None) -> ItemText:
    lines = [Line(no=i + 1, text=t) for i, t in enumerate(text.split("\n"))]
    return ItemText(doc_id="d", item_id="d:001", kind="committee_report", title=title, flavour=flavour, lines=lines)


def records(text: str, **kw):
    out = extract(item(text, **kw))
    report = [r for r in out if isinstance(r, Report)]
    recs = [r for r in out if isinstance(r, Recommendation)]
    contacts = [r for r in out if isinstance(r, Contact)]
    outcome_items = [r for r in out if isinstance(r, OutcomeItem)]
    return (report[0] if report else None), recs, contacts, outcome_items


HIGHWAYS_COVER = """Winter Gritting Routes Review 2022

To: Highways and Transport Committee

Meeting Date: 3rd March 2022

From: Steve Cox, Executive Director: Place and Economy

Electoral division(s): Fenland North; Whittlesey

Forward Plan ref: 2022/017

Key decision: No

Outcome: The committee will understand how the priority gritting network

was reviewed and will:

1. Agree the revised network

2. Note the cost of the added routes for

the coming winter

Recommendation:

The Committee is asked to:

a) Approve the revised priority network, subject to:
(i) consultation with parish councils, and
(ii) a review after the first winter
b) Note the additional cost of
£48,500 a year
c) Delegate minor route changes to the Service Director
d) Endorse the salt stock policy

Officer contact:

Name: Priya Natarajan Post: Highways Asset Manager

Email: priya.natarajan@example.gov.uk

Tel: 01480 372119

Member contacts:

Names: Councillors Mills and Okafor

Post: Chair/Vice-Chair

Email: p.mills@example.gov.uk / j.okafor@example.gov.uk

Tel: 01480 372000

1. Background

1.1 The priority network was last reviewed in 2016.
2. Main Issues
"""


def test_cambridgeshire_style_header_fields_are_read_from_their_labels():
    report, _, _, _ = records(HIGHWAYS_COVER)
    assert report.title == "Winter Gritting Routes Review 2022"
    assert report.to_body == "Highways and Transport Committee"
    assert report.meeting_date == dt.date(2022, 3, 3)
    assert report.meeting_date_precision == "day"
    assert report.meeting_date_text == "3rd March 2022"
    assert report.from_text == "Steve Cox, Executive Director: Place and Economy"
    assert report.electoral_divisions == "Fenland North; Whittlesey"
    assert report.forward_plan_ref == "2022/017"
    assert report.key_decision is False
    assert report.key_decision_text == "No"
    assert report.line == 1


def test_outcome_runs_over_blank_lines_and_keeps_its_numbered_list():
    report, _, _, outcome_items = records(HIGHWAYS_COVER)
    assert report.outcome.startswith(
        "The committee will understand how the priority gritting network was reviewed and will:"
    )
    assert "2. Note the cost of the added routes for the coming winter" in report.outcome
    assert [o.text for o in outcome_items] == [
        "Agree the revised network",
        "Note the cost of the added routes for the coming winter",
    ]
    assert [o.label for o in outcome_items] == ["1", "2"]


def test_lettered_recommendations_carry_roman_sub_items_and_drop_the_lead_in():
    _, recs, _, _ = records(HIGHWAYS_COVER)
    assert [(r.label, r.parent_label) for r in recs] == [
        ("a", None), ("i", "a"), ("ii", "a"), ("b", None), ("c", None), ("d", None)
    ]
    assert recs[0].text == "Approve the revised priority network, subject to:"
    assert recs[1].text == "consultation with parish councils, and"
    assert recs[3].text == "Note the additional cost of £48,500 a year"  # wrapped line joined
    assert not any("asked to" in r.text for r in recs)
    assert [r.seq for r in recs] == [1, 2, 3, 4, 5, 6]


def test_recommendation_field_keeps_the_whole_block_as_printed():
    report, _, _, _ = records(HIGHWAYS_COVER)
    assert report.recommendation.startswith("The Committee is asked to:\na) Approve the revised priority network")
    assert report.recommendation.endswith("d) Endorse the salt stock policy")


def test_officer_and_member_contact_blocks_become_contacts():
    _, _, contacts, _ = records(HIGHWAYS_COVER)
    officer, member = contacts
    assert (officer.role, officer.name, officer.post) == ("officer", "Priya Natarajan", "Highways Asset Manager")
    assert (officer.email, officer.phone) == ("priya.natarajan@example.gov.uk", "01480 372119")
    assert (member.role, member.name, member.post) == ("member", "Councillors Mills and Okafor", "Chair/Vice-Chair")
    assert member.email == "p.mills@example.gov.uk / j.okafor@example.gov.uk"  # one combined record, as printed
    assert member.phone == "01480 372000"


def test_the_cover_ends_at_section_one():
    _, recs, contacts, _ = records(HIGHWAYS_COVER)
    assert len(contacts) == 2
    assert not any("2016" in r.text for r in recs)


KENT_COVER = """From: Priya Shah, Cabinet Member for Environment
Simon Jones, Corporate Director, Growth and Transport
To: Cabinet – 27 March 2025
Subject: Household Waste Recycling Centre Booking Scheme
Decision no: 25/00012
Key Decision: Yes/It affects more than 2 Electoral Divisions
Classification: Unrestricted
Past Pathway of report: Environment Cabinet Committee – 11 March 2025
Electoral Division: All
Summary: This report sets out the results of the booking trial
at six sites.
Recommendation(s):
The Cabinet is asked to:
(a) AGREE to make the booking scheme permanent; and
(b) DELEGATE the opening hours to the Corporate Director.

1. Introduction

1.1 The trial began in 2023.
"""


def test_kent_style_header_with_subject_decision_number_and_date_in_to():
    report, recs, contacts, _ = records(KENT_COVER)
    assert report.title == "Household Waste Recycling Centre Booking Scheme"  # no heading: the subject
    assert report.subject == "Household Waste Recycling Centre Booking Scheme"
    assert report.to_body == "Cabinet"
    assert report.meeting_date == dt.date(2025, 3, 27)
    assert report.decision_no == "25/00012"
    assert report.key_decision is True
    assert report.key_decision_text == "Yes/It affects more than 2 Electoral Divisions"
    assert report.from_text == (
        "Priya Shah, Cabinet Member for Environment Simon Jones, Corporate Director, Growth and Transport"
    )
    assert report.electoral_divisions == "All"
    assert report.outcome == "This report sets out the results of the booking trial at six sites."
    assert [(r.label, r.text) for r in recs] == [
        ("a", "AGREE to make the booking scheme permanent; and"),
        ("b", "DELEGATE the opening hours to the Corporate Director."),
    ]
    assert contacts == []


def test_a_header_printed_on_one_line_is_split_at_its_labels():
    report, _, _, _ = records(
        "From: Ana Ruiz, Cabinet Member for Finance To: Cabinet – 30 January 2025 "
        "Subject: Council Tax Base Decision no: 24/00101 Key Decision: No"
    )
    assert report.from_text == "Ana Ruiz, Cabinet Member for Finance"
    assert report.to_body == "Cabinet"
    assert report.meeting_date == dt.date(2025, 1, 30)
    assert report.subject == "Council Tax Base"
    assert report.decision_no == "24/00101"
    assert report.key_decision is False


def test_forward_plan_ref_printed_empty_is_null_and_na_is_kept_as_text():
    empty, _, _, _ = records("Title\n\nTo: Audit Committee\n\nForward Plan ref:\n\nKey decision: Yes\n")
    assert empty.forward_plan_ref is None
    assert empty.key_decision is True
    na, _, _, _ = records("Title\n\nTo: Audit Committee\n\nForward Plan ref: N/A\n\nKey decision: No\n")
    assert na.forward_plan_ref == "N/A"


def test_an_unlabelled_recommendation_is_one_item_without_label():
    _, recs, _, _ = records(
        "Library Opening Hours\n\nTo: Communities Committee\n\n"
        "Recommendation: Committee is asked to note the new opening hours\n\nOfficer contact:\n\nName: Tom Eze\n"
    )
    assert [(r.label, r.text) for r in recs] == [(None, "Committee is asked to note the new opening hours")]


def test_bulleted_recommendations_without_letters_are_items_and_the_lead_in_is_not():
    _, recs, _, _ = records(
        "Library Opening Hours\n\nTo: Communities Committee\n\nRecommendation:\n\nCommittee is asked to:\n"
        "• note the consultation\n• approve the new hours\n\n1. Background\n\n1.1 Text\n"
    )
    assert [(r.label, r.text) for r in recs] == [(None, "note the consultation"), (None, "approve the new hours")]


def test_outcome_with_roman_points_keeps_its_markers_in_the_text():
    report, _, _, outcome_items = records(
        "Care Hubs\n\nTo: Adults Committee\n\nOutcome:\n\n• (i) A hub in each district\n• (ii) Fewer admissions\n\n"
        "Recommendation: Approve the hubs\n"
    )
    assert report.outcome == "(i) A hub in each district\n(ii) Fewer admissions"
    assert [(o.label, o.text) for o in outcome_items] == [("i", "A hub in each district"), ("ii", "Fewer admissions")]


def test_tab_separated_label_cells_are_labels():
    report, _, _, _ = records("Bus Shelter Grants\nTo:\tTransport Committee\nKey decision\tYes\n", flavour="pdf")
    assert report.to_body == "Transport Committee"
    assert report.key_decision is True
    assert report.line is None  # PDF rows carry pages, not dump lines


def test_an_item_without_cover_labels_gives_no_records():
    assert extract(item("Some appendix text\n\nwith no labels at all\n")) == []
    assert extract(item("")) == []


def test_markdown_emphasis_is_not_part_of_a_value():
    _, recs, _, _ = records("T\n\nTo: X Committee\n\nRecommendation:\n\na) extend the *Acme Care* contract\n")
    assert recs[0].text == "extend the Acme Care contract"


def test_split_labels_keeps_lower_case_words_inside_a_value():
    assert split_labels("Outcome: the decision to: approve") == [("outcome", "the decision to: approve")]


def test_section_start_needs_a_heading_not_a_numbered_list_item():
    lines = [Line(no=i + 1, text=t) for i, t in enumerate(
        ["1. Grow and diversify the range of care available locally", "1. Context", "1 Proposals", "", "1.1 Text"]
    )]
    assert not is_section_start(lines, 0)
    assert is_section_start(lines, 1)
    assert is_section_start(lines, 2)  # followed by 1.1


def test_fields_plugin_claims_committee_reports():
    assert FIELDS.kinds == ("committee_report",)


# --- odd input never crashes ---------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "To:", "Meeting Date:", "From:", "Key decision: Maybe", "Outcome:", "Recommendation:", "a)", "(i)", "ii.",
    "• ", "Officer contact:", "Name:", "Post:", "Email: x@y.z", "Tel: 0", "1. Background", "1.1", "", "\t",
    "Subject:", "To: Cabinet – 31 February 2025", "*", "Names: A and B",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=4).map(" ".join), max_size=25))
def test_odd_label_soup_never_raises(texts):
    extract(item("\n".join(texts)))


def test_agenda_item_number_above_the_heading_is_not_part_of_the_title():
    report, _, _, _ = records("Agenda Item No: 6\n\nRoad Safety Partnership\nFunding 2023-24\n\nTo: Highways Committee\n")
    assert report.title == "Road Safety Partnership Funding 2023-24"
    assert report.line == 3


def test_a_voting_arrangements_label_ends_the_recommendation_above_it():
    _, recs, _, _ = records(
        "Home to School Transport\n\nTo: Children and Young People Committee\n\nRecommendation:\n\n"
        "a) Approve the policy\n\nVoting arrangements: A simple majority of all Members\n"
    )
    assert [r.text for r in recs] == ["Approve the policy"]


def test_a_question_label_answered_on_its_line_ends_the_field_above_it():
    report, _, _, _ = records(
        "From: Ana Ruiz, Cabinet Member for Roads\n\nTo: Cabinet – 6 March 2025\n\n"
        "Subject: Winter Gritting Routes\n\nElectoral Division: Coastal and Rural\n\n"
        "Is the decision eligible for call-in? No\n\nSummary: The routes are reviewed each year.\n"
    )
    assert report.electoral_divisions == "Coastal and Rural"
    assert report.subject == "Winter Gritting Routes"
