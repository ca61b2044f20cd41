"""Figures by group (extractors/tables/kinds/statistics.py): one record per filled cell."""

from __future__ import annotations

from extractors.tables.classify import classify_table
from schemas.eqia_tables import GroupStatistic
from schemas.records import TableFact
from schemas.stages import RawTable
from tests.pdf_line_helpers import pdf_item

ITEM = pdf_item([])


def _kind(table: RawTable):
    found = classify_table(table, ITEM)
    return found.kind if found else None


def _parse(table: RawTable):
    found = classify_table(table, ITEM)
    assert found is not None and found.kind == "statistics"
    return found.parse(table, ITEM, "d:001:t01")


SHARES = RawTable(
    header=["Group", "Percentage"], rows=[["Bristol Average", "22.4"], ["Disabled", "33.1"], ["LGB+", "34.3"]],
    page=3, line=5, row_lines=[6, 7, 8], context="Quality of Life 2023-24 Indicator:\t% who drive to work",
)
COUNTS = RawTable(
    header=["Age", "Count", "%"],
    rows=[["18", "40", "12.12%"], ["19", "47", "14.24%"], ["20", "49", "14.85%"], ["Total", "330", ""]],
    page=4, line=1, row_lines=[2, 3, 4, 5], context="numbers, with a moderate percentage decrease at age 25.",
)


def test_shares_by_group_are_one_record_per_group_with_the_unit_the_heading_names():
    rows = [r for r in _parse(SHARES) if isinstance(r, GroupStatistic)]
    assert [(r.label, r.value, r.unit, r.value_heading) for r in rows] == [
        ("Bristol Average", 22.4, "%", "Percentage"), ("Disabled", 33.1, "%", "Percentage"), ("LGB+", 34.3, "%", "Percentage"),
    ]


def test_the_caption_names_the_indicator_as_a_table_fact():
    facts = {f.key: f.value_text for f in _parse(SHARES) if isinstance(f, TableFact)}
    assert facts == {"indicator": "% who drive to work", "value_heading": "Percentage", "unit": "%"}


def test_counts_and_shares_are_one_record_per_cell_and_a_blank_cell_is_none():
    rows = [r for r in _parse(COUNTS) if isinstance(r, GroupStatistic)]
    assert len(rows) == 7
    assert (rows[0].label, rows[0].value_heading, rows[0].value, rows[0].unit) == ("18", "Count", 40.0, "count")
    assert (rows[1].value_heading, rows[1].value_text, rows[1].unit) == ("%", "12.12%", "%")
    assert rows[-1].label == "Total" and rows[-1].is_total and rows[-1].value == 330.0


def test_prose_above_a_grid_names_no_indicator():
    assert all(r.indicator is None for r in _parse(COUNTS) if isinstance(r, GroupStatistic))


def test_money_by_group_is_not_statistics():
    table = RawTable(header=["Directorate", "Total"], rows=[["Adults", "£1,200"], ["Children", "£900"], ["Growth", "£50"]])
    assert _kind(table) != "statistics"


def test_a_column_that_names_no_figure_makes_it_some_other_table():
    table = RawTable(header=["Group", "Percentage", "Comment"],
                     rows=[["A", "1.0", "x"], ["B", "2.0", "y"], ["C", "3.0", "z"]])
    assert _kind(table) != "statistics"


def test_a_grid_of_words_under_a_count_heading_is_not_statistics():
    table = RawTable(header=["Group", "Number"], rows=[["A", "one"], ["B", "two"], ["C", "three"]])
    assert _kind(table) != "statistics"


def test_a_heading_ending_in_percent_names_a_share():
    table = RawTable(header=["Ethnicity", "Kent %", "England %"],
                     rows=[["White British", "80.5", "73.5"], ["Asian", "5.1", "9.6"], ["Black", "2.1", "4.2"]])
    rows = _parse(table)
    assert [(r.label, r.value_heading, r.unit) for r in rows[:2]] == [("White British", "Kent %", "%"), ("White British", "England %", "%")]


def test_a_reference_number_is_no_count():
    table = RawTable(header=["Item", "Reference"], rows=[["A", "1203"], ["B", "1204"], ["C", "1205"]])
    assert _kind(table) != "statistics"


def test_a_heading_naming_its_unit_in_brackets_is_a_value_column():
    table = RawTable(header=["Business Size", "Bristol (Number)", "Bristol (% of total)"],
                     rows=[["Micro (0-9)", "18,560", "81.5%"], ["Small (10-49)", "3,350", "14.7%"], ["Large", "120", "0.5%"]])
    rows = _parse(table)
    assert [(r.value, r.unit) for r in rows[:2]] == [(18560.0, "count"), (81.5, "%")]
