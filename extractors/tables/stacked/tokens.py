"""Typed cell values spotted inside a stacked line: dates, RAG words, amounts, money.

A stacked row prints the first lines of several cells joined by spaces
(`24 September 2020 6 November 2020 Jane Doe,`); the typed values are
what splits such a line back into cells. These are spotting patterns only;
the typed parsers read the cell text with `extractors.values`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.tables.stacked.specs import AMOUNT, DATE, MONEY, RAG

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_STRONG_DATE = re.compile(
    rf"\b(?:{_DAY}\s+{_MON},?\s+{_YEAR}|{_MON}\s+{_DAY},?\s+{_YEAR}|{_MON},?\s+{_YEAR}"
    rf"|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})\b|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
    r"|(?<!\w)(?:N/A|n/a|TBC|tbc|TBA|tba|Ongoing|ongoing)(?!\w)",
    re.IGNORECASE,
)
# a day and month without a year (`19th Aug`): a date cell only where no full date is on the line
_WEAK_DATE = re.compile(rf"\b{_DAY}\s+{_MON}(?!\s*\d)", re.IGNORECASE)
_RAG = re.compile(r"(?<![\w/-])(?:RED|AMBER|GREEN|Red|Amber|Green)(?![\w-])")
_AMOUNT_END = re.compile(r"(?:(?<=\s)|^)(?P<v>[-\u2212\u2013]?\s?\(?£?\d[\d,]*(?:\.\d+)?\)?)\s*$")
_MONEY = re.compile(r"(?<![\w£])[-\u2212\u2013]?\s?c?£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn)\b)?", re.IGNORECASE)
_EMPTY_CELL = re.compile(r"^\s(?=\S)|(?<=\S)\s{2}(?=\S)")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    strong: bool = True


def find_tokens(text: str, holds: str, empty_cells: bool = False) -> list[Token]:
    """Spans of the typed values of a `holds` column in a line, in order."""
    if holds == DATE:
        found = [Token(m.start(), m.end()) for m in _STRONG_DATE.finditer(text)]
        if not found:
            found = [Token(m.start(), m.end(), strong=False) for m in _WEAK_DATE.finditer(text)]
        return found
    if holds == RAG:
        if empty_cells:  # colour-only RAG cells print nothing: a leading or doubled space stands for them
            m = _EMPTY_CELL.search(text)
            return [Token(m.start(), m.end())] if m else []
        return [Token(m.start(), m.end()) for m in _RAG.finditer(text)][:1]
    if holds == AMOUNT:
        m = _AMOUNT_END.search(text)
        return [Token(m.start("v"), m.end("v"))] if m else []
    if holds == MONEY:
        return [Token(m.start(), m.end()) for m in _MONEY.finditer(text)]
    return []


def any_rag_word(texts: list[str]) -> bool:
    return any(_RAG.search(t) for t in texts)
