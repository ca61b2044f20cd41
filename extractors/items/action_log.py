"""Minutes action log: a "Minutes Action Log" / "Action Log" heading, started
at the meeting body's name when the page prints it just above. Titled by the
action-log heading."""

from __future__ import annotations

import re

from extractors.items import ItemStart
from extractors.items._lines import collapse, is_body_name, is_heading, prev_nonblank, text
from schemas.stages import Line

_HEADING = re.compile(r"\s*(?:minutes\s+)?action\s+log\b", re.I)


def _is_heading(value: str) -> bool:
    return bool(_HEADING.match(value)) and is_heading(value.strip(), max_len=100)


def _heading_below(lines: list[Line], i: int) -> int | None:
    """Index of an action-log heading on the next non-blank line (blank runs are one line)."""
    for j in (i + 1, i + 2):
        if j < len(lines) and _HEADING.match(lines[j].text):
            between_blank = all(not lines[k].text.strip() for k in range(i + 1, j))
            return j if between_blank and _is_heading(lines[j].text) else None
    return None


def match(lines: list[Line], i: int) -> str | None:
    raw = lines[i].text
    if _HEADING.match(raw):
        if not _is_heading(raw):
            return None
        above = prev_nonblank(lines, i, 1)
        if above and is_body_name(text(lines, above[0])):
            return None  # started at the body's name above
        return collapse(raw)
    j = _heading_below(lines, i)
    if j is not None and is_body_name(text(lines, i)):
        return collapse(text(lines, j))
    return None


# The heading is on the start line or, below the body's name, up to two lines down.
START = ItemStart("action_log", match, priority=45, anchor=re.compile(r"\n[ \t]*(?:minutes[ \t]+)?action"), reach=(0, 2))
