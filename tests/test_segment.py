"""Segmentation of a pack into items: kinds, titles and spans, from structure
shared by such documents (banners, labels, headings), not from the seeds' words."""

from extractors.normalise import normalise_text
from extractors.segment import segment_pack


def segment_text(text: str, flavour: str = "markdown"):
    stream = normalise_text("t", text, flavour)
    return stream, segment_pack(stream)


def kinds_titles(spans):
    return [(s.kind, s.title) for s in spans]


# --- synthetic packs, re-typed with other names --------------------------------------

HIGHWAYS_COVER = """Highways Maintenance Contract

To: Environment Committee

Meeting Date: 14th January 2022

From: Jane Doe, Director of Highways

Electoral division(s): All

Key decision: Yes

Recommendation:

a) To award the contract set out in Appendix 1.

1. Background

1.1 The current contract ends in March. Appendix 2 sets out the lots.

1.2 Members may see Appendix 1 for the tender scores.

Appendix 1 – Tender Evaluation Scores

Bidder\tQuality\tPrice
North Roads Ltd\t60\t40

Appendix 2 - Contract Lots

Lot\tArea
1\tNorth
"""


def test_cover_paper_is_found_by_its_to_and_date_labels_and_titled_by_its_heading():
    _, spans = segment_text(HIGHWAYS_COVER)
    assert kinds_titles(spans) == [
        ("committee_report", "Highways Maintenance Contract"),
        ("appendix", "Appendix 1 – Tender Evaluation Scores"),
        ("appendix", "Appendix 2 - Contract Lots"),
    ]


def test_appendix_mentions_in_sentences_and_recommendations_start_nothing():
    _, spans = segment_text(HIGHWAYS_COVER.split("Appendix 1 – Tender")[0])
    assert kinds_titles(spans) == [("committee_report", "Highways Maintenance Contract")]


def test_cover_title_wrapped_over_two_lines_is_joined():
    text = """
Library Services Review: Consultation
Outcome and Next Steps

To: Communities Committee
Date: 3 March 2021
From: Head of Libraries
"""
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [
        ("committee_report", "Library Services Review: Consultation Outcome and Next Steps")
    ]


def test_kent_style_cover_is_titled_by_its_subject_label():
    text = """Previous paper ends here.

From:\tBob Smith, Cabinet Member for Highways
\tAnn Jones, Corporate Director
To:\tEnvironment & Transport Cabinet Committee – 10 March 2022
Subject:\tStreet Lighting Replacement
\tProgramme 2022-25
Decision no:\t22/00012
Key decision:\tYes
Classification:\tUnrestricted

Summary: This report sets out the programme.
"""
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [
        ("other", None),
        ("committee_report", "Street Lighting Replacement Programme 2022-25"),
    ]


def business_case(title: str, saving: str, grid: bool = True) -> str:
    eqia_grid = (
        "5. What is the impact on Protected Characteristics?\n\n"
        "The Equality Impact Assessment is attached to the paper.\n\n"
        "Protected Characteristic\tPositive\tNegative\tNeutral\nAge\tX\t\t\nDisability\t\t\tX\n\n"
        if grid
        else ""
    )
    return (
        "Business Planning: Business Case proposal\n\n"
        f"Project Title\t{title}\nCommittee\tCommunities Committee\n2022-23 Saving\t{saving}\n\n"
        "Brief Description of proposal: Fewer visits.\n\n"
        "1. Please describe what the proposed outcomes are:\n\nBetter value.\n\n" + eqia_grid
    )


def test_two_business_cases_titled_by_project_title_and_their_equality_grids_start_nothing():
    text = business_case("Mobile Library Route Review", "-£40,000") + business_case("Grit Bin Sponsorship", "-£12,500")
    stream, spans = segment_text(text)
    assert kinds_titles(spans) == [
        ("business_case", "Mobile Library Route Review"),
        ("business_case", "Grit Bin Sponsorship"),
    ]
    first = [ln.text for ln in stream.lines[spans[0].start : spans[0].end]]
    assert any(t.startswith("Disability") for t in first)  # the grid stays in its case


def test_business_case_without_banner_starts_at_its_project_title_label():
    text = "Project Title: Ferry Timetable Change\n\nCommittee: Transport\n\nSavings: -£9,000\n\n1. Outcomes\n"
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans) == [("business_case", "Ferry Timetable Change")]


def test_business_case_missing_banner_and_title_starts_at_committee_and_saving_rows():
    text = " Committee Children's Committee\n\n1. Saving/ Income amount - £20,000 a year.\n\nSummary text.\n"
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans) == [("business_case", None)]


def test_appendix_heading_above_a_banner_labels_that_item():
    text = "Appendix 3\n\n" + business_case("Park Ranger Rota", "-£5,000", grid=False)
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [("business_case", "Park Ranger Rota")]
    assert spans[0].start == 0


