"""Helpers for the agenda-pack table tests: text -> item -> typed records."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from extractors.normalise import normalise_text
from extractors.readers.text import decode_text, detect_flavour
from extractors.tables.classify import classify_table
from extractors.tables.find_tabbed import find_tabbed_tables
from schemas.records import TableFact
from schemas.stages import ItemText

ROOT = Path(__file__).resolve().parents[1]


def item_from_text(text: str, kind: str = "other", flavour: str = "markdown") -> ItemText:
    stream = normalise_text("d0c", text, flavour, [])
    return ItemText(doc_id="d0c", item_id="d0c:001", kind=kind, flavour=flavour, lines=stream.lines)


@cache
def seed_item(name: str) -> ItemText:
    """A whole seed dump as one item (independent of segmentation)."""
    decoded = decode_text((ROOT / "data" / "raw" / f"{name}.txt").read_bytes())
    flavour = detect_flavour(decoded.text)
    stream = normalise_text("seed", decoded.text, flavour, decoded.warnings)
    return ItemText(doc_id="seed", item_id="seed:001", kind="other", flavour=flavour, lines=stream.lines)


def golden(name: str) -> dict:
    return json.loads((ROOT / "tests" / "golden" / f"{name}.json").read_text())


def golden_tables(name: str, kind: str) -> list[dict]:
    return [t for t in golden(name)["tables"] if t["kind"] == kind]


def typed(item: ItemText, kind: str | None = None) -> list:
    """Records of every table of the item (of one kind when given), with table ids."""
    out = []
    for n, table in enumerate(find_tabbed_tables(item.lines), start=1):
        found = classify_table(table, item)
        if found and (kind is None or found.kind == kind):
            out.extend(found.parse(table, item, f"{item.item_id}:t{n:02d}"))
    return out


def kinds(item: ItemText) -> list[str | None]:
    out = []
    for table in find_tabbed_tables(item.lines):
        found = classify_table(table, item)
        out.append(found.kind if found else None)
    return out


def rows(records: list, model: type) -> list:
    return [r for r in records if isinstance(r, model)]


def facts(records: list, key: str) -> list[TableFact]:
    return [r for r in records if isinstance(r, TableFact) and r.key == key]
