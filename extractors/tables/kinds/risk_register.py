"""Risk registers: `Risk | Mitigation | RAG (should the risk occur) | Overall Responsibility`.

A RAG printed as a word is `rag_source` 'text'; a blank cell is null (the
PDF reader may supply the cell colour instead: `rag_source` 'colour')."""

from __future__ import annotations

from extractors.tables.cells import body_rows, cell, find_col, has_words, header_words, provenance
from extractors.tables.kinds import TableKind
from extractors.values.colour import rag_from_fill
from extractors.values.rag import find_rag, parse_rag
from schemas.records import Rag, Risk
from schemas.stages import ItemText, RawTable


def _columns(table: RawTable) -> tuple[int | None, int | None, int | None, int | None]:
    h = table.header
    risk = find_col(h, "risk", "issue", "description", exclude=("rag", "rating", "owner", "responsib", "score"))
    mitigation = find_col(h, "mitigat", "control", "action", "response")
    rag = find_col(h, "rag", "rating", "status", "score")
    owner = find_col(h, "responsib", "owner", "lead", "who")
    return risk, mitigation, rag, owner


def score(table: RawTable, item: ItemText) -> float:
    risk, mitigation, rag, owner = _columns(table)
    if risk is None or not body_rows(table):
        return 0.0
    if has_words(header_words(table), "start date", "end date", "positive"):
        return 0.0
    found = sum(col is not None for col in (mitigation, rag, owner))
    if not found and has_words(header_words(table), "likelihood", "probability", "consequence", "impact"):
        found = 1  # a register that rates risks by likelihood and impact instead of RAG
    return {0: 0.0, 1: 0.6, 2: 0.85, 3: 0.95}[found]


def _rag_from_fill(fill) -> Rag | None:
    """A cell colour as a rating, by nearest hue (pale and dark council shades too)."""
    return rag_from_fill(tuple(fill)) if fill else None


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Risk]:
    risk_col, mit_col, rag_col, owner_col = _columns(table)
    records: list[Risk] = []
    for i, row, no in body_rows(table):
        text = cell(row, risk_col)
        if not text:
            continue
        rag_text = cell(row, rag_col)
        rag = parse_rag(rag_text) or (find_rag(rag_text)[0] if rag_text and len(rag_text) < 40 else None)
        source = "text" if rag else None
        if rag is None and table.fills and i < len(table.fills) and rag_col is not None:
            fills = table.fills[i]
            rag = _rag_from_fill(fills[rag_col] if rag_col < len(fills) else None)
            source = "colour" if rag else None
        records.append(
            Risk(
                **provenance(item, table, table_id, no),
                seq=len(records) + 1,
                risk=text,
                mitigation=cell(row, mit_col) or None,
                rag=rag,
                rag_source=source,
                owner=cell(row, owner_col) or None,
            )
        )
    return records


TABLE = TableKind("risk_register", score, parse)
