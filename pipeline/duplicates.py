"""Notice when two input files are the same committee document read by different tools.

Two documents whose business cases carry the same set of (BP reference, title)
pairs, or whose cover papers carry the same set of (title, meeting date), are
one document; the later one (by source path) gets `duplicate_of` = the earlier.
"""

from __future__ import annotations

import duckdb

_SIGNATURES = """
SELECT d.doc_id, d.source_path,
  (SELECT list(DISTINCT coalesce(p.bp_reference, '') || '|' || lower(coalesce(p.title, ''))
                ORDER BY coalesce(p.bp_reference, '') || '|' || lower(coalesce(p.title, '')))
     FROM proposals p WHERE p.doc_id = d.doc_id) AS proposals,
  (SELECT list(DISTINCT lower(coalesce(r.title, '')) || '|' || coalesce(CAST(r.meeting_date AS VARCHAR), '')
                ORDER BY lower(coalesce(r.title, '')) || '|' || coalesce(CAST(r.meeting_date AS VARCHAR), ''))
     FROM reports r WHERE r.doc_id = d.doc_id) AS reports
FROM documents d
WHERE d.status <> 'failed'
ORDER BY d.source_path
"""


def link_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    """Set `duplicate_of` on every document, in one transaction (all links or none)."""
    con.execute("BEGIN TRANSACTION")
    try:
        _link(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _link(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(_SIGNATURES).fetchall()
    first_with: dict[tuple, str] = {}
    con.execute("UPDATE documents SET duplicate_of = NULL")
    for doc_id, _path, proposals, reports in rows:
        signature = (tuple(proposals or ()), tuple(reports or ()))
        if signature == ((), ()) or (not proposals and len(reports or ()) < 1):
            continue
        if signature in first_with:
            con.execute("UPDATE documents SET duplicate_of = ? WHERE doc_id = ?", [first_with[signature], doc_id])
        else:
            first_with[signature] = doc_id
