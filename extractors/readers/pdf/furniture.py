"""Running headers, footers and page numbers of a PDF, found by repetition.

A line in the top or bottom margin band whose text (digits masked) recurs on
a good share of the pages is furniture; so is a bare page number in a margin.
No council's strings are known here.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.readers.pdf.lines import PageLine

MARGIN = 0.09  # share of the page height at the top and at the bottom
MIN_SHARE = 0.3  # share of pages a running line must appear on
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)


def _mask(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split())).lower()


def in_margin(line: PageLine, height: float) -> bool:
    return line.bottom <= height * MARGIN or line.top >= height * (1 - MARGIN)


def running_texts(pages: list[tuple[float, list[PageLine]]]) -> set[str]:
    """Masked texts of margin lines that recur on at least MIN_SHARE of the pages (and on two)."""
    counts: Counter = Counter()
    for height, lines in pages:
        counts.update({_mask(ln.text) for ln in lines if in_margin(ln, height)})
    need = max(2, MIN_SHARE * len(pages))
    return {text for text, n in counts.items() if n >= need}


def is_furniture(line: PageLine, height: float, running: set[str]) -> bool:
    if not in_margin(line, height):
        return False
    return _PAGE_NUMBER.match(line.text) is not None or _mask(line.text) in running
