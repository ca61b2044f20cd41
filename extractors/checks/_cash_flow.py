"""Rows of a cash-flow table by role (income or avoidance, expenditure, net,
cumulative, hours), read from the element and frequency words."""

from __future__ import annotations

from decimal import Decimal

from extractors.tables.cells import has_words
from schemas.records import CashFlow


def period(r: CashFlow) -> tuple:
    return (r.year or 0, r.quarter or 0, r.fy or "")


def period_name(key: tuple) -> str:
    year, quarter, fy = key
    return f"Y{year} Q{quarter}" if quarter else fy or f"year {year}"


def role(r: CashFlow) -> str | None:
    if r.unit == "hours":
        if has_words(r.frequency or "", "per week", "week"):
            return "hours_week"
        if has_words(r.frequency or "", "per quarter", "quarter"):
            return "hours_quarter"
        return None
    words = f"{r.element} {r.frequency or ''}"
    if has_words(r.element, "cum", "running"):
        return "cumulative"
    if has_words(r.element, "net"):
        return "net"
    if has_words(words, "avoid", "saving", "income", "benefit", "receipt"):
        return "in"
    if has_words(words, "expenditure", "spend", "cost", "investment", "payment"):
        return "out"
    return None


def series(rows: list[CashFlow], wanted: str) -> dict[tuple, CashFlow]:
    """The first row of a role, by period (a second row of the same role is ignored)."""
    out: dict[tuple, CashFlow] = {}
    for r in rows:
        if role(r) == wanted and r.value is not None:
            out.setdefault(period(r), r)
    return out


def value(r: CashFlow) -> Decimal:
    return Decimal(r.value)
