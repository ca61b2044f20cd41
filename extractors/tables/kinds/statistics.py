"""Figures by group: `Group | Percentage` under an "Indicator:" caption, `Age | Count | %`.
One record per (group, value column) cell, like costs per period; a blank cell (a total
row printing only its count) is no record.

Typed by what the body holds: a label column, then columns whose headings name a
share or a count and whose cells are counts or shares. Money (`£`) is never a statistic."""

from __future__ import annotations

import re

from extractors.tables.cells import body_rows, cell, clean_cell, reads_like_total
from extractors.tables.find_figure_grids import heading_unit, is_count_or_share, names_a_value
from extractors.tables.kinds import TableKind
from extractors.vocabulary import labels
from schemas.base import Record
from schemas.eqia_tables import GroupStatistic
from schemas.records import TableFact
from schemas.stages import ItemText, RawTable

KIND = "statistics"
#: The share of body rows that must be a label and counts or shares.
FITS = 0.8
MIN_ROWS = 3
_CAPTION_VALUE = re.compile(r"indicator\s*:\s*(?P<value>.+)$", re.IGNORECASE)


def value_columns(table: RawTable) -> list[int]:
    """The columns after the first whose heading names a share or a count."""
    return [i for i, h in enumerate(table.header) if i > 0 and names_a_value(clean_cell(h))]


def fits_row(row: list[str], cols: list[int]) -> bool:
    filled = [cell(row, i) for i in cols if cell(row, i)]
    return bool(cell(row, 0)) and bool(filled) and all(is_count_or_share(t) for t in filled)


def score(table: RawTable, item: ItemText) -> float:
    cols = value_columns(table)
    rows = body_rows(table)
    if not cols or len(rows) < MIN_ROWS or not clean_cell(table.header[0]):
        return 0.0
    if any("£" in c for row in [table.header] + table.rows for c in row):
        return 0.0
    if len(cols) != len(table.header) - 1:
        return 0.0  # a column that is neither the group nor a figure: some other table
    fitting = sum(1 for _, row, _ in rows if fits_row(row, cols))
    return 0.9 if fitting >= FITS * len(rows) else 0.0


def unit_of(heading: str, text: str) -> str | None:
    return "%" if text.strip().endswith("%") else heading_unit(heading)


def indicator(table: RawTable) -> str | None:
    """What the figures measure, where the caption says ("... Indicator:<tab>% who drive to work")."""
    lines = [ln for ln in table.context.splitlines() if ln.strip()]
    if not lines:
        return None
    m = _CAPTION_VALUE.search(clean_cell(lines[-1].replace("\t", " ")))
    return clean_cell(m.group("value")) if m else None


def number(text: str) -> float | None:
    t = text.replace(",", "").replace("%", "").replace("−", "-").strip()
    try:
        return float(t)
    except ValueError:
        return None


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    cols = value_columns(table)
    measured = indicator(table)
    out: list[Record] = []
    for _, row, line in body_rows(table):
        label = clean_cell(cell(row, 0))
        if not fits_row(row, cols):
            continue
        for col in cols:
            text = clean_cell(cell(row, col))
            if not text:
                continue
            heading = clean_cell(table.header[col])
            out.append(GroupStatistic(
                doc_id=item.doc_id, item_id=item.item_id, page=table.page if line is None else None,
                line=line if line is not None else table.line, seq=len(out) + 1, table_id=table_id,
                label=label, value_heading=heading or None, value=number(text), value_text=text,
                unit=unit_of(heading, text), indicator=measured, is_total=reads_like_total(label),
            ))
    return out + table_facts(table, item, table_id, cols, measured, out)


def table_facts(table: RawTable, item: ItemText, table_id: str, cols: list[int], measured: str | None,
                records: list[GroupStatistic]) -> list[TableFact]:
    """What the whole table states: the indicator its caption names; with one value column,
    that column's heading and unit (several columns state several)."""
    stated = {"indicator": measured}
    if len(cols) == 1 and records:
        stated["value_heading"] = records[0].value_heading
        units = {r.unit for r in records}
        stated["unit"] = units.pop() if len(units) == 1 else None
    return [TableFact(doc_id=item.doc_id, item_id=item.item_id, page=table.page, line=table.line, table_id=table_id,
                      kind=KIND, key=key, value_text=value) for key, value in stated.items() if value]


TABLE = TableKind(KIND, score, parse)
