"""Decision items: one `decisions` row per decision the form records, and one
`decision_points` row per point decided.

The form's labels (vocabulary [decision]) are read with `read_fields`. A form that
records several decisions repeats its subject label once per decision ("(a) Subject:
... (d) Decision taken", one box per agenda item): each subject label opens a
decision. Labels read before the first subject (the decision maker in the banner, the
decision number in the header) hold for every decision that does not print its own.

A notice whose banner names the meeting ("Decision determined at <body> meeting on
<date>") also gives that meeting (`meetings`) and the agenda items its decisions were
taken under (`agenda_items`), so that it joins the meeting's minutes.

The decision block is split into points by its list markers (`a)`, `A.`, `1.`, `2.`
with `a.` sub-points); a reader that ran a boxed cell into one line keeps the markers
inside it, so a marker that continues the numbering inside a line also opens a point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.fields import FieldExtractor
from extractors.fields.labels import Field, read_fields
from extractors.fields.report_recommendations import ListItem, list_items, parse_list, plain
from extractors.values.dates import ParsedDate, date_as_printed, parse_date
from extractors.vocabulary import patterns
from schemas.base import Record
from schemas.decisions import Decision, DecisionPoint, Meeting
from schemas.pack_tables import AgendaItem
from schemas.stages import ItemText, Line

# "(agenda item 7)" after a subject: the agenda item the decision was taken under.
_AGENDA_ITEM = re.compile(r"\s*\((?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<no>\d+[a-z]?)\)\s*$", re.I)
# "<body> meeting on 12 September 2024": the body before the date.
_MEETING_ON = re.compile(r"\s+(?:meeting\s+)?(?:held\s+)?on\s+\S.*$", re.I)
_YES_NO = re.compile(r"^\W*(yes|no)\b", re.I)
_HAS_DIGIT = re.compile(r"\d")
# A box letter that opens a line before a label ("(d) Decision taken"): a cell of its own.
_BOX_LETTER = re.compile(r"^(\([a-z]\))[ ]+(?=\S)", re.I)
# A list marker inside a line, after a space: "... Connectivity 1. Approved ...".
_INLINE_MARKER = re.compile(r"(?<=\s)(?P<label>\d{1,2}|[a-z])[.)](?=\s+\S)")


@dataclass
class _Draft:
    """The fields of one decision as read, before they become rows."""

    fields: dict[str, Field] = field(default_factory=dict)

    def put(self, f: Field) -> None:
        self.fields.setdefault(f.key, f)


def _labels() -> dict[str, str]:
    return {k: v for k, v in patterns("decision").items() if k != "heading"}


def _box_letters_as_cells(lines: list[Line]) -> list[Line]:
    """`(d) Decision taken` read as two cells, like its neighbours `(a)<TAB>Subject:`."""
    return [ln.model_copy(update={"text": _BOX_LETTER.sub(r"\1\t", ln.text)}) for ln in lines]


def split_decisions(fields: list[Field]) -> tuple[_Draft, list[_Draft]]:
    """Header fields (before the first subject) and one draft per subject label."""
    header, drafts = _Draft(), []
    for f in fields:
        if f.key == "title" and (not drafts or "title" in drafts[-1].fields or "decision" in drafts[-1].fields):
            drafts.append(_Draft())
        (drafts[-1] if drafts else header).put(f)
    if not drafts:
        drafts.append(_Draft())  # a record with no subject label still records a decision
    return header, drafts


def key_decision(f: Field | None) -> tuple[bool | None, str | None]:
    """A key-decision label answered yes or no; anything else is not an answer."""
    m = _YES_NO.match(f.value) if f else None
    return (m.group(1).lower() == "yes", f.value) if m else (None, None)


def maker_and_date(value: str) -> tuple[str | None, ParsedDate]:
    """A banner "<body> meeting on <date>" gives the body and the date; a plain value is the maker."""
    parsed = parse_date(value)
    maker = _MEETING_ON.sub("", value).strip() if parsed.precision == "day" else value.strip()
    return maker or None, parsed


def _first_part(f: Field | None) -> str | None:
    return f.parts[0] if f and f.parts else None


def decision_id(item: ItemText, seq: int) -> str:
    return f"{item.item_id}:d{seq:02d}"


def title_and_agenda_item(value: str | None) -> tuple[str | None, str | None]:
    """A subject without its "(agenda item 7)" tail, and that item's number."""
    m = _AGENDA_ITEM.search(value or "")
    if not m:
        return value or None, None
    return value[: m.start()].strip() or None, m.group("no")


def decision_date(fields: dict[str, Field]) -> ParsedDate | None:
    """The date a date label gives, else the date of the banner naming the meeting; None when
    neither prints a day (an unsigned form)."""
    for key in ("decision_date", "decision_maker"):
        parsed = parse_date(fields[key].value) if key in fields else None
        if parsed is not None and parsed.precision == "day":
            return parsed
    return None


