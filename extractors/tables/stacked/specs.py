"""Header signatures of the table kinds found in stacked pdftotext dumps.

pdftotext (without -layout) prints a header row as words joined by spaces,
often wrapped over a few lines (`Risk Mitigation RAG (should` / `the risk
occur)` / `Overall` / `Responsibility`). A signature is the ordered list of
column labels of one table kind; each column also says what its cells hold
(free text, a date, a RAG word, an amount, a mark), which is how the rows are
rebuilt once the columns are lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.tables.stacked.levels import level_run

# what a column's cells hold
TEXT, DATE, RAG, AMOUNT, MONEY, MARK = "text", "date", "rag", "amount", "money", "mark"
# a one-letter level (L, M, H) of a severity x likelihood grid
LEVEL = "level"
# a text cell that closes its row with an estimate in words and money (`Estimated saving: £50,000 to £100,000`)
ESTIMATE = "estimate"

MAX_HEADER_LINES = 7


@dataclass(frozen=True)
class Column:
    label: str  # regex for the printed header label; "" for a column printed without one
    holds: str = TEXT
    #: a closing name cell (owner / lead): its first line is name-like and it repeats across rows
    owner: bool = False


@dataclass(frozen=True)
class Spec:
    name: str
    columns: tuple[Column, ...]

    @property
    def typed(self) -> str | None:
        """What the typed columns hold (one kind per table), or None for an all-text table."""
        kinds = {c.holds for c in self.columns if c.holds != TEXT}
        return kinds.pop() if len(kinds) == 1 else None


_OWNER = r"(?:Overall\s+|Lead\s+|Risk\s+)?Responsib\w*|Lead(?:\s+Officer)?|(?:Risk\s+)?Owner|Responsible(?:\s+Officer)?|Accountable(?:\s+Officer)?|Who"

SPECS: tuple[Spec, ...] = (
    Spec("timetable", (
        Column(r"Tasks?|Milestones?|Activit(?:y|ies)|Actions?|Key\s+(?:stages?|milestones?)"),
        Column(r"Start(?:\s+Date)?", DATE),
        Column(r"End(?:\s+Date)?|Finish(?:\s+Date)?|Completion(?:\s+Date)?|Due(?:\s+Date)?", DATE),
        Column(_OWNER, owner=True),
    )),
    Spec("risk", (
        Column(r"Risks?(?:\s+description)?"),
        Column(r"Mitigations?|Mitigating\s+actions?|Controls?"),
        Column(r"RAG(?:\s+rating)?(?:\s*\([^)]*\))?|Rating", RAG),
        Column(_OWNER, owner=True),
    )),
    Spec("saving", (
        Column(r"(?:[A-Z][\w'’/&-]*)(?:\s+[\w'’/&()-]+){0,5}"),
        Column(r"£\s?0{3}s?|£k|£m", AMOUNT),
    )),
    Spec("cost_lead", (
        Column(r"Scope(?:\s+and\s+tasks)?|Tasks?|Items?|Description"),
        Column(r"(?:In-House\s+)?Lead|Owner|Responsible"),
        Column(r"Amount|Cost|£", MONEY),
    )),
    Spec("kpi", (
        Column(r"Key\s+Benefits?|Benefits?"),
        Column(r"Measures?|Indicators?"),
        Column(r"Baseline"),
        Column(r"Target(?:\s*(?:&|and)\s*Timescales?)?"),
    )),
    Spec("benefits", (
        Column(r"Key\s+Benefits?"),
        Column(r"Approach"),
        Column(r"Issues"),
        Column(r"Evaluation(?:\s+and\s+saving)?", ESTIMATE),
    )),
    Spec("impact_grid", (
        Column(r"Category|Characteristics?|Group"),
        Column(r"Positive(?:\s+impact)?", MARK),
        Column(r"Negative(?:\s+impact)?", MARK),
        Column(r"Neutral(?:\s+impact)?", MARK),
    )),
)

# a header made only of period labels ("1st Year 2nd Year", "Year 1 Year 2", "2021/22 2022/23"):
# money by period, with an unlabelled first column for the row label
_PERIOD = r"\d+\s*(?:st|nd|rd|th)\s+Year|Year\s+\d+|(?:19|20)\d{2}\s*[-/]\s*\d{2,4}"
_PERIODS = re.compile(rf"^\s*(?P<all>(?:{_PERIOD})(?:\s+(?:{_PERIOD}))+)\s*$", re.IGNORECASE)


# a header made only of the words of a rating scale ("Minor Moderate Serious Major"), over rows of
# one-letter levels: how many levels a row holds says how many of the words are the grid's columns
_SCALE_WORDS = {"negligible", "minor", "moderate", "serious", "major", "significant", "severe", "critical",
                "catastrophic", "low", "medium", "high"}
LEVEL_LOOKAHEAD = 30


@dataclass(frozen=True)
class Header:
    spec: Spec
    cells: list[str]  # header cells as printed
    start: int  # index of the first header line
    end: int  # index just past the last header line


def _signature(spec: Spec) -> re.Pattern:
    parts = [rf"({c.label})" for c in spec.columns]
    return re.compile(r"^\s*" + r"\s+".join(parts) + r"\s*$", re.IGNORECASE)


_SIGNATURES = [(spec, _signature(spec)) for spec in SPECS]


def _periods_header(text: str, start: int, end: int) -> Header | None:
    m = _PERIODS.match(text)
    if not m:
        return None
    labels = [p.group(0) for p in re.finditer(_PERIOD, m.group("all"), re.IGNORECASE)]
    columns = (Column(""),) + tuple(Column(re.escape(p), MONEY) for p in labels)
    return Header(Spec("periods", columns), [""] + labels, start, end)


def _levels_header(lines: list, i: int) -> Header | None:
    words = lines[i].text.split()
    if len(words) < 3 or any(w.lower() not in _SCALE_WORDS for w in words):
        return None
    for ln in lines[i + 1 : i + 1 + LEVEL_LOOKAHEAD]:
        m = level_run(ln.text)
        if m:
            n = len(m.group(1).split())
            if n > len(words):
                return None
            columns = (Column(""),) + tuple(Column(re.escape(w), LEVEL) for w in words[:n])
            return Header(Spec("levels", columns), [""] + words[:n], i, i + 1)
    return None


def match_header(lines: list, i: int) -> Header | None:
    """The table header starting at line index `i`, if the next few non-blank lines
    spell a known signature (the shortest such run)."""
    if not lines[i].text.strip():
        return None
    texts: list[str] = []
    j = i
    while j < len(lines) and len(texts) < MAX_HEADER_LINES:
        if lines[j].text.strip():
            texts.append(lines[j].text.strip())
            joined = " ".join(texts)
            if len(joined) > 120:
                return None
            for spec, sig in _SIGNATURES:
                m = sig.match(joined)
                if m:
                    return Header(spec, [" ".join(g.split()) for g in m.groups()], i, j + 1)
            found = (_periods_header(joined, i, j + 1) or _levels_header(lines, i)) if len(texts) == 1 else None
            if found:
                return found
        j += 1
    return None
