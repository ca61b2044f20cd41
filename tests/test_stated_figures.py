"""Money amounts and counted quantities stated in prose, with the question or paragraph they sit in."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.fields.stated_figures import FIELDS, extract
from schemas.stages import ItemText, Line
from tests.seed_items import business_cases, golden, reports


def item(text: str, kind: str) -> ItemText:
    return ItemText(
        doc_id="d",
        item_id="d:001",
        kind=kind,
        flavour="pdftotext",
        lines=[Line(no=n, text=t) for n, t in enumerate(text.split("\n"), start=1)],
    )


REPORT = """Library Van Replacement

To: Communities Committee

Recommendation:

a) To approve the £95,000 purchase of an electric van.

b) To note the savings.

Officer contact:

Name: Priya Shah

1. Background

1.1 The service runs 2 vehicles visiting rural
villages each week, around £30k a year in fuel.
• Reach 60 more housebound
residents by 2023.

2. Main Issues

2.1 Savings are in the region of £12,000 per year, with benefits of £2.10 for every £1 spent.
2.2 Options ranged from £50,000 to £80,000.
Cost\t£95,000\t£0
2.3 In 2021 providers held 3 contracts.
"""


def rows():
    return extract(item(REPORT, "committee_report"))


def by_text(text: str):
    return next(r for r in rows() if r.text == text)


def test_figures_in_the_recommendation_block_are_placed_by_their_letter():
    row = by_text("£95,000")
    assert row.section == "Recommendation a)" and row.amount_gbp == Decimal(95000) and row.line == 7


def test_counts_carry_their_modifiers_and_wrap_across_lines():
    vehicles = by_text("2 vehicles")
    assert vehicles.section == "1.1" and vehicles.value == 2 and vehicles.unit == "vehicles"
    residents = by_text("60 more housebound residents")
    assert residents.section == "1.1" and residents.value == 60 and residents.unit == "residents"


def test_money_with_qualifiers_rates_ratios_and_ranges():
    fuel = by_text("around £30k a year")
    assert fuel.amount_gbp == 30000 and fuel.approximate and fuel.unit == "GBP per year"
    saving = by_text("in the region of £12,000 per year")
    assert saving.section == "2.1" and saving.approximate
    ratio = by_text("£2.10 for every £1 spent")
    assert ratio.amount_gbp == Decimal("2.10")
    assert not any(r.text.startswith("£1 ") or r.text == "£1" for r in rows())
    options = by_text("£50,000 to £80,000")
    assert options.amount_gbp is None and (options.low_gbp, options.high_gbp) == (50000, 80000)


def test_table_rows_and_years_are_not_prose_figures():
    texts = [r.text for r in rows()]
    assert "£0" not in texts and texts.count("£95,000") == 1
    assert not any(t.startswith("2021") for t in texts)
    assert by_text("3 contracts").section == "2.3"


def test_counted_quantity_with_a_rate_a_few_words_on():
    case = (
        "1. Please describe what the proposed outcomes are:\n"
        "• Add 40+ new village enterprises delivering 90 help and care\n"
        "hours to people at home (per week)\n"
        "2. What are the next steps? Please include timescales.\n"
        "We expect to reach 300 hours of support per week and break even in Q3 Y2.\n"
    )
    found = {r.text: r for r in extract(item(case, "business_case"))}
    assert found["40+ new village enterprises"].value == 40
    assert found["90 help and care hours to people at home (per week)"].unit == "hours per week"
    assert found["300 hours of support per week"].section == "2"
    assert found["Q3 Y2"].unit == "quarter"


def test_registered_for_business_cases_and_reports_and_odd_text_is_safe():
    assert set(FIELDS.kinds) == {"business_case", "committee_report"}
    assert extract(item("", "committee_report")) == []
    assert extract(item("£\n£££\n+ 5\n\t£", "business_case")) == []


# --- the seeds against the answer keys -------------------------------------------


def key_rows(seed: str) -> list[dict]:
    return next(t for t in golden(seed)["tables"] if t["kind"] == "stated_figures")["rows"]


def matches(row, want: dict) -> bool:
    if row.section != want["where"]:
        return False
    if "amount_gbp" in want and (row.amount_gbp is None or float(row.amount_gbp) != want["amount_gbp"]):
        return False
    if "value" in want and (row.value is None or float(row.value) != want["value"]):
        return False
    return want.get("approximate", row.approximate) == row.approximate


@pytest.mark.parametrize(
    "seed, items, text_differs",
    [
        # Question 1's heading runs on after the rate ("£160,000 annually after initial pilot.");
        # the figure's text stops at the rate, so only that row's text differs from the key.
        ("001_d0b8bcef7f1e2c2b", business_cases, {"£160,000 annually after initial pilot."}),
        ("003_219f3df77203f1ee", reports, set()),
    ],
)
def test_seed_stated_figures_match_answer_key(seed, items, text_differs):
    got = [r for it in items(seed) for r in extract(it)]
    for want in key_rows(seed):
        candidates = [r for r in got if matches(r, want)]
        assert candidates, want
        if want["text"] not in text_differs:
            assert any(r.text == want["text"] for r in candidates), want
