"""Split a pack's line stream into items (agenda, cover papers, business cases ...)."""

from __future__ import annotations

from extractors.items import ItemStart
from extractors.registry import discover
from schemas.stages import ItemSpan, LineStream


def item_starts() -> tuple[ItemStart, ...]:
    return tuple(sorted(discover("extractors.items", "START"), key=lambda s: -s.priority))


def segment_pack(stream: LineStream) -> list[ItemSpan]:
    """Items in document order. Text before the first recognised start is an
    `other` item (so no line is lost); a document with no start is one `other` item."""
    starts = item_starts()
    found: list[tuple[int, str, str | None]] = []
    lines = stream.lines
    for i in range(len(lines)):
        if not lines[i].text.strip():
            continue
        for start in starts:
            title = start.match(lines, i)
            if title is not None:
                found.append((i, start.kind, title or None))
                break
    if not found or any(ln.text.strip() for ln in lines[: found[0][0]]):
        found.insert(0, (0, "other", None))
    spans = []
    for seq, (i, kind, title) in enumerate(found, start=1):
        end = found[seq][0] if seq < len(found) else len(lines)
        spans.append(ItemSpan(seq=seq, kind=kind, title=title, start=i, end=end))
    return spans
