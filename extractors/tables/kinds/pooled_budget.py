"""Pooled budget contributions: `| LA contribution | CCG contribution | Total pooled budget`,
one row per pool, each contribution printed with its share (`£2,421,213 (51.4%)`)."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import clean, find_column, is_repeated_header, or_none, physical_rows
from extractors.values.money import parse_money
from schemas.base import Record
from schemas.pack_tables import PooledBudget
from schemas.stages import ItemText, RawTable

KIND = "pooled_budget"
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# Words that name the council's side and the health side of a pool.
_COUNCIL = ("la ", "la contribution", "council", "local authority")
_HEALTH = ("ccg", "nhs", "health", "icb", "trust")


def score(table: RawTable, item: ItemText) -> float:
    head = " | ".join(clean(c).lower() for c in table.header)
    contributions = head.count("contribution")
    if contributions < 2 and not (contributions and "pool" in head):
        return 0.0
    return 0.95 if "pool" in head or "pool" in table.context.lower() else 0.7


def percent(text: str) -> float | None:
    m = _PERCENT.search(text or "")
    return float(m.group(1)) if m else None


def contribution_columns(header: list[str]) -> tuple[int | None, int | None]:
    """(council column, health column): by their words, else the first two contributions."""
    cols = [i for i, c in enumerate(header) if "contribution" in c.lower()]
    council = next((i for i in cols if any(w in f"{header[i].lower()} " for w in _COUNCIL)), None)
    health = next((i for i in cols if any(w in header[i].lower() for w in _HEALTH)), None)
    rest = [i for i in cols if i not in (council, health)]
    if council is None and rest:
        council = rest.pop(0)
    if health is None and rest:
        health = rest.pop(0)
    return council, health


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    council, health = contribution_columns(header)
    total = find_column(header, "total")
    out: list[Record] = []
    for row in rows[1:]:
        if is_repeated_header(row, header) or not any(parse_money(c) is not None for c in row.cells):
            continue
        out.append(
            PooledBudget(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                label=or_none(row.cell(0)) if parse_money(row.cell(0)) is None else None,
                la_contribution_gbp=parse_money(row.cell(council)),
                la_pct=percent(row.cell(council)),
                ccg_contribution_gbp=parse_money(row.cell(health)),
                ccg_pct=percent(row.cell(health)),
                total_gbp=parse_money(row.cell(total)),
            )
        )
    return out


TABLE = TableKind(KIND, score, parse)
