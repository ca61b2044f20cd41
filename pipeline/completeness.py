"""Say what did not come out: a recognised item whose expected parts are empty.

Each item kind may declare `EXPECTS` (an `extractors.items.Expects`) beside its
`START`. After extraction, every item of that kind with no row in one of those
tables gives a warning `incomplete: ...` on its document. Such warnings leave the
status `ok` (nothing failed), but the run summary counts the documents that have
them, so a user sees that, say, a cover paper yielded no contact.
"""

from __future__ import annotations

from extractors.items import Expects
from extractors.registry import discover
from schemas.base import ItemRow, Record
from schemas.stages import ItemText

#: Every incompleteness warning starts so (the run summary counts documents by it).
PREFIX = "incomplete: "


def expectations() -> dict[str, Expects]:
    return {e.kind: e for e in discover("extractors.items", "EXPECTS")}


def missing_parts(items: list[ItemText], records: list[Record]) -> list[str]:
    """A warning for each expected part of each item that has no row, in item order."""
    expected = expectations()
    present = {(type(r).__table__, r.item_id) for r in records if isinstance(r, ItemRow)}
    warnings = []
    for item in items:
        wanted = expected.get(item.kind)
        for tables, what in wanted.parts if wanted else ():
            if not any((table, item.item_id) in present for table in tables):
                title = f" '{item.title[:60]}'" if item.title else ""
                warnings.append(f"{PREFIX}item {item.item_id} ({item.kind}{title}): no {what} found")
    return warnings


def is_incomplete(warnings: list[str]) -> bool:
    return any(w.startswith(PREFIX) for w in warnings)
