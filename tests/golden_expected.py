"""Known mismatches of tests/test_golden.py, each with the reason it is accepted for now.

EXPECTED_FAILURES: `(answer-key source, pattern) -> reason`. A pattern is a
mismatch path as printed (`proposals[X/Y.1.234].risks[2].rag`), everything
under a path (`proposals[X/Y.1.234].risks`), or a whole field across the file
(`proposals.risks.rag`). A listed mismatch does not fail the test; an entry
that no longer matches any mismatch is reported as a warning, so the list
shrinks as extraction improves. Keep it short and give real reasons: an
answer-key doubt, a limit of the text dump, a known extractor gap.

WORK_IN_PROGRESS: answer-key sources whose extractors are still being
written; their golden test is `xfail(strict=False)` (reported, never failing).
"""

EXPECTED_FAILURES: dict[tuple[str, str], str] = {
    ("000_5c7e4101b16dc822.txt", "proposals[A/R.6.188].risks[5].risk_starts"): (
        "dump limit: after the page break the line 'LA to provide relevant support.' ends row 5's "
        "mitigation, but pdftotext lost the columns and nothing in the text tells it from the start of "
        "row 6's risk cell; the finder reads it as row 6 (the table carries a note)"
    ),
    ("001_d0b8bcef7f1e2c2b.txt", "proposals[0].kpis[2]"): (
        "dump limit / answer-key doubt: the double-spaced dump prints the KPI cells one word per line "
        "('Community' / 'Catalysts' / 'Independent' / 'survey'), so the break between key benefit and "
        "measure of rows 3-4 cannot be seen; the key fills them from 004's copy, while 000's key calls "
        "the same layout undecidable"
    ),
    ("001_d0b8bcef7f1e2c2b.txt", "proposals[0].kpis[3]"): "as kpis[2]: rows 3-4 shift together",
    ("001_d0b8bcef7f1e2c2b.txt", "tables[0:stated_figures].rows[0].text"): (
        "text extent: the figure's text stops at its rate word ('£160,000 annually'), as the other "
        "stated-figure texts of the keys do; this one key row runs on to the end of the sentence"
    ),
    ("003_219f3df77203f1ee.txt", "checks[1]"): (
        "not decidable from this file: the £4.50 hourly rate the check needs is printed only in the "
        "business case (seed 001), as the key's own detail says; in 004, which holds both, the check passes"
    ),
    ("003_219f3df77203f1ee.txt", "checks[2]"): "as checks[1]: a second reading of the same figure, which needs the rate",
    ("004_c00d3727959acbdb.txt", "checks[19]"): (
        "not general: it mixes Appendix 2 row sums for lots 1-3 with a Lot 4 grant value from prose, "
        "times 7; no rule of the kind 'a stated total equals its parts' produces it without naming this paper"
    ),
}

WORK_IN_PROGRESS: dict[str, str] = {}
