"""Glossary: a heading that opens with "Glossary" ("GLOSSARY OF TERMS ...")."""

from __future__ import annotations

import re

from extractors.items import ItemStart
from extractors.items._lines import collapse, is_heading, text

_HEADING = re.compile(r"^glossary\b", re.I)


def match(lines, i: int) -> str | None:
    if not _HEADING.match(lines[i].text.lstrip()):
        return None
    t = text(lines, i)
    if is_heading(t, max_len=120):
        return collapse(t)
    return None


START = ItemStart("glossary", match, priority=30, anchor=re.compile(r"\n[ \t]*glossary"))
