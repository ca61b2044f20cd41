"""Level grids (severity x likelihood) rebuilt from stacked pdftotext lines (re-typed grids)."""

from extractors.normalise import normalise_text
from extractors.tables.classify import classify_table
from extractors.tables.find_stacked import find_stacked_tables
from schemas.stages import ItemText
from tests.table_helpers import stacked_tables as grid_tables

# A grid printed beside a column of advice: the level letters share lines with the
# advice text, and labels sit above their letters or in front of them.
GRID = """\
Rating the impact

Negligible Serious Critical High Low

Almost
certain

H H H Stop the work
until the risk
is removed.

Keep the
measures under
review.

Possible M H H

Rare
L L M see the advice
opposite.

Actions agreed with the service are recorded below, with the officer responsible for each one.
"""


def test_level_grid_takes_as_many_header_words_as_each_row_has_levels():
    (table,) = grid_tables(GRID)
    assert table.header == ["", "Negligible", "Serious", "Critical"]


def test_level_grid_label_is_the_block_above_or_the_text_before_the_levels():
    (table,) = grid_tables(GRID)
    assert table.rows == [
        ["Almost certain", "H", "H", "H"],
        ["Possible", "M", "H", "H"],
        ["Rare", "L", "L", "M"],
    ]


def test_level_grid_ignores_the_advice_column_printed_beside_it():
    (table,) = grid_tables(GRID)
    assert not any("review" in cell or "Stop" in cell for row in table.rows for cell in row)


def test_a_line_of_scale_words_without_level_rows_below_is_no_table():
    assert grid_tables("Low Medium High\n\nThe council rates each bid on the scale above.\n") == []


def test_a_row_with_a_different_number_of_levels_is_noted_not_read():
    text = "Minor Major Severe\n\nLikely\nH H H\n\nUnlikely L M M M\n"
    (table,) = grid_tables(text)
    assert table.rows == [["Likely", "H", "H", "H"]]
    assert len(table.notes) == 1 and "4 levels for 3 columns" in table.notes[0]


def test_a_stacked_severity_grid_types_as_the_eqia_severity_matrix():
    text = "Minor Moderate Serious Major\n\nLikely\nH H H H\n\nUnlikely L L M M\n"
    stream = normalise_text("t", text, "pdftotext")
    (table,) = find_stacked_tables(stream.lines)
    item = ItemText(doc_id="d", item_id="d:001", kind="eqia", flavour="pdftotext", lines=stream.lines)
    found = classify_table(table, item)
    assert found is not None and found.kind == "eqia_severity_matrix"
    cells = found.parse(table, item, "d:001:t01")
    assert [(c.likelihood, c.minor, c.major) for c in cells] == [("Likely", "H", "H"), ("Unlikely", "L", "M")]
