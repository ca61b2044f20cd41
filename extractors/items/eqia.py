"""Equality Impact Assessment form: an "Equality Impact Assessment" heading
with the form's fields below it ("Section 1: Proposal details", "Proposal being
assessed", "Person undertaking the assessment" ...), or, where the heading was
lost, the form's opening line itself.

The heading is repeated as a page header on every page of the form; only the
one with the form's first fields below it starts the item. An equality grid
inside a business case has neither, so it starts nothing.
"""

from __future__ import annotations

import re

from extractors.items import Expects, ItemStart
from extractors.items._lines import collapse, next_nonblank, prev_nonblank, text, without_appendix_prefix
from schemas.stages import Line

_HEADING = re.compile(
    r"^(?:(?:full |initial )?equality (?:and diversity )?(?:impact assessment|analysis)"
    r"(?:\s*/\s*impact assessment)?(?:\s*\((?:eqia|eia)\))?(?: form)?"
    r"|eqia(?: submission| form)?\b[^.]{0,60})$",
    re.I,
)
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
# Every start line opens with one of these words (cheap first test, and the segmenter's anchor).
_OPENING_WORDS = "equality|eqia|full|initial|appendix|annex|this|section"
_QUICK = re.compile(rf"[ \t]*(?:{_OPENING_WORDS})", re.I)


def _is_heading(value: str) -> bool:
    return bool(_HEADING.match(without_appendix_prefix(value)))


def match(lines: list[Line], i: int) -> str | None:
    if not _QUICK.match(lines[i].text):
        return None
    t = text(lines, i)
    if _is_heading(t):
        if any(_OPENING.match(text(lines, j)) for j in next_nonblank(lines, i, 12)):
            return collapse(without_appendix_prefix(t))
        return None
    if t[0] in "TtSs" and _OPENING.match(t):
        # The opening without a heading above it (a reader dropped the heading).
        above = prev_nonblank(lines, i, 8)
        if any(_is_heading(text(lines, j)) or _OPENING.match(text(lines, j)) for j in above):
            return None
        return ""
    return None


START = ItemStart("eqia", match, priority=50, anchor=re.compile(rf"\n[ \t]*(?:{_OPENING_WORDS})"))

EXPECTS = Expects("eqia", ((("eqia_impacts", "eqia_scope"), "impact or characteristic box"),))
