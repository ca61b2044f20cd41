"""Extra tables for committee report cover papers."""

from __future__ import annotations

from schemas.base import ItemRow


class OutcomeItem(ItemRow, table="outcome_items"):
    """One numbered, lettered or bulleted point of a cover paper's `Outcome:`
    field, without its marker (the lead sentence is in `reports.outcome`)."""

    seq: int
    label: str | None = None
    parent_label: str | None = None
    text: str
