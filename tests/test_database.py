"""Opening the database: ours only (the meta table), older ones of ours migrated, newer ones refused."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.database import META_TABLE, SCHEMA_VERSION, DatabaseProblem, open_for_reading, open_for_writing, schema_version

#: The `documents` table as the first databases had it (before `n_lines`, `encoding` and the meta table).
VERSION_1_DOCUMENTS = """CREATE TABLE documents (doc_id VARCHAR, source_path VARCHAR, source_format VARCHAR, flavour VARCHAR,
  n_pages BIGINT, status VARCHAR, error VARCHAR, warnings JSON, duplicate_of VARCHAR, pipeline_version VARCHAR, extracted_at TIMESTAMP)"""


def test_a_new_database_records_its_schema_version(tmp_path):
    con = open_for_writing(tmp_path / "new" / "x.duckdb")
    assert dict(con.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())["schema_version"] == str(SCHEMA_VERSION)
    con.close()


def test_opening_twice_leaves_one_row_per_meta_key(tmp_path):
    for _ in range(2):
        open_for_writing(tmp_path / "x.duckdb").close()
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    assert con.execute(f"SELECT key, count(*) FROM {META_TABLE} GROUP BY key HAVING count(*) > 1").fetchall() == []
    con.close()


def test_a_version_1_database_of_ours_is_migrated_keeping_its_rows(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute(VERSION_1_DOCUMENTS)
    con.execute("INSERT INTO documents (doc_id, source_path, source_format, status, pipeline_version) VALUES ('abc', 'packs/a.pdf', 'pdf', 'ok', '0.1.0+old')")
    con.close()
    con = open_for_writing(db)
    assert schema_version(con) == SCHEMA_VERSION
    assert con.execute("SELECT doc_id, source_path, status, n_lines FROM documents").fetchall() == [("abc", "packs/a.pdf", "ok", None)]
    assert con.execute("SELECT doc_id, path FROM document_paths").fetchall() == [("abc", "packs/a.pdf")]
    con.close()


def test_a_documents_table_without_our_columns_is_not_taken_for_ours(tmp_path):
    db = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (doc_id VARCHAR, body VARCHAR)")  # a doc_id alone is a common name
    con.close()
    with pytest.raises(DatabaseProblem, match="not made by committee-extract"):
        open_for_writing(db)


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "newer.duckdb"
    open_for_writing(db).close()
    con = duckdb.connect(str(db))
    con.execute(f"UPDATE {META_TABLE} SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(DatabaseProblem, match=f"newer committee-extract \\(schema version {SCHEMA_VERSION + 1}"):
        open_for_writing(db)


def test_reading_does_not_create_a_database(tmp_path):
    with pytest.raises(DatabaseProblem, match="no database at"):
        open_for_reading(tmp_path / "none.duckdb")
    assert not (tmp_path / "none.duckdb").exists()
