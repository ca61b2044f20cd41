"""Equality impact grids: `Category | Positive | Negative | Neutral impact`,
a mark (X, ✓, Yes) in each column that applies. A characteristic marked in
two columns gives two rows; one with no placeable mark (a dump that lost the
columns) still gives a row, with impact null, so the characteristic is not lost."""

from __future__ import annotations

import re

from extractors.tables.cells import body_rows, cell, find_col, provenance
from extractors.tables.kinds import TableKind
from schemas.records import EqiaImpact
from schemas.stages import ItemText, RawTable

_MARK = re.compile(r"^\s*(?:x|✓|✔|☒|■|yes|y)\s*$", re.IGNORECASE)
IMPACTS = ("positive", "negative", "neutral")


def _impact_columns(table: RawTable) -> dict[int, str]:
    out = {}
    for impact in IMPACTS:
        col = find_col(table.header, impact)
        if col is not None:
            out[col] = impact
    return out


def score(table: RawTable, item: ItemText) -> float:
    cols = _impact_columns(table)
    if len(cols) < 2 or 0 in cols or not body_rows(table):
        return 0.0
    return 0.95


def parse(table: RawTable, item: ItemText, table_id: str) -> list[EqiaImpact]:
    cols = _impact_columns(table)
    records: list[EqiaImpact] = []
    for _, row, no in body_rows(table):
        name = cell(row, 0)
        if not name:
            continue
        marked = [impact for col, impact in sorted(cols.items()) if _MARK.match(cell(row, col))]
        for impact in marked or [None]:
            records.append(
                EqiaImpact(
                    **provenance(item, table, table_id, no),
                    seq=len(records) + 1,
                    characteristic=name,
                    impact=impact,
                )
            )
    return records


TABLE = TableKind("eqia_impacts", score, parse)
