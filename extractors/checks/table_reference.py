"""A table the text points to is printed: "(see the cash flow table below)", "The
table below sets out ..." is followed by a table before the question (section)
ends. When the reference names a kind of table the pipeline types ("the cash flow table
below"), only a table of that kind counts. A reference with no table after it fails: either the paper left the table out or
the text dump lost it (a table of colour-only cells prints as blank lines), and in both
cases the figures the text rests on cannot be checked."""

from __future__ import annotations

import re

from extractors.checks import Check
from extractors.checks._prose import of_type, prose_paragraphs, section_of
from extractors.checks._tables import validation
from extractors.registry import discover
from schemas.base import Record
from schemas.records import ExtractedTable, Section, Validation
from schemas.stages import ItemText

NAME = "table_reference"
_REFERENCE = re.compile(
    r"\bthe\s+(?P<what>(?:[A-Za-z-]+\s+){0,3}?)tables?\s+(?:below|overleaf|that\s+follows)\b", re.IGNORECASE
)


def references(item: ItemText, records: list[Record]) -> list[tuple[int, str]]:
    """(line, words) of each reference to a table below, in prose."""
    breaks = {s.line for s in of_type(records, Section) if s.line is not None}
    out = []
    for text, where in prose_paragraphs(item.lines, breaks):
        for m in _REFERENCE.finditer(text):
            line = next(ln for offset, ln in reversed(where) if offset <= m.start())
            out.append((line.no, m.group().strip()))
    return out


def named_kind(said: str) -> str | None:
    """"cash_flow" for "the cash flow table below", when some table kind carries those words."""
    m = _REFERENCE.match(said)
    words = "_".join(re.split(r"[\s-]+", m.group("what").strip().lower())) if m else ""
    kinds = [t.kind for t in discover("extractors.tables.kinds", "TABLE")]
    return words if words and any(words in k for k in kinds) else None


def run(item: ItemText, records: list[Record]) -> list[Validation]:
    tables = [t for t in of_type(records, ExtractedTable) if t.line is not None and not t.is_noise]
    out = []
    for line, said in references(item, records):
        section = section_of(records, line)
        kind = named_kind(said)
        after = [t for t in tables if t.line > line and section_of(records, t.line) == section
                 and (kind is None or kind in (t.kind or ""))]
        where = f"question/section {section}" if section else "the item"
        if after:
            first = min(after, key=lambda t: t.line)
            detail = f"'{said}' (line {line}) is followed by a {first.kind or 'untyped'} table at line {first.line}, in {where}"
            out.append(validation(item, NAME, "pass", None, first.kind or "table", detail, line))
        else:
            wanted = f"{kind.replace('_', ' ')} table" if kind else "table"
            detail = f"'{said}' (line {line}) but no {wanted} follows in {where} (left out, or lost by the text dump)"
            out.append(validation(item, NAME, "fail", None, None, detail, line))
    return out


CHECK = Check(NAME, run)
