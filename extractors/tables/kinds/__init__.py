"""Typed table parsers, one module per table kind. Each module defines `TABLE`,
a `TableKind`: `score` says how well a raw table's header (and the text above
it) fits the kind, `parse` turns its cells into typed records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from schemas.base import Record
from schemas.stages import ItemText, RawTable


@dataclass(frozen=True)
class TableKind:
    kind: str
    #: score(table, item) -> 0.0 (not this kind) .. 1.0 (certainly this kind)
    score: Callable[[RawTable, ItemText], float]
    #: parse(table, item, table_id) -> typed records
    parse: Callable[[RawTable, ItemText, str], list[Record]]
