"""Typed rows written by hand for the check tests (re-typed figures, not the seeds')."""

from __future__ import annotations

from decimal import Decimal

from schemas.records import BenefitEstimate, CashFlow, Cost, Proposal, SavingLine
from schemas.stages import ItemText

ITEM = ItemText(doc_id="d", item_id="d:001", kind="business_case", flavour="tabbed", lines=[])
BASE = {"doc_id": "d", "item_id": "d:001"}


def saving(label, amount, total=False, table="t01", line=10):
    return SavingLine(**BASE, seq=1, table_id=table, label=label, amount_gbp=Decimal(amount), is_total=total, line=line)


def cost(label, period, amount, total=False, table="t02", unit="£", level=1):
    """A typed cost row as the costs kind gives it: a known unit, a role from `total`."""
    value = None if amount is None else Decimal(amount)
    return Cost(**BASE, seq=1, table_id=table, label=label, period=period, amount_gbp=value, is_total=total, line=20,
                unit=unit, level=0 if total else level, role="total" if total else "line")


def flow(element, frequency, values, unit="GBP", table="t03"):
    """One row of a two-year quarterly table."""
    return [
        CashFlow(**BASE, seq=1, table_id=table, element=element, frequency=frequency, year=1 + i // 4,
                 quarter=1 + i % 4, value=Decimal(v), unit=unit, line=30)
        for i, v in enumerate(values)
    ]


def benefit(label, low, high, kind="saving", total=False):
    return BenefitEstimate(**BASE, seq=1, table_id="t04", key_benefit=label, low_gbp=Decimal(low),
                           high_gbp=Decimal(high), kind=kind, is_total=total, line=40)


def proposal(saving_gbp, line=1):
    return Proposal(**BASE, saving_gbp=None if saving_gbp is None else Decimal(saving_gbp), line=line)


def milestone(task, start, start_precision, end, end_precision):
    import datetime as dt

    from schemas.records import Milestone

    return Milestone(**BASE, seq=1, table_id="t05", task=task, start_text=str(start), end_text=str(end), line=50,
                     start_date=dt.date.fromisoformat(start), start_precision=start_precision,
                     end_date=dt.date.fromisoformat(end), end_precision=end_precision)
