"""Give each raw table a kind by asking every registered `TableKind` for a score.
A table flagged as noise is never typed, whatever its header says."""

from __future__ import annotations

from extractors.registry import discover
from extractors.tables.kinds import TableKind
from extractors.tables.noise import is_noise, noise_reason
from schemas.stages import ItemText, RawTable

MIN_SCORE = 0.5


def table_kinds() -> tuple[TableKind, ...]:
    return discover("extractors.tables.kinds", "TABLE")


def classify_table(table: RawTable, item: ItemText) -> TableKind | None:
    """The best-scoring kind, or None when no kind scores at least MIN_SCORE or the table is noise."""
    if is_noise(table) or noise_reason(table) is not None:
        return None
    best, best_score = None, 0.0
    for kind in table_kinds():
        score = kind.score(table, item)
        if score > best_score:
            best, best_score = kind, score
    return best if best_score >= MIN_SCORE else None
