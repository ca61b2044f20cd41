"""When camelot reads a ruled page again, and which reading of a table is kept."""

from extractors.readers.pdf.second_opinion import choose_tables, has_figure_rows, is_weak, loose_grid
from schemas.stages import RawTable


def _h(x0, x1, y):
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h"}


def _v(x, top, bottom):
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v"}


GRID = [_h(50, 300, y) for y in (100, 120, 140, 160)] + [_v(x, 100, 160) for x in (50, 150, 300)]


def test_a_table_with_an_empty_row_is_weak_and_a_full_one_is_not():
    assert is_weak(RawTable(header=["Risk", "Owner"], rows=[["", ""], ["Cost", "Finance"]]))
    assert not is_weak(RawTable(header=["Risk", "Owner"], rows=[["Cost", "Finance"]]))


def test_rules_forming_a_grid_outside_every_found_table_are_a_loose_grid():
    assert loose_grid(GRID, [])
    assert not loose_grid(GRID, [[45, 95, 305, 165]])  # the grid is the table found


def test_underlines_and_a_box_around_text_are_not_a_grid():
    underlines = [_h(50, 300, y) for y in (100, 200, 300, 400)]
    box = [_h(50, 300, 100), _h(50, 300, 200), _v(50, 100, 200), _v(300, 100, 200)]
    assert not loose_grid(underlines, []) and not loose_grid(box, [])


def test_separate_boxes_are_not_a_grid_but_rules_meeting_in_a_t_are():
    def box(x0, top, x1, bottom):
        return [_h(x0, x1, top), _h(x0, x1, bottom), _v(x0, top, bottom), _v(x1, top, bottom)]

    boxes = box(50, 100, 300, 150) + box(50, 200, 300, 250) + box(50, 300, 300, 350)
    assert not loose_grid(boxes, [])
    split = boxes + [_v(175, 100, 150)]  # a column rule inside the first box: two cells
    assert loose_grid(split, [])


def test_camelots_table_replaces_pdfplumbers_only_where_it_reads_more():
    plumber = RawTable(header=["Risk", "Owner"], rows=[["", ""], ["Cost", "Finance"]], page=1, bbox=[0, 0, 100, 100], extractor="pdfplumber")
    better = RawTable(header=["Risk", "Owner"], rows=[["Cost", "Finance"]], page=1, bbox=[0, 0, 100, 100], extractor="camelot-lattice")
    worse = RawTable(header=["Risk", ""], rows=[["", ""]], page=1, bbox=[0, 0, 100, 100], extractor="camelot-lattice")
    assert choose_tables([plumber], [better]) == [better]
    assert choose_tables([plumber], [worse]) == [plumber]


def test_a_stream_page_of_figure_tables_parted_by_headings_and_prose_is_cut_into_its_tables():
    from extractors.readers.pdf.second_opinion import stream_blocks

    rows = [
        ["", "Indicator 1: Capital Expenditure (£m)", "", ""],
        ["", "", "23-24", "2024-25"],
        ["", "", "Actuals", "Budget"],
        ["", "Total", "237.29", "427.07"],
        ["", "Indicator 2: Capital Financing Requirement (£m)", "", ""],
        ["", "The CFR is the total outstanding capital expenditure not yet financed.", "", ""],
        ["", "", "23-24", "2024-25"],
        ["", "", "Actuals", "Budget"],
        ["", "Other Long-term Liabilities", "178.77", "168.00"],
        ["", "External Borrowing", "771.89", "715.90"],
    ]
    assert stream_blocks(rows) == [(1, 4), (6, 10)]


def test_a_heading_inside_a_stream_table_followed_by_figures_does_not_part_it():
    from extractors.readers.pdf.second_opinion import stream_blocks

    rows = [
        ["Service", "Budget", "Forecast"],
        ["Adult Social Care", "", ""],
        ["Older People", "97.5", "124.9"],
        ["Mental Health", "21.4", "23.7"],
    ]
    assert stream_blocks(rows) == [(0, 4)]


def test_a_page_is_sent_to_camelot_stream_only_with_two_rows_of_figures():
    figures = ["Budget\tForecast\tVariance", "Adults\t1,200.5\t(3.4)", "Children\t980\t12%"]
    assert has_figure_rows(figures)
    assert not has_figure_rows(figures[:2])  # one row of figures is no table
    assert not has_figure_rows(["Spend was 1,200 in 2024 and 1,300 in 2025", "Risk\tOwner\tRating"])
