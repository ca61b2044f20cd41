"""Investment bid (a bid to a council fund): starts at its banner
("Investment Proposal Supporting Information", "<Name> Fund Bid") or,
without one, at its `Bid Title` field; titled by the Bid Title."""

from __future__ import annotations

import re

from extractors.items import ItemStart
from extractors.items._lines import cell_value, collapse, is_heading, next_nonblank, prev_nonblank, text
from extractors.items._lines import without_appendix_prefix
from schemas.stages import Line

_BANNER = re.compile(
    r"^(?:investment (?:proposal )?(?:supporting information|proposal|bid)\b"
    # "<Name> Fund Bid" standing as a heading, not "The ... Fund bid will be ..."
    r"|(?!the\b)(?:[a-z&-]+ ){1,3}fund(?:ing)? (?:bid|application)\b\s*(?:[:(–-].*)?$)",
    re.I,
)
_BID_TITLE = re.compile(r"^(?:bid|proposal|investment)\s+(?:title|name)\b\s*:?", re.I)
# Only "Bid Title" opens a bid by itself; the other spellings are read as its title.
_BID_TITLE_START = re.compile(r"^bid\s+title\b", re.I)
# Every start line opens with one of these words or names a fund within its first
# few words (cheap first test, and the segmenter's anchor).
_OPENING_WORDS = r"investment|bid|appendix|annex|(?:[a-z&-]+ ){1,3}fund"
_QUICK = re.compile(rf"[ \t]*(?:{_OPENING_WORDS})", re.I)


def _is_banner(value: str) -> bool:
    value = without_appendix_prefix(value)
    return bool(_BANNER.match(value)) and is_heading(value, max_len=120)


def _bid_title(lines: list[Line], j: int) -> str:
    value = cell_value(text(lines, j), _BID_TITLE) or ""
    if not value:
        after = next_nonblank(lines, j, 1)
        if after and not _BID_TITLE.match(text(lines, after[0])):
            value = text(lines, after[0])
    return collapse(value.replace("\t", " "))


def match(lines: list[Line], i: int) -> str | None:
    if not _QUICK.match(lines[i].text):
        return None
    t = text(lines, i)
    if _is_banner(t):
        for j in next_nonblank(lines, i, 8):
            if _BID_TITLE.match(text(lines, j)):
                return _bid_title(lines, j)
        return ""
    if _BID_TITLE_START.match(t) and not any(_is_banner(text(lines, j)) for j in prev_nonblank(lines, i, 4)):
        return _bid_title(lines, i)
    return None


START = ItemStart("investment_bid", match, priority=50, anchor=re.compile(rf"\n[ \t]*(?:{_OPENING_WORDS})"))
