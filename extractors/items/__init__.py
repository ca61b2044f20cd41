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


@dataclass(frozen=True)
class Expects:
    """The parts an item of `kind` is read for: each a table that should hold at least one
    row of the item. A part that came out empty is said as a warning on the document
    (`pipeline.completeness`), so that a cover paper with no recommendation is not a silent `ok`."""

    kind: str
    #: (tables, what a reader calls it): a row in any of the tables will do,
    #: e.g. (("recommendations",), "recommendation").
    parts: tuple[tuple[tuple[str, ...], str], ...]
