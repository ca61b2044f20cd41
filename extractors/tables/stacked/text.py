"""Cues in the text of stacked table cells: where a cell can end and the next begin.

pdftotext prints each wrapped cell as a block of short lines; blocks are
separated by blank lines in ordinary dumps. Double-spaced dumps (a blank after
nearly every line, which the normaliser drops) only keep runs of blanks, so
there line-number gaps carry little and a kept blank means a strong break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemas.stages import Line

LIST_MARKER = re.compile(r"^\s*(?:•|\(?[a-h]\)|[a-h]\.|\(?\d{1,2}[.)]|\(?(?:i|ii|iii|iv|v|vi)\))\s")
_CONNECTOR_END = re.compile(
    r"(?:[,/&+–-]|\b(?:and|or|of|to|a|an|the|in|for|with|by|from|on|at|as|than|within|per|into|via|including|such|e\.g\.)\s*)$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:)]['’”]?\s*$")
_FIRST_ALPHA = re.compile(r"[A-Za-z0-9£•(]")


@dataclass
class Block:
    """Consecutive non-blank lines with no blank or line gap between them."""

    lines: list[Line]
    #: how the block is separated from the one before: "blank" (a kept blank line) or "gap" (line numbers jump)
    brk: str = "blank"
    notes: list[str] = field(default_factory=list)


def is_double_spaced(lines: list[Line]) -> bool:
    """True where most neighbouring text lines are two numbers apart: the normaliser
    dropped a blank after nearly every line, so single blanks meant nothing."""
    pairs = gaps = 0
    for a, b in zip(lines, lines[1:]):
        if a.text.strip() and b.text.strip():
            pairs += 1
            gaps += b.no - a.no >= 2
    return pairs > 0 and gaps / pairs > 0.3


def blocks(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    blank_seen = True
    prev: Line | None = None
    for ln in lines:
        if not ln.text.strip():
            blank_seen = True
            continue
        if prev is None or blank_seen:
            out.append(Block([ln], "blank"))
        elif ln.no - prev.no > 1:
            out.append(Block([ln], "gap"))
        else:
            out[-1].lines.append(ln)
        blank_seen, prev = False, ln
    return out


_APPROX_VALUE = re.compile(r"^\W*c(?:irca)?\.?\s?£?\d")  # c50%, c£500k: a value, not a lower-case word


def first_char(text: str) -> str:
    if _APPROX_VALUE.match(text):
        return "0"
    m = _FIRST_ALPHA.search(text)
    return m.group(0) if m else ""


def starts_lower(text: str) -> bool:
    return first_char(text).islower()


def starts_upper(text: str) -> bool:
    c = first_char(text)
    return bool(c) and (c.isupper() or c.isdigit() or c in "£•")


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


def ends_connector(text: str) -> bool:
    return bool(_CONNECTOR_END.search(text.strip()))


def is_list_item(text: str) -> bool:
    return bool(LIST_MARKER.match(text))


def name_like(text: str) -> bool:
    """A line that could open a name cell: capitalised words, initials, `/`, `,`, `and`, `of`."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", text)
    if not words or is_list_item(text):
        return False
    small = {"and", "of", "the", "for", "in", "&"}
    return all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()


def name_like_cont(text: str) -> bool:
    """A line that could carry on a name cell: capitalised words and joining words only."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", text)
    small = {"and", "of", "the", "for", "in", "&", "with"}
    return bool(words) and not is_list_item(text) and all(w[0].isupper() or w.lower() in small for w in words)


def joined(lines: list[Line]) -> str:
    return " ".join(" ".join(ln.text.split()) for ln in lines if ln.text.strip())


def boundary_score(before: list[Line], after: list[Line], brk: str, double_spaced: bool) -> float:
    """How much the text reads like a new cell starting at `after[0]` (higher = more)."""
    a, b = before[-1].text.strip(), after[0].text.strip()
    score = 0.0
    if brk == "blank":
        score += 3.0 if double_spaced else 2.0
    elif brk == "gap" and not double_spaced:
        score += 1.0
    elif not brk and not double_spaced:
        score -= 1.5  # blocks are cells in ordinary dumps: a break inside one is unlikely
    if ends_sentence(a):
        score += 1.5
    if starts_lower(b):
        score -= 3.0
    elif starts_upper(b):
        score += 1.0
    if ends_connector(a):
        score -= 2.0
    if is_list_item(b) and (a.endswith(":") or any(is_list_item(ln.text) for ln in before)):
        score -= 2.5  # the next item of a list already running in this cell
    last_word = a.split()[-1] if a.split() else ""
    if not ends_sentence(a) and last_word[:1].isupper() and b[:1].isupper() and not is_list_item(b):
        score -= 1.0  # a proper name running on ("of Personal" / "Assistants")
    wide_a = max(len(ln.text.strip()) for ln in before)
    wide_b = max(len(ln.text.strip()) for ln in after)
    if abs(wide_a - wide_b) >= 4:
        score += 1.0  # the lines change width: another column
    return score
