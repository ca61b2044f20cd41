"""Equality impact forms that ask per characteristic instead of marking a grid:
`Are there negative impacts for Age? | Yes`, one label/answer row each (an EqIA
app's submission form, read as a stacked form of bold labels and plain answers).

A characteristic answered Yes gives a row with impact `negative`, as a mark in
a grid's Negative column would; one answered No gives no row (nothing is
marked; the table itself is still in `extracted_tables` with this kind). The
form's general positive-impact question names no characteristic and gives no
row."""

from __future__ import annotations

import re

from extractors.tables.cells import body_rows, cell, provenance
from extractors.tables.kinds import TableKind
from schemas.records import EqiaImpact
from schemas.stages import ItemText, RawTable

_QUESTION = re.compile(r"^\s*are\s+there\s+(?:any\s+)?negative\s+impacts?\s+(?:for|on)\s+(?P<who>.+?)\s*\??\s*$", re.IGNORECASE)
_YES = re.compile(r"^\s*yes\b", re.IGNORECASE)
MIN_QUESTIONS = 2  # one such question could be prose in any two-column table


def _questions(table: RawTable) -> list[tuple[int, re.Match, str, int | None]]:
    out = []
    for i, row, no in body_rows(table):
        m = _QUESTION.match(cell(row, 0))
        if m:
            out.append((i, m, cell(row, 1), no))
    return out


def score(table: RawTable, item: ItemText) -> float:
    if max((len(r) for r in [table.header, *table.rows]), default=0) != 2:
        return 0.0
    return 0.9 if len(_questions(table)) >= MIN_QUESTIONS else 0.0


def characteristic_name(text: str) -> str:
    name = text.strip().rstrip("?").strip()
    return name[:1].upper() + name[1:]


def parse(table: RawTable, item: ItemText, table_id: str) -> list[EqiaImpact]:
    records: list[EqiaImpact] = []
    for _, m, answer, no in _questions(table):
        if not _YES.match(answer):
            continue  # No, unanswered, or answered in words: no negative impact marked
        records.append(
            EqiaImpact(
                **provenance(item, table, table_id, no),
                seq=len(records) + 1,
                characteristic=characteristic_name(m.group("who")),
                impact="negative",
            )
        )
    return records


TABLE = TableKind("eqia_impacts", score, parse)
