"""The business-case checks on the tabbed (002) and markdown (004) seeds agree with
the `checks` entries of the answer keys (stated and computed figures read from the keys)."""

from __future__ import annotations

import pytest

from extractors.registry import discover
from schemas.records import Validation
from tests.seed_items import business_cases, golden
from tests.test_tables_seeds import typed_records

SEED_002, SEED_004 = "002_8246aaf969956e91", "004_c00d3727959acbdb"


def validations(seed: str, n: int) -> list[Validation]:
    item = business_cases(seed)[n]
    records = typed_records(item)
    found = []
    for check in (c for c in discover("extractors.checks", "CHECK") if c.scope == "item"):
        found.extend(v for v in check.run(item, records) if isinstance(v, Validation))
    return found


def key_check(seed: str, where: str, what: str) -> dict:
    return next(c for c in golden(seed)["checks"] if c.get("where", "").startswith(where) and what in c["what"])


@pytest.mark.parametrize(
    "seed,n,check,where,what",
    [
        (SEED_002, 0, "saving_total", "A/R.6.185 saving_lines", "stated total"),
        (SEED_002, 1, "costs_stated_total", "A/R.6.186 costs", "Transformation Fund"),
        (SEED_002, 3, "costs_stated_total", "A/R.6.188 costs", "cost of the service over two years"),
        (SEED_002, 3, "cash_flow_net", "A/R.6.188 cash_flow", "net cash flow = cost avoidance"),
    ],
)
def test_check_gives_the_keyed_stated_and_computed_figures(seed, n, check, where, what):
    expected = key_check(seed, where, what)
    [v] = [v for v in validations(seed, n) if v.check == check]
    assert v.status == ("pass" if expected["holds"] else "fail")
    assert (float(v.expected), float(v.actual)) == (expected["stated_gbp"], expected["computed_gbp"])


def test_benefit_range_ends_hold_as_keyed():
    low_key = key_check(SEED_002, "A/R.6.186 benefit_estimates", "low ends")
    high_key = key_check(SEED_002, "A/R.6.186 benefit_estimates", "high ends")
    low, high = [v for v in validations(SEED_002, 1) if v.check == "benefit_range_total"]
    assert (float(low.expected), float(low.actual)) == (low_key["stated_gbp"], low_key["computed_gbp"])
    assert (float(high.expected), float(high.actual)) == (high_key["stated_gbp"], high_key["computed_gbp"])


def test_year_totals_of_the_micro_enterprise_costs_hold():
    keyed = [key_check(SEED_002, "A/R.6.188 costs", f"{y} Year: ")["stated_gbp"] for y in ("1st", "2nd")]
    got = [v for v in validations(SEED_002, 3) if v.check == "costs_total"]
    assert [float(v.expected) for v in got] == keyed and {v.status for v in got} == {"pass"}


@pytest.mark.parametrize("seed,n", [(SEED_002, 3), (SEED_004, 0)])
def test_cash_flow_checks_hold_or_fail_as_keyed(seed, n):
    got = {v.check: v.status for v in validations(seed, n)}
    assert got["hours_per_quarter"] == "pass"
    assert got["cash_flow_cumulative"] == "pass"
    assert got["cash_flow_net"] == "fail"  # Y1 Q3 printed -14,763 where 10,238 - 25,000 = -14,762


@pytest.mark.parametrize("seed,n", [(SEED_002, 3), (SEED_004, 0)])
def test_final_cumulative_is_off_by_the_keyed_pound(seed, n):
    keyed = key_check(SEED_002, "A/R.6.188 cash_flow", "final cumulative cash flow")
    [v] = [v for v in validations(seed, n) if v.check == "cash_flow_final"]
    assert (v.status, float(v.expected), float(v.actual)) == ("fail", keyed["stated_gbp"], keyed["computed_gbp"])


def test_implementation_plan_printed_ending_before_it_starts_fails_milestone_order():
    [v] = [v for v in validations(SEED_002, 3) if v.check == "milestone_order"]
    assert v.status == "fail" and "Implementation plan" in v.detail
