"""Risk registers: `Risk | Mitigation | RAG (should the risk occur) | Overall Responsibility`.

A header naming these columns is not enough: the body must read like a register.
Each of the mitigation, rating and owner columns counts only where its cells
hold what such a column holds (actions, ratings, names), and the risk column
must hold descriptions, not figures. A table of prose, of statements or of
actions whose "Status" says "Open" scores low however its header reads.

A RAG printed as a word is `rag_source` 'text'; a blank cell is null (the
PDF reader may supply the cell colour instead: `rag_source` 'colour'). A colour
counts only in the column the header calls a rating: a register that colours
its directorate cells has no RAG.
"""

from __future__ import annotations

from extractors.tables.cells import body_rows, cell, find_col, has_words, header_words, provenance, under_caption
from extractors.tables.evidence import FITS, fill_share, filled_fill_share, fits_column, is_phrase, is_rating, is_short_name, is_text
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


def _rated_by_likelihood(table: RawTable) -> bool:
    """A register that rates risks by likelihood and impact (figures or levels) instead of RAG."""
    cols = [i for i, h in enumerate(table.header) if has_words(h, "likelihood", "probability", "consequence", "impact")]
    return any(fits_column(table, c, is_rating) for c in cols)


def _evidence(table: RawTable) -> int:
    """How many of the register's own columns hold what a register's columns hold. A rating
    (RAG, or likelihood and impact) is the register's mark: without one, mitigations alone
    are not enough (a table of issues and actions is prose as often as it is a register)."""
    risk, mitigation, rag, owner = _columns(table)
    rated = fits_column(table, rag, is_rating) or filled_fill_share(table, rag) >= FITS
    found = sum((fits_column(table, mitigation, is_text), rated, fits_column(table, owner, is_short_name)))
    if found == 1 and not rated:
        found = 0
    return found or int(_rated_by_likelihood(table))


def _reading(table: RawTable) -> RawTable:
    """The table as scored and parsed: a caption across the top read as the line above it."""
    return under_caption(table)


def score(table: RawTable, item: ItemText) -> float:
    table = _reading(table)
    risk = _columns(table)[0]
    if risk is None or not body_rows(table):
        return 0.0
    head = header_words(table)
    if has_words(head, "start date", "end date", "positive"):
        return 0.0
    # a register names risks somewhere: in its header or the caption above it
    if not has_words(head, "risk") and not has_words(table.context, "risk"):
        return 0.0
    # most rows name a risk in words (a prose table's wrapped lines leave the column empty)
    if not fits_column(table, risk, is_phrase) or fill_share(table, risk) < FITS:
        return 0.0
    return {0: 0.0, 1: 0.6, 2: 0.85, 3: 0.95}[_evidence(table)]


def _rag_from_fill(fill) -> Rag | None:
    """A cell colour as a rating, by nearest hue (pale and dark council shades too)."""
    return rag_from_fill(tuple(fill)) if fill else None


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Risk]:
    table = _reading(table)
    risk_col, mit_col, rag_col, owner_col = _columns(table)
    if rag_col is not None and not fits_column(table, rag_col, is_rating) and not table.fills:
        rag_col = None  # a "Status" of Open/Closed is not a rating
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
