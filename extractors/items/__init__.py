"""Document kinds inside a pack. Each module defines `START`, an `ItemStart`
that recognises the first line of an item of its kind and reads its title."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from schemas.stages import Line

#: match(lines, i) -> title if an item of this kind starts at lines[i], else None.
Matcher = Callable[[list[Line], int], "str | None"]


@dataclass(frozen=True)
class ItemStart:
    kind: str
    match: Matcher
    #: Higher wins when two kinds match the same line.
    priority: int = 0
