"""Year-by-year amounts stated in prose add up to the total stated with them:
"requesting £150,000 of funding over two years (£90k in year 1 and £60k in year 2)".

Within one paragraph, amounts each followed by a year label ("in year 1", "(year 2)",
"in the second year", "in 2024/25") are summed and compared with the plain £ amounts
of the same paragraph that carry no year label. One that agrees passes (exact to the
pound, or within 5% when stated as approximate); when the paragraph states exactly one
such amount and it differs, the check fails; otherwise there is no total to compare
with and no row. The detail also lists where else in the item the total is restated."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from extractors.checks import Check
from extractors.checks._prose import APPROX, InProse, close, fy_after, in_prose, is_money
from extractors.checks._tables import EXACT, gbp, validation
from schemas.base import Record
from schemas.records import Validation
from schemas.stages import ItemText

NAME = "prose_figures_sum"
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_YEAR_N = re.compile(r"^\s*\(?\s*(?:in\s+|for\s+|during\s+)?(?:the\s+)?(?:year|yr)\s*(?P<n>\d)\b", re.IGNORECASE)
_YEAR_ORD = re.compile(
    r"^\s*\(?\s*(?:in|for|during)\s+(?:the\s+)?(?P<ord>first|second|third|fourth|fifth)\s+year\b", re.IGNORECASE
)


def year_label(stated: InProse) -> str | None:
    """"year 1", "year 2" or a financial year, as printed right after the amount."""
    m = _YEAR_N.match(stated.after)
    if m:
        return f"year {m.group('n')}"
    m = _YEAR_ORD.match(stated.after)
    if m:
        return f"year {_ORDINAL[m.group('ord').lower()]}"
    return fy_after(stated)


def restated(all_stated: list[InProse], amount: Decimal, besides: InProse) -> list[str]:
    """The sections (or lines) where the same amount is stated again."""
    places = []
    for s in all_stated:
        if s is not besides and is_money(s.figure) and s.figure.amount_gbp == amount:
            place = s.figure.section or (f"line {s.figure.line}" if s.figure.line else None)
            if place and place not in places:
                places.append(place)
    return places


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    stated = in_prose(item, records)
    by_paragraph: dict[int, list[InProse]] = defaultdict(list)
    for s in stated:
        if is_money(s.figure):
            by_paragraph[s.paragraph].append(s)
    out = []
    for group in by_paragraph.values():
        labelled = [(s, label) for s in group if (label := year_label(s))]
        if len({label for _, label in labelled}) < 2:
            continue
        totals = [s for s in group if all(s is not t for t, _ in labelled)]
        if not totals:
            continue
        computed = sum((s.figure.amount_gbp for s, _ in labelled), start=Decimal(0))
        parts = " + ".join(f"{s.figure.text} ({label})" for s, label in labelled)
        match = next((t for t in totals if close(t.figure.amount_gbp, computed, t.figure.approximate)), None)
        if match is None and len({t.figure.amount_gbp for t in totals}) > 1:
            continue
        total = match or totals[0]
        tolerance = APPROX if total.figure.approximate else EXACT
        again = restated(stated, total.figure.amount_gbp, total)
        also = f"; the same total is also stated in {', '.join(again)}" if again else ""
        where = f" in {total.figure.section}" if total.figure.section else ""
        status = "pass" if match else "fail"
        detail = f"{parts} = {gbp(computed)} against the {total.figure.text} stated{where}; {tolerance}{also}"
        out.append(validation(item, NAME, status, total.figure.amount_gbp, computed, detail, total.figure.line))
    return out


CHECK = Check(NAME, run)
