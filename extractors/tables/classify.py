"""Give each raw table a kind by asking every registered `TableKind` for a score."""

from __future__ import annotations

from extractors.registry import discover
from extractors.tables.kinds import TableKind
from schemas.stages import ItemText, RawTable

MIN_SCORE = 0.5


def table_kinds() -> tuple[TableKind, ...]:
    return discover("extractors.tables.kinds", "TABLE")


def classify_table(table: RawTable, item: ItemText) -> TableKind | None:
    """The best-scoring kind, or None when no kind scores at least MIN_SCORE."""
    best, best_score = None, 0.0
    for kind in table_kinds():
        score = kind.score(table, item)
        if score > best_score:
            best, best_score = kind, score
    return best if best_score >= MIN_SCORE else None
