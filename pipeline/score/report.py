"""The score of a database against the answer keys: counts per file and field, every mismatch, and printing.

A *field* is a path without list positions (`proposals.risks.rag`); a
mismatch carries the full path (`proposals[X/Y.1.234].risks[2].rag`). A field
ending in `[]` counts rows: expected = rows in the key, matched = rows found;
rows the database has beyond the key are listed as `extra` (and as
mismatches) but do not enter the ratio.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel


class Mismatch(BaseModel):
    path: str
    field: str
    expected: Any = None
    got: Any = None
    note: str | None = None

    def describe(self) -> str:
        text = f"{self.path}: expected {show(self.expected)}, got {show(self.got)}"
        return f"{text} ({self.note})" if self.note else text


class FieldScore(BaseModel):
    field: str
    matched: int = 0
    expected: int = 0
    extra: int = 0


class FileScore(BaseModel):
    file: str
    doc_id: str | None = None
    found: bool = False
    fields: list[FieldScore] = []
    mismatches: list[Mismatch] = []
    #: Key fields no column or table can hold yet ("reports.purpose"), with how often they occur: listed, not counted.
    not_scored: dict[str, int] = {}
    #: `fail` validations where the key says the printed total holds (issue 12: there must be none).
    false_alarms: list[str] = []
    #: `fail` validations on pages and figures no key check speaks of: listed for review, not counted.
    unkeyed_fails: list[str] = []

    @property
    def matched(self) -> int:
        return sum(f.matched for f in self.fields)

    @property
    def expected(self) -> int:
        return sum(f.expected for f in self.fields)

    def field(self, name: str) -> FieldScore | None:
        return next((f for f in self.fields if f.field == name), None)


class ScoreReport(BaseModel):
    db_path: str
    golden_dir: str
    files: list[FileScore] = []
    seconds: float = 0.0

    @property
    def matched(self) -> int:
        return sum(f.matched for f in self.files)

    @property
    def expected(self) -> int:
        return sum(f.expected for f in self.files)

    def file(self, name: str) -> FileScore | None:
        return next((f for f in self.files if f.file == name), None)


class Collector:
    """Records every comparison of one answer-key file into its FileScore."""

    def __init__(self, score: FileScore):
        self.score = score
        self._fields: dict[str, FieldScore] = {}

    def _field(self, name: str) -> FieldScore:
        if name not in self._fields:
            self._fields[name] = FieldScore(field=name)
            self.score.fields.append(self._fields[name])
        return self._fields[name]

    def value(self, field: str, path: str, expected, got, ok: bool, note: str | None = None) -> None:
        f = self._field(field)
        f.expected += 1
        if ok:
            f.matched += 1
        else:
            self.score.mismatches.append(Mismatch(path=path, field=field, expected=plain(expected), got=plain(got), note=note))

    def skip(self, field: str) -> None:
        """A key field that is not scored (no column holds it and the mapping does not require it)."""
        self.score.not_scored[field] = self.score.not_scored.get(field, 0) + 1

    def rows(self, field: str, path: str, expected: int, found: int, extras: list[str], note: str | None = None) -> None:
        f = self._field(f"{field}[]")
        f.expected += expected
        f.matched += found
        f.extra += len(extras)
        if found < expected:
            self.score.mismatches.append(
                Mismatch(path=f"{path}[]", field=f.field, expected=f"{expected} rows", got=f"{found} rows", note=note)
            )
        for i, extra in enumerate(extras):
            self.score.mismatches.append(
                Mismatch(path=f"{path}[+{i}]", field=f.field, expected=None, got=extra, note="row not in the answer key")
            )


def plain(value):
    """A database value as something readable and JSON-friendly."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def show(value, limit: int = 90) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "…" + text[-3:]
