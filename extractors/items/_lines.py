"""Small line helpers shared by the item matchers (not a plugin: the leading
underscore keeps `discover` from loading it as a kind)."""

from __future__ import annotations

import re

from schemas.stages import Line

# "Appendix 2 – " in front of a banner ("Appendix 2 – Equality Impact Assessment").
_APPENDIX_PREFIX = re.compile(r"^(?:appendix|annexe?)\s+(?:\d+[a-z]?|[a-z]|[ivx]+)\b\s*[–—:.-]?\s*", re.I)
# A contents line ends in a page number after leader dots, a tab or a wide gap.
_TOC_TAIL = re.compile(r"(?:\.{3,}|…+|\t|\s{3,})\s*\d{1,3}\s*$")
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*[.)]?\s")
_SENTENCE_END = (".", ",", ";", ":")


def text(lines: list[Line], i: int) -> str:
    """The line's text without surrounding whitespace."""
    return lines[i].text.strip()


def collapse(value: str) -> str:
    return " ".join(value.split())


def next_nonblank(lines: list[Line], i: int, n: int) -> list[int]:
    """Indexes of up to `n` non-blank lines after `i`."""
    out: list[int] = []
    j = i + 1
    while j < len(lines) and len(out) < n:
        if lines[j].text.strip():
            out.append(j)
        j += 1
    return out


def prev_nonblank(lines: list[Line], i: int, n: int) -> list[int]:
    """Indexes of up to `n` non-blank lines before `i`, nearest first."""
    out: list[int] = []
    j = i - 1
    while j >= 0 and len(out) < n:
        if lines[j].text.strip():
            out.append(j)
        j -= 1
    return out


def without_appendix_prefix(value: str) -> str:
    """A banner with its "Appendix 2 – " label taken off (the banner still names the kind)."""
    return _APPENDIX_PREFIX.sub("", value, count=1) if value[:1] in "Aa" else value


def is_toc_line(value: str) -> bool:
    return bool(_TOC_TAIL.search(value))


def is_heading(value: str, max_len: int = 160) -> bool:
    """A line that can stand as a heading: short, not a bullet, table row,
    numbered paragraph, contents entry or sentence."""
    return (
        0 < len(value) <= max_len
        and not value.startswith(("•", "-", "*", "o "))
        and "\t" not in value
        and not value.endswith(_SENTENCE_END)
        and not _SECTION_NUMBER.match(value)
        and not is_toc_line(value)
    )


def cell_value(value: str, label: re.Pattern) -> str | None:
    """The value after a label at the start of a line, whether printed
    "Label: value", "Label<TAB>value" or "Label" alone (then ""); None if no label."""
    m = label.match(value)
    if not m:
        return None
    rest = value[m.end() :]
    return collapse(rest.replace("\t", " ").lstrip(" :"))


_BODY_WORD = re.compile(
    r"\b(?:committee|sub-committee|council|cabinet|board|panel|commission|forum|assembly|partnership)\b"
)
_BODY_STEMS = ("committee", "council", "cabinet", "board", "panel", "commission", "forum", "assembly", "partnership")


def is_body_name(value: str) -> bool:
    """A heading naming a meeting body ("ADULTS COMMITTEE", "Cabinet")."""
    if len(value) > 90 or ":" in value:
        return False
    low = value.lower()
    return (
        any(stem in low for stem in _BODY_STEMS)
        and bool(_BODY_WORD.search(low))
        and len(value.split()) <= 10
        and is_heading(value)
    )


def is_title_case(value: str) -> bool:
    """Most words capitalised, as headings print ("Adults Committee Training Plan")."""
    words = [w for w in value.split() if w[0].isalpha()]
    capitalised = [w for w in words if w[0].isupper()]
    return bool(words) and words[0][0].isupper() and len(capitalised) * 2 >= len(words)
