"""EqIA evidence tables (extractors/tables/kinds/eqia_evidence.py): one row per source, read from the
page's lines under the header, over pages and past a nested grid."""

from __future__ import annotations

from extractors.tables.classify import classify_table
from schemas.stages import RawTable
from tests.pdf_line_helpers import pdf_item, pdf_lines

S, T = 36.0, 230.0
HEADER = ["Data / Evidence Source [Include a reference where known]", "Summary of what this tells us"]
LINES = pdf_lines([
    (2, [(S, HEADER[0]), (T, HEADER[1])]),                                                   # line 1
    (2, [(S, "Feasibility Report (2011)"), (T, "Previous studies have provided estimates")]),
    (3, [(T, "The study notes that the error bars remain high.")]),                           # its summary goes on
    (3, [(S, "Quality of Life Survey 2023/24"), (T, "67% of respondents think air quality is a problem")]),
    (3, [(235, "Group"), (375, "Percentage")]),                                               # a nested grid
    (3, [(235, "Disabled"), (375, "33.1")]),
    (4, [(T, "Disabled 33.1 a reader's run-together line")]),
    (4, [(S, "NOMIS"), (T, "There are approximately 18,395 businesses")]),
    (5, [(S, "Additional comments:")]),                                                       # the form's next label
    (5, [(S, "Staff survey"), (T, "Not part of the table")]),
])
READER_TABLE = RawTable(header=HEADER, rows=[LINES[1].text.split("\t")], page=2, line=1, row_lines=[2],
                        extractor="pdfplumber")


def _records():
    item = pdf_item(LINES, [READER_TABLE])
    found = classify_table(READER_TABLE, item)
    assert found is not None and found.kind == "evidence"
    return found.parse(READER_TABLE, item, "d:001:t01")


def test_each_source_is_a_row_read_over_pages():
    assert [r.source for r in _records()] == ["Feasibility Report (2011)", "Quality of Life Survey 2023/24", "NOMIS"]


def test_a_line_at_the_summary_stop_alone_carries_on_the_summary():
    assert _records()[0].summary.endswith("the error bars remain high.")


def test_a_nested_grid_is_not_read_into_a_summary():
    assert "Disabled" not in _records()[1].summary


def test_the_forms_next_label_ends_the_table():
    assert all(r.source != "Staff survey" for r in _records())


def test_a_funding_source_with_amounts_is_not_evidence():
    table = RawTable(header=["Funding source", "Amount"], rows=[["Grant", "£1,000"], ["Council", "£500"]])
    found = classify_table(table, pdf_item([]))
    assert found is None or found.kind != "evidence"
