"""Performance tables: `Indicator | Actual | Target | RAG | Direction of travel`.

The header words of each column are in the vocabulary ([tables] performance_*).
A table is typed only where its body reads like one: indicators named in words,
and a rating (a RAG word or a coloured cell under a rating header) or a
direction of travel for most of them, with an actual or a target. Values stay
as printed (a percentage, a count, "1 in 4"): they are not all money or numbers.
A colour is a RAG rating only in the column the header calls a rating.
"""

from __future__ import annotations

from extractors.tables.cells import body_rows, cell, find_col, has_words, header_words, provenance, under_caption
from extractors.tables.evidence import FITS, fill_share, filled_fill_share, fits_column, is_rating, is_text
from extractors.tables.kinds import TableKind
from extractors.values.colour import rag_from_fill
from extractors.values.rag import find_rag, parse_rag
from extractors.vocabulary import labels
from schemas.performance import PerformanceIndicator
from schemas.records import Rag
from schemas.stages import ItemText, RawTable

_FIELDS = ("indicator", "rag", "direction", "actual", "target")
#: A direction of travel is a word or an arrow, not a sentence.
DIRECTION_CHARS = 30


def _columns(table: RawTable) -> dict[str, int | None]:
    """Each field's column: the first header cell holding one of its vocabulary words,
    skipping columns an earlier field took ("Performance indicator" is not "Performance")."""
    taken: set[int] = set()
    out: dict[str, int | None] = {}
    for field in _FIELDS:
        words = labels("tables", f"performance_{field}")
        header = [h if i not in taken else "" for i, h in enumerate(table.header)]
        col = find_col(header, *(w.lower() for w in words))
        out[field] = col
        if col is not None:
            taken.add(col)
    return out


def _rated(table: RawTable, col: int | None) -> bool:
    return fits_column(table, col, is_rating) or filled_fill_share(table, col) >= FITS


def _directed(table: RawTable, col: int | None) -> bool:
    return fits_column(table, col, lambda t: len(t) <= DIRECTION_CHARS) and fill_share(table, col) >= FITS


def score(table: RawTable, item: ItemText) -> float:
    table = under_caption(table)
    cols = _columns(table)
    if cols["indicator"] is None or not body_rows(table):
        return 0.0
    if has_words(header_words(table), "risk", "mitigat", "key benefit", "start date"):
        return 0.0
    if not fits_column(table, cols["indicator"], is_text):
        return 0.0
    judged = _rated(table, cols["rag"]) or _directed(table, cols["direction"])
    measured = max(fill_share(table, cols["actual"]), fill_share(table, cols["target"])) >= FITS
    if not (judged and measured):
        return 0.0
    return 0.92 if cols["rag"] is not None and cols["direction"] is not None else 0.88


def _rag(table: RawTable, i: int, row: list[str], col: int | None) -> tuple[Rag | None, str | None]:
    text = cell(row, col)
    rag = parse_rag(text) or (find_rag(text)[0] if text and len(text) < 40 else None)
    if rag:
        return rag, "text"
    if col is not None and table.fills and i < len(table.fills) and col < len(table.fills[i]):
        fill = table.fills[i][col]
        rag = rag_from_fill(tuple(fill)) if fill else None
        return (rag, "colour") if rag else (None, None)
    return None, None


def parse(table: RawTable, item: ItemText, table_id: str) -> list[PerformanceIndicator]:
    table = under_caption(table)
    cols = _columns(table)
    records: list[PerformanceIndicator] = []
    for i, row, no in body_rows(table):
        indicator = cell(row, cols["indicator"])
        if not indicator:
            continue
        rag, source = _rag(table, i, row, cols["rag"])
        records.append(
            PerformanceIndicator(
                **provenance(item, table, table_id, no),
                seq=len(records) + 1,
                indicator=indicator,
                rag=rag,
                rag_source=source,
                direction=cell(row, cols["direction"]) or None,
                actual=cell(row, cols["actual"]) or None,
                target=cell(row, cols["target"]) or None,
            )
        )
    return records


TABLE = TableKind("performance", score, parse)
