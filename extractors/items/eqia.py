"""Equality Impact Assessment form: an EqIA heading ("Equality Impact Assessment",
"EQIA Submission Form", "Equality Analysis") with the form below it - its fields
("Section 1: Proposal details", "Proposal being assessed", "EqIA title", "Title:",
"Lead Officer name" ...) or its per-characteristic questions ("Are there negative
impacts for Age?", "Age | disproportionate impact? Yes ☒ No ☐"); or, where the
heading was lost, the form's opening line itself.

The heading may carry more print on its line: a version ("Equality Impact
Assessment[version 2.12]") or a running header read into the same line ("EQIA
Submission Form Information collected from the EQIA Submission"); the title is then
the EqIA name alone. The heading is repeated as a page header on every page, and a
form may print a second heading in its first box ("EQIA Submission – ID Number"):
only the first, with the form's fields below it, starts the item. An equality
grid inside a business case has neither, so it starts nothing.
"""

from __future__ import annotations

import re

from extractors.fields.eqia_answers import read_answers
from extractors.items import Expects, ItemStart
from extractors.items._lines import collapse, next_nonblank, prev_nonblank, text, without_appendix_prefix
from extractors.vocabulary import pattern
from schemas.stages import Line

# The EqIA's name as a heading prints it.
_NAME = (
    r"(?:(?:full |initial )?equality (?:and diversity )?(?:impact assessment|analysis)"
    r"(?:\s*/\s*impact assessment)?(?:\s*\((?:eqia|eia)\))?(?: form)?"
    r"|eqia(?: submission)?(?: form)?)"
)
_HEADING = re.compile(rf"^(?:{_NAME}|eqia(?: submission| form)?\b[^.]{{0,60}})$", re.I)
# The name, then a version in brackets or a running header read into the line.
_NAME_THEN_MORE = re.compile(
    rf"^(?P<name>{_NAME})\s*(?:\[[^\]]*\]|\((?:version|v\.?)\s*[^)]*\)|\s(?P<more>[^.:]{{3,70}}))$", re.I
)
# More words than this after the name are a running header read into the heading's line.
_RUNNING_HEADER_WORDS = 4
# Lines that open the form proper (first section, its intro, its first fields).
_OPENING = re.compile(
    r"^(?:this (?:eqia|eia|equality impact assessment) form\b"
    r"|section 1\s*[:.–-]\s*(?:proposal|policy|service|details)"
    r"|proposal being assessed|person undertaking the assessment"
    r"|name of (?:the )?(?:decision|policy|proposal|project|service|activity)"
    r"|(?:\d+\.\s*)?name of activity|eqia title|responsible owner"
    r"|directorate\s*/\s*service)",
    re.I,
)
#: Form fields that may follow the heading (never start an item on their own: "Title:" is everywhere).
_FIELD_BELOW_HEADING = re.compile(
    rf"^(?:section a\b|(?:{pattern('eqia', 'proposal')}|{pattern('eqia', 'lead_officer')}"
    rf"|{pattern('eqia', 'assessor')})\s*(?::|\t|$))",
    re.I,
)
#: How far below the heading the form's first field may stand.
_FIELD_REACH = 12
#: How far below the heading its per-characteristic questions are looked for, and how many make a form.
_QUESTION_REACH = 400
_MIN_QUESTIONS = 3
# Every start line opens with one of these words (cheap first test, and the segmenter's anchor).
_OPENING_WORDS = "equality|eqia|full|initial|appendix|annex|this|section"
_QUICK = re.compile(rf"[ \t]*(?:{_OPENING_WORDS})", re.I)


def eqia_title(value: str) -> str | None:
    """The EqIA name of a heading line (without an appendix label, version or running header), or None.
    A heading in a ruled cell may come with the cells beside it: the first cell is the heading."""
    value = collapse(without_appendix_prefix(value.strip().split("\t")[0]))
    m = _NAME_THEN_MORE.match(value)
    if m and (m.group("more") is None or len(m.group("more").split()) >= _RUNNING_HEADER_WORDS):
        return collapse(m.group("name"))
    return value if _HEADING.match(value) else None


def is_eqia_heading(value: str) -> bool:
    return eqia_title(value) is not None if _QUICK.match(value) else False


def _form_below(lines: list[Line], i: int) -> bool:
    below = next_nonblank(lines, i, _FIELD_REACH)
    if any(_OPENING.match(text(lines, j)) or _FIELD_BELOW_HEADING.match(text(lines, j)) for j in below):
        return True
    window = lines[i + 1 : i + 1 + _QUESTION_REACH]
    return len(read_answers(window)) >= _MIN_QUESTIONS


def match(lines: list[Line], i: int) -> str | None:
    if not _QUICK.match(lines[i].text):
        return None
    t = text(lines, i)
    title = eqia_title(t)
    if title is not None:
        above = prev_nonblank(lines, i, 6)
        if any(is_eqia_heading(text(lines, j)) for j in above):
            return None  # a second heading in the form's first boxes, or the page header repeated
        return title if _form_below(lines, i) else None
    if t[0] in "TtSs" and _OPENING.match(t):
        # The opening without a heading above it (a reader dropped the heading).
        above = prev_nonblank(lines, i, 8)
        if any(is_eqia_heading(text(lines, j)) or _OPENING.match(text(lines, j)) for j in above):
            return None
        return ""
    return None


START = ItemStart("eqia", match, priority=50, anchor=re.compile(rf"\n[ \t]*(?:{_OPENING_WORDS})"))

EXPECTS = Expects("eqia", ((("eqia_impacts", "eqia_scope", "eqia_answers"), "impact, characteristic box or characteristic answer"),))
