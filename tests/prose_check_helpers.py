"""Synthetic items for the prose and form check tests: re-typed paragraphs (other
amounts, years and names than the seeds) read by the real stated-figures extractor."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extractors.fields.stated_figures import extract as stated_figures
from schemas.records import Cost, ExtractedTable, Proposal
from schemas.stages import ItemText, Line

BASE = {"doc_id": "d", "item_id": "d:001"}


def prose_item(text: str, kind: str = "business_case", item_id: str = "d:001", title: str | None = None) -> ItemText:
    """An item whose lines are `text`'s lines, numbered from 1."""
    lines = [Line(no=n, text=t) for n, t in enumerate(text.strip("\n").split("\n"), start=1)]
    return ItemText(doc_id="d", item_id=item_id, kind=kind, title=title, flavour="markdown", lines=lines)


def with_figures(item: ItemText, *records) -> list:
    """The item's stated figures (as the pipeline finds them) plus the given typed rows."""
    return list(stated_figures(item)) + list(records)


def costs_table(line: int, rows: list[tuple[str, str | None, int | None, bool]], table_id: str = "d:001:t01") -> list:
    """An extracted cost table starting at `line` and its typed rows (label, period, amount, is_total)."""
    typed = [
        Cost(**BASE, seq=n, table_id=table_id, label=label, period=period, line=line + 1 + n // 2,
             amount_gbp=None if amount is None else Decimal(amount), is_total=total)
        for n, (label, period, amount, total) in enumerate(rows)
    ]
    return [ExtractedTable(**BASE, table_id=table_id, line=line, kind="costs")] + typed


def proposal(saving: int | None, fy: str | None = "2024-25", line: int = 1) -> Proposal:
    return Proposal(**BASE, line=line, saving_fy=fy, saving_gbp=None if saving is None else Decimal(saving),
                    saving_text=None if saving is None else f"-£{abs(saving):,}")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