EQIA_FORM = """Equality Impact Assessment
For employees and/or communities

Section 1: Proposal details
Proposal being assessed: Closure of Elm Street Depot
Person undertaking the assessment: Sam Lee

Key service outcomes: fewer sites.
Equality Impact Assessment
For employees and/or communities

More body text after a page break.
Section 2: Scope of Equality Impact Assessment
"""


def test_eqia_form_starts_at_heading_followed_by_form_fields_not_at_page_header_repeats():
    _, spans = segment_text(EQIA_FORM)
    assert kinds_titles(spans) == [("eqia", "Equality Impact Assessment")]


def test_eqia_whose_heading_was_lost_starts_at_the_forms_opening_line():
    text = "Business Planning: Business Case proposal\n\nProject Title: Depot Closure\n\nCase text.\n\n"
    text += "This EqIA form will assist you to meet our duties.\n\nSection 1: Proposal details\n"
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [("business_case", "Depot Closure"), ("eqia", None)]


def test_investment_bid_is_titled_by_its_bid_title_field():
    text = "Investment Proposal Supporting Information / Transformation Fund Bid\n\n"
    text += "Bid Title\tRoadside Verge Rewilding\nService Area / Directorate\tPlaces\n\nBrief Description of Bid\tMow less.\n"
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [("investment_bid", "Roadside Verge Rewilding")]


FRONT_SHEET = """PLANNING COMMITTEE

Tuesday, 16 March 2021

10:00

AGENDA

1 Apologies for absence
2 Action Log
3 Highways Maintenance Contract
4 Appendix 1 - Scores
5 Committee Agenda Plan

PLANNING COMMITTEE

Minutes Action Log

Minute No.\tReport Title\tAction
12.\tBus shelters\tReport back
"""


def test_front_sheet_and_action_log_and_agenda_list_entries_start_nothing_else():
    stream, spans = segment_text(FRONT_SHEET)
    assert kinds_titles(spans) == [("agenda", "PLANNING COMMITTEE"), ("action_log", "Minutes Action Log")]
    assert stream.lines[spans[1].start].text == "PLANNING COMMITTEE"


def test_front_sheet_with_agenda_printed_above_the_committee_name():
    text = "AGENDA\n\nSCRUTINY PANEL\n\nWednesday, 5 May 2021, at 10.00 am\n\n1 Introduction\n"
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [("agenda", "SCRUTINY PANEL")]


def test_agenda_plan_training_plan_and_glossary_headings_start_items_but_bullets_do_not():
    text = """Planning Committee Agenda Plan

The following are standing items:
• Agenda Plan, Training Plan and Appointments

Committee date\tAgenda item
16/03/21\tBus shelters

Planning Committee Training Plan 2021/22

Date\tTopic
1 June 2021\tFlood risk

Glossary of Planning Terms

TERM\tMEANING
S106\tPlanning obligation
"""
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [
        ("agenda_plan", "Planning Committee Agenda Plan"),
        ("training_plan", "Planning Committee Training Plan 2021/22"),
        ("glossary", "Glossary of Planning Terms"),
    ]


def test_contents_entries_start_nothing():
    text = """Contents
Highways Maintenance Contract ........ 3
Appendix 1 – Tender Evaluation Scores ........ 9
Glossary ........ 12
Equality Impact Assessment ........ 14
"""
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans) == [("other", "Contents")]  # one item, titled by its heading


def test_text_before_the_first_item_is_kept_as_an_other_item():
    stream, spans = segment_text("This pack was published on 1 March.\n\n" + HIGHWAYS_COVER)
    assert [s.kind for s in spans][:2] == ["other", "committee_report"]
    assert spans[0].start == 0 and spans[0].end == spans[1].start


def test_empty_and_odd_streams_give_one_other_item_without_raising():
    for text in ["", "\t\t\n•\n:\n", "To:\nFrom:\nAppendix"]:
        stream, spans = segment_text(text)
        assert spans and spans[0].kind == "other" and spans[-1].end == len(stream.lines)


def test_project_title_wrapped_onto_the_next_line_is_joined_up_to_the_committee_label():
    text = "Business Planning: Business Case proposal\n\nProject Title: Community Transport Hub for\n"
    text += "Rural Villages\nCommittee: Transport\n\nSavings: -£3,000\n"
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans) == [("business_case", "Community Transport Hub for Rural Villages")]


def test_appendix_heading_repeated_at_the_top_of_each_page_is_one_item():
    text = "Appendix B – Fees and Charges\n\nService\tFee\nParking\t£2\n\n"
    text += "Appendix B – Fees and Charges\n\nService\tFee\nBulky waste\t£30\n"
    stream, spans = segment_text(text)
    assert kinds_titles(spans) == [("appendix", "Appendix B – Fees and Charges")]
    assert spans[0].end == len(stream.lines)


