"""Score the `reports` (committee cover papers) of an answer key: fields, contacts, recommendations, sections."""

from __future__ import annotations

import re

from pipeline.score.align import pair_greedy
from pipeline.score.db import DocumentRows
from pipeline.score.mapping import REQUIRED
from pipeline.score.report import Collector
from pipeline.score.rows import compare_fields, compare_list, compare_text_list, describe_row, pair_records, skip_nested
from pipeline.score.values import collapse, compare, resolve, values_match

REPORT_NESTED = {
    "officer", "member", "member_contacts", "recommendations", "recommendations_starts", "outcome_items_starts", "sections",
    "contacts", "paragraphs",
}

#: Contact blocks of a cover paper: answer-key name -> contacts.role.
REPORT_CONTACTS = {"officer": "officer", "member": "member", "member_contacts": "member"}

def score_reports(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    cols = doc.columns("reports")
    for ki, row in pair_records(c, keys, doc.rows("reports"), cols, "reports", {"title": 5.0}, doc.doc_id is not None):
        path = f"reports[{ki}]"
        compare_fields(c, keys[ki], row, cols, "reports", path, skip=REPORT_NESTED, table="reports", required=REQUIRED["reports"])
        skip_nested(c, keys[ki], REPORT_NESTED, "reports")
        score_report_parts(c, doc, keys[ki], row, path)


def score_report_parts(c: Collector, doc: DocumentRows, key: dict, row: dict | None, path: str) -> None:
    item_id = row.get("item_id") if row else None
    present = row is not None
    if "outcome_items_starts" in key:
        score_outcome_items(c, doc, key["outcome_items_starts"], row, path)
    recs = doc.of_item("recommendations", item_id)
    rec_cols = doc.columns("recommendations")
    if "recommendations_starts" in key:
        starts = [{"text_starts": s} for s in key["recommendations_starts"]]
        compare_list(c, starts, recs, rec_cols, "reports.recommendations_starts", f"{path}.recommendations_starts", table="recommendations", parent_found=present)
    if "recommendations" in key:
        compare_list(c, key["recommendations"], recs, rec_cols, "reports.recommendations", f"{path}.recommendations", table="recommendations",
                     parent_found=present, required=RECOMMENDATION_KEYS)
    for name, role in REPORT_CONTACTS.items():
        if name in key:
            people = doc.contacts(item_id, role)
            compare_fields(c, key[name], people[0] if people else None, doc.columns("contacts"), f"reports.{name}", f"{path}.{name}", table="contacts")
    if "sections" in key:
        score_report_sections(c, doc, key["sections"], item_id, path, present)
    if "contacts" in key:
        score_contacts(c, doc, key["contacts"] or [], item_id, "reports.contacts", f"{path}.contacts", present)
    if "paragraphs" in key:
        compare_list(
            c, key["paragraphs"], doc.of_item("sections", item_id), doc.columns("sections"), "reports.paragraphs", f"{path}.paragraphs",
            count_extras=False, table="sections", parent_found=present, required=SECTION_KEYS, aliases=SECTION_ALIASES,
        )


#: Keys of a recommendation scored even before a column holds them (a key's `group` heading is not stored).
RECOMMENDATION_KEYS = {"label", "text", "text_starts", "parent_label"}
#: Keys of a section or numbered paragraph that are scored even before a column holds them.
SECTION_KEYS = {"number", "heading", "text_starts"}
#: A paragraph's text is the body of its `sections` row.
SECTION_ALIASES = {"text": ("body",)}


def contact_similarity(key: dict, row: dict) -> float:
    """Contacts pair by name first, then by role: the same person in the same role is the surest pair."""
    name = values_match("text", key["name"], row.get("name")) if key.get("name") else False
    role = values_match("casefold", key["role"], row.get("role")) if key.get("role") else False
    return 3.0 * name + 1.0 * role if name or role else 0.0


def score_contacts(c: Collector, doc: DocumentRows, keys: list[dict], item_id: str | None, field: str, path: str, present: bool) -> None:
    """A list of people ({role, name, post, email, phone}) against the `contacts` rows of the item, paired by role+name."""
    people = doc.of_item("contacts", item_id)
    cols = doc.columns("contacts")
    if not keys:
        c.value(f"{field}[]", f"{path}[]", [], f"{len(people)} rows", present and not people, "the key expects no contacts")
        return
    pairs = pair_greedy(keys, people, contact_similarity)
    for ki, key in enumerate(keys):
        row = people[pairs[ki]] if ki in pairs else None
        compare_fields(c, key, row, cols, field, f"{path}[{ki}]", table="contacts", required=REQUIRED["contacts"])
    found = len(pairs)
    extras = [describe_row(p, cols) for ri, p in enumerate(people) if ri not in pairs.values()]
    c.rows(field, path, len(keys), found, extras, None if doc.has_table("contacts") else "no table 'contacts' in the database")


def score_outcome_items(c: Collector, doc: DocumentRows, starts: list[str], row: dict | None, path: str) -> None:
    """The numbered points of `Outcome:`: rows of `outcome_items` where that table exists, else text inside `reports.outcome`."""
    field, where = "reports.outcome_items_starts", f"{path}.outcome_items_starts"
    if doc.has_table("outcome_items"):
        items = doc.of_item("outcome_items", row.get("item_id") if row else None)
        keys = [{"text_starts": s} for s in starts]
        compare_list(c, keys, items, doc.columns("outcome_items"), field, where, table="outcome_items", parent_found=row is not None)
        return
    target = resolve("outcome_contains", "", doc.columns("reports"))
    for i, start in enumerate(starts):
        ok, got = compare(target, start, row)
        c.value(field, f"{where}[{i}]", start, got, ok, "looked for inside reports.outcome")


def score_report_sections(c: Collector, doc: DocumentRows, keys: list[dict], item_id: str | None, path: str, present: bool) -> None:
    """Top-level sections (1, 2, ...) of a cover paper, and the numbered paragraphs (N.x) under each."""
    sections = doc.of_item("sections", item_id)
    cols = doc.columns("sections")
    top = [s for s in sections if "." not in collapse(s.get("number") or "")]
    pairs = compare_list(
        c, keys, top, cols, "reports.sections", f"{path}.sections", count_extras=False, table="sections",
        skip=("paragraphs", "paragraph_headings"), parent_found=present, required=SECTION_KEYS, aliases=SECTION_ALIASES,
    )
    for ki, _row in pairs:
        key = keys[ki]
        sub = paragraphs_of(sections, str(key.get("number", "")))
        where = f"{path}.sections[{ki}]"
        if "paragraphs" in key:
            numbers = [collapse(s.get("number")) for s in sub]
            compare_text_list(c, key["paragraphs"], numbers, "reports.sections.paragraphs", f"{where}.paragraphs", parent_found=present)
        if "paragraph_headings" in key:
            compare_list(
                c, key["paragraph_headings"], sub, cols, "reports.sections.paragraph_headings", f"{where}.paragraph_headings",
                count_extras=False, table="sections", parent_found=present,
            )


def paragraphs_of(sections: list[dict], number: str) -> list[dict]:
    """The sections numbered `number`.x (one level down), in order."""
    pattern = re.compile(rf"^{re.escape(number)}\.\d+$")
    return [s for s in sections if pattern.match(collapse(s.get("number") or ""))]
