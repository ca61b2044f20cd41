from decimal import Decimal

from extractors.tables.kinds import benefits
from schemas.stages import RawTable
from tests.table_helpers import item_of, typed

TABLE = """Key Benefit|Approach|Issues|Evaluation and saving
Fewer agency shifts|Over 40 agencies used costing c£900k a year|Market thin|Over £200k spent. Estimated saving: £20,000 to £40,000
Sell spare capacity|Offer rooms to partners|Demand unknown|Estimated income: £3,000
Avoid admissions|Early visits|Hard to measure|Based on 2-3% fewer = Estimated cost avoidance: £10,000 - £15,000
Total|||Range between £33,000 - £58,000"""


def test_estimate_after_the_estimate_words_is_read_not_other_figures():
    rows = typed(TABLE, "benefits")
    assert (rows[0].low_gbp, rows[0].high_gbp, rows[0].kind) == (Decimal(20000), Decimal(40000), "saving")


def test_kind_comes_from_the_words_and_single_income_is_low_and_high():
    rows = typed(TABLE, "benefits")
    assert (rows[1].low_gbp, rows[1].high_gbp, rows[1].kind) == (Decimal(3000), Decimal(3000), "income")
    assert (rows[2].low_gbp, rows[2].high_gbp, rows[2].kind) == (Decimal(10000), Decimal(15000), "cost_avoidance")


def test_total_row_is_flagged_with_its_range():
    total = typed(TABLE, "benefits")[-1]
    assert total.is_total and (total.low_gbp, total.high_gbp) == (Decimal(33000), Decimal(58000))


def test_a_whole_header_run_into_the_first_cell_is_no_benefits_table():
    head = "Category Directorate Member Headline Description 2025-26 2026-27 Service Area £000's"
    table = RawTable(header=[head, "", ""], rows=[["Budget growth £7,800.0", "Care", "x"], ["Realignment £1,200.0", "Roads", "y"]])
    assert benefits.score(table, item_of("")) == 0.0
