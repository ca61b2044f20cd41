"""Lettered, roman and numbered lists of Recommendation and Outcome blocks."""

from extractors.fields.report_recommendations import list_items, marker, parse_list, plain
from schemas.stages import Line


def block(*texts):
    return [(Line(no=i + 1, text=t), t) for i, t in enumerate(texts)]


def labels(*texts):
    return [(it.label, it.parent_label) for it in list_items(block(*texts))]


def test_markers_in_their_printed_styles():
    assert marker("a) Approve") == ("a", "Approve")
    assert marker("(b) Note") == ("b", "Note")
    assert marker("• c. Agree") == ("c", "Agree")
    assert marker(" • ii. that") == ("ii", "that")
    assert marker("3) Delegate") == ("3", "Delegate")


def test_paragraph_numbers_abbreviations_and_plain_words_are_not_markers():
    assert marker("1.1 During 2019") is None
    assert marker("e.g. the service") is None
    assert marker("A hub in each district") is None


def test_the_first_style_is_the_top_level_and_the_next_style_nests_under_it():
    assert labels("a) Head", "i. first", "ii. second", "b) Next", "(i) again") == [
        ("a", None), ("i", "a"), ("ii", "a"), ("b", None), ("i", "b")
    ]


def test_a_list_that_starts_with_roman_numerals_has_them_at_the_top():
    assert labels("(i) One", "(ii) Two", "(iii) Three") == [("i", None), ("ii", None), ("iii", None)]


def test_i_after_h_is_a_letter_not_a_roman_numeral():
    texts = [f"{c}) item" for c in "abcdefghi"]
    assert labels(*texts)[-1] == ("i", None)


def test_lead_in_is_kept_apart_and_continuations_join_their_item():
    lead, items = parse_list(block("Cabinet is asked to:", "", "a) approve the", "", "budget", "b) note"))
    assert lead == ["Cabinet is asked to:"]
    assert [it.text for it in items] == ["approve the budget", "note"]


def test_a_block_without_markers_or_bullets_is_one_item():
    assert [it.text for it in list_items(block("Committee is asked to note", "the report"))] == [
        "Committee is asked to note the report"
    ]


def test_paragraphs_after_a_colon_lead_in_are_one_item_each():
    items = list_items(block("Members are asked to:", "", "Note the report.", "", "Agree the plan."))
    assert [it.text for it in items] == ["Note the report.", "Agree the plan."]


def test_plain_drops_markdown_emphasis_but_not_arithmetic_stars():
    assert plain("with *Acme Care* and") == "with Acme Care and"
    assert plain("13 * 52 * 4.50") == "13 * 52 * 4.50"


def test_a_skipped_number_continues_the_list_but_a_restart_ends_it():
    skipped = list_items(block("1. Agree the plan.", "2. Note the risks.", "4. Approve the fees.", "6. Refer the strategy."))
    assert [it.label for it in skipped] == ["1", "2", "4", "6"]
    printed_twice = list_items(block("1. Agree the plan.", "2. Note the risks.", "1. Agree the plan.", "2. Note the risks."))
    assert [it.label for it in printed_twice] == ["1", "2"]
