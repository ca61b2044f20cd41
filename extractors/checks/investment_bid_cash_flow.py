"""An investment bid's advances by year add up to the funding the item states it
requests ("requesting £160,000 of transformation funding", "The funding request
... is £160,000").

The advances are the cash-flow rows whose label says "advance" (revenue and
capital), in pounds after the `£000` scale; cells printed `-` count as nothing.
Tolerance: exact in whole pounds. The request is looked for in the bid itself,
then in the nearest cover paper before it (where packs usually print it); the
check is skipped, with the sum as `actual`, where neither states one."""

from __future__ import annotations

import re

from extractors.checks import Check
from extractors.checks._pack import money, of_type, validation
from extractors.values.money import find_amounts
from schemas.base import Record
from schemas.pack_tables import InvestmentBidLine
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "investment_bid_cash_flow"
_REQUEST = re.compile(r"\brequest(?:ing|ed)?\b|\bbid\s+(?:for|of)\b", re.IGNORECASE)


def stated_request(item: ItemText):
    """The first £ amount in a sentence of the item that speaks of a funding request."""
    for ln in item.lines:
        if "£" not in ln.text:
            continue
        for sentence in re.split(r"(?<=[.;])\s+", ln.text):
            if _REQUEST.search(sentence) and "fund" in sentence.lower():
                amounts = find_amounts(sentence)
                if amounts:
                    return amounts[0][0], ln.no
    return None


def run(items: list[ItemText], records: list[Record]) -> list[Validation]:
    out = []
    for index, item in enumerate(items):
        if item.kind == "investment_bid":
            bid_records = [r for r in records if getattr(r, "item_id", None) == item.item_id]
            out.extend(check_bid(item, items[:index], bid_records))
    return out


def stated_request_near(item: ItemText, earlier: list[ItemText]):
    """The request stated in the bid, else in the nearest cover paper before it."""
    found = stated_request(item)
    if found is None:
        report = next((i for i in reversed(earlier) if i.kind == "committee_report"), None)
        found = stated_request(report) if report else None
    return found


def check_bid(item: ItemText, earlier: list[ItemText], records: list[Record]) -> list[Validation]:
    advances = [r for r in of_type(records, InvestmentBidLine) if "advance" in r.line_label.lower()]
    if not advances:
        return []
    counted = [r for r in advances if r.value_gbp is not None]
    total = sum((r.value_gbp for r in counted), start=0)
    parts = " + ".join(f"{r.line_label} {r.fy} {money(r.value_gbp)}" for r in counted) or "nothing"
    request = stated_request_near(item, earlier)
    if request is None:
        detail = f"advances: {parts} = {money(total)}; no requested amount stated in the bid or its cover paper"
        return [validation(item, NAME, "skip", None, total, detail, advances[0].line)]
    amount, line = request
    detail = f"advances: {parts} = {money(total)}; requested {money(amount)} (line {line}); exact"
    return [validation(item, NAME, "pass" if total == amount else "fail", amount, total, detail, line)]


CHECK = Check(NAME, run, scope="document", reads=lambda: (InvestmentBidLine,))
