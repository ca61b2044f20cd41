"""Committee report cover paper.

Three ways in: a heading (the title, maybe wrapped over two lines) followed by
`To:` and `Meeting Date:` / `Date:` labels; a `From:` / `By:` block with
`To:`, `Subject:` (the title) and decision labels (`Decision no:`,
`Key decision:`, `Classification:`, `Electoral division:`); or, whatever the
template, a block of cover labels from the vocabulary ([report], fields named
in [report_layout] cover_fields): at least three of them within a few lines,
one saying where the paper goes (`to` / `meeting_date`), printed as lines or as
a boxed two-column table. A short heading just above the block opens the item.
"""

from __future__ import annotations

import re

from extractors import vocabulary
from extractors.fields.labels import unwrap_labels
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
    while k < len(lines) and len(parts) < 6:
        following = text(lines, k)
        if not following or _COVER_LABEL.match(following) or _LABEL_LINE.match(following):
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


_REPORT_PATTERNS = vocabulary.patterns("report")
_LABEL_LINE = re.compile(
    r"^\s*(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _REPORT_PATTERNS.items()) + r")\s*(?::|\t|$)", re.I
)
_COVER_FIELDS = set(vocabulary.labels("report_layout", "cover_fields"))
_DESTINATION = {"to", "meeting_date"}
#: How many lines a cover's label block may span, blank lines included.
_BLOCK_LINES = 24


def _label_key(lines: list[Line], i: int) -> str | None:
    m = _LABEL_LINE.match(lines[i].text)
    return m.lastgroup if m else None


def _label_block_title(lines: list[Line], j: int) -> str | None:
    """If a cover's label block starts at line j: its subject/title value, or ""
    (no title printed); None if the labels there are not a cover."""
    window = unwrap_labels(lines[j : j + _BLOCK_LINES], _REPORT_PATTERNS)
    keys, subject = set(), None
    for k, line in enumerate(window):
        m = _LABEL_LINE.match(line.text)
        if not m:
            continue
        keys.add(m.lastgroup)
        if m.lastgroup == "subject" and subject is None:
            subject = _labelled_value(window, k, _LABEL_LINE)
    if len(keys & _COVER_FIELDS) < 3 or not keys & _DESTINATION:
        return None
    return subject or ""


def _after_labels(lines: list[Line], i: int) -> bool:
    """A label line (or a lone `LABEL:` tail) among the few lines above line i."""
    return any(
        _label_key(lines, j) or (text(lines, j).endswith(":") and len(text(lines, j).split()) <= 3)
        for j in prev_nonblank(lines, i, 3)
        if j >= i - 6
    )


def _label_block_cover(lines: list[Line], i: int) -> str | None:
    """A cover found by its label block, opened by a short heading just above
    it (`Committee Report`) or, with none, by its first label."""
    if _after_labels(lines, i) or _item_number_above(lines, i):
        return None  # inside a block already open, or opened by the item number above
    if _label_key(lines, i):
        above = prev_nonblank(lines, i, 1)
        if above and i - above[0] <= 2 and _title_line(text(lines, above[0])):
            return None  # the heading above opens it
        return _label_block_title(lines, i)
    if not _title_line(text(lines, i)):
        return None
    below = next_nonblank(lines, i, 1)
    if not below or below[0] - i > 2 or not _label_key(lines, below[0]):
        return None
    above = prev_nonblank(lines, i, 1)
    if above and _title_line(text(lines, above[0])) and above[0] >= i - 2:
        return None  # not the block's own heading: a longer text runs into it
    title = _label_block_title(lines, below[0])
    return None if title is None else (title or collapse(text(lines, i)))


def match(lines: list[Line], i: int) -> str | None:
    raw = lines[i].text.lstrip()
    if raw[:1] in ("F", "f", "B", "b") and _FROM.match(raw):
        return _from_block_cover(lines, i)
    if raw[:1] in ("A", "a") and _ITEM_NUMBER.match(raw):
        return _numbered_cover(lines, i)
    if _to_label_near(lines, i):
        found = _headed_cover(lines, i)
        if found is not None:
            return found
    return _label_block_cover(lines, i)


# A From:/By: block starts on its own line; a headed cover has its To: within three
# lines of its heading, and the heading is at most two lines below an item number;
# a label block says where the paper goes (a `to` or `meeting_date` label) within its span.
START = ItemStart(
    "committee_report", match, priority=40,
    anchor=re.compile(
        r"\n[ \t]*(?:to|from|by|" + vocabulary.pattern("report", "to").lower() + "|"
        + vocabulary.pattern("report", "meeting_date").lower() + r")\b"
    ),
    reach=(0, _BLOCK_LINES),
)

EXPECTS = Expects("committee_report", ((("recommendations",), "recommendation"), (("contacts",), "contact")))
