"""Base record types and the registry that maps each record model to its DuckDB table.

Every row the pipeline writes is a `Record`. A subclass names its table with
the class keyword `table=`; the DDL in `schemas.ddl` is generated from these
models, so the pydantic model is the one source of truth for a table.
"""

from __future__ import annotations

import importlib
import pkgutil
from decimal import Decimal
from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict

#: Money in pounds, signs as printed: DECIMAL(18,2) in DuckDB.
Gbp = Annotated[Decimal, "DECIMAL(18,2)"]

#: A column stored as JSON text in DuckDB (lists of cells, bounding boxes).
Json = Annotated[str, "JSON"]

TABLES: dict[str, type["Record"]] = {}


class Record(BaseModel):
    """One row of one table. Subclasses declare `class X(Record, table="name")`."""

    model_config = ConfigDict(extra="forbid")

    __table__: ClassVar[str] = ""

    def __init_subclass__(cls, table: str | None = None, **kwargs):
        super().__init_subclass__(**kwargs)
        if table:
            cls.__table__ = table
            TABLES[table] = cls


class ItemRow(Record):
    """A row that belongs to an item of a document, with provenance.

    `page` is the 1-based PDF page, `line` the 1-based line of a text dump,
    where the row starts.
    """

    doc_id: str
    item_id: str
    page: int | None = None
    line: int | None = None


def register_all() -> dict[str, type[Record]]:
    """Import every module of `schemas` so that each record model registers its table.
    A new table is a new model in any module here."""
    import schemas

    for info in pkgutil.iter_modules(schemas.__path__):
        importlib.import_module(f"schemas.{info.name}")
    return TABLES
