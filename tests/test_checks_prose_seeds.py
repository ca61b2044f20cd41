"""The prose and form checks on the five seeds agree with the answer keys' `checks`:
status from `holds`, and the stated / computed figures where the key gives them. Each
case names the key check by words of its `what` and the validation by its check name
(and the business case by its BP reference where the key's `where` gives one)."""

from __future__ import annotations

import duckdb
import pytest

from tests.seed_items import golden

S000, S001, S002, S003, S004 = (
    "000_5c7e4101b16dc822", "001_d0b8bcef7f1e2c2b", "002_8246aaf969956e91", "003_219f3df77203f1ee", "004_c00d3727959acbdb"
)

CASES = [
    (S002, "'£30,713 in 2021/22' equals the sum", "prose_cost_avoidance_fy"),
    (S002, "'£133,088 in 2022/23' equals the sum", "prose_cost_avoidance_fy"),
    (S002, "headline saving -£30,000 is covered", "prose_saving_covered"),
    (S002, "year-1 expenditure (4 x £25,000)", "cash_flow_expenditure_costs"),
    (S002, "Quarterly review of the vacancy factor", "milestone_fy"),
    (S002, "date commenced", "eqia_dates_order"),
    (S000, "Transformation Fund breakdown", "prose_costs_total"),
    (S000, "headline saving -£30,000 is covered", "prose_saving_covered"),
    (S000, "stated cost avoidance over two years", "prose_payback"),
    (S000, "Quarterly review of the vacancy factor", "milestone_fy"),
    (S000, "date commenced", "eqia_dates_order"),
    (S001, "each of the 11 categories has exactly one X", "eqia_grid_marks"),
    (S001, "NO NEGATIVE IMPACT", "eqia_grid_text"),
    (S001, "£160,000 annually after initial pilot", "prose_annual_rate"),
    (S003, "£100k (year 1) + £60K (year 2)", "prose_figures_sum"),
    (S003, "Section 1 paragraph numbers", "section_numbering"),
    (S003, "Officer clearance", "officer_clearance_all"),
    (S002, "hours per week reach 250 at the end of year 1", "prose_hours_targets"),
    (S001, "Year-2 deliverable in question 2", "prose_hours_consistency"),
    (S001, "'Commence pilot' Jan 2021 to Jan 2023", "milestone_duration"),
    (S003, "first 6 months + remaining 18 months", "prose_phase_months"),
    (S001, "The cash-flow table that question 7 refers to", "table_reference"),
    (S001, "payback just within 2 years", "prose_break_even_model"),
    (S004, "Lot 4 CCC Contribution (Annual) equals the Day Services grant", "prose_lot_budget"),
]


def key_check(seed: str, what: str) -> dict:
    return next(c for c in golden(seed)["checks"] if what in c["what"])


def validations(db: str, seed: str, check: str, bp_reference: str | None) -> list[tuple]:
    sql = """
        SELECT v.status, v.expected, v.actual FROM validations v JOIN documents d USING (doc_id)
        WHERE d.source_path LIKE ? AND v."check" = ?
          AND (? IS NULL OR v.item_id IN (SELECT item_id FROM proposals WHERE bp_reference = ?))
    """
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql, [f"%{seed}.txt", check, bp_reference, bp_reference]).fetchall()


def either(*figures) -> set[float]:
    return {float(x) for x in figures if x is not None}


def bp_of(where: str | None) -> str | None:
    first = (where or "").split(" ")[0]
    return first if first.startswith("A/") else None


@pytest.mark.parametrize("seed,what,check", CASES)
def test_check_holds_or_fails_with_the_keyed_figures(extracted_db, seed, what, check):
    key = key_check(seed, what)
    rows = validations(extracted_db, seed, check, bp_of(key.get("where")))
    want_status = "pass" if key["holds"] else "fail"

    def agrees(row) -> bool:
        status, expected, actual = row
        # stated_gbp / computed_gbp are ordered; a key's expected / actual may sit either way round
        return (status == want_status
                and ("stated_gbp" not in key or float(expected) == key["stated_gbp"])
                and ("computed_gbp" not in key or float(actual) == key["computed_gbp"])
                and all(float(key[k]) in either(expected, actual) for k in ("expected", "actual") if k in key))

    assert any(agrees(r) for r in rows), f"{check} rows {rows} do not give {want_status} {key}"


def test_the_numbering_gap_names_the_paragraph_the_key_says_is_unnumbered(extracted_db):
    [(status, _, actual)] = validations(extracted_db, S003, "section_numbering", None)
    assert (status, actual) == ("fail", "1.2")
    assert "1.2 is not printed" in key_check(S003, "Section 1 paragraph numbers")["detail"]
