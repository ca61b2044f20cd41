"""Figures stated in prose: money amounts and counted quantities in the text of a
business case or cover paper, each with the question or paragraph it sits in.

Prose is read paragraph by paragraph (wrapped lines rejoined, so "250 help and
care / hours (per week)" is one phrase); table rows (tab-separated lines) are
left to the table extractors. A counted quantity is a number followed, within a
few lower-case words, by a unit noun (hours, people, beds, (micro-)enterprises,
weeks ...), with a rate such as "per week" kept in its text and unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.entity_patterns import MONEY
from extractors.fields import FieldExtractor
from extractors.sections import extract_sections
from extractors.values.money import parse_money_range
from schemas.stages import ItemText, Line
from schemas.stated_figures import StatedFigure

_APPROX = r"in\s+the\s+region\s+of|approximately|approx\.?|around|about|circa|roughly|nominally|some|an\s+estimated"
_BOUND = r"up\s+to|over|more\s+than|at\s+least|less\s+than|under"
_QUALIFIER = re.compile(rf"(?:\b(?P<approx>{_APPROX})|\b(?:{_BOUND}))\s+$", re.IGNORECASE)
_PERIOD = r"(?:hour|day|week|month|quarter|year|annum)"
_RATE = re.compile(
    rf"(?:\s*\(?\s*(?:per|a|an|each)\s+{_PERIOD}\s*\)?|\s*annually|\s*pa\b|\s*p\.a\.)",
    re.IGNORECASE,
)
# "£1.30 benefits for every £1 invested": the second amount is the ratio's base, not a figure.
_RATIO = re.compile(r"(?:\s+[a-z]+){0,2}\s+for\s+(?:every|each)\s+£[\d.,]+(?:\s+(?:invested|spent))?", re.IGNORECASE)

_UNIT_NOUNS = (
    r"hours?|days?|weeks?|months?|years?|people|persons?|residents?|carers?|clients?|users?|customers?|"
    r"individuals?|adults?|children|families|households?|homes?|beds?|places?|placements?|packages?|"
    r"(?:[a-z]+-)?enterprises?|businesses|providers?|organisations?|jobs?|posts?|staff|workers?|volunteers?|"
    r"visits?|referrals?|assessments?|contracts?|vehicles?|sessions?|members?|enquir\w+|WTE|FTE"
)
# Words that end a noun phrase: "450 over five years" counts nothing.
_NOT_MODIFIER = r"(?:per|a|an|the|of|over|for|in|on|at|by|to|from|with|within|than|or|is|are|was|were|will|be)\b"
# number, optional "+", up to four lower-case modifier words, the unit noun.
_COUNT = re.compile(
    rf"(?<![\w£$/.,:-])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?P<plus>\+)?"
    rf"(?P<mods>(?:\s+(?!{_NOT_MODIFIER})[a-z][a-z-]*){{0,4}}?)\s+(?P<unit>{_UNIT_NOUNS})\b"
)
# After the unit, a rate within a few words: "hours of support per week", "hours to people at home (per week)".
_COUNT_RATE = re.compile(rf"(?P<gap>(?:\s+[a-z]+){{0,4}}?)\s*\(?(?:per|a)\s+(?P<period>{_PERIOD})\)?", re.IGNORECASE)
_QUARTER = re.compile(r"\bQ[1-4]\s*(?:Y|Year\s*)\d\b")
_YEAR_LIKE = re.compile(r"^(?:19|20)\d{2}$")

_RECOMMENDATION = re.compile(r"^\s*Recommendations?\s*(?:\(s\))?\s*:", re.IGNORECASE)
_LABEL_LINE = re.compile(r"^\s*[A-Z][A-Za-z()/ ]{1,40}:\s*(?:\S|$)")
_REC_MARKER = re.compile(r"^\s*(?:•\s*)?(?P<label>\((?:[a-z]|[ivx]+)\)|(?:[a-z]|[ivx]+)[).])\s")
_BULLET = re.compile(r"^\s*•\s")


@dataclass
class Figure:
    start: int  # offset in the paragraph text
    text: str
    amount: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    value: Decimal | None = None
    unit: str | None = None
    approximate: bool = False


def paragraphs(lines: list[Line], breaks: set[int]) -> list[tuple[str, list[tuple[int, Line]]]]:
    """Prose paragraphs: runs of non-blank, non-table lines, broken at bullets and at
    `breaks` (line numbers where a section starts). Returns (text, [(offset, line)])."""
    out: list[tuple[str, list[tuple[int, Line]]]] = []
    text, where = "", []
    for ln in lines:
        stripped = ln.text.strip()
        starts_new = not stripped or "\t" in ln.text or _BULLET.match(ln.text) or ln.no in breaks
        if starts_new and where:
            out.append((text, where))
            text, where = "", []
        if not stripped or "\t" in ln.text:
            continue
        if text:
            text += " "
        where.append((len(text), ln))
        text += stripped
    if where:
        out.append((text, where))
    return out


def money_figures(text: str) -> list[Figure]:
    figures = []
    skip_until = -1
    for m in MONEY.finditer(text):
        if m.start() < skip_until:
            continue
        start, end = m.start() + (len(m.group()) - len(m.group().lstrip())), m.end()
        money = parse_money_range(text[start:end])
        if money is None or money.low is None or re.fullmatch(r"[^\d]*0+", text[start:end]):
            continue
        approximate = money.approximate
        before = _QUALIFIER.search(text[max(0, start - 30) : start])
        if before:
            start -= len(before.group())
            approximate = approximate or bool(before.group("approx"))
        after = _RATIO.match(text, end) or _RATE.match(text, end)
        if after is not None:
            end = skip_until = after.end()
        unit = _money_unit(text[m.end() : end], money.rate)
        single = money.low == money.high
        figures.append(
            Figure(
                start=start,
                text=text[start:end].strip(),
                amount=money.low if single else None,
                low=None if single else money.low,
                high=None if single else money.high,
                unit=unit,
                approximate=approximate,
            )
        )
    return figures


def _money_unit(tail: str, rate: str | None) -> str:
    """"GBP", or "GBP per <period>" from the rate printed with or after the amount
    ("per week", "annually", "ph")."""
    tail = tail.lower()
    rate = (rate or "").lower()
    if "£" in tail:
        return "GBP"  # a ratio's numerator ("£1.30 for every £1")
    period = re.search(_PERIOD, f"{rate} {tail}")
    if period:
        return f"GBP per {period.group()}"
    if "annual" in tail or tail.strip() in ("pa", "p.a.") or rate in ("pa", "p.a."):
        return "GBP per year"
    if rate in ("ph", "p/h"):
        return "GBP per hour"
    return "GBP"


def count_figures(text: str) -> list[Figure]:
    figures = []
    for m in _COUNT.finditer(text):
        num = m.group("num")
        if _YEAR_LIKE.match(num) and not m.group("plus"):
            continue  # "2020 people" is rarer than "in 2020 providers ..."
        start, end = m.start(), m.end()
        unit = m.group("unit")
        rate = _COUNT_RATE.match(text, end)
        if rate and not re.search(r"[.;:]", rate.group("gap")):
            end = rate.end()
            unit = f"{unit} per {rate.group('period').lower()}"
        before = _QUALIFIER.search(text[max(0, start - 30) : start])
        approximate = bool(before and before.group("approx"))
        figures.append(
            Figure(start=start, text=text[start:end], value=Decimal(num.replace(",", "")), unit=unit, approximate=approximate)
        )
    for m in _QUARTER.finditer(text):
        figures.append(Figure(start=m.start(), text=m.group(), unit="quarter"))
    return figures


def recommendation_labels(lines: list[Line], stop_line: int | None) -> dict[int, str]:
    """Line number -> "Recommendation a)" for lines of a Recommendation block before the sections."""
    labels: dict[int, str] = {}
    current: str | None = None
    inside = False
    for ln in lines:
        if stop_line is not None and ln.no >= stop_line:
            break
        if _RECOMMENDATION.match(ln.text):
            inside, current = True, "Recommendation"
            labels[ln.no] = current
            continue
        if inside and _LABEL_LINE.match(ln.text) and not _REC_MARKER.match(ln.text):
            inside = False
        if not inside:
            continue
        m = _REC_MARKER.match(ln.text)
        if m:
            current = f"Recommendation {m.group('label')}"
        labels[ln.no] = current
    return labels


def extract(item: ItemText) -> list[StatedFigure]:
    try:
        return _extract(item)
    except (ValueError, ArithmeticError, IndexError, AttributeError):  # odd text: fewer rows, never a crash
        return []


def _extract(item: ItemText) -> list[StatedFigure]:
    sections = [s for s in extract_sections(item) if s.line is not None]
    starts = sorted((s.line, s.number) for s in sections)
    recommendations = recommendation_labels(item.lines, starts[0][0] if starts else None)
    rows: list[StatedFigure] = []
    for text, where in paragraphs(item.lines, {line for line, _ in starts}):
        figures = sorted(money_figures(text) + count_figures(text), key=lambda f: f.start)
        for figure in figures:
            line = next(ln for offset, ln in reversed(where) if offset <= figure.start)
            section = recommendations.get(line.no) or next((n for no, n in reversed(starts) if no <= line.no), None)
            rows.append(
                StatedFigure(
                    doc_id=item.doc_id,
                    item_id=item.item_id,
                    page=line.page,
                    line=None if item.flavour == "pdf" else line.no,
                    seq=len(rows) + 1,
                    section=section,
                    text=figure.text,
                    amount_gbp=figure.amount,
                    low_gbp=figure.low,
                    high_gbp=figure.high,
                    value=figure.value,
                    unit=figure.unit,
                    approximate=figure.approximate,
                )
            )
    return rows


FIELDS = FieldExtractor(kinds=("business_case", "committee_report"), extract=extract)
