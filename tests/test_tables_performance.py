from extractors.tables.classify import classify_table
from extractors.tables.kinds.performance import TABLE as PERFORMANCE
from schemas.records import Rag
from schemas.stages import RawTable
from tests.table_helpers import item_of, typed

TABLE = """Performance Indicator|Actual|Target|RAG|Direction of Travel
Percentage of household waste recycled|41.2%|45%|Amber|Improving
Calls answered within 20 seconds|88%|80%|Green|Same
Days to process a benefit claim|31|20|Red|Worse"""


def test_indicator_actual_target_rag_and_direction_are_read_as_printed():
    rows = typed(TABLE, "performance")
    assert [(r.indicator[:20], r.actual, r.target, r.rag, r.rag_source, r.direction) for r in rows] == [
        ("Percentage of househ", "41.2%", "45%", Rag.AMBER, "text", "Improving"),
        ("Calls answered withi", "88%", "80%", Rag.GREEN, "text", "Same"),
        ("Days to process a be", "31", "20", Rag.RED, "text", "Worse"),
    ]


def test_a_blank_rating_cell_takes_its_rag_from_the_colour_of_the_rating_column_only():
    red, green = (0.9, 0.2, 0.2), (0.3, 0.7, 0.3)
    table = RawTable(
        header=["Service", "Indicator", "Actual", "Target", "RAG"],
        rows=[["Waste", "Recycling rate", "41%", "45%", ""], ["Housing", "Homes built", "120", "100", ""],
              ["Roads", "Potholes fixed in time", "92%", "90%", ""]],
        fills=[[red, None, None, None, red], [green, None, None, None, green], [red, None, None, None, None]],
        extractor="pdfplumber",
    )
    item = item_of("")
    assert classify_table(table, item) is PERFORMANCE
    rows = PERFORMANCE.parse(table, item, "d:001:t01")
    assert [(r.rag, r.rag_source) for r in rows] == [(Rag.RED, "colour"), (Rag.GREEN, "colour"), (None, None)]


def test_an_indicator_list_without_ratings_or_direction_is_not_a_performance_table():
    table = RawTable(header=["Indicator", "Definition", "Target"],
                     rows=[["Recycling rate", "Share of waste recycled", "45%"], ["Homes built", "Net new homes", "100"]])
    assert PERFORMANCE.score(table, item_of("")) == 0.0


def test_a_status_column_of_words_that_are_not_ratings_does_not_make_a_performance_table():
    table = RawTable(header=["Measure", "Status", "Latest"],
                     rows=[["Recycling rate", "On hold", "41%"], ["Homes built", "Awaiting data", "120"]])
    assert PERFORMANCE.score(table, item_of("")) == 0.0
