"""Reading `Label: value` fields (extractors/fields/labels.py), on re-typed forms."""

from extractors.fields.labels import first, join_wrapped, read_fields
from schemas.stages import Line


def lines(text: str) -> list[Line]:
    return [Line(no=i + 1, text=t) for i, t in enumerate(text.split("\n"))]


HEADER = {
    "title": r"Project Title",
    "committee": r"Committee",
    "date": r"Date of version",
    "ref": r"BP Ref(?:erence)?",
    "leads": r"Business Leads\s*/\s*Sponsors",
}


def test_value_wrapping_over_lines_and_blank_lines_runs_to_the_next_label():
    text = "Committee: Culture Committee and General\n\nPurposes Committee\n\nDate of version: 2 May 2023"
    fields = read_fields(lines(text), HEADER)
    assert first(fields, "committee").value == "Culture Committee and General Purposes Committee"
    assert first(fields, "date").value == "2 May 2023"


def test_second_label_on_a_line_needs_its_colon():
    fields = read_fields(lines("Date of version: 4 Jan 2024 BP Reference: Z/9.1"), HEADER)
    assert first(fields, "date").value == "4 Jan 2024"
    assert first(fields, "ref").value == "Z/9.1"
    assert first(fields, "ref").line == 1


def test_label_word_inside_a_value_is_not_a_label():
    fields = read_fields(lines("Committee:  Highways Committee / Audit Committee"), HEADER)
    assert [f.key for f in fields] == ["committee"]
    assert fields[0].value == "Highways Committee / Audit Committee"


def test_label_without_colon_counts_at_line_start_and_after_a_wide_gap():
    fields = read_fields(lines(" Committee Parks Committee\n\nDate of version  Business Leads / Sponsors\n  "), HEADER)
    assert first(fields, "committee").value == "Parks Committee"
    assert first(fields, "date").value == ""
    assert first(fields, "leads").value == ""


def test_tab_separated_label_takes_the_cells_to_its_right():
    fields = read_fields(lines("Project Title\tRiver Ferry Renewal\nCommittee\tTransport Committee"), HEADER)
    assert first(fields, "title").value == "River Ferry Renewal"
    assert first(fields, "committee").value == "Transport Committee"


FORM = {
    "area": r"Service Area",
    "person": r"Person doing the review",
    "name": r"Name",
    "job": r"Job Title",
    "subject": r"Subject under review",
    "contact": r"Contact details",
    "started": r"Date started|Date(?=\s*$)",
    "finished": r"Date finished",
    "ref": r"Ref",
    "end": r"Objectives",
}


def test_two_labels_side_by_side_read_across_columns():
    text = (
        "Service Area: Person doing the review:\n"
        "Parks & Open\nSpaces\n\n"
        "Name: Ruth Okafor\n\n"
        "Subject under review: Job Title: Ranger, Parks\n\n"
        "Riverside Tree-\nPlanting Scheme\n\n"
        "Contact\ndetails:\n\nruth@example.org\n\n01632 960123\n"
        "Objectives:"
    )
    fields = read_fields(lines(text), FORM)
    assert first(fields, "area").value == "Parks & Open Spaces"
    assert first(fields, "name").value == "Ruth Okafor"
    assert first(fields, "job").value == "Ranger, Parks"
    assert first(fields, "subject").value == "Riverside Tree-Planting Scheme"
    assert first(fields, "contact").parts == ("ruth@example.org", "01632 960123")


def test_tabbed_grid_with_words_cut_by_a_column_boundary():
    text = (
        "Service Ar\tea:\tPerson doing the review:\t\n"
        "Parks Team\t\tName:\tRuth Okafor\n"
        "Subject und\ter review:\tJob Title: Ranger, Parks\t\n"
        "Riverside Tr\tee Planting\tContact\truth@example.org\n"
        "Scheme\t\tdetails:\t01632 960123\n"
        "Ref\tX/1\tDate\t01/02/2024\n"
        "\t\tDate\t03/02/2024\n"
        "\t\tfinished:\t\n"
        "\n"
        "Objectives:"
    )
    fields = read_fields(lines(text), FORM)
    assert first(fields, "area").value == "Parks Team"
    assert first(fields, "subject").value == "Riverside Tree Planting Scheme"
    assert first(fields, "name").value == "Ruth Okafor"
    assert first(fields, "contact").parts == ("ruth@example.org", "01632 960123")
    assert first(fields, "started").value == "01/02/2024"
    assert first(fields, "finished").value == "03/02/2024"


