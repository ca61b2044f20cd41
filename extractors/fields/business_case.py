"""Header fields of a business case proposal: one `Proposal` and its leads.

The header is the block of labelled fields before the numbered questions
(`Project Title`, `Committee`, `2021-22 Saving`, `Brief Description of
proposal`, `Date of version`, `BP Reference`, `Business Leads / Sponsors`).
Older templates put the saving in question 1 (`1. Saving/ Income amount -
£X ...`) and print `Date of version` / `Business Leads` after its summary, so
the header block runs to the first numbered question that is not the saving.
"""

from __future__ import annotations

import re

from extractors.fields import FieldExtractor
from extractors.fields.labels import Field, first, join_wrapped, read_fields
from extractors.values.dates import parse_date, parse_fy
from extractors.values.money import parse_money
from schemas.base import Record
from schemas.records import Contact, Proposal
from schemas.stages import ItemText, Line

_FY = r"(?:19|20)\d{2}\s*[-/\u2013]\s*\d{2,4}"

LABELS = {
    "title": r"Project (?:Title|Name)",
    "committee": r"Committees?(?!\s+(?:date|meeting|report))",
    # `2021-22 Saving(s)`, `Saving/ Income amount` (question 1 of older forms), `Savings:`.
    "saving": rf"(?:\d{{1,2}}\.\s+)?(?:{_FY}\s+Savings?(?:\s+target)?|Savings?\s*/\s*Income(?:\s+amount)?|Savings?(?=[ \t]*:))",
    "brief": r"Brief Description(?:\s+of(?:\s+the)?\s+proposal)?",
    "date": r"Date of version",
    "bp_reference": r"BP\s*Ref(?:erence)?(?:\s*(?:No\.?|number))?",
    "leads": r"Business Leads?(?:\s*/\s*Sponsors?)?",
}

_QUESTION = re.compile(r"^\s*\d{1,2}\.\s+\S")
_SAVING_LABEL = re.compile(LABELS["saving"], re.I)
# A dash with a space after it, straight after a label printed without a colon,
# separates label and value (`Saving/ Income amount - £160,000`); after a colon,
# or touching the figure (`Savings -£30,000`), it is the figure's minus sign.
_SEPARATOR_DASH = re.compile(r"^[-\u2013\u2014]\s+")


def header_lines(lines: list[Line]) -> list[Line]:
    """The item's lines up to its first numbered question other than the saving question."""
    for i, ln in enumerate(lines):
        if _QUESTION.match(ln.text) and not _SAVING_LABEL.match(ln.text.strip()):
            return lines[:i]
    return lines


def extract(item: ItemText) -> list[Record]:
    try:
        return _extract(item)
    except (ValueError, IndexError, TypeError):
        return []


def _extract(item: ItemText) -> list[Record]:
    header = header_lines(item.lines)
    fields = read_fields(header, LABELS)
    if not fields:
        return []
    start = next((ln.no for ln in item.lines if ln.text.strip()), item.lines[0].no)
    base = {"doc_id": item.doc_id, "item_id": item.item_id}
    proposal = Proposal(**base, line=start, **_values(fields))
    records: list[Record] = [proposal]
    leads = first(fields, "leads")
    if leads and leads.value:
        for seq, (name, post) in enumerate(split_leads(_lead_text(leads)), start=1):
            records.append(Contact(**base, line=leads.line, seq=seq, role="lead", name=name, post=post))
    return records


def _lead_text(field: Field) -> str:
    """The leads' lines, stopping at a heading-like line (`...:` or `...?`) in
    case the questions below are not numbered and so did not end the header."""
    parts = []
    for part in field.parts:
        if parts and part.rstrip().endswith((":", "?")):
            break
        parts.append(part)
    return join_wrapped(parts)


def _text(field: Field | None) -> str | None:
    return field.value.strip() or None if field else None


def _values(fields: list[Field]) -> dict:
    out: dict = {
        "title": _text(first(fields, "title")),
        "committee": _text(first(fields, "committee")),
        "brief_description": _text(first(fields, "brief")),
        "bp_reference": _bp_reference(first(fields, "bp_reference")),
    }
    out.update(_saving(first(fields, "saving")))
    date = parse_date(_text(first(fields, "date")))
    if date.text:
        out.update(date_of_version=date.date, date_of_version_precision=date.precision, date_of_version_text=date.text)
    return out


def _bp_reference(field: Field | None) -> str | None:
    value = _text(field)
    return value.rstrip(".,;") or None if value else None


def _saving(field: Field | None) -> dict:
    if not field:
        return {}
    text = field.parts[0] if field.parts else ""
    if not field.label.endswith(":"):
        text = _SEPARATOR_DASH.sub("", text)
    text = text.strip()
    return {
        "saving_fy": parse_fy(field.label) or parse_fy(text),
        "saving_text": text or None,
        "saving_gbp": parse_money(text) if text else None,
    }


_LEAD_BREAK = re.compile(r"\s*/\s*|(?<=[a-z)])\.\s+(?=[A-Z])|;\s*")
_AND = re.compile(r"\s+(?:and|&)\s+")


def split_leads(text: str) -> list[tuple[str, str | None]]:
    """`Name, Post / Name, Post` (a full stop or semicolon may also separate two
    leads) as (name, post) pairs; `A and B` with no posts gives two names."""
    leads: list[tuple[str, str | None]] = []
    for chunk in _LEAD_BREAK.split(text):
        chunk = chunk.strip(" .,;")
        if not chunk:
            continue
        if "," not in chunk:
            leads.extend((name, None) for name in _AND.split(chunk) if name.strip(" ."))
            continue
        name, post = (p.strip(" .,;") for p in chunk.split(",", 1))
        if leads and not name:
            continue
        leads.append((name, post or None))
    return [(" ".join(n.split()), " ".join(p.split()) if p else None) for n, p in leads if n]


FIELDS = FieldExtractor(kinds=("business_case",), extract=extract)
