"""Cover-paper form checks: officer clearance complete, paragraph numbers without
gaps; and a timetable task naming a financial year dated inside it (re-typed rows)."""

from __future__ import annotations

import datetime as dt

from extractors.checks.milestone_fy import CHECK as MILESTONE_FY
from extractors.checks.officer_clearance_all import CHECK as CLEARANCE
from extractors.checks.section_numbering import CHECK as NUMBERING
from schemas.pack_tables import OfficerClearance
from schemas.records import Milestone, Section
from tests.prose_check_helpers import BASE, prose_item

PAPER = prose_item("Report title", kind="committee_report")


def clearance(*answers: str | None) -> list[OfficerClearance]:
    return [OfficerClearance(**BASE, seq=n, table_id="t01", line=40 + n, implication=f"Have implication {n} been cleared?",
                             clearance=a, cleared=None if a is None else a.lower().startswith("yes"))
            for n, a in enumerate(answers)]


def test_all_implications_cleared_pass():
    [v] = CLEARANCE.run(PAPER, clearance("Yes Name of Officer: A Person", "Yes", "Yes"))
    assert (v.status, v.expected, v.actual) == ("pass", "3", "3")


def test_not_applicable_needs_no_clearance_and_a_no_fails():
    [v] = CLEARANCE.run(PAPER, clearance("Yes", "N/A", "Yes"))
    assert (v.status, v.expected, v.actual) == ("pass", "2", "2")
    [v] = CLEARANCE.run(PAPER, clearance("Yes", "No", "Yes"))
    assert (v.status, v.actual) == ("fail", "2") and "implication 1" in v.detail


def test_an_unread_answer_is_a_skip():
    [v] = CLEARANCE.run(PAPER, clearance("Yes", None))
    assert v.status == "skip"


def sections(*numbers: str) -> list[Section]:
    return [Section(**BASE, seq=n, number=num, line=10 + n) for n, num in enumerate(numbers)]


def test_paragraphs_numbered_without_gaps_pass():
    [v] = NUMBERING.run(PAPER, sections("1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"))
    assert v.status == "pass"


def test_a_missing_paragraph_number_fails_naming_it():
    [v] = NUMBERING.run(PAPER, sections("1", "1.1", "1.2", "1.4", "2", "2.1"))
    assert (v.status, v.actual) == ("fail", "1.3") and "after 1.2, before 1.4" in v.detail


def test_a_repeated_number_fails():
    [v] = NUMBERING.run(PAPER, sections("1", "1.1", "1.2", "1.2"))
    assert v.status == "fail" and "1.2 printed again" in v.detail


def test_questions_numbered_without_paragraphs_are_not_checked():
    assert NUMBERING.run(PAPER, sections("1", "2", "4")) == []


def task(name: str, start: str, start_precision: str, end: str, end_precision: str) -> Milestone:
    return Milestone(**BASE, seq=1, table_id="t03", task=name, line=60, start_text=start, end_text=end,
                     start_date=dt.date.fromisoformat(start), start_precision=start_precision,
                     end_date=dt.date.fromisoformat(end), end_precision=end_precision)


def test_a_task_in_a_financial_year_dated_inside_it_passes():
    [v] = MILESTONE_FY.run(PAPER, [task("Monthly audit of placements in 2025/26", "2025-04-01", "month",
                                        "2026-03-01", "month")])
    assert (v.status, v.expected) == ("pass", "2025-26")


def test_a_task_in_a_financial_year_dated_a_year_early_fails():
    [v] = MILESTONE_FY.run(PAPER, [task("Monthly audit of placements during 2025-26", "2024-04-01", "day",
                                        "2025-03-31", "day")])
    assert (v.status, v.expected, v.actual) == ("fail", "2025-26", "2024-04-01 - 2025-03-31")
    assert "falls in 2024-25" in v.detail


def test_a_task_only_for_a_year_is_preparation_and_not_checked():
    assert MILESTONE_FY.run(PAPER, [task("Plans for 2025/26 activities", "2025-02-01", "month",
                                         "2025-03-01", "month")]) == []
