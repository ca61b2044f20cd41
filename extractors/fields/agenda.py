"""Agenda front sheet: the numbered agenda items under their group headings
(CONSTITUTIONAL MATTERS, KEY DECISIONS ...) as `agenda_items` rows, and the
meeting's date, time, venue, clerk and members as `table_facts` of kind
`agenda_items`.

An item's title may wrap onto the next line; a line right under an item that
is not title-cased ("To follow", a date) is the item's note instead.
"""

from __future__ import annotations

import re

from extractors.fields import FieldExtractor
from extractors.values.dates import parse_date
from schemas.base import Record
from schemas.pack_tables import AgendaItem
from schemas.records import TableFact
from schemas.stages import ItemText, Line

KIND = "agenda_items"
_BULLET = re.compile(r"^\s*(?:[•\-–*]\s*)+")
_NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)]?\s+(?P<title>\S.*)$")
_AGENDA = re.compile(r"^agenda$", re.IGNORECASE)
_TIME = re.compile(r"^(?P<time>\d{1,2}[:.]\d{2})\s*(?P<ampm>[ap]\.?m\.?)?$", re.IGNORECASE)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_CLERK = re.compile(r"^clerk\s+(?P<what>name|telephone|phone|tel|email|e-mail)\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
_COUNCILLOR = re.compile(r"(?=\bCouncillor\b)")
_SMALL_WORDS = {"and", "of", "the", "in", "for", "to", "a", "an", "on", "at", "by", "with", "or", "&", "-", "–"}
#: How many lines after the time the venue's address may take.
VENUE_LINES = 6


def text_of(line: Line) -> str:
    return " ".join(_BULLET.sub("", line.text.replace("\t", " ")).split())


def is_group_heading(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters) and not _NUMBERED.match(text)


def is_title_cased(text: str) -> bool:
    """Most words capitalised, as a wrapped title line is ("Supporting Homecare In ...")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def agenda_start(lines: list[Line]) -> int:
    for i, ln in enumerate(lines):
        if _AGENDA.match(text_of(ln)):
            return i + 1
    return 0


def agenda_items(item: ItemText) -> list[Record]:
    lines = item.lines
    out: list[AgendaItem] = []
    group = None
    expected = 1
    i = agenda_start(lines)
    while i < len(lines):
        text = text_of(lines[i])
        m = _NUMBERED.match(text)
        if m and int(m.group("number")) == expected:
            row = AgendaItem(
                doc_id=item.doc_id, item_id=item.item_id, line=lines[i].no, seq=len(out) + 1,
                number=m.group("number"), group=group, title=m.group("title"),
            )
            out.append(row)
            expected += 1
            i = _read_wraps_and_note(lines, i + 1, row)
            continue
        if text and is_group_heading(text) and "\t" not in lines[i].text:
            group = text
        i += 1
    return out


def _read_wraps_and_note(lines: list[Line], i: int, row: AgendaItem) -> int:
    """Lines right under an item line (no blank between): title wraps, then a note."""
    while i < len(lines) and lines[i].text.strip() and "\t" not in lines[i].text:
        text = text_of(lines[i])
        numbered = _NUMBERED.match(text)
        if numbered and int(numbered.group("number")) == int(row.number) + 1 or is_group_heading(text):
            break  # the next item ("10 December 2020" under item 12 is a note, not item 10)
        parsed = parse_date(text)
        if row.note is None and (parsed.date or not (text[0].islower() or is_title_cased(text))):
            row.note = text
            row.date = parsed.date
        elif row.note is None:
            row.title = f"{row.title} {text}"
        else:
            break
        i += 1
    return i


def _fact(item: ItemText, key: str, line: int | None, text: str | None, date=None) -> TableFact:
    return TableFact(doc_id=item.doc_id, item_id=item.item_id, line=line, kind=KIND, key=key,
                     value_text=text, value_date=date)


def meeting_facts(item: ItemText) -> list[Record]:
    """Date, time and venue printed above "AGENDA"; the venue runs from the line after
    the time to its postcode."""
    head = item.lines[: max(agenda_start(item.lines), 1)] if agenda_start(item.lines) else item.lines[:40]
    lines = [ln for ln in head if ln.text.strip()]
    out: list[Record] = []
    for ln in lines:
        parsed = parse_date(text_of(ln))
        if parsed.precision == "day":
            out.append(_fact(item, "meeting_date", ln.no, text_of(ln), parsed.date))
            break
    for k, ln in enumerate(lines):
        m = _TIME.match(text_of(ln))
        if not m:
            continue
        out.append(_fact(item, "time", ln.no, text_of(ln)))
        venue = []
        for nxt in lines[k + 1 : k + 1 + VENUE_LINES]:
            venue.append(text_of(nxt))
            if _POSTCODE.search(text_of(nxt)):
                break
        else:
            venue = venue[:1]
        if venue:
            out.append(_fact(item, "venue", lines[k + 1].no, " ".join(venue)))
        break
    return out


def clerk_and_members(item: ItemText) -> list[Record]:
    out: list[Record] = []
    block: list[Line] = []
    for ln in item.lines:
        text = text_of(ln)
        m = _CLERK.match(text)
        if m:
            what = m.group("what").lower()
            key = {"name": "clerk_name", "email": "clerk_email", "e-mail": "clerk_email"}.get(what, "clerk_phone")
            out.append(_fact(item, key, ln.no, m.group("value").strip() or None))
            continue
        if text.startswith("Councillor") or (block and text and not _CLERK.match(text) and "Councillor" in text):
            block.append(ln)
        elif block and not text:
            continue
        elif block:
            break
    members = " ".join(text_of(ln) for ln in block)
    for name in _COUNCILLOR.split(members):
        name = re.sub(r"\s+and\s*$", "", name.strip()).strip(" ,;")
        if name.startswith("Councillor") and len(name.split()) > 1:
            out.append(_fact(item, "members", block[0].no if block else None, name))
    return out


def extract(item: ItemText) -> list[Record]:
    try:
        return agenda_items(item) + meeting_facts(item) + clerk_and_members(item)
    except (ValueError, IndexError):  # odd text gives fewer records, never a crash
        return []


FIELDS = FieldExtractor(kinds=("agenda",), extract=extract)
