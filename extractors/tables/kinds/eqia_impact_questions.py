"""Equality impact forms that ask per characteristic instead of marking a grid:
`Are there negative impacts for Age? | Yes`, one label/answer row each (an EqIA
app's submission form, read as a stacked form of bold labels and plain answers).

Such a table is typed `eqia_impacts` in `extracted_tables` so that no other
kind claims it, but it gives no rows of its own: the questions and answers are a
form, read from the item's lines by `extractors.fields.eqia_answers` (which also
sees them where no table was found), so rows here would only repeat them."""

from __future__ import annotations

import re

from extractors.fields.eqia_answers import is_characteristic
from extractors.tables.cells import body_rows, cell
from extractors.tables.kinds import TableKind
from schemas.records import EqiaImpact
from schemas.stages import ItemText, RawTable

_QUESTION = re.compile(r"^\s*are\s+there\s+(?:any\s+)?(?:negative|positive|adverse)\s+impacts?\s+(?:for|on)\s+(?P<who>.+?)\s*\??\s*$", re.IGNORECASE)
MIN_QUESTIONS = 2  # one such question could be prose in any two-column table


def _questions(table: RawTable) -> int:
    found = 0
    for _, row, _ in body_rows(table):
        m = _QUESTION.match(cell(row, 0))
        found += bool(m and is_characteristic(m.group("who")))
    return found


def score(table: RawTable, item: ItemText) -> float:
    if max((len(r) for r in [table.header, *table.rows]), default=0) != 2:
        return 0.0
    return 0.9 if _questions(table) >= MIN_QUESTIONS else 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[EqiaImpact]:
    return []


TABLE = TableKind("eqia_impacts", score, parse)
