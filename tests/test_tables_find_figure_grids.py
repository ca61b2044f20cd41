"""Figure grids read from a PDF page's tab-stopped lines (extractors/tables/find_figure_grids.py)."""

from __future__ import annotations

from extractors.tables.find_figure_grids import find_figure_grids
from schemas.stages import RawTable
from tests.pdf_line_helpers import pdf_lines

L, V = 235.0, 375.0


def _grid_lines(page_break_after: int | None = None):
    rows = [
        (3, [(L, "Quality of Life 2023-24 Indicator:"), (V, "% who drive to work")]),
        (3, []),
        (3, [(L, "Group"), (V, "Percentage")]),
    ]
    groups = [("Bristol Average", "36.7"), ("Disabled", "25.8"), ("Female", "35.7"), ("Male", "38.0")]
    page = 3
    for n, (g, v) in enumerate(groups):
        if page_break_after is not None and n == page_break_after:
            page = 4
            rows.append((4, [(230.0, "Male 38.0 stray text a reader ran together")]))
        rows.append((page, [(L, g), (V, v)]))
    rows.append((page, [(36.0, "NOMIS"), (230.0, "Bristol has approximately 18,395 businesses")]))
    return pdf_lines(rows)


def test_grid_under_value_heading_is_read_with_its_caption():
    [grid] = find_figure_grids(_grid_lines(), [])
    assert grid.header == ["Group", "Percentage"]
    assert [r[0] for r in grid.rows] == ["Bristol Average", "Disabled", "Female", "Male"]
    assert "Indicator:" in grid.context and grid.page == 3


def test_grid_carries_on_over_a_page_break_past_one_stray_line():
    [grid] = find_figure_grids(_grid_lines(page_break_after=2), [])
    assert [r[0] for r in grid.rows] == ["Bristol Average", "Disabled", "Female", "Male"]


def test_grid_ends_at_a_line_of_prose():
    [grid] = find_figure_grids(_grid_lines(), [])
    assert all(r[0] != "NOMIS" for r in grid.rows)


def test_headings_run_into_one_cell_are_split_into_the_body_columns():
    lines = pdf_lines([
        (4, [(50, "Age Count"), (152, "%")]),
        (4, [(50, "18"), (88, "40"), (141, "12.12%")]),
        (4, [(50, "19"), (88, "47"), (141, "14.24%")]),
        (4, [(50, "20"), (88, "49"), (141, "14.85%")]),
        (4, [(36, "Total"), (86, "330")]),
    ])
    [grid] = find_figure_grids(lines, [])
    assert grid.header == ["Age", "Count", "%"]
    assert grid.rows[-1] == ["Total", "330", ""]  # the total's count under Count, by its tab stop


def test_money_is_no_figure_grid():
    lines = pdf_lines([(1, [(50, "Item"), (150, "Total")])] + [(1, [(50, f"Line {n}"), (150, f"£{n},000")]) for n in range(4)])
    assert find_figure_grids(lines, []) == []


def test_a_prose_list_of_shares_is_no_grid():
    lines = pdf_lines([(3, [(36, "Age breakdown:")])] + [(3, [(36, f"1{n}.9% are {18 + n} years old")]) for n in range(5)])
    assert find_figure_grids(lines, []) == []


def test_grid_a_reader_found_with_the_same_header_is_left_to_it():
    found = RawTable(header=["Group", "Percen\ntage"], rows=[["Bristol Average", "36.7"]], page=3, extractor="pdfplumber")
    assert find_figure_grids(_grid_lines(), [found]) == []
