"""`Officer contact:` and `Member contact(s):` blocks of a cover paper.

A block is a run of `Name:` / `Post:` / `Email:` / `Tel:` lines (two labels may
share a line: `Name: Jo Bloggs Post: Commissioner`). A repeated `Name:` starts
a second person. Values are kept as printed: a combined record such as
`Names: Councillor A and B` with two emails stays one record. A block written
without sub-labels (`Jo Bloggs, Head of Service, 01234 567890, jo@council.gov.uk`)
is read by shape: email and phone by pattern, then name, then post.
"""

from __future__ import annotations

import re

from schemas.records import Contact
from schemas.stages import ItemText, Line

_SUBLABELS = {
    "name": r"Names?|Contact\s+names?",
    "post": r"Posts?|Job\s+titles?|Roles?|Positions?|Designations?",
    "email": r"E-?mails?(?:\s+address(?:es)?)?",
    "phone": r"Tel(?:ephone)?(?:\s+(?:no\.?|number))?|Phone(?:\s+(?:no\.?|number))?|Mobile",
}
_SUBLABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>" + "|".join(f"(?P<{k}>{p})" for k, p in _SUBLABELS.items()) + r")\s*:",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/])(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)")
_PARAGRAPH = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s")


def split_sublabels(text: str) -> list[tuple[str, str]]:
    """(field, value) pairs of one line; a line without a sub-label at its start gives []."""
    matches = [m for m in _SUBLABEL.finditer(text) if m.start() == 0 or _capitalised(m)]
    if not matches or text[: matches[0].start()].strip():
        return []
    pairs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        key = next(k for k in _SUBLABELS if m.group(k))
        value = text[m.end() : nxt.start() if nxt else len(text)].strip()
        pairs.append((key, value))
    return pairs


def _capitalised(m: re.Match) -> bool:
    """Mid-line sub-labels count only when printed capitalised (`Post:`, not `post:`)."""
    return m.group("label")[0].isupper()


def _free_contact(text: str) -> dict[str, str]:
    """Name, post, email and phone from one unlabelled line, by shape."""
    found: dict[str, str] = {}
    emails = _EMAIL.findall(text)
    if emails:
        found["email"] = " / ".join(emails)
        text = _EMAIL.sub("", text)
    phone = _PHONE.search(text)
    if phone:
        found["phone"] = phone.group(0).strip()
        text = text[: phone.start()] + text[phone.end() :]
    parts = [p.strip(" ,;-–") for p in re.split(r"[,;]|\s[-–]\s", text)]
    parts = [p for p in parts if p and not re.fullmatch(r"(?:tel|telephone|phone|e-?mail)\.?:?", p, re.I)]
    if parts:
        found["name"] = parts[0]
    if len(parts) > 1:
        found["post"] = ", ".join(parts[1:])
    return found


def read_contacts(block: list[tuple[Line, str]], role: str) -> list[tuple[Line, dict[str, str]]]:
    """People in one contact block, each with the line where it starts."""
    people: list[tuple[Line, dict[str, str]]] = []
    last_key: str | None = None
    previous_blank = True
    for line, text in block:
        if not text.strip():
            previous_blank = True
            continue
        pairs = split_sublabels(text)
        if pairs:
            for key, value in pairs:
                if not people or key in people[-1][1]:  # a repeated label starts the next person
                    people.append((line, {}))
                if value:
                    people[-1][1][key] = value
                last_key = key
        elif _PARAGRAPH.match(text) or len(text.split()) > 25:
            break  # the report body has begun
        elif people and last_key in ("name", "post") and not previous_blank and len(text.split()) <= 8:
            person = people[-1][1]
            person[last_key] = f"{person.get(last_key, '')} {text.strip()}".strip()  # wrapped value
        else:
            free = _free_contact(text)
            if not free:
                continue
            if not people or any(k in people[-1][1] for k in free):
                people.append((line, {}))
            people[-1][1].update({k: v for k, v in free.items() if k not in people[-1][1]})
            last_key = None
        previous_blank = False
    return [(line, person) for line, person in people if person.get("name") or person.get("email")]


def contact_records(item: ItemText, blocks: list[tuple[str, list[tuple[Line, str]]]]) -> list[Contact]:
    """`Contact` rows for (role, block) pairs, numbered in document order."""
    records: list[Contact] = []
    for role, block in blocks:
        for line, person in read_contacts(block, role):
            records.append(
                Contact(
                    doc_id=item.doc_id,
                    item_id=item.item_id,
                    page=line.page,
                    line=None if item.flavour == "pdf" else line.no,
                    seq=len(records) + 1,
                    role=role,
                    name=person.get("name"),
                    post=person.get("post"),
                    email=person.get("email"),
                    phone=person.get("phone"),
                )
            )
    return records
