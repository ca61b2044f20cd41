"""The comparison rules of the answer keys (tests/golden/FORMAT.md), one value at a time.

A key names a value; `resolve` finds the database column that holds it and
how to compare (`_starts` = prefix after whitespace collapse, money in pounds,
ISO dates with a precision, RAG whatever its case, `null` = empty), and
`compare` says whether a database row holds the expected value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: Columns every row carries for provenance: never the home of a key's value.
PROVENANCE = {"doc_id", "item_id", "page", "line", "seq", "table_id"}

#: Key names whose column is named differently in CONTRACT.md, tried after the key's own name.
ALIASES = {
    "to": ("to_body",),
    "from": ("from_text",),
    "type": ("kind",),
    "line": ("line_label", "label"),
    "printed": ("value_text",),
    "text": ("value_text",),
    "names": ("name",),
    "job_title": ("post",),
    "where": ("section",),  # a stated figure's place ("2.3"); WHERE is an SQL keyword
}

#: Keys compared whatever their case (FORMAT: RAG ratings; impacts are an enumeration too).
CASEFOLD = {"rag", "impact"}

ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

#: Marker for "the database has no row here" (a missing row of a list).
NO_ROW = "<no row>"


@dataclass(frozen=True)
class Target:
    """Where a key's value lives in a row and how it is compared."""

    key: str
    column: str | None  # None: no column of the table can hold it
    mode: str  # starts | contains | date | number | bool | casefold | text
    precision: str | None = None  # the *_precision column of a date


def collapse(value) -> str:
    """Text with every run of whitespace turned into one space (FORMAT's `_starts` rule)."""
    return " ".join(str(value).split())


def is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def resolve(key: str, expected, columns: dict[str, tuple[str, str]]) -> Target:
    """The column (by `columns`: lower name -> (name, type)) and comparison for one key."""
    stem, mode = key, None
    for suffix in ("_starts", "_contains"):
        if key.endswith(suffix):
            stem, mode = key[: -len(suffix)], suffix[1:]
    column = _find_column(stem, columns)
    col_type = columns[column.lower()][1].upper() if column else ""
    precision = _precision_column(column, columns) if column else None
    if mode is None:
        if col_type == "DATE" and (expected is None or isinstance(expected, str)):
            mode = "date"
        elif isinstance(expected, bool):
            mode = "bool"
        elif isinstance(expected, (int, float)):
            mode = "number"
        elif stem.lower() in CASEFOLD:
            mode = "casefold"
        else:
            mode = "text"
    return Target(key=key, column=column, mode=mode, precision=precision if mode == "date" else None)


def _find_column(stem: str, columns: dict[str, tuple[str, str]]) -> str | None:
    # A key's `page` is a fact of the real-world keys (the page a row is printed on): it reads the page column.
    candidates = [] if stem in PROVENANCE - {"page"} else [stem]
    candidates += ALIASES.get(stem, ())
    if stem.endswith("_gbp"):  # money: `annual_value_gbp` may live in `annual_value`, `amount_gbp` or `value`
        candidates += [stem[:-4], "amount_gbp", "value_gbp", "value"]
    candidates += [f"{stem}_date"]
    for name in candidates:
        if name.lower() in columns:
            return columns[name.lower()][0]
    return None


def _precision_column(column: str, columns: dict[str, tuple[str, str]]) -> str | None:
    base = column[:-5] if column.lower().endswith("_date") else column
    for name in (f"{column}_precision", f"{base}_precision"):
        if name.lower() in columns:
            return columns[name.lower()][0]
    return None


def compare(target: Target, expected, row: dict | None) -> tuple[bool, object]:
    """(holds, what the row has) for one expected value."""
    if row is None:
        return False, NO_ROW
    if target.column is None:
        return False, None
    got = row.get(target.column)
    if expected is None:
        return is_empty(got), got
    if is_empty(got):
        return False, got
    if target.mode == "date":
        return _dates_match(expected, got, row.get(target.precision) if target.precision else None, target.precision is not None), _show_date(got, row, target)
    return values_match(target.mode, expected, got), got


def values_match(mode: str, expected, got) -> bool:
    """Whether `got` (a database value) is `expected` (an answer-key value) under `mode`."""
    if expected is None:
        return is_empty(got)
    if is_empty(got):
        return False
    if mode == "starts":
        return collapse(got).startswith(collapse(expected))
    if mode == "contains":
        return collapse(expected) in collapse(got)
    if mode == "number":
        return numbers_match(expected, got)
    if mode == "bool":
        return to_bool(got) is expected
    if mode == "casefold":
        return collapse(got).casefold() == collapse(expected).casefold()
    if mode == "date":
        return _dates_match(expected, got, None, False)
    return collapse(got) == collapse(expected)


def to_number(value) -> Decimal | None:
    """A number from a database value: DECIMAL, int, float, or text like "-125000" / "£1,200"."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    text = str(value).replace(",", "").replace("£", "").strip()
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def numbers_match(expected, got) -> bool:
    """Equal to the penny; a key given to N decimals (51.43) also matches a value that rounds to it (51.427)."""
    want, have = to_number(expected), to_number(got)
    if want is None or have is None:
        return False
    if abs(want - have) <= Decimal("0.005"):
        return True
    places = -want.as_tuple().exponent
    return places > 0 and round(have, places) == want


def to_bool(value) -> bool | None:
    if isinstance(value, bool):
        return value
    text = collapse(value).casefold()
    if text in ("yes", "true", "y", "1"):
        return True
    if text in ("no", "false", "n", "0"):
        return False
    return None


def parse_iso(text: str) -> tuple[dt.date, str] | None:
    """("2020-09") -> (2020-09-01, "month"); None when the text is not an ISO date of the keys."""
    m = ISO_DATE.match(text.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        value = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return value, "day" if day else "month" if month else "year"


def _dates_match(expected: str, got, precision, has_precision: bool) -> bool:
    want = parse_iso(str(expected))
    if want is None:
        return False
    if isinstance(got, dt.datetime):
        got = got.date()
    if not isinstance(got, dt.date):
        return collapse(got) == collapse(expected)  # a date kept as ISO text
    if got != want[0]:
        return False
    # A printed month is "2020-09" in the key: the row must say so, not claim a day.
    return not has_precision or (precision or "day") == want[1]


def _show_date(got, row: dict, target: Target):
    if target.precision and isinstance(got, dt.date):
        return f"{got.isoformat()} ({row.get(target.precision) or 'no precision'})"
    return got
