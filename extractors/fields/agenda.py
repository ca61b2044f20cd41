"""Agenda front sheet: the numbered agenda items under their group headings
(CONSTITUTIONAL MATTERS, KEY DECISIONS ...) as `agenda_items` rows, the
meeting's date, time, venue, clerk and members as `table_facts` of kind
`agenda_items`, and the meeting itself as a `meetings` row.

An item's title may wrap onto the next line; a line right under an item that
is not title-cased ("To follow", a date) is the item's note instead. The
"(Pages 19 - 24)" a pack prints after a title is the item's `pages`, not title.
"""

from __future__ import annotations

import re

from extractors.fields import FieldExtractor
from extractors.fields.labels import read_fields
from extractors.values.dates import date_as_printed, parse_date
from extractors.values.times import parse_time
from extractors.vocabulary import pattern
from schemas.base import Record
from schemas.decisions import Meeting
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
# "(Pages 19 - 24)" / "(Page 5)" after an agenda item's title.
_PAGES = re.compile(r"\s*\(\s*pages?\s+(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\s*\)\s*$", re.I)
# A label closing a venue's cell ("Sessions House, Telephone:"): the next column's.
_TRAILING_LABEL = re.compile(r"\s+[A-Z][\w ]{0,20}:$")


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
            _split_pages(row)
            continue
        if text and is_group_heading(text) and "\t" not in lines[i].text:
            group = text
        i += 1
    return out


def _split_pages(row: AgendaItem) -> None:
    m = _PAGES.search(row.title)
    if m and m.start() > 0:
        row.title, row.pages = row.title[: m.start()].strip(), " ".join(m.group("pages").split())


def _open_bracket(title: str) -> bool:
    return title.count("(") > title.count(")")


def _read_wraps_and_note(lines: list[Line], i: int, row: AgendaItem) -> int:
    """Lines right under an item line (no blank between): title wraps, then a note."""
    while i < len(lines) and lines[i].text.strip() and "\t" not in lines[i].text:
        text = text_of(lines[i])
        numbered = _NUMBERED.match(text)
        if numbered and int(numbered.group("number")) == int(row.number) + 1 or is_group_heading(text):
            break  # the next item ("10 December 2020" under item 12 is a note, not item 10)
        if row.note is None and _open_bracket(row.title):  # "(Pages" / "461 - 610)"
            row.title = f"{row.title} {text}"
            i += 1
            continue
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
    lines = [ln for ln in _head_lines(item) if ln.text.strip()]
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


def _head_lines(item: ItemText) -> list[Line]:
    """The front sheet's lines above "AGENDA"; the first 40 where none stands alone or where
    "AGENDA" tops the sheet, above the body's name and the date."""
    start = agenda_start(item.lines)
    head = item.lines[:start] if start else []
    if any(parse_date(text_of(ln)).precision == "day" for ln in head):
        return head
    return item.lines[:40]


def _venue_after(lines: list[Line], k: int) -> str | None:
    """A venue printed under a date line that carries the time: the first cell of the lines
    below, run on while a piece ends with a comma ("Council Chamber, Civic Centre," /
    "County Hall, Anytown")."""
    pieces: list[str] = []
    for ln in lines[k + 1 : k + 1 + VENUE_LINES]:
        cell = _TRAILING_LABEL.sub("", " ".join(ln.text.split("\t")[0].split()))
        if not cell:
            break
        pieces.append(cell)
        if not cell.endswith(","):
            break
    return " ".join(pieces).strip(" ,") or None


def _clerk(item: ItemText, facts: dict[str, str]) -> str | None:
    if facts.get("clerk_name"):
        return facts["clerk_name"]
    found = read_fields(_head_lines(item), {"clerk": pattern("meeting", "clerk")})
    return next((f.parts[0] for f in found if f.parts), None)


def meeting_row(item: ItemText, facts: list[Record]) -> Meeting:
    """The meeting the front sheet calls: its body is the item's title (the body's name)."""
    by_key = {f.key: f for f in facts if isinstance(f, TableFact)}
    values = {k: f.value_text for k, f in by_key.items() if f.value_text}
    date = by_key.get("meeting_date")
    time, time_text = parse_time(values.get("time"))
    venue = values.get("venue")
    if date is not None and time is None:  # "Thursday, 30th January, 2025, at 10.00 am"
        time, time_text = parse_time(date.value_text)
        lines = [ln for ln in _head_lines(item) if ln.text.strip()]
        at = next((k for k, ln in enumerate(lines) if ln.no == date.line), None)
        venue = venue or (_venue_after(lines, at) if time and at is not None else None)
    return Meeting(
        doc_id=item.doc_id, item_id=item.item_id, line=item.lines[0].no if item.lines else None,
        body=item.title, meeting_date=date.value_date if date else None,
        meeting_date_precision="day" if date and date.value_date else None,
        meeting_date_text=date_as_printed(date.value_text) if date else None,
        time=time, time_text=time_text, venue=venue, clerk=_clerk(item, values),
    )


def extract(item: ItemText) -> list[Record]:
    try:
        facts = meeting_facts(item) + clerk_and_members(item)
        return agenda_items(item) + facts + [meeting_row(item, facts)]
    except (ValueError, IndexError):  # odd text gives fewer records, never a crash
        return []


FIELDS = FieldExtractor(kinds=("agenda",), extract=extract)
