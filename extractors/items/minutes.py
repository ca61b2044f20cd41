"""Minutes of a meeting: a line opening "Minutes of (a meeting of) the <body>" (vocabulary
[meeting] `minutes`), or a bare "Minutes" line (`minutes_alone`) with the body's name
right above or below it, and the meeting's date on it or just below. The council's and
the body's names printed as short headings right above it belong to the item.

Titled by the minutes line, run on over a wrapped second line ("Minutes of the
Transport and Connectivity" / "Policy Committee") and cut before "held in ...".
"""

from __future__ import annotations

import re
from functools import cache

from extractors.items import Expects, ItemStart
from extractors.items._lines import collapse, is_body_name, is_heading, next_nonblank, prev_nonblank, text
from extractors.values.dates import parse_date
from extractors.vocabulary import pattern
from schemas.stages import Line

#: How many non-blank lines below the minutes line the meeting's date may stand.
DATE_REACH = 3
#: Short headings above the minutes line (council, body) that open the item with it.
LEAD_IN_LINES = 3
#: How many lines above the minutes line those headings may start.
LEAD_IN_REACH = 6
_LEAD_IN_MAX = 60


@cache
def _minutes() -> re.Pattern:
    return re.compile(rf"^(?:{pattern('meeting', 'minutes')})\s+\S", re.I)


@cache
def _minutes_alone() -> re.Pattern:
    return re.compile(rf"^(?:{pattern('meeting', 'minutes_alone')})\s*$", re.I)


@cache
def _body_end() -> re.Pattern:
    return re.compile(rf"\s+(?:{pattern('meeting', 'body_end')})\b.*$", re.I)


def _dated(lines: list[Line], j: int) -> bool:
    return any(parse_date(text(lines, k)).precision == "day" for k in [j, *next_nonblank(lines, j, DATE_REACH)])


def _named_body(lines: list[Line], j: int) -> int | None:
    """The line naming the body next to a bare "Minutes" heading: just above it, else just below."""
    near = [*prev_nonblank(lines, j, 1), *next_nonblank(lines, j, 1)]
    return next((k for k in near if abs(k - j) <= LEAD_IN_REACH and is_body_name(text(lines, k))), None)


def is_minutes_line(lines: list[Line], j: int) -> bool:
    t = text(lines, j)
    if len(t) > 160 or "\t" in t:
        return False
    if _minutes().match(t):
        return _dated(lines, j)
    return bool(_minutes_alone().match(t)) and _named_body(lines, j) is not None and _dated(lines, j)


def minutes_body(lines: list[Line], j: int) -> str | None:
    """The body whose meeting the minutes line at j records."""
    if _minutes().match(text(lines, j)):
        return _prefix().sub("", minutes_title(lines, j)).strip() or None
    k = _named_body(lines, j)
    return collapse(text(lines, k)) if k is not None else None


@cache
def _prefix() -> re.Pattern:
    return re.compile(rf"^(?:{pattern('meeting', 'minutes')})\s+", re.I)


def _is_lead_in(value: str) -> bool:
    return len(value) <= _LEAD_IN_MAX and is_heading(value) and parse_date(value).precision is None


def lead_in_start(lines: list[Line], j: int) -> int:
    """The first of the short headings standing right above the minutes line at j (j if none)."""
    start = j
    for k in prev_nonblank(lines, j, LEAD_IN_LINES):
        if j - k > LEAD_IN_REACH or not _is_lead_in(text(lines, k)):
            break
        start = k
    return start


def minutes_title(lines: list[Line], j: int) -> str:
    """The minutes line, run on over a wrapped next line, cut before "held ..." / "on <date>"."""
    t = collapse(text(lines, j))
    if _minutes_alone().match(t):
        return t
    if j + 1 < len(lines):
        nxt = text(lines, j + 1)
        if nxt and is_heading(nxt, 60) and parse_date(nxt).precision is None and not _body_end().search(t):
            t = f"{t} {collapse(nxt)}"
    return _body_end().sub("", t).strip(" ,.")


def match(lines: list[Line], i: int) -> str | None:
    if is_minutes_line(lines, i):
        return minutes_title(lines, i) if lead_in_start(lines, i) == i else None
    if not _is_lead_in(text(lines, i)):
        return None
    for j in next_nonblank(lines, i, LEAD_IN_LINES):
        if is_minutes_line(lines, j):
            return minutes_title(lines, j) if lead_in_start(lines, j) == i else None
    return None


START = ItemStart(
    "minutes", match, priority=35, anchor=re.compile(r"\n[ \t]*(?:\w+[ \t]+)?minutes\b"), reach=(0, LEAD_IN_REACH)
)

EXPECTS = Expects("minutes", ((("meetings",), "meeting"), (("agenda_items",), "minute")))
