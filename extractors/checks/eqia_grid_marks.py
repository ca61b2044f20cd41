"""An EqIA impact grid (characteristic x positive / negative / neutral) marks each
characteristic exactly once. A characteristic marked in two columns, or in none, fails;
a grid whose marks could not be placed in columns (a text dump that lost them) is a
skip. The detail counts the marks per column."""

from __future__ import annotations

from collections import Counter, defaultdict

from extractors.checks import Check
from extractors.checks._tables import by_table, validation
from schemas.base import Record
from schemas.records import EqiaImpact, Validation
from schemas.stages import ItemText

NAME = "eqia_grid_marks"
COLUMNS = ("positive", "negative", "neutral")


def marks_by_characteristic(rows: list[EqiaImpact]) -> dict[str, list[str]]:
    """Characteristic -> impacts marked, in grid order (an unplaced mark adds nothing)."""
    marks: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        marks[r.characteristic]
        if r.impact:
            marks[r.characteristic].append(r.impact)
    return dict(marks)


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    out = []
    for rows in by_table(records, EqiaImpact).values():
        marks = marks_by_characteristic(rows)
        n = len(marks)
        if not any(marks.values()):
            detail = f"{n} characteristics listed but no mark could be placed in a column; not checked"
            out.append(validation(item, NAME, "skip", n, None, detail, rows[0].line))
            continue
        once = [c for c, m in marks.items() if len(m) == 1]
        counts = Counter(m for ms in marks.values() for m in ms)
        tally = ", ".join(f"{counts[c]} {c}" for c in COLUMNS)
        wrong = [f"{c} ({' + '.join(m) if m else 'no impact read'})" for c, m in marks.items() if len(m) != 1]
        if wrong:
            detail = f"{len(wrong)} of {n} characteristics not marked exactly once: {'; '.join(wrong)}; marks: {tally}"
            out.append(validation(item, NAME, "fail", n, len(once), detail, rows[0].line))
        else:
            detail = f"each of the {n} characteristics has exactly one mark: {tally}"
            out.append(validation(item, NAME, "pass", n, len(once), detail, rows[0].line))
    return out


CHECK = Check(NAME, run)
