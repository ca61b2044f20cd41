"""Action plans (extractors/tables/kinds/action_plan.py): action, who, by when; blank form rows are none."""

from __future__ import annotations

from extractors.tables.classify import classify_table
from schemas.stages import RawTable
from tests.pdf_line_helpers import pdf_item

ITEM = pdf_item([])


def _kind(table: RawTable):
    found = classify_table(table, ITEM)
    return found.kind if found else None


def test_an_action_plan_is_one_record_per_filled_action():
    table = RawTable(header=["Improvement / action required", "Responsible Officer", "Timescale"],
                     rows=[["To review and update the EqIA as the business case develops", "A Officer", "2024-2025"],
                           ["", "", ""], ["", "", ""]], page=9, line=1)
    found = classify_table(table, ITEM)
    assert found is not None and found.kind == "action_plan"
    [row] = found.parse(table, ITEM, "d:001:t01")
    assert (row.responsible_officer, row.timescale) == ("A Officer", "2024-2025")
    assert row.action.startswith("To review and update the EqIA")


def test_a_risk_register_with_actions_and_owners_is_not_an_action_plan():
    table = RawTable(header=["Risk", "Mitigating action", "Owner", "Target date"],
                     rows=[["Costs rise", "Review the budget monthly", "Finance lead", "March 2025"]])
    assert _kind(table) != "action_plan"


def test_a_minutes_action_log_stays_an_action_log():
    table = RawTable(header=["Minute No.", "Action", "Owner", "Status", "Review Date"],
                     rows=[["12", "Write to the provider about the contract", "Clerk", "Open", "1 May 2024"]])
    assert _kind(table) != "action_plan"


def test_actions_with_no_owner_or_date_column_are_not_an_action_plan():
    table = RawTable(header=["Action", "Notes"], rows=[["Write to the provider about it", "none"]])
    assert _kind(table) != "action_plan"
