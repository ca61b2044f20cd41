"""The prose and form checks on the five seeds agree with the answer keys' `checks`:
status from `holds`, and the stated / computed figures where the key gives them. Each
case names the key check by words of its `what` and the validation by its check name
(and the business case by its BP reference where the key's `where` gives one)."""

from __future__ import annotations

import duckdb
import pytest

from tests.seed_items import golden

S000, S001, S002, S003 = "000_5c7e4101b16dc822", "001_d0b8bcef7f1e2c2b", "002_8246aaf969956e91", "003_219f3df77203f1ee"

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
        return (status == want_status
                and ("stated_gbp" not in key or float(expected) == key["stated_gbp"])
                and ("computed_gbp" not in key or float(actual) == key["computed_gbp"]))

    assert any(agrees(r) for r in rows), f"{check} rows {rows} do not give {want_status} {key}"


def test_the_numbering_gap_names_the_paragraph_the_key_says_is_unnumbered(extracted_db):
    [(status, _, actual)] = validations(extracted_db, S003, "section_numbering", None)
    assert (status, actual) == ("fail", "1.2")
    assert "1.2 is not printed" in key_check(S003, "Section 1 paragraph numbers")["detail"]
