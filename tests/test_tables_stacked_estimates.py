"""Benefit tables whose rows close with an estimate in words and money, in pdftotext dumps (re-typed)."""

from tests.table_helpers import only_stacked_table as only_table


def test_estimate_rows_end_at_the_estimate_and_total_row_splits_at_its_words():
    text = """\
Key Benefit Approach Issues Evaluation and
saving

Cheaper
routes

• Merge routes
• Re-tender

• Needs data

Estimated saving:
£10,000 to
£20,000

More
income

• Charge for
late returns

• May be
unpopular

Estimated income:
£2,000
Total Range between
£12,000 - £22,000

Non-Financial Benefits
Full non-financial benefits will be reported to the committee when the policy is final.
"""
    t = only_table(text)
    assert [r[0] for r in t.rows] == ["Cheaper routes", "More income", "Total"]
    assert t.rows[0][3] == "Estimated saving: £10,000 to £20,000"
    assert t.rows[2][3] == "Range between £12,000 - £22,000"
