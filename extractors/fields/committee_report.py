"""Committee report cover papers: the labelled block above a report's numbered sections.

One reader for every template: the labels are the [report] section of the
vocabulary (`To:` / `COMMITTEE:` / `REPORT TO:`, `Meeting Date:` / `DATE:`,
`From:` / `RESPONSIBLE OFFICER:`, `Subject:` / `TITLE:`, `Decision no:`,
`Key decision:`, `Ward(s):`, `Summary:`, `Recommendation(s):` ...), with the
[contacts] role labels (`Officer contact:`, `Committee Chair:`), each at the
start of a line and closed by a colon, a tab or the line's end; a few may also
stand mid-line (`[report_layout] inline`). A label wrapped in a narrow boxed
cell is made whole first (`labels.unwrap_labels`). A label's value runs over
following lines (blank lines included) until the next label; the cover ends
where section 1 begins, unless a boxed cover's Recommendation block is still to
come. Role-headed contact blocks after the cover (the end of the report) are
read too (`report_contacts.later_contacts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors import vocabulary
from extractors.fields import FieldExtractor
from extractors.fields.labels import ticked, unwrap_labels
from extractors.fields.report_contacts import contact_records
from extractors.fields.report_recommendations import list_items, marker, parse_list, plain
from extractors.values.dates import parse_date
from schemas.base import Record
from schemas.records import Recommendation, Report
from schemas.reports_extra import OutcomeItem
from schemas.stages import ItemText, Line

#: Contact roles whose blocks may open on a cover (the [contacts] sections naming a role).
CONTACT_ROLES = ("officer", "author", "lead", "director", "member", "clerk")


def _alternation(patterns: dict[str, str]) -> str:
    return "|".join(f"(?P<{key}>{pattern})" for key, pattern in patterns.items() if pattern)


def _line_labels() -> dict[str, str]:
    """Cover labels at the start of a line, by field: the report fields, then the contact roles."""
    return {**vocabulary.patterns("report"), **{role: vocabulary.pattern("contacts", role) for role in CONTACT_ROLES}}


def _inline_labels() -> dict[str, str]:
    """Labels that may also start mid-line (a header printed on one line), by field."""
    inline = set(vocabulary.labels("report_layout", "inline"))
    by_field = {}
    for key, found in vocabulary.vocabulary().get("report", {}).items():
        chosen = sorted((lab for lab in found if lab in inline), key=len, reverse=True)
        if chosen:
            by_field[key] = "|".join(f"(?:{vocabulary.label_regex(lab)})" for lab in chosen)
    return by_field


# a label is followed by a colon, a tab or the end of its line, or, where it is a question, by its answer
_LINE_PATTERNS = _line_labels()
_LINE_LABEL = re.compile(rf"^\s*(?:•\s*)?(?:{_alternation(_line_labels())})\s*(?::|\t|$|(?<=\?)(?=\s))\s*", re.IGNORECASE)
_MID_LABEL = re.compile(rf"(?<=\s)(?:{_alternation(_inline_labels())})\s*:", re.IGNORECASE)
_KEY_YES = re.compile("|".join(vocabulary.label_regex(lab) for lab in vocabulary.labels("report_layout", "key_decision_yes")), re.I)
_KEY_NO = re.compile("|".join(vocabulary.label_regex(lab) for lab in vocabulary.labels("report_layout", "key_decision_no")), re.I)

_AGENDA_ITEM = re.compile(r"^\s*(?:agenda\s+item|item\s+no)\b", re.I)
_SECTION_WORDS = re.compile(
    r"(?:background|introduction|purpose(?:\s+of\s+(?:the\s+)?report)?|executive\s+summary|main\s+issues|context|overview)",
    re.I,
)
_NUMBERED_HEADING = re.compile(r"^1\.?\s+(?P<heading>[A-Z][^.:;,]*)$")
_FIRST_PARAGRAPH = re.compile(r"^1\.1\.?\s")
_YES_NO = re.compile(r"^\s*(?P<answer>yes|no|y|n)\b", re.I)
_TO_WITH_DATE = re.compile(r"^(?P<body>.*?\S)\s*(?:[-–—,]|\bon\b)\s*(?P<date>[^-–—,]*\d{4})\s*\.?$")
_EMPTY = re.compile(r"^[\s\-–—.]*$")


@dataclass
class Field:
    key: str
    line: Line
    parts: list[tuple[Line, str]] = field(default_factory=list)

    def text(self, keep_lines: bool = False) -> str | None:
        """The value as printed: wrapped lines joined; list items start new lines if `keep_lines`."""
        out = ""
        for _, text in self.parts:
            text = plain(re.sub(r"^\s*•\s*", "", text))
            if not text:
                continue
            joiner = "\n" if keep_lines and marker(text) else " "
            out = f"{out}{joiner}{text}" if out else text
        return None if _EMPTY.match(out) else out


def split_labels(text: str) -> list[tuple[str | None, str]]:
    """A line as (field, value) segments; text before any label has field None."""
    cuts: list[tuple[int, int, str]] = []
    m = _LINE_LABEL.match(text)
    if m:
        cuts.append((m.start(), m.end(), m.lastgroup))
    for m in _MID_LABEL.finditer(text):
        if m.group(0)[0].isupper() and (not cuts or m.start() >= cuts[-1][1]):
            cuts.append((m.start(), m.end(), m.lastgroup))
    if not cuts:
        return [(None, text)]
    segments: list[tuple[str | None, str]] = []
    if text[: cuts[0][0]].strip():
        segments.append((None, text[: cuts[0][0]]))
    for (start, end, key), nxt in zip(cuts, cuts[1:] + [None]):
        segments.append((key, text[end : nxt[0] if nxt else len(text)].strip()))
    return segments


def is_section_start(lines: list[Line], i: int) -> bool:
    """Section 1 of the report (`1. Background`, `1 Introduction` followed by 1.1,
    a bare `Background`), or a `1.1` paragraph: where the cover block ends."""
    text = lines[i].text.strip()
    if _FIRST_PARAGRAPH.match(text) or _SECTION_WORDS.fullmatch(text):
        return True
    m = _NUMBERED_HEADING.match(text)
    if not m or len(m.group("heading").split()) > 6:
        return False
    if _SECTION_WORDS.fullmatch(m.group("heading").strip()):
        return True
    following = next((ln.text.strip() for ln in lines[i + 1 :] if ln.text.strip()), "")
    return bool(_FIRST_PARAGRAPH.match(following))


def _box_continues(lines: list[Line], i: int, fields: list[Field]) -> bool:
    """A bare `Purpose of Report` heading inside a boxed cover, its
    `Recommendation` block still to come a few lines below: the cover goes on."""
    if any(f.key == "recommendation" for f in fields) or _NUMBERED_HEADING.match(lines[i].text.strip()):
        return False
    return any(
        key == "recommendation" for ln in lines[i + 1 : i + 20] for key, _ in split_labels(ln.text)
    )


def read_cover(lines: list[Line]) -> tuple[list[Line], list[Field]]:
    """Heading lines (before the first label) and the labelled fields, in order."""
    heading: list[Line] = []
    fields: list[Field] = []
    lines = unwrap_labels(lines, _LINE_PATTERNS)
    for i, line in enumerate(lines):
        if fields and is_section_start(lines, i) and not _box_continues(lines, i, fields):
            break
        for key, value in split_labels(line.text):
            if key is None:
                if fields:
                    fields[-1].parts.append((line, value))
                elif value.strip():
                    heading.append(line)
            else:
                fields.append(Field(key=key, line=line, parts=[(line, value)] if value else []))
    return heading, fields


def _title_lines(heading: list[Line]) -> list[Line]:
    """The heading printed above the labels (up to three wrapped lines), without an `Agenda Item` line."""
    kept = [ln for ln in heading if not _AGENDA_ITEM.match(ln.text)]
    return kept[-3:]


def _first(fields: list[Field], key: str) -> Field | None:
    return next((f for f in fields if f.key == key), None)


def _value(fields: list[Field], key: str) -> str | None:
    found = _first(fields, key)
    return found.text() if found else None


def _to_and_date(fields: list[Field]) -> tuple[str | None, str | None]:
    """`To:` and the meeting date text; `To: Cabinet – 30 January 2025` carries both."""
    to_body, date_text = _value(fields, "to"), _value(fields, "meeting_date")
    if to_body and not date_text:
        m = _TO_WITH_DATE.match(to_body)
        if m and parse_date(m.group("date")).date:
            to_body, date_text = m.group("body").strip(), m.group("date").strip()
    return to_body, date_text


def _yes_no(text: str | None) -> bool | None:
    """A Yes/No answer as printed or ticked; None for anything else."""
    m = _YES_NO.match(ticked(text or "") or text or "")
    return None if not m else m.group("answer").lower().startswith("y")


def _key_decision(text: str | None) -> bool | None:
    """Yes/No as printed or ticked; else a value that names the decision's kind
    ("Key decision over £500k …", "Non-key", "For information")."""
    text = ticked(text or "") or text or ""
    m = _YES_NO.match(text)
    if m:
        return m.group("answer").lower().startswith("y")
    if _KEY_NO.match(text.strip()):
        return False
    return True if _KEY_YES.match(text.strip()) else None


def _report(item: ItemText, heading: list[Line], fields: list[Field]) -> Report:
    to_body, date_text = _to_and_date(fields)
    date = parse_date(date_text)
    key_decision_text = _value(fields, "key_decision")
    summary = _first(fields, "summary")
    outcome = _first(fields, "outcome") or summary
    recommendation = _first(fields, "recommendation")
    subject = _value(fields, "subject")
    title_lines = _title_lines(heading)
    # A printed subject/title label names the paper; a heading above the labels
    # may only say what kind of paper it is ("Committee Report").
    title = subject or " ".join(ln.text.strip() for ln in title_lines) or item.title
    start = title_lines[0] if title_lines else fields[0].line
    return Report(
        doc_id=item.doc_id,
        item_id=item.item_id,
        page=start.page,
        line=None if item.flavour == "pdf" else start.no,
        title=title,
        to_body=to_body,
        meeting_date=date.date,
        meeting_date_precision=date.precision,
        meeting_date_text=date.text,
        from_text=_value(fields, "from"),
        subject=subject,
        decision_no=_value(fields, "decision_no"),
        electoral_divisions=_value(fields, "electoral_divisions"),
        forward_plan_ref=_value(fields, "forward_plan_ref"),
        key_decision=_key_decision(key_decision_text),
        key_decision_text=key_decision_text,
        outcome=outcome.text(keep_lines=True) if outcome else None,
        summary=summary.text(keep_lines=True) if summary else None,
        classification=_value(fields, "classification"),
        past_pathway=_value(fields, "past_pathway"),
        future_pathway=_value(fields, "future_pathway"),
        call_in_eligible=_yes_no(_value(fields, "call_in")),
        recommendation=recommendation.text(keep_lines=True) if recommendation else None,
        recommendations_lead_in=_lead_in(recommendation),
        basis=_basis(fields, title_lines),
    )


def _lead_in(block: Field | None) -> str | None:
    """The lead-in of a recommendation list, up to its first line ending in a colon."""
    if block is None:
        return None
    lead, items = parse_list(block.parts)
    if not items:
        return None
    kept = []
    for text in lead:
        kept.append(plain(text))
        if text.rstrip().endswith(":"):
            break
    return " ".join(kept) or None


def _basis(fields: list[Field], title_lines: list[Line]) -> str:
    """How the cover was found: a block of cover labels, a heading above a few
    labels, or neither (a fallback that a reader should check)."""
    cover = set(vocabulary.labels("report_layout", "cover_fields"))
    if len({f.key for f in fields} & cover) >= 3:
        return "label block"
    return "heading" if title_lines else "fallback"


def _list_records(model, item: ItemText, entries) -> list:
    """One `model` record (a recommendation, an outcome point) per list entry, numbered in order."""
    return [
        model(
            doc_id=item.doc_id,
            item_id=item.item_id,
            page=it.line.page,
            line=None if item.flavour == "pdf" else it.line.no,
            seq=seq,
            label=it.label,
            parent_label=it.parent_label,
            text=it.text,
        )
        for seq, it in enumerate(entries, start=1)
    ]


def _recommendations(item: ItemText, fields: list[Field]) -> list[Recommendation]:
    block = _first(fields, "recommendation")
    return _list_records(Recommendation, item, list_items(block.parts)) if block else []


def _outcome_items(item: ItemText, fields: list[Field]) -> list[OutcomeItem]:
    block = _first(fields, "outcome") or _first(fields, "summary")
    if not block:
        return []
    _, items = parse_list(block.parts)
    return _list_records(OutcomeItem, item, (it for it in items if it.text))


_REC_HEADING = re.compile(
    rf"^\s*(?:(?P<number>\d{{1,2}})\.?\s+)?(?:{vocabulary.pattern('report', 'recommendation')})\s*:?\s*$", re.I
)
#: How far a Recommendation block after the cover may run.
_REC_LINES = 60


def later_recommendation(later: list[Line]) -> Field | None:
    """A Recommendation(s) heading after a cover that printed none (`10. Recommendations`):
    its block, up to the next numbered section (N+1) or, unnumbered, to the next short
    heading after a blank line; kept only when it holds a marked list."""
    for i, line in enumerate(later):
        m = _REC_HEADING.match(line.text)
        if not m:
            continue
        following = re.compile(rf"^\s*{int(m.group('number')) + 1}\.?\s") if m.group("number") else None
        parts: list[tuple[Line, str]] = []
        for j, ln in enumerate(later[i + 1 : i + 1 + _REC_LINES], start=i + 1):
            text = ln.text.strip()
            if following is not None and following.match(text):
                break
            if following is None and text and not later[j - 1].text.strip() and _SHORT_HEADING.match(text) and not marker(text):
                break
            parts.append((ln, ln.text))
        if any(it.label for it in list_items(parts)):
            return Field(key="recommendation", line=line, parts=parts)
    return None


_SHORT_HEADING = re.compile(r"^[A-Z][^.:;,]{0,60}$")


def extract(item: ItemText) -> list[Record]:
    """One `Report`, its `Recommendation`s, `OutcomeItem`s and `Contact`s.
    An item with no cover labels gives nothing."""
    heading, fields = read_cover(item.lines)
    if not fields:
        return []
    blocks = [(f.key, f.parts) for f in fields if f.key in CONTACT_ROLES]
    cover_end = max(n for f in fields for n in [f.line.no, *(ln.no for ln, _ in f.parts)])
    later = [ln for ln in item.lines if ln.no > cover_end]
    if not _first(fields, "recommendation"):
        fields = [*fields, *filter(None, [later_recommendation(later)])]
    return [
        _report(item, heading, fields),
        *_recommendations(item, fields),
        *_outcome_items(item, fields),
        *contact_records(item, blocks, later),
    ]


FIELDS = FieldExtractor(kinds=("committee_report",), extract=extract)
