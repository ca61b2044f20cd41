"""The tab-table finder: runs of tabbed lines become header + rows, with wrapped
cells, page breaks, garbage rows and caption rows repaired (synthetic dumps, re-typed)."""

from __future__ import annotations

from extractors.tables.cells import body_rows, noise_rows
from extractors.tables.find_tabbed import find_tabbed_tables, looks_like_noise
from schemas.stages import Line


def lines(text: str) -> list[Line]:
    # trailing tabs are lost by the normaliser, as in real dumps
    return [Line(no=i + 1, text=t.replace("|", "\t").rstrip()) for i, t in enumerate(text.split("\n"))]


def one_table(text: str):
    tables = find_tabbed_tables(lines(text))
    assert len(tables) == 1, [t.header for t in tables]
    return tables[0]


def test_row_with_empty_leading_cell_continues_the_row_above():
    t = one_table("Risk|Mitigation|RAG|Owner\nFloods close depots|Hire spare vans|Red|Ann Lee\n\n|and keep a reserve list||")
    assert t.rows == [["Floods close depots", "Hire spare vans and keep a reserve list", "Red", "Ann Lee"]]
    assert t.row_lines == [2]


def test_lower_case_untabbed_lines_are_the_tail_of_the_first_cell():
    t = one_table("Category|Positive|Negative|Neutral impact\nFaith or|||X\nbelief|||\nCivil status|X||\nof|||\nresidents|||")
    assert [r[0] for r in t.rows] == ["Faith or belief", "Civil status of residents"]


def test_wrapped_label_in_parentheses_joins_its_row():
    t = one_table("|1st Year|2nd Year\nTraining costs|£12,000|\n(venue, trainers, materials|||\nand travel)|||\nTOTAL|£12,000|£0")
    assert t.rows[0][0] == "Training costs (venue, trainers, materials and travel)"
    assert t.rows[1][0] == "TOTAL"


def test_lower_case_line_after_a_page_break_stays_in_the_table():
    text = (
        "Risk|Mitigation|RAG|Owner\nStaff leave the team and|Cross-train|Amber|Bo Chan\n\n"
        "knowledge is lost.|||\nBudget overspend|Monthly review|Green|Cy Dee"
    )
    t = one_table(text)
    assert [r[0] for r in t.rows] == ["Staff leave the team and knowledge is lost.", "Budget overspend"]


def test_row_split_by_a_page_break_is_merged_when_it_lacks_the_owner():
    text = (
        "Risk|Mitigation|RAG|Owner\nVolunteers may not|Recruit through|Green|DK\n\n"
        "come forward in winter|local groups early\nLate invoices|Chase weekly|Amber|EF"
    )
    t = one_table(text)
    assert t.rows[0] == ["Volunteers may not come forward in winter", "Recruit through local groups early", "Green", "DK"]
    assert len(t.rows) == 2


def test_a_complete_row_is_not_merged_even_if_it_starts_in_lower_case():
    t = one_table("Risk|Mitigation|RAG|Owner\nDepot closes|Use a spare|Red|AA\nb. fewer drivers|Recruit|Green|BB")
    assert len(t.rows) == 2


def test_row_with_blank_owner_is_its_own_row():
    t = one_table("Risk|Mitigation|RAG|Owner\nDepot closes.|Use a spare|Red|AA\nSupplier fails.|Second supplier|Green|")
    assert len(t.rows) == 2


def test_sparse_row_with_a_hole_continues_the_row_above():
    text = "Key Benefit|Measure|Baseline|Target\nFaster replies.|Survey|None|90% in a year\nAsk callers too||Not known|"
    t = one_table(text)
    assert t.rows == [["Faster replies. Ask callers too", "Survey", "None Not known", "90% in a year"]]


def test_garbage_row_is_kept_flagged_and_skipped_by_parsers():
    text = (
        "Key Benefit|Approach|Issues|Evaluation\nFewer vans|Pool them|Drivers|Estimated saving: £10,000 to £20,000\n"
        "Wqzr:|- Dlk Ommp|- K:#: # (Pst ob 7 11/\nShared rota|Merge rotas|Unions|Estimated saving: £5,000 to £8,000"
    )
    t = one_table(text)
    assert len(t.rows) == 3
    assert noise_rows(t) == {1}
    assert [r[0] for _, r, _ in body_rows(t)] == ["Fewer vans", "Shared rota"]


def test_ordinary_rows_are_not_noise():
    assert not looks_like_noise(["Quarterly review (all sites)", "1/4/21", "31/3/22", "Finance team"])
    assert not looks_like_noise(["Capital Advance", "-", "-"])
    assert looks_like_noise(["Wqzr:", "- Dlk Ommp", "- K:#: # (Pst ob 7 11/"])


def test_table_of_dashes_is_noise():
    t = one_table("--|--")
    assert "noise" in t.notes


def test_title_row_above_the_header_becomes_context():
    text = "Fleet Servi|Fleet Services benefits area|||\nKey Benefit|Approach|Issues|Evaluation and saving\nFewer vans|Pool|None|£1,000"
    t = one_table(text)
    assert t.header == ["Key Benefit", "Approach", "Issues", "Evaluation and saving"]
    assert "Fleet Services benefits area" in t.context
    assert t.line == 2


def test_header_wrapped_over_two_lines_is_joined():
    t = one_table("Task|Start|End|Overall\n|Date|Date|Responsibility\nSurvey sites|1 May 2022|30 June 2022|Di Ray")
    assert t.header == ["Task", "Start Date", "End Date", "Overall Responsibility"]
    assert t.rows == [["Survey sites", "1 May 2022", "30 June 2022", "Di Ray"]]


def test_paragraph_between_two_tables_separates_them():
    text = "A|B\n1|2\n\nThis paragraph explains the next table.\n\nC|D\n3|4"
    tables = find_tabbed_tables(lines(text))
    assert [t.header for t in tables] == [["A", "B"], ["C", "D"]]
    assert tables[1].context.endswith("This paragraph explains the next table.")
