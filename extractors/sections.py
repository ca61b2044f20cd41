"""Numbered sections and questions of business cases and cover papers."""

from __future__ import annotations

from schemas.records import Section
from schemas.stages import ItemText

SECTION_KINDS = ("business_case", "committee_report")


def extract_sections(item: ItemText) -> list[Section]:
    return []
