"""Field extractors, one module per item kind. Each module defines `FIELDS`,
a `FieldExtractor` that turns an item's lines into records (a `Proposal`,
a `Report`, `Contact`s, `Recommendation`s ...)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from schemas.base import Record
from schemas.stages import ItemText


@dataclass(frozen=True)
class FieldExtractor:
    kinds: tuple[str, ...]
    extract: Callable[[ItemText], list[Record]]
