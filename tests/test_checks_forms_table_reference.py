"""A table the text points to ("as per the cash flow table below") is printed after it
in the same section (re-typed items)."""

from __future__ import annotations

from extractors.checks.table_reference import CHECK as REFERENCE
from schemas.records import ExtractedTable
from tests.prose_check_helpers import BASE, prose_item

TEXT = """With a steady rise to 400 hours per week we expect to break even in Q3 Y2
(as per the cash flow table below).

Element\tFrequency\tQ1\tQ2
"""


def table(kind: str, line: int = 4) -> ExtractedTable:
    return ExtractedTable(**BASE, table_id=f"d:001:t0{line}", line=line, kind=kind)


def test_a_referenced_table_of_the_named_kind_below_passes():
    [v] = REFERENCE.run(prose_item(TEXT), [table("cash_flow_quarterly")])
    assert (v.status, v.actual) == ("pass", "cash_flow_quarterly")


def test_a_reference_with_only_another_kind_of_table_below_fails():
    [v] = REFERENCE.run(prose_item(TEXT), [table("kpis")])
    assert v.status == "fail" and "no cash flow table follows" in v.detail


def test_an_unnamed_table_below_may_be_of_any_kind():
    item = prose_item("The summary table below sets out the savings by area.\n\nArea\tSaving\n")
    [v] = REFERENCE.run(item, [table("benefits", line=3)])
    assert v.status == "pass"


def test_a_table_above_the_reference_does_not_count():
    [v] = REFERENCE.run(prose_item(TEXT), [table("cash_flow_quarterly", line=1)])
    assert v.status == "fail"
