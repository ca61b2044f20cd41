"""Minutes: the meeting they record (`meetings`) and their numbered minutes
(`agenda_items`, with the minute's own number in `minute_no`).

The meeting's body comes from the minutes line ("Minutes of the <body>"), its date and
start time from that line or the few below it, its venue from "held in/at <venue> on".

A minute's heading is a number and a title on a line of their own ("84.<TAB>Apologies",
"7<TAB>Opportunities to ..."), with a blank line above it: the numbers run on by one from the first heading, and
every heading is written like the first (with or without the dot, "45/24" with the
same year), so the numbered
resolutions inside a minute ("1. Approved ...") and numbered lists of names are not
minutes. A "(Item 5)" line under the heading gives the agenda item's number.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.fields import FieldExtractor
from extractors.items._lines import collapse, is_heading, next_nonblank
from extractors.items.minutes import DATE_REACH, is_minutes_line, minutes_body
from extractors.values.dates import date_as_printed, parse_date
from extractors.values.times import parse_time
from extractors.vocabulary import pattern
from schemas.base import Record
from schemas.decisions import Meeting
from schemas.pack_tables import AgendaItem
from schemas.stages import ItemText, Line

# "84.<TAB>Apologies", "7 Welcome", "45/24 Apologies" (a minute numbered within its year).
_HEADING = re.compile(r"^(?P<no>[1-9]\d{0,3})(?P<year>/\d{2,4})?(?P<dot>\.?)(?:\t|\s+)(?P<title>\S.*)$")
#: Lines a minute's title may wrap onto below its number.
TITLE_WRAPS = 3
_VENUE = re.compile(r"\bheld\s+(?:in|at)\s+(?:the\s+)?(?P<venue>.+?)\s+on\b", re.I)


@cache
def _item_ref() -> re.Pattern:
    return re.compile(rf"^\(\s*(?:{pattern('meeting', 'agenda_item')})\s*(?P<no>\d+[a-z]?)\s*\)$", re.I)


def _clean(line: Line) -> str:
    return collapse(line.text.replace("\t", " "))


def meeting(item: ItemText) -> Meeting | None:
    """The meeting from the minutes line and the lines just below it."""
    start = next((k for k in range(len(item.lines)) if is_minutes_line(item.lines, k)), None)
    if start is None:
        return None
    head = [start, *next_nonblank(item.lines, start, DATE_REACH)]
    joined = " ".join(_clean(item.lines[k]) for k in head)
    date = parse_date(joined)
    time, time_text = parse_time(joined)
    venue = _VENUE.search(joined)
    body = minutes_body(item.lines, start)
    return Meeting(
        doc_id=item.doc_id, item_id=item.item_id, line=item.lines[start].no, body=body,
        meeting_date=date.date if date.precision == "day" else None,
        meeting_date_precision="day" if date.precision == "day" else None,
        meeting_date_text=date_as_printed(joined) if date.precision == "day" else None,
        time=time, time_text=time_text, venue=venue.group("venue").strip(" ,") if venue else None,
    )


def _heading(lines: list[Line], k: int) -> re.Match | None:
    """A minute's heading stands apart (a blank line or the item's top above it; a list of
    numbered names runs line under line) and is not a date ("12 September 2024 at 5 pm")."""
    if k > 0 and lines[k - 1].text.strip():
        return None
    t = lines[k].text.strip()
    m = _HEADING.match(t)
    if not m or parse_date(t).precision == "day" and parse_date(m.group("title")).precision != "day":
        return None
    return m if is_heading(collapse(m.group("title").replace("\t", " ")), 200) else None


def _title_and_ref(lines: list[Line], k: int, title: str) -> tuple[str, str | None]:
    """The title run on over its wrapped lines, and the "(Item N)" printed below it."""
    for j in range(k + 1, min(k + 1 + TITLE_WRAPS + 1, len(lines))):
        t = _clean(lines[j])
        ref = _item_ref().match(t)
        if ref:
            return title, ref.group("no")
        if not t or not is_heading(t, 100) or _HEADING.match(t):
            break
        title = f"{title} {t}"
    return title, None


def minute_items(item: ItemText) -> list[Record]:
    lines = item.lines
    out: list[AgendaItem] = []
    expected, written = None, None
    for k in range(len(lines)):
        m = _heading(lines, k)
        if not m or m.group("no").startswith("0"):
            continue
        number, style = int(m.group("no")), (m.group("year"), bool(m.group("dot")))
        if expected is not None and (number != expected or style != written):
            continue
        title, ref = _title_and_ref(lines, k, collapse(m.group("title").replace("\t", " ")))
        printed = m.group("no") + (m.group("year") or "")
        out.append(AgendaItem(
            doc_id=item.doc_id, item_id=item.item_id, line=lines[k].no, seq=len(out) + 1,
            number=ref or printed, title=title, minute_no=printed,
        ))
        expected, written = number + 1, style
    return out


def extract(item: ItemText) -> list[Record]:
    found = meeting(item)
    return ([found] if found else []) + minute_items(item)


FIELDS = FieldExtractor(kinds=("minutes",), extract=extract)
