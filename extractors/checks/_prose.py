"""Shared helpers for the checks of figures stated in prose: the sentence each
`StatedFigure` sits in (so a check can read the words around it: "cost avoidance
savings of £30,000 in 2024/25"), financial years named after a figure, the stated
cost of a proposal, and the section a line belongs to."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.fields.stated_figures import paragraphs
from extractors.values.dates import parse_fy
from schemas.base import Record
from schemas.records import ExtractedTable, Section
from schemas.stages import ItemText
from schemas.stated_figures import StatedFigure

#: "in the region of £95,000": agreement within 5% of the stated figure.
APPROX_SHARE = Decimal("0.05")
APPROX = "within 5% (the figure is stated as approximate)"

NEAR_BEFORE, NEAR_AFTER = 60, 40
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z£(])")
_FY_AFTER = re.compile(
    r"^\s*(?:in|for|during|throughout|over)\s+(?:the\s+)?(?:financial\s+year\s+|FY\s*)?"
    r"(?P<fy>(?:19|20)?\d{2}\s*[/\-\u2013]\s*(?:19|20)?\d{2})(?!\d)",
    re.IGNORECASE,
)
_AVOIDANCE = re.compile(r"\bcost[\s-]+avoid|\bavoid(?:ed|ance)\b", re.IGNORECASE)
_COST = re.compile(r"\b(?:costs?|investment|invest|funding|budget)\b", re.IGNORECASE)
_NOT_COST = re.compile(r"\b(?:sav\w+|avoid\w*|benefits?|income|rates?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class InProse:
    """A stated figure with the sentence it sits in."""

    figure: StatedFigure
    sentence: str
    #: The sentence up to the figure, and after it.
    before: str
    after: str
    #: Index of the paragraph in the item (figures of one paragraph share it).
    paragraph: int
    #: The whole paragraph's text.
    paragraph_text: str = ""


def of_type(records: list[Record], model: type) -> list:
    return [r for r in records if isinstance(r, model)]


def _heading_breaks(where) -> list[int]:
    """Offsets where a line follows a short unpunctuated line: a heading run into its
    paragraph ("Cost avoidance breakeven point" above "The cost of ...")."""
    out = []
    for (_, prev), (offset, ln) in zip(where, where[1:]):
        head = prev.text.strip()
        if head and len(head.split()) <= 8 and head[-1] not in ".,;:-" and ln.text.strip()[:1].isupper():
            out.append(offset)
    return out


def _sentence_bounds(text: str, at: int, extra: list[int]) -> tuple[int, int]:
    cuts = sorted([(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)] + [(o - 1, o) for o in extra])
    start, end = 0, len(text)
    for cut_start, cut_end in cuts:
        if cut_end <= at:
            start = cut_end
        elif cut_start >= at:
            end = cut_start
            break
    return start, end


def prose_paragraphs(lines, breaks: set[int]) -> list[tuple[str, list]]:
    """Paragraphs as the stated-figures extractor reads them, with a paragraph that a page
    break cut mid-sentence (no closing punctuation, the next one opening in lower case)
    joined to its continuation."""
    out: list[tuple[str, list]] = []
    for text, where in paragraphs(lines, breaks):
        if out and _continues(out[-1][0], text) and where[0][1].no not in breaks:
            prev, prev_where = out[-1]
            shift = len(prev) + 1
            out[-1] = (f"{prev} {text}", prev_where + [(off + shift, ln) for off, ln in where])
        else:
            out.append((text, where))
    return out


def _continues(before: str, after: str) -> bool:
    return bool(before) and before.rstrip()[-1:] not in ".!?:;" and after[:1].islower()


def table_spans(records: list[Record]) -> list[tuple[int, int]]:
    """(first, last) source line of each typed table: from its start to its last typed row."""
    first = {r.table_id: r.line for r in of_type(records, ExtractedTable) if r.line is not None}
    last: dict[str, int] = {}
    for r in records:
        table_id = getattr(r, "table_id", None)
        if table_id in first and not isinstance(r, ExtractedTable) and r.line is not None:
            last[table_id] = max(last.get(table_id, r.line), r.line)
    return [(first[t], end) for t, end in last.items()]


def in_prose(item: ItemText, records: list[Record]) -> list[InProse]:
    """Each stated figure of the item placed in its paragraph and sentence. Figures whose
    text cannot be found again, and those inside a typed table's lines (stacked table
    cells read as prose), are left out."""
    breaks = {s.line for s in of_type(records, Section) if s.line is not None}
    paras = prose_paragraphs(item.lines, breaks)
    spans = table_spans(records)
    used: set[tuple[int, int]] = set()
    out = []
    for figure in sorted(of_type(records, StatedFigure), key=lambda f: f.seq):
        if figure.line is not None and any(a <= figure.line <= b for a, b in spans):
            continue
        found = _locate(paras, figure, used)
        if found is None:
            continue
        p, at = found
        used.add((p, at))
        text, where = paras[p]
        start, end = _sentence_bounds(text, at, _heading_breaks(where))
        stop = at + len(figure.text)
        out.append(InProse(figure, text[start:end], text[start:at], text[stop:end], p, text))
    return out


def _locate(paras, figure: StatedFigure, used: set[tuple[int, int]]) -> tuple[int, int] | None:
    """(paragraph, offset) of the figure's first unused occurrence, searched from its line."""
    for p, (text, where) in enumerate(paras):
        offsets = [off for off, ln in where if _same_line(ln, figure)]
        if not offsets:
            continue
        at = text.find(figure.text, offsets[0])
        while at >= 0 and (p, at) in used:
            at = text.find(figure.text, at + 1)
        if at >= 0:
            return p, at
    return None


