"""Arithmetic and consistency checks, one module per check. Each module defines
`CHECK`, a `Check` whose `run` reads typed records and returns `Validation`
rows (pass, fail or skip, with expected and actual).

An `item` check runs once per item: `run(item, item_records)`. A `document`
check compares figures that sit in different items of one pack (a lot budget
in a cover paper against the contracts listed in its appendix):
`run(items, document_records)`, and puts each validation on the item whose
figure it checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from schemas.base import Record, register_all
from schemas.records import Validation
from schemas.stages import ItemText


@dataclass(frozen=True)
class Check:
    name: str
    #: run(item, records) for scope "item"; run(items, records) for scope "document".
    run: Callable[..., list[Validation]]
    scope: str = "item"
    #: For a document check: the record types `run` reads (called when needed: models register
    #: on import), so that only those are kept until the document's checks run and a long
    #: dump's other rows are written away with their item. None: it is given every record.
    #: Where the reading changes, so must this (tests/test_extract_parts.py runs every check
    #: with all records and with only these).
    reads: Callable[[], tuple[type, ...]] | None = None


def table_row_models() -> tuple[type, ...]:
    """Every record model whose rows belong to a table (they have a `table_id`)."""
    return tuple(m for m in register_all().values() if "table_id" in m.model_fields)
