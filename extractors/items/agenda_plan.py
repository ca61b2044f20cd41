"""Committee agenda plan (forward plan of meetings): a heading ending in
"Agenda Plan" (maybe with a date), not an agenda line or a bullet naming it."""

from __future__ import annotations

import re

from extractors.items import ItemStart
from extractors.items._lines import collapse, is_heading, is_title_case, text

_HEADING = re.compile(r"\bagenda plan(?:\s*[-–:]?\s*(?:\d{4}(?:[/-]\d{2,4})?|[a-z]+ \d{4}))?$", re.I)


def match(lines, i: int) -> str | None:
    raw = lines[i].text
    if "lan" not in raw and "LAN" not in raw:
        return None
    t = text(lines, i)
    if _HEADING.search(t) and is_heading(t, max_len=120) and is_title_case(t):
        return collapse(t)
    return None


START = ItemStart("agenda_plan", match, priority=30, anchor=re.compile(r"agenda[ \t]+plan"))
