"""Arithmetic and consistency checks, one module per check. Each module defines
`CHECK`, a `Check` whose `run` reads an item's typed records and returns
`Validation` rows (pass, fail or skip, with expected and actual)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from schemas.base import Record
from schemas.records import Validation
from schemas.stages import ItemText


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[ItemText, list[Record]], list[Validation]]
