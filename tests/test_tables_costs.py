from decimal import Decimal

from extractors.tables.classify import classify_table
from extractors.tables.find_tabbed import find_tabbed_tables
from schemas.records import Cost
from tests.table_helpers import item_of, typed as typed_records


def typed(text: str, kind: str):
    """The cost rows of the only table in `text` (its table facts left out)."""
    return [r for r in typed_records(text, kind) if isinstance(r, Cost)]

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


def test_a_units_row_under_the_header_scales_the_figures_and_is_no_cost():
    rows = typed("Ref|Scheme|2026-27|2027-28\n||£000s|£000s\n1|Harbour wall|1,250|400\n2|Bus lanes|75|0", "costs")
    assert [(r.label, r.period, r.amount_gbp) for r in rows] == [
        ("Harbour wall", "2026-27", Decimal(1_250_000)), ("Harbour wall", "2027-28", Decimal(400_000)),
        ("Bus lanes", "2026-27", Decimal(75_000)), ("Bus lanes", "2027-28", Decimal(0)),
    ]


def test_a_millions_header_scales_to_pounds():
    rows = typed("|2026-27 £m|2027-28 £m\nCare packages|56.5|58", "costs")
    assert [r.amount_gbp for r in rows] == [Decimal(56_500_000), Decimal(58_000_000)]


def test_a_row_numbering_column_is_not_the_label():
    rows = typed("No.|Scheme|2026-27\n1|Harbour wall|£1,250\n2|Bus lanes|£75", "costs")
    assert [r.label for r in rows] == ["Harbour wall", "Bus lanes"]


def test_a_header_cell_that_is_a_sentence_mentioning_a_year_is_no_period():
    text = ("|The transfer includes the 26-27 budget for the service, agreed by Council in February\n"
            "Financial Implications|The budget moved is about £59m, of which £3m is staffing\n"
            "Legal Implications|Each placement costs £1,200 a week on average")
    item = item_of(text)
    found = [classify_table(t, item) for t in find_tabbed_tables(item.lines)]
    assert all(f is None or f.kind != "costs" for f in found)


def test_figures_by_year_with_no_pound_sign_unit_or_money_word_are_no_costs():
    item = item_of("|2022-23|2023-24\nSpecial schools|5,118|5,591\nIndependent schools|1,126|1,348")
    found = [classify_table(t, item) for t in find_tabbed_tables(item.lines)]
    assert all(f is None or f.kind != "costs" for f in found)


def test_bare_figures_under_a_cost_header_are_not_typed_for_their_scale_is_unknown():
    item = item_of("Running costs|2022-23|2023-24\nStaff|5,118|5,591\nPremises|1,126|1,348")
    found = [classify_table(t, item) for t in find_tabbed_tables(item.lines)]
    assert all(f is None or f.kind != "costs" for f in found)


def test_a_caption_printed_as_the_header_row_gives_way_to_the_period_row_under_it():
    rows = typed("All figures in £m||\n|2022-23|2023-24\nSpecial schools|106|123\nIndependent schools|75|81.5", "costs")
    assert [(r.label, r.period, r.amount_gbp) for r in rows[:2]] == [
        ("Special schools", "2022-23", Decimal(106_000_000)), ("Special schools", "2023-24", Decimal(123_000_000))]


def test_a_units_row_beside_the_tail_of_a_wrapped_label_still_scales():
    rows = typed("Saving|2026-27|2027-28|Core or\n|£000's|£000's|Externally\nLibrary hours|-120.5|-80|Core", "costs")
    assert [r.amount_gbp for r in rows] == [Decimal(-120_500), Decimal(-80_000)]


def test_the_unit_as_printed_is_stated_about_the_table():
    records = typed_records("Ref|Scheme|2026-27|2027-28\n||£’000s|£’000s\n1|Harbour wall|1,250|400", "costs")
    facts = [r for r in records if not isinstance(r, Cost)]
    assert [(f.kind, f.key, f.value_text) for f in facts] == [("costs", "unit_printed", "£’000s")]
    assert {r.unit for r in records if isinstance(r, Cost)} == {"£000"}


def test_an_item_column_of_words_is_the_label_and_one_of_numbers_is_not():
    rows = typed("Item|Cost\nLegal fees|£5,000\nSurvey|£2,000\nTotal|£7,000", "costs")
    assert [(r.label, r.amount_gbp, r.is_total) for r in rows] == [
        ("Legal fees", Decimal(5000), False), ("Survey", Decimal(2000), False), ("Total", Decimal(7000), True)]
    rows = typed("Item|Description|Cost\n1|Legal fees|£5,000\n2|Survey|£2,000", "costs")
    assert [r.label for r in rows] == ["Legal fees", "Survey"]


def test_a_paragraph_number_column_is_not_the_label():
    rows = typed("Para|Heading|Amount £\n4.1|Staff|£5,000\n4.2|Premises|£2,000", "costs")
    assert [r.label for r in rows] == ["Staff", "Premises"]
