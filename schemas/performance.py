"""Performance tables: indicators (KPIs) reported with a RAG, a direction of travel,
an actual and a target, as in a council's performance or scorecard report."""

from __future__ import annotations

from schemas.base import ItemRow
from schemas.records import Rag


class PerformanceIndicator(ItemRow, table="performance_indicators"):
    seq: int
    table_id: str | None = None
    indicator: str
    rag: Rag | None = None
    rag_source: str | None = None  # text | colour
    #: as printed: "Improving", "↑", "Worse", "Same"
    direction: str | None = None
    actual: str | None = None
    target: str | None = None
