"""Money as councils print it, to signed pounds.

Handles `-£125,000`, `- £250,000`, `£30k`, `£1.7m`, `c£500k`, `£4.50ph`,
`-312` under a `£000` header (pass `scale=1000`), ranges such as
`£50,000 to £100,000` and `Range between £180,000 - £315,000`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel

# The money columns are DECIMAL(18,2): an amount with more whole digits is no amount a
# council prints (a reference number, a run of digits) and could not be stored.
_LARGEST = Decimal(10) ** 16

_SUFFIX = {"k": Decimal(1000), "m": Decimal(1_000_000), "bn": Decimal(1_000_000_000), "b": Decimal(1_000_000_000)}

# sign, optional "c"/"circa", optional £, number, optional scale suffix, optional rate suffix.
_AMOUNT = re.compile(
    r"""(?P<sign>[-\u2212\u2013]\s*)?
        (?P<approx>\b(?:c\.?|circa|approx\.?)\s*)?
        (?P<pound>£\s*)?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?P<suffix>\s?(?:k|m|bn)\b|(?<=\d)(?:k|m|bn|K|M))?
        (?P<rate>\s?(?:ph|p/h|pa|p\.a\.|per\s+(?:hour|annum|year|week)))?
    """,
    re.VERBOSE | re.IGNORECASE,
)

_PERCENT = re.compile(r"\s*%")


class Money(BaseModel):
    """A printed amount: `low == high` for a single figure."""

    text: str
    low: Decimal | None = None
    high: Decimal | None = None
    approximate: bool = False
    rate: str | None = None  # "ph", "pa" ...

    @property
    def value(self) -> Decimal | None:
        return self.low if self.low == self.high else None


def _to_decimal(num: str) -> Decimal | None:
    try:
        return Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None


def _amount(m: re.Match, scale: int) -> Decimal | None:
    value = _to_decimal(m.group("num"))
    if value is None:
        return None
    suffix = (m.group("suffix") or "").strip().lower()
    if suffix:
        value *= _SUFFIX[suffix]
    elif not m.group("pound"):
        value *= scale
    if m.group("sign"):
        value = -value
    if abs(value) >= _LARGEST:
        return None
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.quantize(Decimal("0.01"))


def find_amounts(text: str, scale: int = 1) -> list[tuple[Decimal, re.Match]]:
    """Every amount in `text` with its match; bare numbers count only when `scale` > 1
    or when the text holds no £ sign at all."""
    has_pound = "£" in text
    out = []
    for m in _AMOUNT.finditer(text):
        if has_pound and not m.group("pound") and not m.group("suffix"):
            continue
        if _PERCENT.match(text, m.end()):  # 13% is a rate, never an amount
            continue
        value = _amount(m, scale)
        if value is not None:
            out.append((value, m))
    return out


def parse_money(text: str | None, scale: int = 1) -> Decimal | None:
    """The single amount printed in `text`, in signed pounds; None if there is none
    or if the text holds a range. `scale=1000` for cells under a `£000` header."""
    money = parse_money_range(text, scale)
    return money.value if money else None


def parse_money_range(text: str | None, scale: int = 1) -> Money | None:
    """A single amount or a range (`£50,000 to £100,000`) as a `Money`."""
    if not text or not text.strip():
        return None
    clean = text.strip()
    amounts = find_amounts(clean, scale)
    if not amounts:
        return None
    approximate = any(m.group("approx") for _, m in amounts)
    rate = next((m.group("rate").strip().lower() for _, m in amounts if m.group("rate")), None)
    if len(amounts) >= 2 and _is_range(clean, amounts[0][1], amounts[1][1]):
        low, high = amounts[0][0], amounts[1][0]
        if not _between(clean, amounts[0][1], amounts[1][1]).strip():
            high = abs(high)  # the range's hyphen was read as the second amount's sign
        return Money(text=clean, low=low, high=high, approximate=approximate, rate=rate)
    value = amounts[0][0]
    return Money(text=clean, low=value, high=value, approximate=approximate, rate=rate)


def _between(text: str, a: re.Match, b: re.Match) -> str:
    return text[a.end(): b.start()]


def _is_range(text: str, a: re.Match, b: re.Match) -> bool:
    gap = _between(text, a, b).strip().lower()
    # "£180,000 - £315,000": the hyphen was read as b's sign; the gap is then empty.
    if gap == "" and b.group("sign"):
        return True
    return gap in ("to", "-", "\u2013", "–", "and")


# --- units a column of figures is printed in -------------------------------------------------

#: Pounds one printed unit stands for, by money unit.
MONEY_UNITS = {"£": 1, "£000": 1000, "£m": 1_000_000, "£bn": 1_000_000_000}

_QUOTE = "['’‘`´]?"  # `£'000`, `£’m`: a typographic apostrophe is the same unit
_UNITS = [
    ("£bn", rf"£\s*{_QUOTE}\s*bn\b|£\s*billions?\b"),
    ("£m", rf"£\s*{_QUOTE}\s*m(?:n|illions?)?\b"),
    ("£000", rf"£\s*{_QUOTE}\s*000(?:\s*{_QUOTE}\s*s)?(?![\d,])|£\s*{_QUOTE}\s*k\b|£\s*thousands?\b"),
    ("%", r"%|\bper\s*cent\b|\bpercentage\b"),
    ("years", r"\(\s*(?:years?|yrs|months?)\s*\)|^(?:years?|months?)$"),
    ("count", r"^(?:no\.?|number|count|fte|headcount)$|\(\s*(?:no\.?|number|fte)\s*\)"),
    ("£", r"\(\s*£\s*\)|^£$|£\s*$|\bpounds\b"),
]
_UNIT_PATTERNS = [(unit, re.compile(rx, re.IGNORECASE)) for unit, rx in _UNITS]


def printed_unit(text: str | None) -> str | None:
    """The unit a header, units cell or caption prints (`£000` for `£’000s`, `£m` for `(£m)`,
    `%`, `years`, `count`, `£` for `(£)`); money units are looked for first."""
    clean = " ".join((text or "").split())
    if not clean:
        return None
    return next((unit for unit, rx in _UNIT_PATTERNS if rx.search(clean)), None)


def printed_unit_text(text: str | None) -> str | None:
    """The unit as printed in `text` (`£000s`, `(£)`, `£’m`): the words `printed_unit` read."""
    clean = " ".join((text or "").split())
    for _, rx in _UNIT_PATTERNS:
        m = rx.search(clean)
        if m:
            return m.group(0)
    return None


def is_money_unit(unit: str | None) -> bool:
    return unit in MONEY_UNITS
