"""Stacked pdftotext tables rebuilt from header words and cell types (synthetic, re-typed tables)."""

from tests.table_helpers import only_stacked_table as only_table
from tests.table_helpers import stacked_tables as tables_of


TIMETABLE = """\
3. Next steps: the timetable below sets out the work.

Task Start Date End Date Overall
Responsibility

Appoint the
evaluation panel

2 March 2022 14 April 2022 Priya Okafor,
Director of
Libraries

Ward consultation N/A 30 May 2022 Tom Rees

Pilot launch Jun 2022 End Jul 2022 Priya Okafor,
Director of
Libraries
Review of take-up

Sep 2022 Oct 2022 Library Board
4. What are the risks? This question is answered in full in the text that follows below.
"""


def test_timetable_rows_rebuilt_from_dates_and_owner_cells():
    t = only_table(TIMETABLE)
    assert t.header == ["Task", "Start Date", "End Date", "Overall Responsibility"]
    assert t.rows == [
        ["Appoint the evaluation panel", "2 March 2022", "14 April 2022", "Priya Okafor, Director of Libraries"],
        ["Ward consultation", "N/A", "30 May 2022", "Tom Rees"],
        ["Pilot launch", "Jun 2022", "End Jul 2022", "Priya Okafor, Director of Libraries"],
        ["Review of take-up", "Sep 2022", "Oct 2022", "Library Board"],
    ]
    assert "timetable below" in t.context


def test_timetable_ends_at_the_next_numbered_question():
    t = only_table(TIMETABLE)
    assert all("risks" not in cell for row in t.rows for cell in row)


def test_next_task_printed_under_a_one_line_row_is_not_taken_as_its_owner():
    text = """\
Task Start Date End Date Lead Officer
Order new vans Jan 2023 Mar 2023 Ola Berg
Train the
drivers

Apr 2023 May 2023 Fleet Team
"""
    t = only_table(text)
    assert t.rows[0][3] == "Ola Berg"
    assert t.rows[1][0] == "Train the drivers"


def test_start_cell_that_wraps_under_its_date_and_an_end_without_year():
    text = """\
Task Start Date End Date Lead Responsibility
Draft the bid

Feb 2021
Sent to panel
3rd Feb

Panel 9th Mar Bid Team
Member A
"""
    t = only_table(text)
    assert t.rows == [["Draft the bid", "Feb 2021 Sent to panel 3rd Feb", "Panel 9th Mar", "Bid Team Member A"]]


RISKS = """\
Risk Mitigation RAG (should
the risk occur)

Overall
Responsibility

Drivers leave for
better paid work,
leaving routes
uncovered.

Review pay bands:

• Benchmark with
neighbours
• Retention bonus

Red Ana Diaz,
Head of Fleet

Fuel prices rise:
a. Risk to budget

Hedge fuel for the

Amber Ana Diaz,
Head of Fleet
b. Risk to routes.

later in the year

Depot closes in
winter

Share depot with
the district.

Green Sam Cole
8. Scope - What is within scope? What is outside of scope? Everything below is prose text.
"""


def test_risk_rows_split_risk_and_mitigation_and_read_rag_words():
    t = only_table(RISKS)
    assert t.header == ["Risk", "Mitigation", "RAG (should the risk occur)", "Overall Responsibility"]
    assert [r[0][:20] for r in t.rows] == ["Drivers leave for be", "Fuel prices rise: a.", "Depot closes in wint"]
    assert [r[2] for r in t.rows] == ["Red", "Amber", "Green"]
    assert [r[3] for r in t.rows] == ["Ana Diaz, Head of Fleet", "Ana Diaz, Head of Fleet", "Sam Cole"]
    assert t.rows[0][1].startswith("Review pay bands: • Benchmark")


def test_row_continued_after_a_page_break_goes_back_to_its_cells():
    t = only_table(RISKS)
    assert t.rows[1][0].endswith("b. Risk to routes.")  # the lettered list of the risk cell
    assert t.rows[1][1] == "Hedge fuel for the later in the year"  # the only cell left mid-sentence
    assert t.rows[2][0] == "Depot closes in winter"


def test_continuation_with_two_cells_left_mid_sentence_is_noted_not_placed():
    t = only_table(RISKS.replace("b. Risk to routes.", "b. Risk to routes"))
    assert t.rows[1][1] == "Hedge fuel for the"
    assert "later in the year" not in " ".join(t.rows[1])
    assert any("not decidable" in n and "later in the year" in n for n in t.notes)


