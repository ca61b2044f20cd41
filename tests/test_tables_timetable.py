import datetime as dt

from tests.table_helpers import typed

TABLE = """Task|Start Date|End Date|Lead Officer
Consult residents|3 March 2022|End Apr 2022|Nia Ode
Sign contract|N/A|June 2022|Omar Pike
Report to board|May 2022 Sent to board 4th May|BOARD 12 th May|Omar Pike
Annual review|1/4/22|31/3/23|Finance team
Go live|Sept 2022|Oct 2022|Ravi Sen
stage two|||"""


def test_dates_keep_text_and_precision():
    rows = typed(TABLE, "timetable")
    first = rows[0]
    assert (first.start_date, first.start_precision, first.end_date, first.end_precision, first.end_text) == (
        dt.date(2022, 3, 3), "day", dt.date(2022, 4, 1), "month", "End Apr 2022")


def test_not_a_date_keeps_its_text_and_no_date():
    row = typed(TABLE, "timetable")[1]
    assert (row.start_text, row.start_date, row.start_precision) == ("N/A", None, None)


def test_day_without_year_borrows_the_row_year():
    row = typed(TABLE, "timetable")[2]
    assert row.start_date == dt.date(2022, 5, 1) and row.start_precision == "month"
    assert row.end_date == dt.date(2022, 5, 12) and row.end_text == "BOARD 12 th May"


def test_numeric_dates_read_day_first_and_wrapped_task_joins():
    rows = typed(TABLE, "timetable")
    assert rows[3].start_date == dt.date(2022, 4, 1) and rows[3].end_date == dt.date(2023, 3, 31)
    assert rows[4].task == "Go live stage two" and rows[4].owner == "Ravi Sen"


def test_a_form_box_whose_one_cell_names_both_task_and_finish_is_not_a_timetable():
    from extractors.tables.kinds.timetable import score
    from schemas.stages import ItemText, RawTable

    box = RawTable(header=["(a)", "Subject:", "Supported Bus Services Task and Finish Group (agenda item 8)"],
                   rows=[["(b)", "Ward:", ""], ["(d)", "Decision taken", "1. That the Committee notes the report"]])
    item = ItemText(doc_id="d", item_id="d:1", kind="decision", flavour="pdf", lines=[])
    assert score(box, item) == 0.0
