"""Shared helpers for the business-case table checks: group typed rows by their
table, find the text printed above a table, and build `Validation` rows with
plain-number expected/actual in pounds."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from extractors.values.money import find_amounts
from schemas.base import Record
from schemas.records import Validation
from schemas.stages import ItemText

#: Figures printed in whole pounds must agree to the pound: anything under 50p is noise of
#: the decimal type, a pound or more is a real difference.
TOLERANCE = Decimal("0.5")
EXACT = "exact to the pound (tolerance under £0.50)"


_PRINTED_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def printed_unit(amount: Decimal | None, text: str | None) -> Decimal | None:
    """The pounds one unit of the last printed digit stands for, where the figure was
    printed scaled (`1,260.2` under `£m` is £100,000 a digit); None for whole pounds."""
    m = _PRINTED_NUMBER.search(text or "")
    if amount is None or not m:
        return None
    printed = Decimal(m.group(0).replace(",", ""))
    if not printed:
        return None
    scale = abs(Decimal(amount) / printed)
    if scale <= 1:
        return None
    return scale.quantize(Decimal(1)) * Decimal(10) ** -len(m.group(1) or "")


def rounding_tolerance(units: list[Decimal | None]) -> Decimal:
    """How far a sum of scaled figures may be from its printed total by rounding alone:
    half a printed digit for each figure and for the total; under 50p for whole pounds."""
    known = [u for u in units if u is not None]
    return max(known) / 2 * len(units) if known else TOLERANCE


def by_table(records: list[Record], model: type) -> dict[str | None, list]:
    """Rows of one model grouped by `table_id`, in document order."""
    groups: dict[str | None, list] = defaultdict(list)
    for r in records:
        if isinstance(r, model):
            groups[r.table_id].append(r)
    return dict(groups)


def agrees(a: Decimal | None, b: Decimal | None) -> bool:
    return a is not None and b is not None and abs(Decimal(a) - Decimal(b)) < TOLERANCE


def plain(value) -> str | None:
    """A number as plain text: `-125000`, `4.5`."""
    if value is None:
        return None
    d = Decimal(str(value))
    return str(d.quantize(Decimal(1))) if d == d.to_integral_value() else format(d.normalize(), "f")


def gbp(value) -> str:
    """`£125,000` / `-£14,763` for details."""
    if value is None:
        return "?"
    d = Decimal(value)
    sign = "-" if d < 0 else ""
    body = f"{abs(d):,.0f}" if d == d.to_integral_value() else f"{abs(d):,.2f}"
    return f"{sign}£{body}"


def validation(item: ItemText, check: str, status: str, expected, actual, detail: str,
               line: int | None = None, page: int | None = None) -> Validation:
    """`page` where the checked figure is printed on another page than its line's (a column
    carried on to the next page); else the pipeline takes the line's page."""
    return Validation(
        doc_id=item.doc_id,
        item_id=item.item_id,
        line=line,
        page=page,
        check=check,
        status=status,
        expected=expected if isinstance(expected, str) or expected is None else plain(expected),
        actual=actual if isinstance(actual, str) or actual is None else plain(actual),
        detail=detail,
    )


def amounts_above(item: ItemText, line: int | None, n_lines: int = 3) -> list[tuple[Decimal, int]]:
    """£ amounts printed in the `n_lines` non-blank lines just above source line `line`."""
    if line is None:
        return []
    above = [ln for ln in item.lines if ln.no < line and ln.text.strip() and "\t" not in ln.text]
    found = []
    for ln in above[-n_lines:]:
        found.extend((value, ln.no) for value, m in find_amounts(ln.text) if m.group("pound"))
    return found
