"""Split a pack's line stream into items (agenda, cover papers, business cases ...).

Each kind's matcher (`extractors/items/<kind>.py`) says whether an item starts
at a line; an item runs until the next start. Two layout facts are applied here
because they concern neighbouring starts, not one kind:
- a heading repeated at the top of every page restates the item it belongs to;
- an "Appendix N" heading printed just above another kind's banner labels that
  item (the business case that is Appendix 1), it is not an item of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from extractors.items import ItemStart
from extractors.registry import discover
from schemas.stages import ItemSpan, Line, LineStream

#: An appendix heading and a subtitle line at most may stand above the banner it labels.
_APPENDIX_LABEL_LINES = 2
#: How far into an item of no known kind its heading may stand (letterheads come first).
HEADING_LOOKAHEAD = 8
_LABEL_VALUE = re.compile(r"^[^:]{1,40}:\s*\S")


class Start(NamedTuple):
    index: int
    kind: str
    title: str | None


def item_starts() -> tuple[ItemStart, ...]:
    return tuple(sorted(discover("extractors.items", "START"), key=lambda s: -s.priority))


def candidates(lines: list[Line], starts: tuple[ItemStart, ...]) -> dict[int, list[ItemStart]]:
    """For each line, the kinds whose matcher is worth calling there, in priority
    order: all of them, less those whose anchor regex finds nothing within reach
    (one regex pass over the whole text instead of a call per line)."""
    texts = [ln.text.lower() for ln in lines]  # per line: lowercasing may change a length
    joined = "\n" + "\n".join(texts)  # see ItemStart.anchor
    offsets, pos = [], 0
    for t in texts:
        offsets.append(pos)  # where line's leading "\n" stands
        pos += len(t) + 1
    by_line: dict[int, list[ItemStart]] = {}
    for start in starts:
        if start.anchor is None:
            indexes = range(len(lines))
        else:
            lo, hi = start.reach
            hits = {bisect_right(offsets, m.start()) - 1 for m in start.anchor.finditer(joined)}
            indexes = sorted({i for j in hits for i in range(max(0, j - hi), j - lo + 1)})
        for i in indexes:
            by_line.setdefault(i, []).append(start)
    return by_line


def find_starts(lines: list[Line], starts: tuple[ItemStart, ...]) -> list[Start]:
    """Every line where some kind's item starts (highest priority wins), in order."""
    found: list[Start] = []
    by_line = candidates(lines, starts)
    for i in sorted(by_line):
        if i >= len(lines) or not lines[i].text.strip():
            continue
        for start in by_line[i]:
            try:
                title = start.match(lines, i)
            except Exception:  # odd text must not sink the document: no start here
                title = None
            if title is not None:
                found.append(Start(i, start.kind, title or None))
                break
    return found


def drop_repeated_headers(lines: list[Line], found: list[Start]) -> list[Start]:
    """A start whose line repeats the open item's start line word for word (a
    running page header) continues that item."""
    kept: list[Start] = []
    for s in found:
        if kept and s.title and s.kind == kept[-1].kind and s.title == kept[-1].title:
            if lines[s.index].text.strip() == lines[kept[-1].index].text.strip():
                continue
        kept.append(s)
    return kept


def merge_appendix_labels(lines: list[Line], found: list[Start]) -> list[Start]:
    """An appendix heading directly above another kind's start becomes that item's first line."""
    merged: list[Start] = []
    for s in found:
        if merged and merged[-1].kind == "appendix" and s.kind not in ("appendix", "other"):
            between = [ln for ln in lines[merged[-1].index : s.index] if ln.text.strip()]
            if len(between) <= _APPENDIX_LABEL_LINES:
                merged[-1] = Start(merged[-1].index, s.kind, s.title)
                continue
        merged.append(s)
    return merged


def _is_heading(text: str) -> bool:
    """A short line of words: not a table row, a `Label: value` line, a sentence, a
    salutation or figures with a unit."""
    words = [w for w in text.split() if sum(ch.isalpha() for ch in w) >= 3]
    return (4 <= len(text) <= 100 and "\t" not in text and not _LABEL_VALUE.match(text)
            and not text.lower().startswith("dear ") and not text.endswith(".") and len(words) >= 1
            and sum(ch.isalpha() for ch in text) >= len(text.replace(" ", "")) / 2)


def heading_title(lines: list[Line]) -> str | None:
    """The heading that opens an item of no known kind: its first heading-like line among
    the first few, run on into the next line where it ends in a comma or both are capitals
    (a heading wrapped over two lines)."""
    texts = [ln.text.strip() for ln in lines if ln.text.strip()][:HEADING_LOOKAHEAD]
    for k, text in enumerate(texts):
        if not _is_heading(text):
            continue
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        wrapped = text.endswith(",") or (text.isupper() and nxt.isupper())
        if wrapped and _is_heading(nxt) and len(text) + len(nxt) < 100:
            return " ".join(f"{text} {nxt}".split())
        return None if text.endswith((",", ";", ":")) else " ".join(text.split())
    return None


def segment_pack(stream: LineStream) -> list[ItemSpan]:
    """Items in document order. Text before the first recognised start is an
    `other` item (so no line is lost); a document with no start is one `other` item."""
    lines = stream.lines
    found = find_starts(lines, item_starts())
    found = merge_appendix_labels(lines, drop_repeated_headers(lines, found))
    if not found or any(ln.text.strip() for ln in lines[: found[0].index]):
        found.insert(0, Start(0, "other", None))
    spans = []
    for seq, s in enumerate(found, start=1):
        end = found[seq].index if seq < len(found) else len(lines)
        title = s.title if s.title or s.kind != "other" else heading_title(lines[s.index:end])
        spans.append(ItemSpan(seq=seq, kind=s.kind, title=title, start=s.index, end=end))
    return spans
