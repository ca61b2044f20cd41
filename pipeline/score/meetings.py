"""Score the `meetings` of a real-world key (agenda front sheets, minutes) with their agenda items, and the
meeting a document reports at its top level (a decision notice's `body` and `meeting_date`)."""

from __future__ import annotations

from pipeline.score.db import DocumentRows
from pipeline.score.mapping import COLUMN_ALIASES, DOCUMENT_MEETING_KEYS, REQUIRED, TABLES
from pipeline.score.report import Collector
from pipeline.score.rows import compare_fields, compare_list, pair_records, skip_nested

#: A meeting is recognised by its date, then its body.
MEETING_WEIGHTS = {"meeting_date": 5.0, "body": 3.0}


def score_meetings(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    table = TABLES["meetings"]
    cols = doc.columns(table)
    for ki, row in pair_records(c, keys, doc.rows(table), cols, "meetings", MEETING_WEIGHTS, doc.doc_id is not None, any_order=True):
        key, path = keys[ki], f"meetings[{ki}]"
        compare_fields(c, key, row, cols, "meetings", path, table=table, required=REQUIRED["meetings"], aliases=COLUMN_ALIASES["meetings"])
        skip_nested(c, key, {"agenda_items"}, "meetings")
        if "agenda_items" in key:
            score_agenda_items(c, doc, key["agenda_items"] or [], row, f"{path}.agenda_items", doc.doc_id is not None)


def score_agenda_items(c: Collector, doc: DocumentRows, keys: list[dict], meeting: dict | None, path: str, found: bool) -> None:
    """The agenda items of the document (the meeting's item where the meeting row names one), in order."""
    table = TABLES["agenda_items"]
    rows = doc.rows(table)
    if meeting and meeting.get("item_id") and any(r.get("item_id") == meeting["item_id"] for r in rows):
        rows = doc.of_item(table, meeting["item_id"])
    for k in keys:
        skip_nested(c, k, (), "meetings.agenda_items")
    compare_list(c, keys, rows, doc.columns(table), "meetings.agenda_items", path, table=table, parent_found=found,
                 count_extras=False, required=REQUIRED["agenda_items"])


def score_document_meeting(c: Collector, doc: DocumentRows, key: dict) -> None:
    """Top-level meeting keys of a file (mapping.DOCUMENT_MEETING_KEYS) against the document's first `meetings` row."""
    part = {k: key[k] for k in DOCUMENT_MEETING_KEYS if k in key}
    if not part:
        return
    table = TABLES["meetings"]
    rows = doc.rows(table)
    row = rows[0] if rows else None
    compare_fields(c, part, row, doc.columns(table), "meetings", "meeting", table=table, required=REQUIRED["meetings"],
                   aliases=COLUMN_ALIASES["meetings"])
    skip_nested(c, part, (), "meetings")
