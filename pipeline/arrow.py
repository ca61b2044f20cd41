"""Records as Arrow tables, typed like the DuckDB tables (one schema for Parquet and for loading).

Money is decimal128(18, 2), dates date32, booleans bool, JSON columns strings:
the same types the DDL in `schemas.ddl` gives DuckDB, from the same record models.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pyarrow as pa

from schemas.base import Record
from schemas.ddl import columns

_ARROW = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


def arrow_type(duckdb_type: str) -> pa.DataType:
    if duckdb_type.startswith("DECIMAL("):
        precision, scale = (int(n) for n in duckdb_type[len("DECIMAL(") : -1].split(","))
        return pa.decimal128(precision, scale)
    return _ARROW[duckdb_type]


def arrow_schema(model: type[Record]) -> pa.Schema:
    """The Arrow schema of a table, from its record model (as `schemas.ddl` makes the DDL)."""
    return pa.schema([pa.field(name, arrow_type(typ)) for name, typ in columns(model)])


def _fit(value, typ: pa.DataType):
    # DuckDB rounds a Decimal into DECIMAL(18,2) on insert; Arrow refuses extra digits, so round the same way.
    if isinstance(value, Decimal) and pa.types.is_decimal(typ):
        return value.quantize(Decimal(1).scaleb(-typ.scale), rounding=ROUND_HALF_UP)
    return value


def arrow_table(model: type[Record], rows: list[tuple]) -> pa.Table:
    schema = arrow_schema(model)
    arrays = [pa.array([_fit(row[i], f.type) for row in rows], type=f.type) for i, f in enumerate(schema)]
    return pa.Table.from_arrays(arrays, schema=schema)
