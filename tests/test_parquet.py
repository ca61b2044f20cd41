"""Parquet output: typed like the DuckDB tables, one file per document per table, and
loading the files gives the same rows as loading the records directly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.load import connect, load_result
from pipeline.parquet import arrow_schema, document_files, load_files, write_result
from schemas.records import Document, Item, Proposal, Report, Risk
from schemas.stages import DocumentResult
from tests.test_load import result


def rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    return sorted(con.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)


def test_arrow_types_follow_the_duckdb_column_types():
    proposals = arrow_schema(Proposal)
    assert proposals.field("saving_gbp").type == pa.decimal128(18, 2)
    assert proposals.field("date_of_version").type == pa.date32()
    assert arrow_schema(Report).field("key_decision").type == pa.bool_()
    assert arrow_schema(Document).field("extracted_at").type == pa.timestamp("us")
    assert arrow_schema(Risk).field("seq").type == pa.int64()


def test_one_file_per_table_with_rows_and_none_for_empty_tables(tmp_path):
    files = write_result(result("d1", "Title"), tmp_path)
    assert set(files) == {"documents", "items", "proposals", "risks"}
    assert files["risks"] == tmp_path / "risks" / "d1.parquet"
    table = pq.read_table(files["proposals"])
    assert table.column("saving_gbp").to_pylist() == [Decimal("-12500.00")]
    assert table.column("date_of_version").to_pylist() == [dt.date(2024, 5, 1)]


def test_rewriting_a_document_removes_its_files_for_tables_it_no_longer_has(tmp_path):
    write_result(result("d1", "Title", risks=2), tmp_path)
    write_result(result("d1", "Title", risks=0), tmp_path)
    assert "risks" not in document_files(tmp_path, "d1")


def test_loading_the_parquet_files_equals_loading_the_records(tmp_path):
    doc = result("d1", "Title")
    doc.records.append(Report(doc_id="d1", item_id="d1:001", title="Cover", key_decision=True, meeting_date=dt.date(2025, 1, 30)))
    doc.document.extracted_at = dt.datetime(2025, 1, 30, 10, 0, 5)
    direct = connect(str(tmp_path / "direct.duckdb"))
    load_result(direct, doc)
    via = connect(str(tmp_path / "via.duckdb"))
    load_files(via, "d1", write_result(doc, tmp_path / "parquet"))
    for table in ("documents", "items", "proposals", "reports", "risks"):
        assert rows(via, table) == rows(direct, table), table


def test_money_with_more_than_two_decimals_is_rounded_half_up_like_duckdb(tmp_path):
    doc = result("d1", "Title", risks=0)
    doc.records[1].saving_gbp = Decimal("1.005")
    direct = connect(str(tmp_path / "direct.duckdb"))
    load_result(direct, doc)
    via = connect(str(tmp_path / "via.duckdb"))
    load_files(via, "d1", write_result(doc, tmp_path / "parquet"))
    assert rows(via, "proposals") == rows(direct, "proposals")
    assert via.execute("SELECT saving_gbp FROM proposals").fetchone()[0] == Decimal("1.01")


def test_duckdb_queries_the_parquet_files_in_place(tmp_path):
    """The example of docs/parquet.md: risks per document, joined on doc_id, no database needed."""
    for doc_id, n in (("d1", 2), ("d2", 3)):
        write_result(result(doc_id, f"Case {doc_id}", risks=n), tmp_path)
    root = tmp_path.as_posix()
    got = duckdb.sql(
        f"""
        SELECT d.source_path, p.title, p.saving_gbp, count(r.seq) AS risks
        FROM read_parquet('{root}/proposals/*.parquet') p
        JOIN read_parquet('{root}/documents/*.parquet') d USING (doc_id)
        LEFT JOIN read_parquet('{root}/risks/*.parquet') r USING (item_id)
        GROUP BY ALL ORDER BY 1
        """
    ).fetchall()
    assert got == [("d1.txt", "Case d1", Decimal("-12500.00"), 2), ("d2.txt", "Case d2", Decimal("-12500.00"), 3)]
