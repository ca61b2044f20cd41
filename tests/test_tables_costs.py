from decimal import Decimal

from tests.table_helpers import typed

BY_YEAR = """|1 st Year|2 nd Year
Equipment (tablets, chargers|£15,000|
and cases)||
Coordinator post|£35,000|£36,000
TOTAL|£50,000|£36,000"""


def test_one_cost_per_row_and_period_with_split_ordinals_rejoined():
    rows = typed(BY_YEAR, "costs")
    assert [(r.label, r.period, r.amount_gbp) for r in rows[:2]] == [
        ("Equipment (tablets, chargers and cases)", "1st Year", Decimal(15000)),
        ("Equipment (tablets, chargers and cases)", "2nd Year", None),
    ]
    assert [r.is_total for r in rows] == [False, False, False, False, True, True]


def test_tasks_with_lead_and_amount_have_no_period():
    rows = typed("Scope and tasks|In-House Lead|Amount\nRoute review|Pat Quinn|£12k\nDriver training|Sam Roe|£8k", "costs")
    assert [(r.label, r.lead, r.period, r.amount_gbp) for r in rows] == [
        ("Route review", "Pat Quinn", None, Decimal(12000)),
        ("Driver training", "Sam Roe", None, Decimal(8000)),
    ]


def test_thousands_header_scales_costs():
    rows = typed("|2022/23 £000|2023/24 £000\nStaff|25|30", "costs")
    assert [r.amount_gbp for r in rows] == [Decimal(25000), Decimal(30000)]
