"""DuckDB DDL generated from the record models, plus the contract's views."""

from __future__ import annotations

import datetime as dt
import types
import typing
from decimal import Decimal
from enum import Enum
from pathlib import Path

from schemas.base import TABLES, Record, register_all

_SCALARS = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    Decimal: "DECIMAL(18,2)",
    dt.date: "DATE",
    dt.datetime: "TIMESTAMP",
}

VIEWS_SQL = Path(__file__).with_name("views.sql")


def duckdb_type(annotation) -> str:
    """DuckDB column type for a pydantic field annotation."""
    if typing.get_origin(annotation) is typing.Annotated:
        base, *meta = typing.get_args(annotation)
        for m in meta:
            if m == "JSON":
                return "JSON"
            if isinstance(m, str) and m.startswith("DECIMAL"):
                return m
        return duckdb_type(base)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return duckdb_type(args[0])
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "VARCHAR"
    return _SCALARS[annotation]


def columns(model: type[Record]) -> list[tuple[str, str]]:
    """(name, DuckDB type) for each field of a record model, in order."""
    return [(name, duckdb_type(f.annotation)) for name, f in model.model_fields.items()]


def create_table_sql(model: type[Record]) -> str:
    cols = ",\n  ".join(f'"{n}" {t}' for n, t in columns(model))
    return f'CREATE TABLE IF NOT EXISTS "{model.__table__}" (\n  {cols}\n);'


def ordered_tables() -> list[type[Record]]:
    """Every registered table: the contract's (schemas/records.py) first, then the
    others by module, each module's in the order they are defined."""
    register_all()
    position = {name: i for i, name in enumerate(TABLES)}
    return sorted(TABLES.values(), key=lambda m: (m.__module__ != "schemas.records", m.__module__, position[m.__table__]))


def schema_sql() -> str:
    """The whole schema: every registered table, then the views."""
    tables = "\n\n".join(create_table_sql(m) for m in ordered_tables())
    return tables + "\n\n" + VIEWS_SQL.read_text()


HEADER = """-- Generated from the pydantic models in schemas/: python -m schemas.ddl > docs/schema.sql
-- tests/test_ddl.py fails when this file is out of date.

"""

if __name__ == "__main__":
    print(HEADER + schema_sql(), end="")
