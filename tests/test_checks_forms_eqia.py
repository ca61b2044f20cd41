"""EqIA form checks: dates in order, one mark per characteristic, and the grid against
the text's "no negative impact" (re-typed forms: other dates and marks than the seeds)."""

from __future__ import annotations

from extractors.checks.eqia_dates_order import CHECK as DATES
from extractors.checks.eqia_grid_marks import CHECK as MARKS
from extractors.checks.eqia_grid_text import CHECK as GRID_TEXT
from schemas.eqia import Eqia
from schemas.records import EqiaImpact
from tests.prose_check_helpers import BASE, day, prose_item

FORM = prose_item("Equality Impact Assessment", kind="eqia")


def form(commenced, completed, assessor=None, approver=None) -> Eqia:
    return Eqia(**BASE, line=1, date_commenced=day(commenced), date_commenced_text=commenced,
                date_completed=day(completed), date_completed_text=completed,
                assessor_signed_date=assessor and day(assessor), approver_signed_date=approver and day(approver))


def test_commenced_completed_and_approved_in_order_pass():
    [v] = DATES.run(FORM, [form("2023-02-01", "2023-02-06", "2023-02-06", "2023-02-09")])
    assert v.status == "pass" and v.actual == "2023-02-01, 2023-02-06, 2023-02-06, 2023-02-09"


def test_approval_before_completion_fails_but_sign_offs_may_come_in_either_order():
    [v] = DATES.run(FORM, [form("2023-02-01", "2023-02-06", approver="2023-02-03")])
    assert v.status == "fail" and "completed 2023-02-06 is after approved 2023-02-03" in v.detail
    [v] = DATES.run(FORM, [form("2023-02-01", "2023-02-06", "2023-02-10", "2023-02-08")])
    assert v.status == "pass"


def test_a_form_with_one_date_is_not_checked():
    only = Eqia(**BASE, line=1, date_completed=day("2023-02-06"))
    assert DATES.run(FORM, [only]) == []


def grid(marks: list[tuple[str, str | None]], first_line: int = 3) -> list[EqiaImpact]:
    return [EqiaImpact(**BASE, seq=n, table_id="t02", characteristic=c, impact=i, line=first_line + n)
            for n, (c, i) in enumerate(marks)]


ONE_EACH = [("Age", "positive"), ("Carers", "neutral"), ("Race", "neutral"), ("Deprivation", "positive")]


def test_each_characteristic_marked_once_passes_and_the_columns_are_counted():
    [v] = MARKS.run(FORM, grid(ONE_EACH))
    assert (v.status, v.expected, v.actual) == ("pass", "4", "4")
    assert "2 positive, 0 negative, 2 neutral" in v.detail


def test_a_characteristic_marked_in_two_columns_fails_naming_it():
    [v] = MARKS.run(FORM, grid(ONE_EACH + [("Carers", "positive")]))
    assert (v.status, v.actual) == ("fail", "3") and "Carers (neutral + positive)" in v.detail


def test_a_characteristic_without_a_reading_is_named_as_unread_not_as_unmarked():
    # a form may tick two boxes of one answer: no impact is read, which is not "no mark"
    [v] = MARKS.run(FORM, grid(ONE_EACH + [("Marriage", None)]))
    assert v.status == "fail" and "Marriage (no impact read)" in v.detail and "no mark" not in v.detail


def test_a_grid_whose_marks_could_not_be_placed_is_a_skip():
    [v] = MARKS.run(FORM, grid([("Age", None), ("Race", None)]))
    assert v.status == "skip"


GRID_CASE = prose_item("""5. Equality impact
Category\tPositive\tNegative\tNeutral
Age\tX\t\t
Carers\t\t\tX
Race\t\t\tX
Deprivation\tX\t\t
No negative impact is expected for people with protected characteristics.
""")


def test_no_negative_impact_in_the_text_agrees_with_an_empty_negative_column():
    [v] = GRID_TEXT.run(GRID_CASE, grid(ONE_EACH))
    assert (v.status, v.expected, v.actual) == ("pass", "0", "0")


def test_a_negative_mark_contradicts_the_text():
    [v] = GRID_TEXT.run(GRID_CASE, grid(ONE_EACH[:3] + [("Deprivation", "negative")]))
    assert (v.status, v.actual) == ("fail", "1") and "Deprivation" in v.detail


def test_without_such_a_sentence_the_grid_is_not_compared():
    case = prose_item("Category\tPositive\tNegative\tNeutral\nAge\tX\t\t\n")
    assert GRID_TEXT.run(case, grid(ONE_EACH)) == []


def test_impacts_read_from_per_characteristic_answers_are_not_a_grid_to_compare_with_the_text():
    # "Are there negative impacts for Disability? Yes" with "... no negative impact" written under Sex.
    answers = [EqiaImpact(**BASE, line=2, seq=1, characteristic="Disability", impact="negative")]
    assert GRID_TEXT.run(GRID_CASE, answers) == []
