"""What a table's body holds, column by column: the evidence a kind's score weighs
beside its header words.

A header can name columns that its body does not fill the way the kind needs:
a "Status" column of "Open"/"Closed" is not a RAG rating, a "Finish" in a form's
subject line is not a date column, a long run of prose under "Description" is
not a list of risks. Each helper answers one question about one column's cells,
as a share of the rows that fill it, so a kind can ask "does this body look
like mine?" without keeping its own lists of words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.tables.cells import body_rows, cell
from extractors.values.dates import parse_date
from extractors.values.rag import find_rag, parse_rag
from extractors.vocabulary import labels
from schemas.stages import RawTable

#: The share of a column's filled cells that must fit for the column to count as evidence.
FITS = 0.5
#: A cell longer than this is a paragraph, not a name, a rating or a date.
SHORT_CHARS = 80

_FIGURE = re.compile(r"^[£$€(+-]*\s*\d[\d,.\s]*%?\)?$")
_LEVEL_SCORE = re.compile(r"^\(?\d{1,2}\s*[x×*]\s*\d{1,2}\)?(?:\s*=\s*\d{1,2})?$|^\d{1,2}$", re.IGNORECASE)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_QUARTER_OR_YEAR = re.compile(r"\bQ[1-4]\b|\b(?:19|20)\d{2}(?:\s*[-/]\s*\d{2,4})?\b", re.IGNORECASE)


def column_cells(table: RawTable, col: int | None) -> list[str]:
    """The filled cells of one column, body rows only (flagged noise rows left out)."""
    if col is None:
        return []
    return [text for _, row, _ in body_rows(table) if (text := cell(row, col))]


def fill_share(table: RawTable, col: int | None) -> float:
    """The share of body rows that fill the column."""
    rows = body_rows(table)
    return len(column_cells(table, col)) / len(rows) if rows else 0.0


def share(table: RawTable, col: int | None, fits: Callable[[str], bool]) -> float:
    """The share of a column's filled cells that `fits` accepts (0 when none is filled)."""
    cells = column_cells(table, col)
    return sum(1 for c in cells if fits(c)) / len(cells) if cells else 0.0


def is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text.strip()))


def is_rating(text: str) -> bool:
    """A rating as registers print it: a RAG word or letter, a level word (High, Medium, Low,
    and their vocabulary variants), a score (4, 3x4, 3 x 4 = 12)."""
    t = " ".join(text.split())
    if parse_rag(t) or (len(t) <= 30 and find_rag(t)[0]):
        return True
    if _LEVEL_SCORE.match(t):
        return True
    w = t.lower().strip(" .()")
    return any(w == level or (len(level) > 1 and w.startswith(level + " ")) for level in labels("tables", "rating_levels"))


def is_date_like(text: str) -> bool:
    """A date at any precision a plan prints: a day, a month, a quarter, a year, a season."""
    if parse_date(text).date is not None or _MONTH.search(text) or _QUARTER_OR_YEAR.search(text):
        return True
    w = f" {text.lower()} "
    return any(f" {season}" in w for season in labels("tables", "date_words"))


def is_short_name(text: str) -> bool:
    """A cell that names someone or some post: short, a few words, not a sentence."""
    t = " ".join(text.split())
    return len(t) <= SHORT_CHARS and len(t.split()) <= 12 and not is_figure(t)


def is_phrase(text: str) -> bool:
    """Running words (a description, an action): at least two words with letters, not a figure."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    return len(words) >= 2


def is_text(text: str) -> bool:
    """Words, however few: a cell with a word of letters that is not a figure."""
    return any(sum(ch.isalpha() for ch in w) >= 2 for w in text.split()) and not is_figure(text)


def filled_fill_share(table: RawTable, col: int | None) -> float:
    """The share of body rows whose cell in `col` carries a fill colour (a colour-coded column)."""
    rows = body_rows(table)
    if col is None or not table.fills or not rows:
        return 0.0
    fills = table.fills
    coloured = sum(1 for i, _, _ in rows if i < len(fills) and col < len(fills[i]) and fills[i][col])
    return coloured / len(rows)


def fits_column(table: RawTable, col: int | None, fits: Callable[[str], bool]) -> bool:
    """Whether the column is filled in at least some rows and most filled cells fit."""
    return col is not None and bool(column_cells(table, col)) and share(table, col, fits) >= FITS