def _decision_row(item: ItemText, seq: int, header: _Draft, draft: _Draft) -> Decision:
    fields = {**header.fields, **draft.fields}
    key = key_decision(fields.get("key_decision"))
    title, agenda_item = title_and_agenda_item(fields["title"].value if "title" in fields else None)
    maker = maker_and_date(fields["decision_maker"].value)[0] if "decision_maker" in fields else None
    date = decision_date(fields)
    number = _first_part(fields.get("decision_no"))
    anchor = fields.get("title") or fields.get("decision") or next(iter(fields.values()), None)
    return Decision(
        doc_id=item.doc_id, item_id=item.item_id, line=anchor.line if anchor else None,
        decision_id=decision_id(item, seq), seq=seq,
        # Found by its heading alone when not one of the form's labels was read.
        basis="label_block" if fields else "heading",
        decision_no=number if number and _HAS_DIGIT.search(number) else None,
        title=title, decision_maker=maker, key_decision=key[0], key_decision_text=key[1],
        decision_date=date.date if date else None,
        decision_date_precision=date.precision if date else None,
        decision_date_text=(date_as_printed(date.text) or date.text) if date else None,
        wards=(fields["wards"].value or None) if "wards" in fields else None,
        agenda_item=agenda_item,
    )


def split_inline_markers(text: str) -> list[str]:
    """A line cut where a list marker continues the numbering begun in it, or opens a list
    ("1." before a capital, "a)" after a colon): "Connectivity 1. Approved ... 2. Stage One"
    gives three pieces, "option a) and b)" stays whole."""
    pieces, start, last = [], 0, None
    head = re.match(r"^\s*\(?(\d{1,2}|[a-z])[.)]", text, re.I)
    if head:
        last = head.group(1)
    for m in _INLINE_MARKER.finditer(text):
        label = m.group("label")
        if _follows(last, label) or last is None and _opens_list(text, m):
            pieces.append(text[start : m.start()])
            start, last = m.start(), label
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _opens_list(text: str, m: re.Match) -> bool:
    after = text[m.end():].lstrip()[:1]
    if m.group("label") == "1":
        return after.isupper()
    return m.group("label") in ("a", "A") and text[: m.start()].rstrip().endswith(":")


def _follows(last: str | None, label: str) -> bool:
    if last is None:
        return False
    if last.isdigit() and label.isdigit():
        return int(label) == int(last) + 1
    if last.isalpha() and label.isalpha():
        return ord(label.lower()) == ord(last.lower()) + 1
    return False


def _block_lines(lines: list[Line], f: Field, end_line: int | None) -> list[tuple[Line, str]]:
    """The decision block as (line, text) pairs: the value on the label's own line, then
    whole lines (list markers may stand in a cell of their own) up to the next label."""
    start = next((n for n, ln in enumerate(lines) if ln.no == f.line), None)
    if start is None:
        return []
    texts = [(lines[start], f.parts[0])] if f.inline and f.parts else []
    for ln in lines[start + 1 :]:
        if end_line is not None and ln.no >= end_line:
            break
        texts.append((ln, " ".join(ln.text.split())))
    return [(ln, piece) for ln, t in texts for piece in split_inline_markers(t)]


def lead_in(pairs: list[tuple[Line, str]]) -> str | None:
    """The words before the first point ("The Cabinet agree to:"), where the block has a list."""
    lead, items = parse_list(pairs)
    return plain(" ".join(lead)) or None if items else None


def decision_points(item: ItemText, decision_seq: int, pairs: list[tuple[Line, str]]) -> list[Record]:
    points: list[ListItem] = list_items(pairs) if pairs else []
    return [
        DecisionPoint(
            doc_id=item.doc_id, item_id=item.item_id, line=p.line.no, page=p.line.page,
            decision_id=decision_id(item, decision_seq), decision_seq=decision_seq, seq=n, label=p.label, parent_label=p.parent_label, text=p.text,
        )
        for n, p in enumerate(points, start=1)
    ]


def _next_label_line(fields: list[Field], f: Field) -> int | None:
    """The stream line of the first label read below `f` (its block ends there)."""
    return min((g.line for g in fields if g.line > f.line), default=None)


def meeting_of_notice(item: ItemText, header: _Draft, decisions: list[Decision]) -> list[Record]:
    """The meeting a banner names with its date, and the agenda items decided at it."""
    banner = header.fields.get("decision_maker")
    if banner is None:
        return []
    body, date = maker_and_date(banner.value)
    if date.precision != "day":
        return []  # a maker without a meeting date ("Cabinet") names no meeting
    out: list[Record] = [Meeting(
        doc_id=item.doc_id, item_id=item.item_id, line=banner.line, body=body, meeting_date=date.date,
        meeting_date_precision="day", meeting_date_text=date_as_printed(date.text),
    )]
    numbered = [d for d in decisions if d.agenda_item and d.title]
    out.extend(
        AgendaItem(doc_id=item.doc_id, item_id=item.item_id, line=d.line, seq=n, number=d.agenda_item, title=d.title)
        for n, d in enumerate(numbered, start=1)
    )
    return out


def extract(item: ItemText) -> list[Record]:
    lines = _box_letters_as_cells(item.lines)
    fields = read_fields(lines, _labels())
    header, drafts = split_decisions(fields)
    out: list[Record] = []
    for seq, draft in enumerate(drafts, start=1):
        # A decision block above the only subject is that decision's; with several it is nobody's.
        block = draft.fields.get("decision") or (header.fields.get("decision") if len(drafts) == 1 else None)
        pairs = _block_lines(lines, block, _next_label_line(fields, block)) if block else []
        row = _decision_row(item, seq, header, draft)
        row.lead_in = lead_in(pairs)
        out.append(row)
        out.extend(decision_points(item, seq, pairs))
    return out + meeting_of_notice(item, header, [r for r in out if isinstance(r, Decision)])


FIELDS = FieldExtractor(kinds=("decision",), extract=extract)
