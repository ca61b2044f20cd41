"""Shared helpers for the agenda-pack checks: read table facts, round as councils
do, and build `Validation` rows with plain-number expected/actual."""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from schemas.base import Record
from schemas.records import TableFact, Validation
from schemas.stages import ItemText

PENNY = Decimal("0.005")


def facts(records: list[Record], kind: str, key: str) -> list[TableFact]:
    return [r for r in records if isinstance(r, TableFact) and r.kind == kind and r.key == key]


def table_fact(records: list[Record], kind: str, key: str, table_id: str | None) -> TableFact | None:
    return next((f for f in facts(records, kind, key) if f.table_id == table_id), None)


def of_type(records: list[Record], model: type) -> list:
    return [r for r in records if isinstance(r, model)]


def nearest_pound(value: Decimal) -> Decimal:
    """Half up, as a spreadsheet's ROUND(x, 0) does."""
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def whole_pounds(value: Decimal) -> Decimal:
    """Truncated towards minus infinity (a spreadsheet showing a cell with no decimals
    rounds; a value typed from an unrounded cell is often cut)."""
    return value.quantize(Decimal(1), rounding=ROUND_FLOOR)


def plain(value: Decimal | float | int | None) -> str | None:
    """A number as plain text: `654231`, `654231.6`, `51.43`."""
    if value is None:
        return None
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def money(value: Decimal | None) -> str:
    """`654,231` or `654,231.60` for details."""
    if value is None:
        return "?"
    d = Decimal(value)
    return f"{d:,.0f}" if d == d.to_integral_value() else f"{d:,.2f}"


def validation(
    item: ItemText, check: str, status: str, expected, actual, detail: str, line: int | None = None
) -> Validation:
    return Validation(
        doc_id=item.doc_id,
        item_id=item.item_id,
        line=line,
        check=check,
        status=status,
        expected=plain(expected) if not isinstance(expected, str) else expected,
        actual=plain(actual) if not isinstance(actual, str) else actual,
        detail=detail,
    )
