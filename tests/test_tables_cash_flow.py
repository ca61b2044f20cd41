from decimal import Decimal

from tests.table_helpers import typed

QUARTERLY = """Element|Frequency|Q1|Q2|Q3|Q4|Q1|Q2
Visits made|Hours per week|10|20|30|40|50|60
Visits made|Hours per quarter|130|260|390|520|650|780
Income from fees|£ per quarter|£100|£200|£300|£400|£500|£600
Running costs|£ per quarter|£1,000|£1,000|£1,000|£1,000|£200|£200
Net cash flow|£ per quarter|-£900|-£800|-£700|-£600|£300|£400
Cum cash flow|£ per quarter|-£900|-£1,700|-£2,400|-£3,000|-£2,700|-£2,300
|||||||Break Even"""


def test_repeated_quarters_are_numbered_years():
    rows = [r for r in typed(QUARTERLY, "cash_flow_quarterly") if hasattr(r, "quarter")]
    first = [(r.year, r.quarter) for r in rows if r.element == "Visits made" and r.frequency == "Hours per week"]
    assert first == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2)]


def test_hours_rows_keep_hours_and_money_rows_are_pounds():
    rows = [r for r in typed(QUARTERLY, "cash_flow_quarterly") if hasattr(r, "quarter")]
    hours = [r for r in rows if r.frequency == "Hours per quarter"]
    assert {r.unit for r in hours} == {"hours"} and hours[1].value == Decimal(260)
    net = [r for r in rows if r.element == "Net cash flow"]
    assert {r.unit for r in net} == {"GBP"} and net[0].value == Decimal(-900)


def test_break_even_marks_its_cell_and_is_a_table_fact():
    records = typed(QUARTERLY, "cash_flow_quarterly")
    marked = [r for r in records if getattr(r, "is_break_even", False)]
    assert [(r.element, r.year, r.quarter, r.value) for r in marked] == [("Cum cash flow", 2, 2, Decimal(-2300))]
    facts = [r for r in records if getattr(r, "key", None) == "break_even"]
    assert len(facts) == 1 and "Break Even" in facts[0].value_text


def test_annual_cash_flow_by_financial_year_in_thousands():
    rows = typed("Cash Flow|21/22 £000|22/23 £000|23/24 £000\nGrant income||45|15\nStaff costs|-|-|", "cash_flow_annual")
    assert [(r.element, r.fy, r.value, r.value_text) for r in rows[:3]] == [
        ("Grant income", "2021-22", None, None),
        ("Grant income", "2022-23", Decimal(45000), "45"),
        ("Grant income", "2023-24", Decimal(15000), "15"),
    ]
    assert rows[3].value is None and rows[3].value_text == "-"
    assert {r.unit for r in rows} == {"GBP"}
