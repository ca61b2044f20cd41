"""Committee report cover paper.

Two layouts: a heading (the title, maybe wrapped over two lines) followed by
`To:` and `Meeting Date:` / `Date:` labels; or a `From:` / `By:` block with
`To:`, `Subject:` (the title) and decision labels (`Decision no:`,
`Key decision:`, `Classification:`, `Electoral division:`).
"""

from __future__ import annotations

import re

from extractors.items import Expects, ItemStart
from extractors.items._lines import cell_value, collapse, is_heading, next_nonblank, prev_nonblank, text
from schemas.stages import Line

_TO_STARTS = ("To", "TO", "to")
_ITEM_NUMBER = re.compile(r"^agenda\s+item(?:\s+no\.?)?\s*:?\s*\d+[a-z]?\s*$", re.I)
_TO = re.compile(r"^to\s*(?::|\t)", re.I)
_DATE = re.compile(r"^(?:meeting\s+)?date(?:\s+of\s+meeting)?\s*(?::|\t)", re.I)
_FROM = re.compile(r"^(?:from|by)\s*(?::|\t)", re.I)
_SUBJECT = re.compile(r"^subject\s*(?::|\t)", re.I)
_DECISION_LABEL = re.compile(
    r"^(?:decision\s+no|key\s+decision|classification|electoral\s+divisions?|past pathway)\b", re.I
)
_COVER_LABEL = re.compile(
    r"^(?:to|from|by|subject|(?:meeting\s+)?date|electoral divisions?|forward plan(?: ref)?|key decision|decision no"
    r"|outcome|recommendations?|classification|officer contacts?|member contacts?|agenda item(?: no)?)"
    r"(?:\(s\))?\s*(?::|\t|$)",
    re.I,
)


def _title_line(value: str) -> bool:
    """A line that may hold (part of) a cover paper's title."""
    return is_heading(value, max_len=200) and not _COVER_LABEL.match(value)


def _wraps_into_next(lines: list[Line], i: int) -> bool:
    """Line i is the first of a two-line title: it stands apart from the text
    above, and the next line follows with no blank between and is itself title-like."""
    return (
        (i == 0 or not text(lines, i - 1))
        and i + 1 < len(lines)
        and len(text(lines, i).split()) >= 2
        and _title_line(text(lines, i + 1))
    )


def _date_after(lines: list[Line], j: int) -> bool:
    return any(_DATE.match(text(lines, k)) for k in next_nonblank(lines, j, 3))


def _item_number_above(lines: list[Line], i: int) -> bool:
    above = prev_nonblank(lines, i, 1)
    return bool(above) and bool(_ITEM_NUMBER.match(text(lines, above[0])))


def _headed_cover(lines: list[Line], i: int) -> str | None:
    if _item_number_above(lines, i):
        return None  # started at the "Agenda Item No:" line above
    return _headed_cover_title(lines, i)


def _headed_cover_title(lines: list[Line], i: int) -> str | None:
    """The title if line i is a cover heading (one or two lines) above To: and Date:."""
    t = text(lines, i)
    if not _title_line(t):
        return None
    if i > 0 and _title_line(text(lines, i - 1)) and _wraps_into_next(lines, i - 1):
        return None  # the second line of a wrapped title
    after = next_nonblank(lines, i, 2)
    if not after:
        return None
    if _TO.match(text(lines, after[0])):
        return collapse(t) if _date_after(lines, after[0]) else None
    if after[0] == i + 1 and len(after) == 2 and _TO.match(text(lines, after[1])) and _wraps_into_next(lines, i):
        return collapse(t + " " + text(lines, i + 1)) if _date_after(lines, after[1]) else None
    return None


def _labelled_value(lines: list[Line], j: int, label: re.Pattern) -> str:
    """A label's value plus continuation lines up to the next label or blank."""
    parts = [cell_value(text(lines, j), label) or ""]
    k = j + 1
    while k < len(lines) and len(parts) < 3:
        following = text(lines, k)
        if not following or _COVER_LABEL.match(following):
            break
        parts.append(following.replace("\t", " "))
        k += 1
    return collapse(" ".join(parts))


def _from_block_cover(lines: list[Line], i: int) -> str | None:
    """`From:` may name several people over a dozen lines before `To:`; `Subject:`
    follows `To:` closely, and a decision label follows within the header."""
    after = next_nonblank(lines, i, 30)
    to = [k for k, j in enumerate(after[:16]) if _TO.match(text(lines, j))]
    if not to:
        return None
    subject = [j for j in after[to[0] : to[0] + 6] if _SUBJECT.match(text(lines, j))]
    if not subject or not any(_DECISION_LABEL.match(text(lines, j)) for j in after):
        return None
    return _labelled_value(lines, subject[0], _SUBJECT)


def _to_label_near(lines: list[Line], i: int) -> bool:
    """Cheap first test: one of the next three lines starts with "To" (a title
    of at most two lines, with blanks collapsed to one, stands that close)."""
    n = len(lines)
    for j in (i + 1, i + 2, i + 3):
        if j < n and lines[j].text.lstrip()[:2] in _TO_STARTS:
            return True
    return False


def _numbered_cover(lines: list[Line], i: int) -> str | None:
    """An "Agenda Item No: 5" line printed above the cover's heading opens the paper."""
    below = next_nonblank(lines, i, 1)
    if not below:
        return None
    j = below[0]
    return _headed_cover_title(lines, j) if _to_label_near(lines, j) else None


def match(lines: list[Line], i: int) -> str | None:
    raw = lines[i].text.lstrip()
    if raw[:1] in ("F", "f", "B", "b") and _FROM.match(raw):
        return _from_block_cover(lines, i)
    if raw[:1] in ("A", "a") and _ITEM_NUMBER.match(raw):
        return _numbered_cover(lines, i)
    if not _to_label_near(lines, i):
        return None
    return _headed_cover(lines, i)


# A From:/By: block starts on its own line; a headed cover has its To: within three
# lines of its heading, and the heading is at most two lines below an item number.
START = ItemStart(
    "committee_report", match, priority=40, anchor=re.compile(r"\n[ \t]*(?:to|from|by)\b"), reach=(0, 5)
)

EXPECTS = Expects("committee_report", ((("recommendations",), "recommendation"), (("contacts",), "contact")))