def _same_line(ln, figure: StatedFigure) -> bool:
    if figure.line is not None:
        return ln.no == figure.line
    return figure.page is not None and ln.page == figure.page


def fy_after(stated: InProse) -> str | None:
    """The financial year named right after a figure ("£X in 2024/25" -> "2024-25")."""
    m = _FY_AFTER.match(stated.after)
    return parse_fy(m.group("fy")) if m else None


def fy_start(fy: str) -> int:
    return int(fy[:4])


def fy_bounds(fy: str) -> tuple[dt.date, dt.date]:
    """An English council's financial year: 1 April to 31 March."""
    year = fy_start(fy)
    return dt.date(year, 4, 1), dt.date(year + 1, 3, 31)


def is_money(figure: StatedFigure) -> bool:
    return figure.amount_gbp is not None and (figure.unit or "GBP") == "GBP"


def avoidance_by_fy(stated: list[InProse]) -> dict[str, InProse]:
    """Cost avoidance stated per financial year ("cost avoidance savings of £X in 2024/25 and
    £Y in 2025/26"), the first statement of each year."""
    out: dict[str, InProse] = {}
    for s in stated:
        if is_money(s.figure) and _AVOIDANCE.search(s.sentence):
            fy = fy_after(s)
            if fy:
                out.setdefault(fy, s)
    return out


def stated_costs(stated: list[InProse]) -> list[InProse]:
    """Amounts stated as what the proposal costs ("the cost of the scheme over two years is
    expected to be £X", "capital investment of £Y"): a plain £ amount in a
    sentence about cost, investment or funding that is not about savings or rates (read in
    the words around the figure)."""
    return [
        s for s in stated
        if is_money(s.figure) and _COST.search(near(s)) and not _NOT_COST.search(near(s)) and not s.figure.approximate
    ]


def near(s: InProse) -> str:
    """The words around a figure: about ten before it and six after, within its sentence (a
    heading run into the sentence, "Cost avoidance ... The cost of ... is £X", stays out)."""
    return f"{s.before[-NEAR_BEFORE:]}{s.figure.text}{s.after[:NEAR_AFTER]}"


def section_of(records: list[Record], line: int | None) -> str | None:
    """The number of the section (question or paragraph) a source line sits in."""
    if line is None:
        return None
    starts = sorted((s.line, s.number) for s in of_type(records, Section) if s.line is not None and s.number)
    return next((n for no, n in reversed(starts) if no <= line), None)


def close(stated: Decimal, computed: Decimal, approximate: bool) -> bool:
    """Exact to the pound, or within 5% of the stated figure where it is stated as approximate."""
    diff = abs(Decimal(stated) - Decimal(computed))
    if approximate:
        return diff <= abs(Decimal(stated)) * APPROX_SHARE
    return diff < Decimal("0.5")
