from tests.table_helpers import typed

GRID = """Category|Positive|Negative|Neutral impact
Age|X||
Gender|||X
reassignment|||
Marriage and|||X
civil|||
partnership|||
Low income|X||X
Carers||X|"""


def test_multi_line_names_are_rejoined():
    rows = typed(GRID, "eqia_impacts")
    assert [r.characteristic for r in rows][:3] == ["Age", "Gender reassignment", "Marriage and civil partnership"]


def test_mark_in_two_columns_gives_two_rows():
    rows = typed(GRID, "eqia_impacts")
    assert [(r.characteristic, r.impact) for r in rows if r.characteristic == "Low income"] == [
        ("Low income", "positive"), ("Low income", "neutral")]
    assert [(r.characteristic, r.impact) for r in rows][-1] == ("Carers", "negative")


def test_a_listed_characteristic_without_a_placeable_mark_keeps_a_row_with_no_impact():
    grid = "Category|Positive|Negative|Neutral impact\nAge|X||\nFaith|||\nCarers||X|"
    rows = typed(grid, "eqia_impacts")
    assert [(r.characteristic, r.impact) for r in rows] == [("Age", "positive"), ("Faith", None), ("Carers", "negative")]
