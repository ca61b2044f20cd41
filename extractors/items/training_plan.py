"""Committee training plan: a heading ending in "Training Plan" (or "Member
Development Programme"), maybe with a year such as 2020/21; not a bullet or
sentence naming it."""

from __future__ import annotations

import re

from extractors.items import ItemStart
from extractors.items._lines import collapse, is_heading, is_title_case, text

_HEADING = re.compile(
    r"\b(?:training|member (?:learning and )?development) (?:plan|programme)"
    r"(?:\s*[-–:]?\s*(?:\d{4}(?:[/-]\d{2,4})?|[a-z]+ \d{4}))?$",
    re.I,
)


def match(lines, i: int) -> str | None:
    raw = lines[i].text
    if "raining" not in raw and "RAINING" not in raw and "EVELOPMENT" not in raw and "evelopment" not in raw:
        return None
    t = text(lines, i)
    if _HEADING.search(t) and is_heading(t, max_len=120) and is_title_case(t):
        return collapse(t)
    return None


START = ItemStart("training_plan", match, priority=30, anchor=re.compile(r"training|development"))
