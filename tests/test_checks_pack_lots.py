"""Lot checks: contracts vs stated totals, uplift, term, framework totals."""

from extractors.checks.lot_budget_totals import run as budget_totals
from extractors.checks.lot_budget_uplift import run as uplift
from extractors.checks.lot_contract_term import run as term
from extractors.checks.lot_contract_term_from_spend import run as term_from_spend
from extractors.checks.lot_contribution_contracts import run as contribution
from extractors.checks.lot_contracts_total import run as contracts_total
from tests.pack_helpers import golden, item_from_text, seed_item, typed
from tests.test_tables_pack_lots import RETYPED

SEED = "004_c00d3727959acbdb"

# Figures chosen so that each rounding case shows: 1,001 x 1.2 = 1,201.2 (rounds to
# 1,201), 2,003 x 1.2 = 2,403.6 (printed cut to 2,403), the terms cut from the
# unrounded product; a contracts table whose rows exceed its total by one row.
ROUNDING = """\tAnnual Scoped Contract Spend\tCouncil Contribution (Annual)\tTotal Annual Lot Budget (includes additional 20%)\tTotal Contract Term (includes additional 20%)
Lot 1 – Advice\t£1,001\t£500\t£1,201\t£4,804
Lot 2 – Support\t£2,003\t£700\t£2,403\t£9,614

The initial contract term will be 4 years. The total framework budget across the whole contract term is £14,418 with the Council's commitment £4,800.

LOT 1 – ADVICE

Provider\tContract/Grant\tAnnual Value
Citizens Help\tAdvice Line\t£300.00
Citizens Help\tAdvice Line\t£200.00
Town Forum\tNewsletter\t£50.00
\tTotal Value\t£500
"""


def _by_check(validations):
    out = {}
    for v in validations:
        out.setdefault(v.check, []).append(v)
    return out


def test_contracts_total_fails_and_names_the_surplus_row():
    item = item_from_text(ROUNDING)
    [v] = contracts_total(item, typed(item))
    assert (v.status, v.expected, v.actual) == ("fail", "500", "550")
    assert "Town Forum / Newsletter" in v.detail


def test_uplift_rounds_half_up_and_flags_a_cut_figure():
    item = item_from_text(ROUNDING)
    got = [(v.status, v.expected, v.actual) for v in uplift(item, typed(item))]
    assert got == [("pass", "1201", "1201"), ("fail", "2403", "2404")]


def test_term_is_exact_against_annual_budget_and_within_a_pound_against_spend():
    item = item_from_text(ROUNDING)
    records = typed(item)
    assert [(v.status, v.actual) for v in term(item, records)] == [("pass", "4804"), ("fail", "9612")]
    assert [v.status for v in term_from_spend(item, records)] == ["pass", "pass"]  # 4,804.8 and 9,614.4


def test_framework_totals_and_commitment():
    item = item_from_text(ROUNDING)
    got = {v.check: (v.status, v.actual) for v in budget_totals(item, typed(item))}
    assert got == {
        "lot_budget_framework_total": ("pass", "14418"),
        "lot_budget_framework_total_from_annual": ("fail", "14416"),
        "lot_budget_council_commitment": ("pass", "4800"),
    }


def test_contribution_equals_contracts_stated_total_of_same_lot():
    item = item_from_text(RETYPED)
    got = [(v.status, v.expected, v.actual) for v in contribution([item], typed(item))]
    assert got == [("pass", "60000", "60000"), ("pass", "50000", "50000")]


def _key_checks(prefix: str) -> list[dict]:
    return [c for c in golden(SEED)["checks"] if c["what"].startswith(prefix)]


def test_seed_lot_checks_agree_with_answer_key():
    item = seed_item(SEED)
    records = typed(item)
    found = _by_check(contracts_total(item, records) + uplift(item, records) + term(item, records)
                      + term_from_spend(item, records) + budget_totals(item, records) + contribution([item], records))
    key = _key_checks("EIP Appendix 2 Lot")
    assert [v.status == "pass" for v in found["lot_contracts_total"]] == [c["holds"] for c in key]
    assert [int(v.actual) for v in found["lot_contracts_total"]] == [c["actual"] for c in key]
    key = [c for c in golden(SEED)["checks"] if "Total Annual Lot Budget = Annual Scoped" in c["what"]]
    assert [v.status == "pass" for v in found["lot_budget_uplift"]] == [c["holds"] for c in key]
    key = [c for c in golden(SEED)["checks"] if "Total Contract Term = stated Total Annual" in c["what"]]
    assert [v.status == "pass" for v in found["lot_contract_term"]] == [c["holds"] for c in key]
    assert all(v.status == "pass" for v in found["lot_contract_term_from_spend"])
    assert found["lot_budget_framework_total"][0].status == "pass"
    assert found["lot_budget_framework_total_from_annual"][0].actual == "21119511"
    assert found["lot_budget_council_commitment"][0].status == "pass"
    assert [v.status for v in found["lot_contribution_contracts"]] == ["pass", "pass", "pass"]
