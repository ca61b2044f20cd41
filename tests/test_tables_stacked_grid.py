"""Mark grids (EqIA category x positive / negative / neutral) read from pdftotext spacing (re-typed grids)."""

from tests.table_helpers import only_stacked_table as only_table


def test_mark_grid_read_from_spacing_when_every_line_spells_all_cells():
    text = (
        "Category Positive Negative Neutral impact \n"
        "Age X   \n"
        "Sex  X  \n"
        "Religion or \n"
        "belief \n"
        "  X \n"
        "Rural isolation X   \n"
        "\n"
        "To ensure that the project has considered what people need, the team will engage widely.\n"
    )
    t = only_table(text)
    assert t.rows == [
        ["Age", "X", "", ""],
        ["Sex", "", "X", ""],
        ["Religion or belief", "", "", "X"],
        ["Rural isolation", "X", "", ""],
    ]


def test_mark_grid_with_lost_spacing_keeps_categories_and_leaves_marks_unplaced():
    text = (
        "Category Positive Negative Neutral impact \n"
        "Age X \n"
        "Race X \n"
        "Sex   X \n"
        "Poverty   X X \n"
        "\n"
        "To ensure that the project has considered what people need, the team will engage widely.\n"
    )
    t = only_table(text)
    assert [r[0] for r in t.rows] == ["Age", "Race", "Sex", "Poverty"]
    assert all(r[1:] == ["", "", ""] for r in t.rows)
    assert any("not decidable" in n for n in t.notes)
