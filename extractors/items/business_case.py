"""Business case proposal: starts at its banner ("Business Planning: Business
Case proposal"), or, where the banner is missing, at the header table it opens
("Project Title", "Committee", "2021-22 Saving" ...). Titled by Project Title."""

from __future__ import annotations

import re

from extractors.items import ItemStart
from extractors.items._lines import cell_value, collapse, next_nonblank, prev_nonblank, text, without_appendix_prefix
from schemas.stages import Line

_BANNER = re.compile(
    r"^(?P<planning>business planning\W+)?(?:full |outline |draft )?business case(?: proposal)?$", re.I
)
_PROJECT_TITLE = re.compile(r"^project\s+(?:title|name)\b\s*:?", re.I)
_COMMITTEE = re.compile(r"^committees?\b(?!\s+(?:date|meeting|report|member))\s*:?", re.I)
_SAVING = re.compile(r"^(?:(?:\d{4}[-/]\d{2,4}\s+)?savings?\s*(?::|\t|\s{2,})|(?:\d+\.\s*)?saving\s*/\s*income)", re.I)
_HEADER_LABEL = re.compile(
    r"^(?:project\s+(?:title|name)|committees?\s*(?::|\t)|(?:\d{4}[-/]\d{2,4}\s+)?savings?\s*[:\t]"
    r"|(?:\d+\.\s*)?saving\s*/\s*income|brief description|date of version|bp reference|business leads?)",
    re.I,
)
# Every start line opens with one of these words (cheap first test, and the segmenter's anchor).
_OPENING_WORDS = "business|full|outline|draft|project|committee|appendix|annex"
_QUICK = re.compile(rf"[ \t]*(?:{_OPENING_WORDS})", re.I)


def _is_banner(value: str) -> re.Match | None:
    return _BANNER.match(without_appendix_prefix(value))


def _banner_above(lines: list[Line], i: int) -> bool:
    return any(_is_banner(text(lines, j)) or _PROJECT_TITLE.match(text(lines, j)) for j in prev_nonblank(lines, i, 4))


def _label_follows(lines: list[Line], i: int, label: re.Pattern, n: int) -> bool:
    return any(label.match(text(lines, j)) for j in next_nonblank(lines, i, n))


def _is_label(lines: list[Line], k: int) -> bool:
    return k < len(lines) and bool(_HEADER_LABEL.match(text(lines, k)))


def project_title(lines: list[Line], j: int) -> str:
    """The Project Title field's value at line j: on the same line or in the next
    cell. Lines below it continue the title only where the next header label
    closes them off (a tab-table continuation row always does)."""
    value = cell_value(text(lines, j), _PROJECT_TITLE) or ""
    if not value:
        below = next_nonblank(lines, j, 1)
        if not below or _is_label(lines, below[0]):
            return ""
        j, value = below[0], text(lines, below[0]).replace("\t", " ")
    parts = [value]
    k = j + 1
    while k < len(lines) and len(parts) < 3 and text(lines, k) and not _is_label(lines, k):
        if not (lines[k].text.startswith("\t") or _is_label(lines, k + 1) or _continues_to_label(lines, k + 1)):
            break
        parts.append(text(lines, k).replace("\t", " "))
        k += 1
    return collapse(" ".join(parts))


def _continues_to_label(lines: list[Line], k: int) -> bool:
    """Line k is one more wrapped line with a header label right after it."""
    return k < len(lines) and bool(text(lines, k)) and _is_label(lines, k + 1)


def _title_below(lines: list[Line], i: int) -> str:
    for j in next_nonblank(lines, i, 8):
        if _PROJECT_TITLE.match(text(lines, j)):
            return project_title(lines, j)
    return ""


def match(lines: list[Line], i: int) -> str | None:
    if not _QUICK.match(lines[i].text):
        return None
    t = text(lines, i)
    banner = _is_banner(t)
    if banner:
        if not banner.group("planning") and not _label_follows(lines, i, _HEADER_LABEL, 8):
            return None  # a bare "Business Case" heading needs its header table below
        return _title_below(lines, i)
    if _PROJECT_TITLE.match(t):
        if _banner_above(lines, i) or not _label_follows(lines, i, _HEADER_LABEL, 8):
            return None
        return project_title(lines, i)
    if _COMMITTEE.match(t):
        # A header table that lost its banner and title rows still opens with
        # Committee followed by the saving row.
        if _banner_above(lines, i) or not _label_follows(lines, i, _SAVING, 3):
            return None
        return ""
    return None


START = ItemStart("business_case", match, priority=50, anchor=re.compile(rf"\n[ \t]*(?:{_OPENING_WORDS})"))
