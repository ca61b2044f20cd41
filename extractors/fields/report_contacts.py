"""Blocks of people in a report: `Officer contact:` / `Member contact(s):` on
the cover, and role-headed blocks wherever they stand (`Report Author` /
`Lead Officer` / `Relevant Director` at the end of a report, often a bordered
grid with one role per column that breaks across pages). Roles and labels come
from the [contacts] section of the vocabulary.

A block is a run of `Name:` / `Post:` / `Email:` / `Tel:` lines (two labels may
share a line: `Name: Jo Bloggs Post: Commissioner`). A repeated `Name:` starts
a second person. Values are kept as printed: a combined record such as
`Names: Councillor A and B` with two emails stays one record. A block written
without sub-labels (`Jo Bloggs, Head of Service, 01234 567890, jo@council.gov.uk`)
is read by shape: email and phone by pattern, then name, then post.
"""

from __future__ import annotations

import re

from extractors import vocabulary
from schemas.records import Contact
from schemas.stages import ItemText, Line

#: The roles a block of people may hold ([contacts] sections naming a role).
ROLES = ("officer", "author", "lead", "director", "member", "clerk")
_SUBLABELS = {key: vocabulary.pattern("contacts", key) for key in ("name", "post", "email", "phone")}
_ROLE_CELL = [(role, re.compile(rf"^\s*(?:{vocabulary.pattern('contacts', role)})\s*:?\s*$", re.I)) for role in ROLES]
_ROLE_LABEL = [(role, re.compile(rf"^\s*(?:{vocabulary.pattern('contacts', role)})\s*:\s*(?P<value>\S.*)$", re.I)) for role in ROLES]
_SUBLABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>" + "|".join(f"(?P<{k}>{p})" for k, p in _SUBLABELS.items()) + r")\s*:",
    re.IGNORECASE,
)
_LONE_SUBLABEL = re.compile(r"^(?:" + "|".join(_SUBLABELS.values()) + r")\s*:?$", re.I)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/])(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)")
#: A person's name as printed: two to five capitalised words.
_NAME_SHAPE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}$")
#: A numbered paragraph or heading (`14. Background`), not a phone number (`03000 416838`).
_NUMBERED_TEXT = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Za-z]")
_PARAGRAPH = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s")


def split_sublabels(text: str) -> list[tuple[str, str]]:
    """(field, value) pairs of one line; a line without a sub-label at its start gives []."""
    matches = [m for m in _SUBLABEL.finditer(text) if m.start() == 0 or _capitalised(m)]
    if not matches:
        return []
    lead = text[: matches[0].start()].strip(" ,;:–-")
    pairs = []
    if lead:
        # `Adam Crowther Job title: Head of …`: a short name printed before the first label
        if not _NAME_SHAPE.match(lead) or any(m.group("name") for m in matches):
            return []
        pairs.append(("name", lead))
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
    parts = [p.strip(" ,;:-–") for p in re.split(r"[,;]|:\s|\s[-–]\s", text)]
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


def contact_records(
    item: ItemText, blocks: list[tuple[str, list[tuple[Line, str]]]], later: list[Line] = ()
) -> list[Contact]:
    """`Contact` rows for the cover's (role, block) pairs, then for the role-headed
    blocks found in `later` lines (the rest of the report), numbered in order.
    A person read twice (same role and name, or same email) is kept once."""
    found = [(line, role, person) for role, block in blocks for line, person in read_contacts(block, role)]
    for person in later_contacts(list(later)):
        if not _seen(found, person):
            found.append(person)
    return [
        Contact(
            doc_id=item.doc_id,
            item_id=item.item_id,
            page=line.page,
            line=None if item.flavour == "pdf" else line.no,
            seq=seq,
            role=role,
            name=person.get("name"),
            post=person.get("post"),
            email=person.get("email"),
            phone=person.get("phone"),
        )
        for seq, (line, role, person) in enumerate(found, start=1)
    ]


Person = tuple[Line, str, dict[str, str]]


def _seen(found: list[Person], new: Person) -> bool:
    _, role, person = new
    name, email = (person.get("name") or "").lower(), (person.get("email") or "").lower()
    return any(
        (r == role and name and (p.get("name") or "").lower() == name) or (email and (p.get("email") or "").lower() == email)
        for _, r, p in found
    )


def role_of(cell: str) -> str | None:
    """The role a cell names when it is nothing but a role heading (`Report Authors:`)."""
    return next((role for role, rx in _ROLE_CELL if rx.match(cell)), None)


#: Lines a block of people may run to (a grid over a page break included).
_MAX_BLOCK = 60


