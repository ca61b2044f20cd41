"""An EqIA impact grid agrees with what the text of its question says about it: a
sentence such as "There will be no negative impact on any protected group" (or "no
adverse impact", "no positive impact") holds when no characteristic is marked in that
column. Only a sentence in the same question (section) as the grid counts; a grid whose
marks could not be placed in columns is a skip. Impacts read from per-characteristic
answers (no table) are not a grid: each answer sits beside its own text, so a "no negative
impact" sentence under one characteristic says nothing about another."""

from __future__ import annotations

import re

from extractors.checks import Check
from extractors.checks._prose import section_of
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.records import EqiaImpact, Validation
from schemas.stages import ItemText

NAME = "eqia_grid_text"
_NO_IMPACT = re.compile(r"\bno\s+(?P<kind>negative|adverse|positive)\s+impacts?\b", re.IGNORECASE)
_COLUMN = {"negative": "negative", "adverse": "negative", "positive": "positive"}


def claims(item: ItemText, records: list[Record], grid_line: int | None) -> list[tuple[str, int, str]]:
    """(column said to be empty, line, text) for each "no ... impact" line in the grid's section,
    after the grid's start."""
    section = section_of(records, grid_line)
    out = []
    for ln in item.lines:
        if "\t" in ln.text or (grid_line is not None and ln.no < grid_line):
            continue
        if section_of(records, ln.no) != section:
            continue
        m = _NO_IMPACT.search(ln.text)
        if m:
            out.append((_COLUMN[m.group("kind").lower()], ln.no, ln.text.strip()))
    return out


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for table_id, rows in by_table(records, EqiaImpact).items():
        if table_id is None:
            continue
        first = rows[0].line
        for column, line, text in claims(item, records, first)[:1]:
            if not any(r.impact for r in rows):
                detail = f"the text says '{text[:80]}' but no mark of the grid could be placed in a column"
                out.append(validation(item, NAME, "skip", 0, None, detail, line))
                continue
            marked = [r.characteristic for r in rows if r.impact == column]
            status = "fail" if marked else "pass"
            listed = f": {', '.join(marked)}" if marked else ""
            detail = f"the text says '{text[:80]}'; the grid marks {len(marked)} characteristics {column}{listed}"
            out.append(validation(item, NAME, status, 0, len(marked), detail, line))
    return out


CHECK = Check(NAME, run)
