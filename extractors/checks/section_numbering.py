"""A cover paper's numbered paragraphs run without gaps or repeats: within each section
(1.1, 1.2, 1.3 ...; 2.3.1, 2.3.2 ...) the last part of the number counts up by one from
1. Checked in items that number paragraphs (dotted numbers); a gap is reported with the
missing number, which is often a paragraph printed without its number."""

from __future__ import annotations

from collections import defaultdict

from extractors.checks import Check
from extractors.checks._prose import of_type
from extractors.checks._tables import validation
from schemas.base import Record
from schemas.records import Section, Validation
from schemas.stages import ItemText

NAME = "section_numbering"


def _parts(number: str | None) -> tuple[int, ...] | None:
    try:
        return tuple(int(p) for p in (number or "").strip(".").split("."))
    except ValueError:
        return None


def sibling_runs(sections: list[Section]) -> dict[tuple[int, ...], list[int]]:
    """Parent number -> the last parts of its children, in document order."""
    runs: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for s in sections:
        parts = _parts(s.number)
        if parts:
            runs[parts[:-1]].append(parts[-1])
    return dict(runs)


def breaks(runs: dict[tuple[int, ...], list[int]]) -> tuple[list[str], list[str]]:
    """(numbers missing, sentences describing each break)."""
    missing_all, found = [], []
    for parent, seen in runs.items():
        prefix = "".join(f"{p}." for p in parent)
        expected = 1
        for n in seen:
            if n > expected:
                missing = [f"{prefix}{m}" for m in range(expected, n)]
                missing_all.extend(missing)
                where = f"after {prefix}{expected - 1}, " if expected > 1 else ""
                found.append(f"{', '.join(missing)} not printed ({where}before {prefix}{n})")
            elif n < expected:
                found.append(f"{prefix}{n} printed again or out of order (after {prefix}{expected - 1})")
                continue
            expected = n + 1
    return missing_all, found


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    sections = sorted(of_type(records, Section), key=lambda s: s.seq)
    if not any("." in (s.number or "").strip(".") for s in sections):
        return []
    runs = sibling_runs(sections)
    numbered = sum(len(v) for v in runs.values())
    missing, found = breaks(runs)
    line = sections[0].line
    if found:
        detail = f"paragraph numbering breaks: {'; '.join(found)}"
        return [validation(item, NAME, "fail", None, ", ".join(missing) or "repeat", detail, line)]
    detail = f"all {numbered} section and paragraph numbers run on without gaps or repeats"
    return [validation(item, NAME, "pass", None, None, detail, line)]


CHECK = Check(NAME, run)
