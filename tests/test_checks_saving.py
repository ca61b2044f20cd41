from extractors.checks.saving_headline import CHECK as HEADLINE
from extractors.checks.saving_total import CHECK as TOTAL
from tests.check_helpers import ITEM, proposal, saving

LINES = [saving("Base", -150000), saving("Re-profile", 40000), saving("Extra", -95000)]


def test_saving_lines_adding_up_to_the_total_pass_with_stated_and_computed():
    [v] = TOTAL.run(ITEM, LINES + [saving("Revised saving", -205000, total=True)])
    assert (v.status, v.expected, v.actual) == ("pass", "-205000", "-205000")
    assert "tolerance" in v.detail


def test_saving_lines_not_adding_up_fail_keeping_the_printed_total():
    [v] = TOTAL.run(ITEM, LINES + [saving("Revised saving", -200000, total=True)])
    assert (v.status, v.expected, v.actual) == ("fail", "-200000", "-205000")


def test_saving_table_without_total_is_skipped_with_reason():
    [v] = TOTAL.run(ITEM, LINES)
    assert v.status == "skip" and "no total" in v.detail


def test_total_compared_with_the_proposal_headline():
    rows = LINES + [saving("Revised saving", -205000, total=True)]
    [v] = HEADLINE.run(ITEM, rows + [proposal(-205000)])
    assert (v.status, v.expected, v.actual) == ("pass", "-205000", "-205000")
    [v] = HEADLINE.run(ITEM, rows + [proposal(-250000)])
    assert (v.status, v.expected, v.actual) == ("fail", "-250000", "-205000")


def test_headline_check_skips_without_a_headline_saving():
    [v] = HEADLINE.run(ITEM, LINES + [saving("Revised saving", -205000, total=True), proposal(None)])
    assert v.status == "skip"


def test_table_belongs_to_the_last_proposal_above_it():
    rows = LINES + [saving("Revised saving", -205000, total=True, line=50)]
    [v] = HEADLINE.run(ITEM, rows + [proposal(-1, line=1), proposal(-205000, line=40), proposal(-9, line=90)])
    assert v.status == "pass"
