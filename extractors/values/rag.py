"""RAG ratings from printed words, whatever their case."""

from __future__ import annotations

import re

from schemas.records import Rag

_WORDS = {"red": Rag.RED, "r": Rag.RED, "amber": Rag.AMBER, "a": Rag.AMBER, "green": Rag.GREEN, "g": Rag.GREEN}
_RAG = re.compile(r"^\W*(red|amber|green|r|a|g)\W*$", re.IGNORECASE)


def parse_rag(text: str | None) -> Rag | None:
    """`Amber`, `GREEN`, `red`, `R` -> Rag; anything else (blank, `Amber/Green`) -> None."""
    if not text:
        return None
    m = _RAG.match(text.strip())
    return _WORDS[m.group(1).lower()] if m else None


def find_rag(text: str | None) -> tuple[Rag | None, str | None]:
    """A RAG word standing alone among other words (`GREEN CC`): the rating and the rest."""
    if not text:
        return None, text
    m = re.search(r"(?<![\w-])(red|amber|green)(?![\w-])", text, re.IGNORECASE)
    if not m:
        return None, text
    rest = (text[: m.start()] + " " + text[m.end():]).strip()
    return _WORDS[m.group(1).lower()], " ".join(rest.split()) or None