COLOUR_ONLY_RAG = """\
Risk Mitigation RAG

Overall

Responsibility

Supplier fails

to deliver.

Keep a second

supplier on the list.

 JB


Weak uptake of

the offer

See below  HR Team

Staff sickness

in winter.

Cover rota



Budget overrun

in year two.

Monthly review of

spend.

 Finance and

Audit

9. Scope- What is within scope? What is outside of scope? This line is long running prose text.
"""


def test_colour_only_rag_cells_print_as_a_space_and_rows_still_split():
    t = only_table(COLOUR_ONLY_RAG)
    assert [r[0] for r in t.rows] == [
        "Supplier fails to deliver.", "Weak uptake of the offer", "Staff sickness in winter.", "Budget overrun in year two."
    ]
    assert [r[1] for r in t.rows] == ["Keep a second supplier on the list.", "See below", "Cover rota", "Monthly review of spend."]
    assert [r[2] for r in t.rows] == ["", "", "", ""]
    assert [r[3] for r in t.rows] == ["JB", "HR Team", "", "Finance and Audit"]
    assert any("printed nothing" in n for n in t.notes)


SAVING = """\
Saving Estimation £000

Base saving agreed in March -120

Reduction in the number of
placements

45

Revised saving -75
Non-Financial Benefit
None are expected beyond those already given in section 1 of this business case here.
"""


def test_saving_table_amount_closes_each_row_and_heading_is_not_a_row():
    t = only_table(SAVING)
    assert t.header == ["Saving Estimation", "£000"]
    assert t.rows == [
        ["Base saving agreed in March", "-120"],
        ["Reduction in the number of placements", "45"],
        ["Revised saving", "-75"],
    ]


def test_period_table_with_an_empty_cell_says_how_the_value_was_placed():
    text = """\
Year 1 Year 2
Set-up
(training)

£12,000

Staff costs £30,000 £31,000
TOTAL £42,000 £31,000

The following section explains how the figures above were worked out in some detail.
"""
    t = only_table(text)
    assert t.header == ["", "Year 1", "Year 2"]
    assert t.rows[0] == ["Set-up (training)", "£12,000", ""]
    assert t.rows[2] == ["TOTAL", "£42,000", "£31,000"]
    assert any("placed from the left" in n for n in t.notes)


KPIS = """\
Key Benefit Measure Baseline Target &
Timescale

Faster
assessments

Days from
referral

21 days

10 days by
March

Fewer
complaints

Complaints
logged

NIL 5% fewer
each year
7. Are there any identified risks which may impact on the delivery of this work?
"""


def test_all_text_table_read_in_order_and_a_line_holding_two_cells_split():
    t = only_table(KPIS)
    assert t.header == ["Key Benefit", "Measure", "Baseline", "Target & Timescale"]
    assert t.rows == [
        ["Faster assessments", "Days from referral", "21 days", "10 days by March"],
        ["Fewer complaints", "Complaints logged", "NIL", "5% fewer each year"],
    ]


def test_all_text_row_with_extra_blocks_keeps_first_and_last_cells_only():
    text = """\
Key Benefit Measure Baseline Target

Quicker
repairs

Days open

To be set

Half by
2024

Tenant
satisfaction

Add a question
to the survey

Annual survey

To be set

Survey 2023

Over 80%

Fewer voids

Void count

To be set and
agreed

Under 2%
7. Are there any identified risks which may impact on the delivery of this work?
"""
    t = only_table(text)
    assert t.rows[1][0] == "Tenant satisfaction" and t.rows[1][3] == "Over 80%"
    assert t.rows[1][1] == t.rows[1][2] == ""
    assert t.rows[2] == ["Fewer voids", "Void count", "To be set and agreed", "Under 2%"]
    assert any("not decidable" in n for n in t.notes)


def test_odd_text_after_a_header_never_raises():
    for body in ["", "X X X", "£ £ £\n\n\n", "Amber\n\nAmber", "1/1/20 2/2/20 3/3/20 4/4/20"]:
        for header in ["Task Start Date End Date Owner", "Risk Mitigation RAG Owner", "Category Positive Negative Neutral"]:
            tables_of(f"{header}\n{body}\n")


def test_regular_count_with_same_openings_in_different_columns_is_flagged():
    text = """\
Key Benefit Measure Baseline Target

Faster repairs

Days open

To be set

Half by 2024

To be set

Void count

Under 2%

Fewer voids
7. Are there any identified risks which may impact on the delivery of this work?
"""
    t = only_table(text)
    assert len(t.rows) == 2
    assert any("misaligned" in n for n in t.notes)
