"""The fields of any equality impact assessment form, by the labels of the [eqia]
section of vocabulary.toml: the proposal, the directorate and service, and the
people in their roles (assessor, approver, lead officer, head of service,
director), whether the value follows its label on the line, in the next cell or
on the next line.

A person value reads "Name", "Name, Post" or "Name - Team"; several people are
joined by "&", "and" or ";" ("A Person - TEAM & B Person – TEAM"). The value as
printed goes into `eqias`; each person is a `contacts` row of that role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fields.eqia_answers import CHECKED, UNCHECKED
from extractors.fields.labels import Field, read_fields
from extractors.vocabulary import patterns
from schemas.stages import Line

#: Form field -> the `contacts.role` of the people it names.
PERSON_ROLES = {"assessor": "assessor", "approver": "approver", "lead_officer": "lead",
                "head_of_service": "head_of_service", "director": "director"}
#: Fields whose value names people: without a name in it, it is not their value.
_PERSON_FIELDS = {"assessor", "approver", "lead_officer", "head_of_service", "director"}
#: Fields whose value is one line (a wrapped box goes on only for the proposal).
_ONE_LINE = {"assessor", "approver", "lead_officer", "lead_officer_role", "head_of_service", "director",
             "directorate", "service_area"}
_PEOPLE_SPLIT = re.compile(r"\s+&\s+|\s+and\s+(?=[A-Z])|\s*;\s*")
_TEAM_SPLIT = re.compile(r"\s+[-\u2013\u2014]\s+|,\s+")
# Printed guidance in brackets right after a label ("(Note: approval ... App)").
_LEADING_NOTE = re.compile(r"^\s*\([^)]*\)\s*")
_NOT_A_VALUE = re.compile(r"^(?:n/?a|not applicable|none|tbc|-+)$", re.I)
_TICK_BOX = re.compile(f"[{CHECKED}{UNCHECKED}]")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_MIN_NAME_WORDS, _MAX_NAME_WORDS = 2, 5


@dataclass(frozen=True)
class Person:
    name: str
    post: str | None
    line: int


def form_fields(lines: list[Line]) -> list[Field]:
    """Every [eqia] label found in the form's lines, with its value."""
    return read_fields(lines, patterns("eqia"))


@dataclass(frozen=True)
class FormValues:
    """Each form field's value (None where not printed) and the line of the label that gave it."""

    values: dict[str, str | None]
    lines: dict[str, int]

    def __getitem__(self, key: str) -> str | None:
        return self.values.get(key)


def field_values(fields: list[Field]) -> FormValues:
    """The first value of each form field (one line for a person or a name, the whole box for the proposal)."""
    values: dict[str, str | None] = {}
    lines: dict[str, int] = {}
    for key in ("proposal", *_ONE_LINE):
        for field in (f for f in fields if f.key == key):
            value = _value(field, one_line=key in _ONE_LINE)
            # A person label reused in a table header ("Responsible Officer | Timescale") holds no name.
            if value and (key not in _PERSON_FIELDS or people(value, 0)):
                values[key], lines[key] = value, field.line
                break
    return FormValues(values, lines)


def _value(field: Field, one_line: bool) -> str | None:
    parts = [_LEADING_NOTE.sub("", p) for p in field.parts]
    parts = [p.strip() for p in parts if p.strip()]
    # A wrapped box ends where a row of tick boxes begins.
    parts = parts[: next((k for k, p in enumerate(parts) if _TICK_BOX.search(p)), len(parts))]
    if not parts:
        return None
    value = parts[0] if one_line else " ".join(parts)
    value = " ".join(value.split())
    return None if _NOT_A_VALUE.match(value) else value


def people(value: str | None, line: int) -> list[Person]:
    """The people of one printed value, each with the post or team printed after their name."""
    out: list[Person] = []
    for part in _PEOPLE_SPLIT.split(value or ""):
        pieces = _TEAM_SPLIT.split(part.strip(), maxsplit=1)
        name = pieces[0].strip()
        if not _looks_like_name(name):
            continue
        post = pieces[1].strip() if len(pieces) > 1 and pieces[1].strip() else None
        out.append(Person(name, post, line))
    return out


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS and all(_NAME_WORD.match(w) for w in words)


def split_name_and_post(value: str | None) -> tuple[str | None, str | None]:
    """("Alex Hearn", "Director Economy of Place") from "Alex Hearn, Director Economy of Place";
    a value of one person only, else (value, None)."""
    found = people(value, 0)
    if len(found) == 1 and value and "," in value:
        return found[0].name, found[0].post
    return value, None
