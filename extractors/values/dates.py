"""Dates as councils print them, with the precision that was printed.

`19 November 2020`, `24 Nov 2020`, `22 Sept 2020`, `8th October 2020`,
`Thursday, 08 October 2020`, `1/4/20` (UK day/month), `Aug 2020`,
`End Sep 2020`, `Aug 2020 Submitted to Board 19th Aug`; a bare year `2021`.
`N/A`, `TBC` and other words give no date but keep their text.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})\s*(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"

_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s*,?\s+{_YEAR}", re.IGNORECASE)
# "17 April 20" (training plans, reserve-date lists): a two-digit year after a day and month.
_DAY_MONTH_SHORT_YEAR = re.compile(rf"\b{_DAY}\s+{_MONTH}\s+(?P<year>\d{{2}})(?![\d/:.,]?\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_YEAR_ONLY = re.compile(rf"^\s*(?:in\s+)?{_YEAR}\s*$", re.IGNORECASE)


class ParsedDate(BaseModel):
    text: str | None = None
    date: dt.date | None = None
    precision: str | None = None  # day | month | year

    @property
    def iso(self) -> str | None:
        """ISO text at the printed precision: `2020-11-19`, `2020-09`, `2021`."""
        if self.date is None:
            return None
        return {"day": self.date.isoformat(), "month": self.date.isoformat()[:7], "year": str(self.date.year)}[
            self.precision
        ]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _first_match(text: str):
    """The earliest date in the text, preferring the most precise form at a position."""
    candidates = []
    for pattern, precision in (
        (_ISO, "day"),
        (_DAY_MONTH_YEAR, "day"),
        (_MONTH_DAY_YEAR, "day"),
        (_NUMERIC, "day"),
        (_MONTH_YEAR, "month"),
        (_DAY_MONTH_SHORT_YEAR, "day"),
    ):
        m = pattern.search(text)
        if m:
            candidates.append((m.start(), precision != "day", m, pattern, precision))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1]))


def parse_date(text: str | None) -> ParsedDate:
    """The first date printed in `text`, at the precision it was printed."""
    if text is None:
        return ParsedDate()
    clean = " ".join(text.split())
    if not clean:
        return ParsedDate(text=None)
    found = _first_match(clean)
    if found:
        _, _, m, pattern, precision = found
        if pattern in (_NUMERIC, _ISO):
            month = int(m.group("month"))
        else:
            month = _month(m.group("month"))
        day = int(m.group("day")) if precision == "day" else 1
        date = _safe_date(_year(m.group("year")), month, day)
        if date:
            return ParsedDate(text=clean, date=date, precision=precision)
    m = _YEAR_ONLY.match(clean)
    if m:
        return ParsedDate(text=clean, date=dt.date(int(m.group("year")), 1, 1), precision="year")
    return ParsedDate(text=clean)


_FY = re.compile(r"(?<!\d)(?P<a>(?:19|20)?\d{2})\s*[-/\u2013]\s*(?P<b>(?:19|20)?\d{2})(?!\d)")


def parse_fy(text: str | None) -> str | None:
    """A financial year as `2021-22`: from `2021-22`, `2021/22`, `20/21`, `2021/2022`."""
    if not text:
        return None
    for m in _FY.finditer(text):
        a, b = m.group("a"), m.group("b")
        start = _year(a) if len(a) == 2 else int(a)
        end = _year(b) if len(b) == 2 else int(b)
        if end == start + 1 and 1990 <= start <= 2099:
            return f"{start}-{str(end)[-2:]}"
    return None


def date_as_printed(text: str | None) -> str | None:
    """The words of the first date in `text` ("on 12 September 2024" -> "12 September 2024")."""
    found = _first_match(" ".join(text.split())) if text else None
    return found[2].group(0) if found else None
