"""Investment bid form, cash flow by year, measures and risks; EqIA severity matrix."""

from decimal import Decimal

from tests.pack_helpers import facts, golden, golden_tables, item_from_text, rows, seed_item, typed

from schemas.pack_tables import EqiaSeverityCell, InvestmentBidLine, InvestmentBidMeasure, InvestmentBidRisk

SEED = "004_c00d3727959acbdb"

BID = """Investment Proposal Supporting Information

Bid Title\tShared Lives Expansion
Service Area / Directorate\tAdult Services
Sponsoring Director

Brief Description of Bid See the attached business case.

Cash Flow\t21/22 £000\t22/23 £000\t23/24 £000
Revenue Advance\t40\t25
Capital Advance\t-\t
Repayment\t\t-\t-

Pay Back Period in Years: 3 years
Savings/Investment Ratio over 10 Years: 2.5

Measure of Performance Improvement\tBaseline\t21/22\t22/23
More carers recruited\t12 carers\t\t20 more carers by March 2023

RISKS AND CONTINGENCIES:

Risk\tMitigation\tRAG (should the risk occur)\tOverall Responsibility
Too few carers come forward to meet the\tA rolling recruitment campaign run with\tAmber\tService Lead

demand in rural areas\tpartner charities
Delays in approvals\tEarly panel dates\t\t
"""

MATRIX = """Severity of impact

\tMinor\tModerate\tSerious\tMajor
Inevitable\tM\tH\tH\tH
Likelihood of impact\tLess than likely\tL\tM\tM\tH
\tUnlikely\tL\tL\tM\tM
"""


def test_bid_form_values_are_facts():
    records = typed(item_from_text(BID), "investment_bid")
    got = {f.key: f.value_text for f in records if hasattr(f, "key")}
    assert got["bid_title"] == "Shared Lives Expansion"
    assert got["service_area"] == "Adult Services"
    assert "sponsoring_director" in got and got["sponsoring_director"] is None
    assert got["brief_description"] == "See the attached business case."
    assert got["unit_printed"] == "£000"
    assert got["payback_period_text"] == "3 years"
    assert got["savings_investment_ratio_text"] == "2.5"


def test_bid_cash_flow_scales_thousands_and_dash_has_no_value():
    lines = rows(typed(item_from_text(BID), "investment_bid"), InvestmentBidLine)
    assert len(lines) == 9  # 3 lines x 3 years, blank cells included
    advance = [(x.fy, x.printed, x.value_gbp) for x in lines if x.line_label == "Revenue Advance"]
    assert advance == [("2021-22", "40", 40000), ("2022-23", "25", 25000), ("2023-24", None, None)]
    capital = [(x.printed, x.value_gbp) for x in lines if x.line_label == "Capital Advance"]
    assert capital == [("-", None), (None, None), (None, None)]


def test_bid_measure_target_keeps_its_year_column():
    measures = rows(typed(item_from_text(BID), "investment_bid_measures"), InvestmentBidMeasure)
    assert [(m.measure, m.baseline, m.target_column, m.target) for m in measures] == [
        ("More carers recruited", "12 carers", "22/23", "20 more carers by March 2023")
    ]


def test_bid_risk_carried_over_page_break_is_one_risk():
    risks = rows(typed(item_from_text(BID), "investment_bid_risks"), InvestmentBidRisk)
    assert [(r.risk, r.mitigation, r.rag, r.owner) for r in risks] == [
        ("Too few carers come forward to meet the demand in rural areas",
         "A rolling recruitment campaign run with partner charities", "Amber", "Service Lead"),
        ("Delays in approvals", "Early panel dates", None, None),
    ]


def test_severity_matrix_row_labels_in_first_or_second_cell():
    cells = rows(typed(item_from_text(MATRIX), "eqia_severity_matrix"), EqiaSeverityCell)
    assert [(c.likelihood, c.minor, c.moderate, c.serious, c.major) for c in cells] == [
        ("Inevitable", "M", "H", "H", "H"),
        ("Less than likely", "L", "M", "M", "H"),
        ("Unlikely", "L", "L", "M", "M"),
    ]


def test_seed_bid_matches_answer_key():
    table = golden_tables(SEED, "investment_bid")[0]
    records = typed(seed_item(SEED), "investment_bid")
    got = rows(records, InvestmentBidLine)
    assert len(got) == len(table["rows"])
    for g, k in zip(got, table["rows"]):
        assert (g.line_label, g.fy, g.fy_text) == (k["line"], k["fy"], k["fy_text"])
        if "printed" in k:
            assert g.printed == k["printed"]
        if "value_gbp" in k:
            assert g.value_gbp == (None if k["value_gbp"] is None else Decimal(k["value_gbp"]))
    stated = {f.key: f.value_text for f in records if hasattr(f, "key")}
    for key in ("bid_title", "service_area", "sponsoring_director", "unit_printed", "payback_period_text",
                "savings_investment_ratio_text"):
        assert stated[key] == table[key], key
    assert stated["brief_description"].startswith(table["brief_description_starts"])


def test_seed_bid_measures_and_risks_match_answer_key():
    item = seed_item(SEED)
    measures = rows(typed(item, "investment_bid_measures"), InvestmentBidMeasure)
    key = golden_tables(SEED, "investment_bid_measures")[0]["rows"]
    assert [(m.measure, m.baseline, m.target_column, m.target) for m in measures] == [
        (k["measure"], k["baseline"], k["target_column"], k["target"]) for k in key
    ]
    risks = rows(typed(item, "investment_bid_risks"), InvestmentBidRisk)
    key = golden_tables(SEED, "investment_bid_risks")[0]["rows"]
    assert len(risks) == len(key) == 6
    for r, k in zip(risks, key):
        assert r.risk.startswith(k["risk_starts"]) and r.mitigation.startswith(k["mitigation_starts"])
        assert (r.rag, r.owner) == (k["rag"], k["owner"])


def test_seed_002_severity_matrix_matches_answer_key():
    key = next(t for t in golden("002_8246aaf969956e91")["tables"] if t["kind"] == "eqia_severity_matrix")["rows"]
    cells = rows(typed(seed_item("002_8246aaf969956e91"), "eqia_severity_matrix"), EqiaSeverityCell)
    assert [(c.likelihood, c.minor, c.moderate, c.serious, c.major) for c in cells] == [
        (k["likelihood"], k["Minor"], k["Moderate"], k["Serious"], k["Major"]) for k in key
    ]
