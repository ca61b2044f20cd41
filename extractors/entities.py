"""Entities in free text: a rule-based spaCy pipeline on `spacy.blank("en")`."""

from __future__ import annotations

from schemas.records import Entity
from schemas.stages import ItemText


def extract_entities(item: ItemText) -> list[Entity]:
    return []
