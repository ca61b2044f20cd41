from decimal import Decimal

from tests.table_helpers import typed

TABLE = """Savings are summarised below.

Saving Estimation|£000
Base saving (as agreed in March 2019)|-150
Re-profiling of the base saving|40
Extra saving from shared rota|-95
Revised saving for 2022/23|-205"""


def test_thousands_header_scales_to_pounds_and_keeps_signs():
    rows = typed(TABLE, "saving_estimation")
    assert [r.amount_gbp for r in rows] == [Decimal(-150000), Decimal(40000), Decimal(-95000), Decimal(-205000)]
    assert rows[0].amount_text == "-150"


def test_last_revised_row_is_the_total():
    rows = typed(TABLE, "saving_estimation")
    assert [r.is_total for r in rows] == [False, False, False, True]


def test_last_row_equal_to_the_sum_above_is_the_total_without_total_words():
    rows = typed("Saving Estimation|£\nA|-1,000\nB|-2,000\nC|-3,000", "saving_estimation")
    assert rows[-1].is_total and not rows[0].is_total


def test_rows_carry_line_table_and_seq():
    rows = typed(TABLE, "saving_estimation")
    assert [r.line for r in rows] == [4, 5, 6, 7]
    assert {r.table_id for r in rows} == {"d:001:t01"}
    assert [r.seq for r in rows] == [1, 2, 3, 4]