def test_cells_are_not_rejoined_without_a_label_proving_the_cut():
    fields = read_fields(lines("Name:\tbeta\tgamma\nObjectives:"), FORM)
    assert first(fields, "name").parts == ("beta", "gamma")


def test_join_wrapped_keeps_a_line_end_hyphen_between_words():
    assert join_wrapped(["Micro-", "Lending Scheme"]) == "Micro-Lending Scheme"
    assert join_wrapped(["costs  -", "£5"]) == "costs - £5"
    assert join_wrapped(["a", "", " b "]) == "a b"


def test_odd_input_gives_no_fields_rather_than_an_error():
    assert read_fields([], HEADER) == []
    assert read_fields(lines("\t\t\n\n"), HEADER) == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SOUP = st.lists(
    st.sampled_from(["Name:", "Date", "completed:", "Job Title", "\t", "  ", "x", "ab", "-", "£5", "\n", ":", "/"]),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(_SOUP)
def test_label_soup_never_raises(tokens):
    fields = read_fields(lines("".join(tokens)), {**FORM, **HEADER})
    assert all(f.line >= 1 for f in fields)


# --- the layout-aware reader on vocabulary labels (read_section) and tick boxes ---

from extractors.fields.labels import read_section, tick_marks, ticked  # noqa: E402


def test_vocabulary_label_reads_its_value_on_the_same_line():
    fields = read_section(lines("COMMITTEE: Transport Committee\nDATE: 12 September 2024"), "report")
    assert first(fields, "to").value == "Transport Committee"
    assert first(fields, "meeting_date").value == "12 September 2024"


def test_vocabulary_label_alone_on_its_line_takes_the_following_lines():
    fields = read_section(lines("Summary:\n\nThe report sets out\nthe position.\nKey decision: No"), "report")
    assert first(fields, "summary").value == "The report sets out the position."
    assert first(fields, "summary").lines == (3, 4)
    assert first(fields, "key_decision").value == "No"


def test_label_in_a_boxed_cover_takes_the_neighbouring_cell_even_when_wrapped_over_two_lines():
    text = "REPORT TO:\tCombined Authority Committee\n\nREPORT\tTRANSPORT\nTITLE:\n\nKey Decision\tYes"
    fields = read_section(lines(text), "report")
    assert first(fields, "to").value == "Combined Authority Committee"
    assert first(fields, "subject").value == "TRANSPORT"
    assert first(fields, "key_decision").value == "Yes"


def test_label_wrapped_in_a_narrow_cell_with_its_value_run_into_its_first_line_is_split_back():
    fields = read_section(lines("RESPONSIBLE EXECUTIVE DIRECTOR OF TRANSPORT\nOFFICER:\nKey Decision\tNo"), "report")
    assert first(fields, "from").value == "EXECUTIVE DIRECTOR OF TRANSPORT"


def test_strict_labels_ignore_common_words_that_open_a_sentence():
    fields = read_section(lines("To provide an update to the Committee\non the scheme."), "report")
    assert fields == []


def test_tick_boxes_are_read_as_answers_whichever_side_the_label_is_printed():
    assert tick_marks("Yes ☒ No ☐") == [tick_marks("Yes ☒")[0], tick_marks("No ☐")[0]]
    assert [m.ticked for m in tick_marks("Yes ☒ No ☐")] == [True, False]
    assert ticked("☐ Positive ☑ Negative ☐ Neutral") == "Negative"
    assert ticked("Yes ☐ No ☐") is None
    assert ticked("no boxes here") is None


def test_a_field_printed_as_tick_boxes_answers_with_the_ticked_label():
    fields = read_section(lines("Key decision: Yes ☐ No ☒"), "report")
    assert first(fields, "key_decision").answer == "No"
    fields = read_section(lines("Key decision: Yes"), "report")
    assert first(fields, "key_decision").answer == "Yes"