def test_cover_paper_starts_at_the_agenda_item_number_printed_above_its_heading():
    text = "Previous paper's last sentence.\n\nAgenda Item No: 7\n\nCare Home Fees 2022-23\n\n"
    text += "To: Adults and Health Committee\n\nMeeting Date: 10 February 2022\n\nFrom: Director of Care\n"
    stream, spans = segment_text(text)
    assert kinds_titles(spans) == [("other", None), ("committee_report", "Care Home Fees 2022-23")]
    assert stream.lines[spans[1].start].text == "Agenda Item No: 7"


def test_eqia_with_an_analysis_style_heading_and_decision_fields():
    text = "Equality Analysis / Impact Assessment (EqIA)\n\nDirectorate/ Service: Highways\n\n"
    text += "Name of decision, policy, procedure, project or service: Winter Gritting Routes\n"
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [("eqia", "Equality Analysis / Impact Assessment (EqIA)")]


def test_a_bid_to_any_named_fund_starts_an_investment_bid_but_a_sentence_about_it_does_not():
    from extractors.items.investment_bid import _is_banner

    assert _is_banner("Capital Improvement Fund Bid")
    assert _is_banner("Innovation Fund Application: Street Lighting")
    assert not _is_banner("The Innovation Fund bid will be presented to committee")


def test_a_from_block_naming_several_people_still_opens_a_cover_paper():
    from extractors.normalise import normalise_text
    from extractors.segment import segment_pack

    people = "\n\n".join(f"Person {n} Name, Cabinet Member for Portfolio {n}\nand Something Else" for n in range(4))
    text = (
        f"From:\t{people}\n\nTo:\tCabinet - 3 March 2026\n\nSubject:\tRoad Safety Strategy for the\nCounty\n\n"
        "Decision no:\t26/00001\n\nKey Decision:\tYes\n\n1. Introduction\n\n1.1 Text.\n"
    )
    spans = segment_pack(normalise_text("d", text, "tabbed"))
    assert [(s.kind, s.title) for s in spans] == [("committee_report", "Road Safety Strategy for the County")]


def test_a_wrapped_line_opening_appendix_e_mid_sentence_starts_no_item():
    text = HIGHWAYS_COVER.split("Appendix 1 – Tender")[0] + (
        "1.3 The budget for each of the three lots is set out in the tables of\n"
        "Appendix E. The figures show the cost over the life of the\n"
        "contract, including the extension years.\n"
        "1.4 The lots start in April and run for seven years.\n"
    )
    _, spans = segment_text(text)
    assert kinds_titles(spans) == [("committee_report", "Highways Maintenance Contract")]


def test_appendix_heading_after_a_full_stop_and_a_title_still_starts_an_item():
    text = HIGHWAYS_COVER.split("Appendix 1 – Tender")[0] + "\nAppendix E. Tender Evaluation Scores\n\nBidder\tQuality\n"
    _, spans = segment_text(text)
    assert kinds_titles(spans)[-1] == ("appendix", "Appendix E. Tender Evaluation Scores")


def test_eqia_heading_with_a_version_and_a_second_heading_in_its_first_box_is_one_item():
    text = "EQIA Submission Form\nEQIA Submission – ID Number\nSection A\nEQIA Title\nClosing the east library\n"
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans) == [("eqia", "EQIA Submission Form")]
    _, spans = segment_text("Equality Impact Assessment[version 2.12]\n\nTitle: Closing the east library\n", "pdftotext")
    assert kinds_titles(spans) == [("eqia", "Equality Impact Assessment")]


def test_eqia_heading_with_a_running_header_read_into_its_line_is_titled_by_the_form_name():
    text = "EQIA Submission Form Information collected from the EQIA Submission\n\nEQIA Title\tClosing the east library\n"
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans) == [("eqia", "EQIA Submission Form")]


def test_eqia_recognised_by_its_characteristic_questions_below_the_heading():
    ask = "Does your analysis indicate a disproportionate impact?"
    rows = "\n".join(f"{c}\t{ask} Yes ☐ No ☒" for c in ("Age", "Disability", "Race", "Sex"))
    text = f"Equality Analysis\n\n" + "Background text.\n" * 15 + rows + "\n"
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans) == [("eqia", "Equality Analysis")]


def test_eqia_heading_in_a_ruled_cell_under_a_long_running_header_starts_the_form():
    text = (
        "Northshire County Council Cabinet 30 January 2025 Item 7 Supplementary papers for the meeting\n"
        "EQIA Submission Form\tInformation collected from the EQIA Submission\n"
        "Section A\nEQIA Title\tClosing the east library\nResponsible Officer\tAnn Vos - CY LIB\n"
    )
    _, spans = segment_text(text, "pdftotext")
    assert kinds_titles(spans)[-1] == ("eqia", "EQIA Submission Form")
