"""Appendix heading: "Appendix 1 – Lot Descriptions", "APPENDIX B", "Annex 2"
standing alone on its line. A mention in a sentence ("see Appendix 2",
"Appendix 2 outlines ...", a wrapped line "Appendix E. The ..." that carries
on the sentence above it), a contents entry or a list of appendices starts
nothing; an appendix heading right above another kind's banner is merged into
that item by the segmenter."""

from __future__ import annotations

import re

from extractors.items import ItemStart
from extractors.items._lines import collapse, is_heading, is_title_case, next_nonblank, prev_nonblank, text
from schemas.stages import Line

_HEADING = re.compile(r"^(?:appendix|annexe?)\s+(?:\d{1,2}[a-z]?|[a-z]|[ivx]+)\b\s*(?P<rest>.*)$", re.I)
_SEPARATOR = re.compile(r"^[–—:.\-]\s*\S")
# "Appendix E. The figures show ...": after a full stop the rest is a new sentence, not a title.
_FULL_STOP_THEN_SENTENCE = re.compile(r"^\.\s+(?P<rest>\S.*)$")
# A line that stops mid-sentence: on a lower-case word, a comma or a dash, or an open bracket.
_OPEN_SENTENCE = re.compile(r"(?:[a-z]|[,(\u2013\u2014-])$")
# A body line, not a heading or running header: long enough to be wrapped prose.
_PROSE_LENGTH = 50


def _titled_rest(rest: str) -> bool:
    """What follows "Appendix N" is a title, not the rest of a sentence."""
    if not rest:
        return True
    sentence = _FULL_STOP_THEN_SENTENCE.match(rest)
    if sentence:
        return is_title_case(sentence.group("rest"))
    if _SEPARATOR.match(rest):
        return True
    return is_title_case(rest)


def is_appendix_heading(value: str) -> bool:
    m = _HEADING.match(value)
    return bool(m) and is_heading(value, max_len=150) and _titled_rest(m.group("rest"))


def continues_a_sentence(lines: list[Line], i: int) -> bool:
    """Line i is the wrapped end of the prose line right above it ("... as set out in" /
    "Appendix E. The ..."): that line is prose and stops mid-sentence, with no blank between."""
    if i == 0 or not lines[i - 1].text.strip():
        return False
    above = lines[i - 1].text.strip()
    return len(above) >= _PROSE_LENGTH and "\t" not in above and bool(_OPEN_SENTENCE.search(above))


def match(lines: list[Line], i: int) -> str | None:
    if not _HEADING.match(lines[i].text.lstrip()):
        return None
    t = text(lines, i)
    if not is_appendix_heading(t) or continues_a_sentence(lines, i):
        return None
    neighbours = prev_nonblank(lines, i, 1) + next_nonblank(lines, i, 1)
    if any(is_appendix_heading(text(lines, j)) for j in neighbours):
        return None  # a list of appendices, not a heading
    return collapse(t)


START = ItemStart("appendix", match, priority=10, anchor=re.compile(r"\n[ \t]*a(?:ppendix|nnex)"))
