"""Document kinds inside a pack. Each module defines `START`, an `ItemStart`
that recognises the first line of an item of its kind and reads its title."""

from __future__ import annotations

import re
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
    #: Optional speed hint: a regex that must find something in one of
    #: lines[i + reach[0] .. i + reach[1]] for `match` to succeed at i; the
    #: segmenter then calls `match` only near its hits. It is searched once over
    #: the whole text, LOWERCASED, each line preceded by "\n" (so r"\n[ \t]*appendix"
    #: finds lines opening with "Appendix"). It must be a necessary condition:
    #: looser is fine, stricter loses items. A leading literal keeps it fast.
    anchor: re.Pattern | None = None
    reach: tuple[int, int] = (0, 0)
