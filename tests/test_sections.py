"""Numbered questions of business cases and numbered sections of cover papers."""

from __future__ import annotations

import re

import pytest

from extractors.sections import extract_sections
from schemas.stages import ItemText, Line
from tests.seed_items import SEEDS, business_cases, golden, reports


def item(text: str, kind: str, numbers: list[int] | None = None) -> ItemText:
    rows = text.split("\n")
    nos = numbers or list(range(1, len(rows) + 1))
    return ItemText(
        doc_id="d",
        item_id="d:001",
        kind=kind,
        flavour="pdftotext",
        lines=[Line(no=n, text=t) for n, t in zip(nos, rows)],
    )


def collapse(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


CASE = """Business Planning: Business Case proposal
Project Title: Library Van Replacement

1. Please describe what the proposed outcomes are:

Residents in outlying villages keep a weekly library stop.
The service aims to:
1. Replace two vans with one electric van;
2. Keep every stop on the timetable.

2. What evidence has been used to support this work, how
does this link to any existing strategies/policies?

Usage counts from 2019 show 4,100 visits a year.

3. Has an options and feasibility study been undertaken?
Please explain what options have been considered.

Three options were weighed.
4. What are the next steps/ actions the Council should take to
pursue it? Please include timescales.

Order the van in March.
5. Are there any identified risks which may impact on the
potential delivery of this? What is the risk if we do not act?
Delivery may slip past winter.
"""


def test_wrapped_questions_give_heading_and_body_without_heading_tail():
    sections = extract_sections(item(CASE, "business_case"))
    assert [s.number for s in sections] == ["1", "2", "3", "4", "5"]
    assert sections[1].heading == (
        "What evidence has been used to support this work, how does this link to any existing strategies/policies?"
    )
    assert collapse(sections[2].body) == "Three options were weighed."
    assert collapse(sections[3].body) == "Order the van in March."
    assert sections[4].body == "Delivery may slip past winter."


def test_key_follows_the_wording_not_the_number():
    sections = extract_sections(item(CASE, "business_case"))
    assert [s.key for s in sections] == ["outcomes", "evidence", "options", "next_steps", "risks"]


def test_numbered_list_inside_an_answer_is_not_a_question():
    sections = extract_sections(item(CASE, "business_case"))
    assert collapse(sections[0].body).startswith("Residents in outlying villages")
    assert "2. Keep every stop on the timetable." in sections[0].body


def test_older_layout_with_summary_first():
    text = (
        "1. Saving/ Income amount - £75,000 a year from 2022.\n"
        "\n"
        "This proposal asks for a one-off grant.\n"
        "1. Deliver more for every £1 spent\n"
        "2. Suffer from fewer barriers to entry\n"
        "\n"
        "2. Please describe what the proposed outcomes are?\n"
        "More people supported at home.\n"
        "3. Scope- What is within scope? What is outside of scope?\n"
        "Two districts only.\n"
    )
    sections = extract_sections(item(text, "business_case"))
    assert [(s.number, s.key) for s in sections] == [("1", "summary"), ("2", "outcomes"), ("3", "scope")]
    assert sections[0].heading == "Saving/ Income amount - £75,000 a year from 2022."
    assert collapse(sections[0].body).startswith("This proposal asks for a one-off grant.")


def test_double_spaced_dump_heading_carries_on_only_while_the_sentence_is_open():
    # single blank lines were dropped by normalisation: line numbers jump by 2
    rows = [
        "2. What evidence has been used to support this work, how does",
        "this link to any existing strategies/policies?",
        "This scheme builds on the 2019 trial.",
        "3. Scope - What is within scope? What is outside of scope?",
        "The whole county.",
    ]
    text = "1. Please describe what the proposed outcomes are:\nFewer delays.\n" + "\n".join(rows)
    sections = extract_sections(item(text, "business_case", [1, 3, 5, 7, 9, 11, 12]))
    assert sections[1].heading.endswith("strategies/policies?")
    assert sections[1].body == "This scheme builds on the 2019 trial."
    assert sections[2].body == "The whole county."


def test_heading_wrapping_past_a_question_mark_keeps_its_instructions():
    text = (
        "1. What financial and non-financial benefits are there and how\n"
        "will you measure the performance of these? Are there any dis-benefits?\n"
        "These MUST include how this will benefit the wider\n"
        "internal and external system.\n"
        "Financial Benefits\n"
        "Lower fuel costs.\n"
    )
    (section,) = extract_sections(item(text, "business_case"))
    assert section.key == "benefits"
    assert section.heading.endswith("internal and external system.")
    assert collapse(section.body) == "Financial Benefits Lower fuel costs."


def test_list_item_opening_with_a_topic_loses_to_the_real_question():
    text = (
        "1. Please describe what the proposed outcomes are:\n"
        "Two aims:\n"
        "1. Fewer missed stops\n"
        "2. Evidence of demand from the parish survey\n"
        "\n"
        "2. What evidence has been used to support this work?\n"
        "The 2022 parish survey.\n"
    )
    sections = extract_sections(item(text, "business_case"))
    assert [(s.number, s.key) for s in sections] == [("1", "outcomes"), ("2", "evidence")]
    assert "2. Evidence of demand" in sections[0].body
    assert sections[1].body == "The 2022 parish survey."


def test_question_on_an_unknown_topic_counts_when_it_asks():
    text = "Question 1: Who has been consulted on this proposal?\nParish councils.\n"
    (section,) = extract_sections(item(text, "business_case"))
    assert (section.number, section.key, section.body) == ("1", None, "Parish councils.")


def test_table_row_numbers_are_not_questions():
    text = "1\tIntroduction\t£5,000\n1 Introduction of charges\nNothing else.\n"
    assert extract_sections(item(text, "business_case")) == []


REPORT = """Mobile Libraries Review

To: Communities Committee

1. Purpose of the report will
2. Keep stops in every village

1. Background

1.1 The service runs two vans.
• The second paragraph's number was lost in the dump.
1.3 Both vans are over ten years old.

2. Main Issues

2.1 Options considered:
1. Do nothing.
3. Replace with one electric van
• a. buy outright
2.2 Option 3 is recommended.
3. Alignment with corporate priorities

3.1 A good quality of life for everyone
The following bullet points set out details of implications identified by officers:
• Villages keep a service.
3.2 The best start for children There are no significant implications for this priority.

4. Significant Implications

4.1 Resource Implications
The van costs £95,000.
4.1.1 Revenue savings follow in year two.
5. Source documents

5.1 Source documents None
"""


def test_report_top_level_sections_in_sequence_skip_an_option_list():
    sections = extract_sections(item(REPORT, "committee_report"))
    tops = [(s.number, s.heading, s.key) for s in sections if "." not in s.number]
    assert tops == [
        ("1", "Background", "background"),
        ("2", "Main Issues", "main_issues"),
        ("3", "Alignment with corporate priorities", "corporate_priorities"),
        ("4", "Significant Implications", "implications"),
        ("5", "Source documents", "source_documents"),
    ]


def test_report_paragraphs_increase_and_a_lost_number_joins_the_previous_paragraph():
    sections = extract_sections(item(REPORT, "committee_report"))
    numbers = [s.number for s in sections if "." in s.number]
    assert numbers == ["1.1", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.1.1", "5.1"]
    p11 = next(s for s in sections if s.number == "1.1")
    assert "number was lost" in p11.body


def test_report_paragraph_headings_standalone_or_run_into_their_body():
    by_number = {s.number: s for s in extract_sections(item(REPORT, "committee_report"))}
    assert by_number["3.1"].heading == "A good quality of life for everyone"
    assert by_number["3.1"].body.startswith("The following bullet points")
    assert by_number["3.2"].heading == "The best start for children"
    assert by_number["3.2"].body == "There are no significant implications for this priority."
    assert by_number["4.1"].heading == "Resource Implications"
    assert by_number["5.1"].heading == "Source documents" and by_number["5.1"].body == "None"
    assert by_number["1.1"].heading is None and by_number["2.2"].heading is None


def test_other_kinds_and_odd_text_give_no_sections():
    assert extract_sections(item(CASE, "agenda")) == []
    assert extract_sections(item("", "business_case")) == []
    assert extract_sections(item("\t\t\n9.9.9.9\n1.\n1.1", "committee_report")) == []


# --- the seeds against the answer keys -------------------------------------------


@pytest.mark.parametrize("seed", [s for s in SEEDS if golden(s).get("proposals")])
def test_seed_business_case_sections_match_answer_key(seed):
    for proposal, case in zip(golden(seed)["proposals"], business_cases(seed), strict=True):
        got = {s.number: s for s in extract_sections(case)}
        for want in proposal["sections"]:
            section = got[want["number"]]
            assert section.key == want["key"]
            assert collapse(section.body).startswith(want.get("body_starts", ""))
            assert collapse(section.heading).startswith(want.get("heading_starts", ""))


@pytest.mark.parametrize("seed", [s for s in SEEDS if golden(s).get("reports")])
def test_seed_report_sections_match_answer_key(seed):
    for report, paper in zip(golden(seed)["reports"], reports(seed), strict=True):
        sections = extract_sections(paper)
        for want in report["sections"]:
            top = next(s for s in sections if s.number == want["number"])
            assert top.heading == want["heading"]
            paragraphs = [s for s in sections if s.number.startswith(want["number"] + ".")]
            if "paragraphs" in want:
                assert [p.number for p in paragraphs] == want["paragraphs"]
            for ph in want.get("paragraph_headings", []):
                assert next(p for p in paragraphs if p.number == ph["number"]).heading == ph["heading"]


# --- numbered headings whatever separates number and heading ----------------------

TABBED = """Recommendation(s): Cabinet is asked to NOTE the report.

1.\tIntroduction

1.1 The report sets out the forecast position.

2\tKey Considerations

2.1 The service moves on 1 April.

3.\tFinancial Implications

3.1 There is no cost.
"""


def test_a_heading_whose_number_sits_in_its_own_cell_is_a_section():
    tops = [(s.number, s.heading) for s in extract_sections(item(TABBED, "committee_report")) if "." not in s.number]
    assert tops == [("1", "Introduction"), ("2", "Key Considerations"), ("3", "Financial Implications")]


def test_sub_paragraphs_after_a_tabbed_heading_are_body_not_headings():
    by_number = {s.number: s for s in extract_sections(item(TABBED, "committee_report"))}
    assert by_number["1.1"].heading is None
    assert by_number["1.1"].body == "The report sets out the forecast position."


def test_losing_section_one_keeps_the_sections_after_it():
    lost_first = TABBED.replace("1.\tIntroduction", "Introduction")
    tops = [s.number for s in extract_sections(item(lost_first, "committee_report")) if "." not in s.number]
    assert tops == ["2", "3"]


def test_a_numbered_list_of_short_items_is_not_a_run_of_sections():
    text = "Challenges\n1.\tIncreasing congestion\n2.\tPoor air quality\n3.\tFunding shortfall\n\nSome text.\n"
    assert extract_sections(item(text, "committee_report")) == []


def test_a_short_heading_run_into_its_body_after_a_colon_is_a_section():
    text = "1. Finance Advice: The report sets out the plans.\n\n2. Legal Advice:\nThere are no legal implications.\n"
    tops = [(s.number, s.heading) for s in extract_sections(item(text, "committee_report"))]
    assert tops == [("1", "Finance Advice"), ("2", "Legal Advice")]


def test_a_section_number_printed_twice_keeps_both_sections():
    text = TABBED.replace("3.\tFinancial Implications", "2.\tRecommendation(s)\n\n3.\tFinancial Implications")
    tops = [(s.number, s.heading) for s in extract_sections(item(text, "committee_report")) if "." not in s.number]
    assert tops == [("1", "Introduction"), ("2", "Key Considerations"), ("2", "Recommendation(s)"), ("3", "Financial Implications")]


BODY_PARAGRAPHS = """Background:

1. The aim of the scheme is to reduce congestion by placing a charge upon
the use of workplace parking places.

2. The details of the scheme require further work but essentially
workplaces would face an annual charge.
Challenges
1.\tIncreasing congestion
2.\tPoor air quality

3. A study was first carried out in 2011 to examine the options for
a scheme in the city.

Professional comments
1. Finance Advice: The report sets out the plans.
"""


def test_body_paragraphs_numbered_at_the_top_level_are_rows_without_headings():
    sections = extract_sections(item(BODY_PARAGRAPHS, "committee_report"))
    paragraphs = [(s.number, s.body.split("\n")[0]) for s in sections if s.heading is None]
    assert paragraphs == [
        ("1", "The aim of the scheme is to reduce congestion by placing a charge upon"),
        ("2", "The details of the scheme require further work but essentially"),
        ("3", "A study was first carried out in 2011 to examine the options for"),
    ]
    assert [(s.number, s.heading) for s in sections if s.heading] == [("1", "Finance Advice")]


def test_a_numbered_list_under_a_lead_in_sentence_is_not_body_paragraphs():
    text = ("Outcome: the pilot will:\n1. Grow and diversify the range of care available in the community.\n\n"
            "2. Offer more choice and flexibility to those who need care.\n\n3. Enable more people to live well at home.\n")
    assert extract_sections(item(text, "committee_report")) == []