def later_contacts(lines: list[Line]) -> list[Person]:
    """People of every role-headed block in `lines`: a line of role headings (one
    per column of a grid), or `Report Author: Jo Bloggs` with the person's
    details on the lines below. People without an email or phone are dropped:
    a heading-like word in the body is not a contact block."""
    people: list[Person] = []
    i = 0
    while i < len(lines):
        cells = [c for c in lines[i].text.split("\t") if c.strip()]
        roles = [role_of(c) for c in cells]
        if cells and all(roles):
            end = _block_end(lines, i + 1)
            people += _grid_people(lines[i], roles, lines[i + 1 : end])
            i = end
            continue
        labelled = next(((role, m) for role, rx in _ROLE_LABEL if (m := rx.match(lines[i].text.replace("\t", " ")))), None)
        if labelled and len(labelled[1].group("value").split()) <= 8:
            end = _block_end(lines, i + 1, stop_at_blank=True)
            first = (lines[i], labelled[1].group("value"))
            people += _stacked_people([first, *((ln, ln.text.replace("\t", " ")) for ln in lines[i + 1 : end])], labelled[0])
            i = end
            continue
        i += 1
    return [p for p in people if p[2].get("email") or p[2].get("phone")]


def _block_end(lines: list[Line], start: int, stop_at_blank: bool = False) -> int:
    """Where a block of people ends: a numbered paragraph or heading, a long
    sentence, a blank line (if asked), or _MAX_BLOCK lines."""
    end = start
    while end < len(lines) and end - start < _MAX_BLOCK:
        text = lines[end].text.strip()
        if (stop_at_blank and not text) or _NUMBERED_TEXT.match(text) or len(text.split()) > 25:
            break
        end += 1
    return end


def _grid_people(header: Line, roles: list[str], rows: list[Line]) -> list[Person]:
    """People of a grid with one role per column, read column by column."""
    columns: list[list[tuple[Line, str]]] = [[] for _ in roles]
    xs = header.cell_x if header.cell_x and len(header.cell_x) == len(roles) else None
    for line in rows:
        for col, text in _place_cells(line, xs, len(roles)):
            columns[col].append((line, text))
    people: list[Person] = []
    for role, entries in zip(roles, columns):
        people += _stacked_people(entries, role)
    return people


_TRAILING_DETAIL = re.compile(rf"^(?P<left>.*\S)\s+(?P<detail>{_EMAIL.pattern}|{_PHONE.pattern})\s*$")


def _place_cells(line: Line, xs: list[float] | None, n_cols: int) -> list[tuple[int, str]]:
    """Each non-blank cell of a grid row with its column: by x position where the
    reader gave one, else by order. A left cell ending in an email or phone with
    no cell to its right held the right column's detail (the dump ran them together)."""
    cells = line.text.split("\t")
    cell_x = line.cell_x if line.cell_x and len(line.cell_x) == len(cells) else None
    placed = []
    for k, text in enumerate(cells):
        if not text.strip():
            continue
        col = k
        if xs and cell_x:
            col = max((c for c, x in enumerate(xs) if cell_x[k] >= x - 5), default=0)
        placed.append((min(col, n_cols - 1), text.strip()))
    if n_cols > 1 and len(placed) == 1 and placed[0][0] < n_cols - 1:
        m = _TRAILING_DETAIL.match(placed[0][1])
        if m:
            col = placed[0][0]
            placed = [(col, m.group("left")), (col + 1, m.group("detail"))]
    return placed


_NAME_BRACKETED_POST = re.compile(r"^(?P<name>[^(),]+?)\s*\((?P<post>[^()]+)\)$")


def _name_and_post(text: str) -> tuple[str, str]:
    """`Jo Bloggs, Head of Finance` or `Jo Bloggs (Head of Finance)`: the name, then the post."""
    m = _NAME_BRACKETED_POST.match(text)
    if m:
        return m.group("name").strip(), m.group("post").strip()
    name, _, post = text.partition(",")
    return name.strip(), post.strip()


def _stacked_people(entries: list[tuple[Line, str]], role: str) -> list[Person]:
    """People printed one detail a line: a name (maybe `Name, Post`), post lines,
    phone and email by their shape; a role heading switches role; a name line
    after a person's phone or email starts the next person."""
    people: list[Person] = []
    for line, text in entries:
        text = text.strip()
        if not text:
            continue
        if _LONE_SUBLABEL.match(text):
            continue  # `Telephone number` above its value: the value is read by its shape
        person = people[-1][2] if people else None
        heading = role_of(text)
        # a role heading, unless it is the post of a person still being read ("Corporate Director")
        if heading and (not person or "email" in person or "phone" in person):
            role = heading
            people.append((line, role, {}))  # an empty person closes the one above
            continue
        email, phone = _EMAIL.search(text), _PHONE.search(text)
        pairs = split_sublabels(text)
        if pairs and not (email or phone):
            if person is None or "email" in person or "phone" in person or any(k in person for k, _ in pairs if k == "name"):
                people.append((line, role, {}))
            people[-1][2].update({k: v for k, v in pairs if v})
        elif email or phone:
            if person is None:
                people.append((line, role, {}))
                person = people[-1][2]
            if email:
                person.setdefault("email", email.group(0))
            phone = _PHONE.search(_EMAIL.sub(" ", text))
            if phone:
                person.setdefault("phone", phone.group(0).strip())
        elif person is None or not person or "email" in person or "phone" in person:
            name, post = _name_and_post(text)
            people.append((line, role, {"name": name, **({"post": post} if post else {})}))
        else:
            person["post"] = f"{person.get('post', '')} {text}".strip()
    return [p for p in people if p[2]]
