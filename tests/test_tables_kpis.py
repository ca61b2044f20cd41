from tests.table_helpers import typed


def test_kpi_columns_by_header_words():
    rows = typed(
        "Key Benefit|Measure|Baseline|Target & Timescale\nShorter waits|Days to first visit|21 days in 2021|7 days by 2023\n"
        "More carers supported|Carer assessments|c300|c450 within a year",
        "kpis",
    )
    assert [(r.key_benefit, r.measure, r.baseline, r.target) for r in rows] == [
        ("Shorter waits", "Days to first visit", "21 days in 2021", "7 days by 2023"),
        ("More carers supported", "Carer assessments", "c300", "c450 within a year"),
    ]


def test_line_break_hyphen_with_space_is_rejoined():
    rows = typed("Key Benefit|Measure|Baseline|Target\nMore self- employed carers|Count of sole- traders|Nil|40", "kpis")
    assert rows[0].key_benefit == "More self-employed carers" and rows[0].measure == "Count of sole-traders"
