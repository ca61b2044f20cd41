"""Pooled budget contributions and officer clearance tables of cover papers."""

from tests.pack_helpers import golden_tables, item_from_text, rows, seed_item, typed

from schemas.pack_tables import OfficerClearance, PooledBudget

POOL = """The county pool operates with the following contributions.

\tLA contribution\tCCG contribution\tTotal pooled budget
Northshire Pool\t£1,200,000 (60.0%)\t£800,000 (40.0%)\t£2,000,000
"""

# A narrow layout: questions wrap and interleave with the answer column; some
# wrapped lines lost their tab; a lone "-" sits in the question column.
CLEARANCE_WRAPPED = """4.7 Public Health Implications
None.

Implications\tOfficer Clearance
Have the resource implications been\tYes
cleared by Finance?\tName of Financial Officer: Priya
-\tPatel
Have the procurement implications\tNo
been cleared by the Head of\tName of Officer: Tom Reed
Procurement?\t
Has the impact on legal\tYes
implications been cleared by the\tName of Legal Officer: Sam Holt
Monitoring Officer or
Legal?

Have any Public Health implications been cleared by Public Health\tYes Name of Officer: Ann Lee

5. Source documents
"""


def test_pooled_budget_contributions_and_printed_shares():
    pool = rows(typed(item_from_text(POOL), "pooled_budget"), PooledBudget)
    assert [(p.label, p.la_contribution_gbp, p.la_pct, p.ccg_contribution_gbp, p.ccg_pct, p.total_gbp) for p in pool] == [
        ("Northshire Pool", 1200000, 60.0, 800000, 40.0, 2000000)
    ]


def test_wrapped_clearance_rows_are_rejoined():
    got = rows(typed(item_from_text(CLEARANCE_WRAPPED), "officer_clearance"), OfficerClearance)
    assert [(c.implication, c.cleared, c.officer_label, c.officer) for c in got] == [
        ("Have the resource implications been cleared by Finance?", True, "Name of Financial Officer", "Priya Patel"),
        ("Have the procurement implications been cleared by the Head of Procurement?", False, "Name of Officer", "Tom Reed"),
        ("Has the impact on legal implications been cleared by the Monitoring Officer or Legal?", True,
         "Name of Legal Officer", "Sam Holt"),
        ("Have any Public Health implications been cleared by Public Health", True, "Name of Officer", "Ann Lee"),
    ]


def test_seed_pooled_budget_matches_answer_key():
    key = golden_tables("004_c00d3727959acbdb", "pooled_budget")[0]["rows"]
    got = rows(typed(seed_item("004_c00d3727959acbdb"), "pooled_budget"), PooledBudget)
    fields = ("label", "la_contribution_gbp", "la_pct", "ccg_contribution_gbp", "ccg_pct", "total_gbp")
    assert [tuple(getattr(g, f) for f in fields) for g in got] == [tuple(k[f] for f in fields) for k in key]


def test_seed_officer_clearance_matches_both_answer_keys():
    for seed in ("003_219f3df77203f1ee", "004_c00d3727959acbdb"):
        key = golden_tables(seed, "officer_clearance")[0]["rows"]
        got = rows(typed(seed_item(seed), "officer_clearance"), OfficerClearance)
        assert len(got) == len(key), seed
        for g, k in zip(got, key):
            assert g.implication.startswith(k["implication_starts"]), seed
            assert g.officer == k["officer"]
            if "cleared" in k:
                assert (g.cleared, g.officer_label) == (k["cleared"], k["officer_label"])
            if "clearance" in k:
                assert g.clearance == k["clearance"]
