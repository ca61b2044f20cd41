"""Tables about the database itself, not about one document's content."""

from __future__ import annotations

from schemas.base import Record


class DatabaseMeta(Record, table="committee_extract_meta"):
    """Key/value facts about the database: `schema_version` (an integer, as text) marks it
    as written by committee-extract, and which schema it holds; `pipeline_version` is the
    code that last wrote it. A DuckDB file without this table is not opened for writing
    unless it is empty or an older database of ours (pipeline/database.py)."""

    key: str
    value: str


class DocumentPath(Record, table="document_paths"):
    """Every path at which a document's content was found: copies with the same bytes,
    and the new place of a moved file (`documents.source_path` is one of them).
    A path is dropped once it holds other content or no longer exists."""

    doc_id: str
    path: str
