"""Agenda front sheet: the meeting body's name as a heading, the meeting date
just below it, and a standalone "AGENDA" line (below the date, or above the
body's name as some councils print it). Titled by the body's name."""

from __future__ import annotations

import re

from extractors.items import Expects, ItemStart
from extractors.items._lines import collapse, is_body_name, next_nonblank, prev_nonblank, text
from schemas.stages import Line

_AGENDA = re.compile(r"^[ \t]*agenda(?: pack| papers)?[ \t]*$", re.I)
# A meeting date with its day: "Thursday, 08 October 2020", "10/03/2022".
_DAY_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    re.I,
)
#: How far below the body's name (in lines) the "AGENDA" line may stand.
_AGENDA_REACH = 60


def _is_date_line(value: str) -> bool:
    return len(value) <= 80 and bool(_DAY_DATE.search(value))


def _dated_body_name(lines: list[Line], i: int) -> bool:
    """Line i names a meeting body and a full date follows within a few lines."""
    if not is_body_name(text(lines, i)):
        return False
    return any(_is_date_line(text(lines, j)) for j in next_nonblank(lines, i, 4))


def match(lines: list[Line], i: int) -> str | None:
    t = text(lines, i)
    if len(t) > 90:
        return None  # neither "AGENDA" nor a body's name
    if _AGENDA.match(t):
        if any(_dated_body_name(lines, j) for j in prev_nonblank(lines, i, 30)):
            return None  # the front sheet already started at the body's name
        for j in next_nonblank(lines, i, 6):
            if _dated_body_name(lines, j):
                return collapse(text(lines, j))
        return None
    if not _dated_body_name(lines, i):
        return None
    if any(_AGENDA.match(text(lines, j)) for j in prev_nonblank(lines, i, 6)):
        return None  # "AGENDA" printed above the name started it
    below = range(i + 1, min(i + 1 + _AGENDA_REACH, len(lines)))
    if any(_AGENDA.match(lines[j].text) for j in below):
        return collapse(t)
    return None


START = ItemStart("agenda", match, priority=30, anchor=re.compile(r"\n[ \t]*agenda(?: pack| papers)?[ \t]*(?=\n|$)"), reach=(0, _AGENDA_REACH))

EXPECTS = Expects("agenda", ((("agenda_items",), "agenda item"),))
