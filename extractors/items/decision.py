"""Record of decision, decision notice, decision recording form.

The form opens with its heading, alone on its line or after the council's name
and a dash ("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION"), and the form's
labels (decision maker, decision number, subject, decision) follow it. Both come
from the vocabulary's [decision] section.

Titled by the decision's subject when the form records one decision, by the
heading when it records several (one per agenda item) or prints no subject.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.items import Expects, ItemStart
from extractors.items._lines import collapse, next_nonblank, text
from extractors.vocabulary import pattern
from schemas.stages import Line

#: How far below the heading (non-blank lines) the form's labels must start.
LABEL_REACH = 25
#: How far below the heading (lines) a subject label may stand to title the item.
TITLE_REACH = 80
#: Longest line a heading (with a council name before it) may be.
HEADING_MAX = 110
#: Labels that show a decision form, not a sentence that names one.
_FORM_FIELDS = ("decision_maker", "decision_no", "title", "decision", "key_decision")


@cache
def _heading() -> re.Pattern:
    # The heading ends the line; a council's name and a dash may stand before it.
    return re.compile(rf"^(?:[^\t]{{0,70}}?\s[–—-]\s*)?(?:{pattern('decision', 'heading')})\s*$", re.I)


@cache
def _label(field: str) -> re.Pattern:
    # A form label opens the line or a cell (a box letter "(a)" may stand before it).
    return re.compile(rf"(?:^|\t)(?:\([a-z]\)\s*)?(?:{pattern('decision', field)})(?:\s*:|\s*\t|\s*$|\s)", re.I)


def is_form_heading(value: str) -> bool:
    return len(value) <= HEADING_MAX and bool(_heading().match(value))


def _has_form_labels(lines: list[Line], i: int) -> bool:
    below = next_nonblank(lines, i, LABEL_REACH)
    found = {f for j in below for f in _FORM_FIELDS if _label(f).search(lines[j].text.strip())}
    return len(found) >= 2


def _single_subject(lines: list[Line], i: int) -> str | None:
    """The subject's value when exactly one subject label stands in the form below
    line i (before another form heading); None for none or several."""
    subjects = []
    for j in range(i + 1, min(i + TITLE_REACH, len(lines))):
        t = text(lines, j)
        if is_form_heading(t):
            break
        m = _label("title").search(t)
        if m:
            subjects.append(j)
    if len(subjects) != 1:
        return None
    return _subject_value(lines, subjects[0])


def _subject_value(lines: list[Line], j: int) -> str | None:
    """The value after the subject label, run on over the lines below it up to a blank
    or the next form label."""
    t = lines[j].text.strip()
    m = _label("title").search(t)
    parts = [t[m.end():].replace("\t", " ")] if m else []
    k = j + 1
    while k < len(lines) and len(parts) < 4:
        nxt = text(lines, k)
        if not nxt or any(_label(f).search(nxt) for f in _FORM_FIELDS) or is_form_heading(nxt):
            break
        parts.append(nxt.replace("\t", " "))
        k += 1
    value = collapse(" ".join(parts)).strip(" :")
    return value or None


def match(lines: list[Line], i: int) -> str | None:
    t = text(lines, i)
    if not is_form_heading(t) or not _has_form_labels(lines, i):
        return None
    heading = collapse(t)
    return _single_subject(lines, i) or heading


def _anchor() -> re.Pattern:
    return re.compile(pattern("decision", "heading").lower())


START = ItemStart("decision", match, priority=45, anchor=_anchor(), reach=(0, 0))

EXPECTS = Expects("decision", ((("decision_points",), "decision taken"),))
