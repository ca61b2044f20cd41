from extractors.normalise import (
    clean_line,
    collapse_blanks,
    find_furniture,
    fold_lookalikes,
    join_hyphenated,
    light_line,
    normalise_lines,
    normalise_text,
    split_lines,
    strip_markup,
)
from schemas.stages import Line


def lines(*texts):
    return [Line(no=i + 1, text=t) for i, t in enumerate(texts)]


def test_fold_lookalikes_turns_cyrillic_capitals_in_latin_text_into_latin():
    assert fold_lookalikes("Inevitable M Н Н Н") == "Inevitable M H H H"
    assert fold_lookalikes("More than likely M М Н") == "More than likely M M H"


def test_fold_lookalikes_leaves_a_cyrillic_line_alone():
    assert fold_lookalikes("Москва") == "Москва"


def test_strip_markup_removes_html_fragments_links_and_bold():
    assert strip_markup("<p>Discussion underway</p>") .strip() == "Discussion underway"
    assert strip_markup("[Minutes - 20 May](#)") == "Minutes - 20 May"
    assert strip_markup("- 5 **Highways Contract**") == "- 5 Highways Contract"
    assert strip_markup("awarded to *Acme Mobility Ltd* in 2019") == "awarded to Acme Mobility Ltd in 2019"
    assert strip_markup("* a bullet, 2 * 3 = 6") == "* a bullet, 2 * 3 = 6"


def test_clean_line_unifies_bullets_and_drops_list_dashes_before_paragraph_numbers():
    assert clean_line("\uf0a7 Supplier fragmentation", markdown=False) == "• Supplier fragmentation"
    assert clean_line("o Re-commissioning care", markdown=False) == "• Re-commissioning care"
    assert clean_line("- 2.4 The budget is", markdown=True) == "2.4 The budget is"
    assert clean_line("- Limited scope", markdown=True) == "• Limited scope"


def test_join_hyphenated_rejoins_a_word_broken_at_a_line_end():
    out = join_hyphenated(lines("the risk of over-", "commissioning and voids"))
    assert [ln.text for ln in out] == ["the risk of over-commissioning", "and voids"]
    assert [ln.no for ln in out] == [1, 2]


def test_join_hyphenated_leaves_a_dash_before_a_capitalised_line():
    out = join_hyphenated(lines("Lot 1 -", "Hospital Discharge"))
    assert [ln.text for ln in out] == ["Lot 1 -", "Hospital Discharge"]


def test_find_furniture_drops_a_repeated_footer_and_its_page_numbers_only():
    text = []
    for page in (3, 4, 5):
        text += ["Body text of a page.", "", "Appendix 7", "Highways Business Cases", "", str(page), ""]
    text += ["Saving Estimation", "£000", "", "230", ""]
    found = {ln.no for i, ln in enumerate(lines(*text)) if i in find_furniture(lines(*text))}
    kept = [t for i, t in enumerate(text, start=1) if i not in found]
    assert "Appendix 7" not in kept and "Highways Business Cases" not in kept
    assert not {"3", "4", "5"} & set(kept)
    assert "230" in kept  # a table value on its own line is not a page number


def test_find_furniture_keeps_a_heading_that_merely_repeats():
    text = ["Business Case proposal", "x", "Footer", "1", "Business Case proposal", "y", "Footer", "2"]
    kept = [ln.text for i, ln in enumerate(lines(*text)) if i not in find_furniture(lines(*text))]
    assert kept.count("Business Case proposal") == 2


def test_collapse_blanks_keeps_one_blank_between_paragraphs():
    out = collapse_blanks(lines("a", "", "", "", "b"))
    assert [ln.text for ln in out] == ["a", "", "b"]


def test_collapse_blanks_drops_single_blanks_of_a_double_spaced_dump():
    out = collapse_blanks(lines("a", "", "b", "", "c", "", "d", "", "e", "", "", "f"))
    assert [ln.text for ln in out] == ["a", "b", "c", "d", "e", "", "f"]


def test_normalise_text_keeps_original_line_numbers():
    stream = normalise_text("doc", "Title\n\n\n\nTo: Committee\n", "pdftotext")
    assert [(ln.no, ln.text) for ln in stream.lines if ln.text] == [(1, "Title"), (5, "To: Committee")]


def test_a_light_line_is_equal_to_the_validated_line_of_the_same_values():
    light = light_line(no=7, text="Total £5,000", page=2, cell_x=[1.0, 50.5], top=10.0, raw="Total  £5,000")
    made = Line(no=7, text="Total £5,000", page=2, cell_x=[1.0, 50.5], top=10.0, raw="Total  £5,000")
    assert light == made and light.model_dump() == made.model_dump()
    light.text += " a year"  # lines are edited in place by the clean-up (joined words)
    assert light.text == "Total £5,000 a year" and made.text == "Total £5,000"
    assert light_line(no=1, text="a") == Line(no=1, text="a")  # fields not given take their defaults


def test_split_lines_gives_what_str_split_gives():
    for text in ("", "a", "a\n", "\n\nb\r\nc", "x\n\n"):
        assert list(split_lines(text)) == text.split("\n")


def test_normalise_lines_leaves_the_lines_it_is_given_as_they_were():
    given = lines("the risk of over-", "commissioning and voids", "• item")
    before = [ln.model_dump() for ln in given]
    out = normalise_lines(given)
    assert [ln.model_dump() for ln in given] == before
    assert out[0].text == "the risk of over-commissioning"
