"""The label vocabulary (`vocabulary.toml`): what councils print for each field, as data.

    labels("report", "to")          -> ("Report to the", "Committee", "Meeting", "To", ...)
    pattern("report", "to")         -> a regex alternation of those labels, longest first
    patterns("report")              -> {"to": ..., "meeting_date": ..., ...}

A reader asks for the labels of its fields here instead of keeping its own list,
so that a new council's wording is an edit to the TOML file, not to code.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.toml")

#: A label written as a regular expression rather than as printed text.
REGEX_PREFIX = "re:"


@cache
def vocabulary() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every section of the vocabulary: section -> field -> labels as written in the file."""
    data = tomllib.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return {section: {f: tuple(v) for f, v in fields.items()} for section, fields in data.items()}


def labels(section: str, field: str) -> tuple[str, ...]:
    """The labels of one field; empty when the vocabulary has none."""
    return vocabulary().get(section, {}).get(field, ())


def label_regex(label: str) -> str:
    """One label as a regex: any whitespace between words, any case (callers compile with re.I),
    an optional "(s)" after it. A "re:" label is taken as written."""
    if label.startswith(REGEX_PREFIX):
        return label[len(REGEX_PREFIX):]
    words = [re.escape(w) for w in label.split()]
    return r"\s+".join(words) + r"(?:\s*\(s\))?"


def _specificity(label: str) -> int:
    return len(label.removeprefix(REGEX_PREFIX))


@cache
def pattern(section: str, field: str) -> str:
    """A regex alternation of a field's labels, longest first (so "Report title" beats "Report");
    a pattern that never matches when the field has no labels."""
    found = sorted(labels(section, field), key=_specificity, reverse=True)
    return "|".join(f"(?:{label_regex(label)})" for label in found) or r"(?!x)x"


def patterns(section: str) -> dict[str, str]:
    """Every field of a section with its alternation, in file order."""
    return {field: pattern(section, field) for field in vocabulary().get(section, {})}
