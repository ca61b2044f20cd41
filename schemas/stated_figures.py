"""Figures stated in the prose of a business case or cover paper: money amounts
("£160,000 of transformation funding", "in the region of £170,000 per year")
and counted quantities ("750 hours of support per week", "125 more
enterprises"), each with the question or paragraph it sits in."""

from __future__ import annotations

from decimal import Decimal

from schemas.base import Gbp, ItemRow


class StatedFigure(ItemRow, table="stated_figures"):
    seq: int
    #: The question or paragraph number where the figure sits ("7", "2.3"), or
    #: "Recommendation a)" inside a cover paper's recommendation block.
    section: str | None = None
    #: The figure as printed with its qualifiers ("nominally £4.50ph", "750 hours per week").
    text: str
    amount_gbp: Gbp | None = None
    #: A range ("£50,000 to £100,000") has no single amount: its ends are here.
    low_gbp: Gbp | None = None
    high_gbp: Gbp | None = None
    #: A counted quantity (750 for "750 hours per week").
    value: Decimal | None = None
    #: "GBP", "GBP per hour", "hours per week", "enterprises", "quarter" ...
    unit: str | None = None
    approximate: bool = False
