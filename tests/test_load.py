"""Load: one transaction per document; an interrupted load leaves the previous rows; prune."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import duckdb
import pytest

from pipeline.load import connect, load_result, loaded_versions, prune_documents
from schemas.records import Document, Item, Proposal, Risk
from schemas.stages import DocumentResult


def result(doc_id: str, title: str, risks: int = 2) -> DocumentResult:
    item_id = f"{doc_id}:001"
    records = [
        Item(item_id=item_id, doc_id=doc_id, seq=1, kind="business_case", title=title),
        Proposal(doc_id=doc_id, item_id=item_id, title=title, saving_gbp=Decimal("-12500.00"), date_of_version=dt.date(2024, 5, 1)),
        *[Risk(doc_id=doc_id, item_id=item_id, seq=n, risk=f"Risk {n} of {title}") for n in range(1, risks + 1)],
    ]
    document = Document(doc_id=doc_id, source_path=f"{doc_id}.txt", source_format="text", pipeline_version="test")
    return DocumentResult(document=document, records=records)


def count(con: duckdb.DuckDBPyConnection, table: str, doc_id: str) -> int:
    return con.execute(f'SELECT count(*) FROM "{table}" WHERE doc_id = ?', [doc_id]).fetchone()[0]


class InterruptedConnection:
    """A connection that is interrupted (Ctrl-C) at its first INSERT into `risks`."""

    def __init__(self, con):
        self.con = con

    def execute(self, sql, *args):
        if 'INSERT INTO "risks"' in sql:
            raise KeyboardInterrupt
        return self.con.execute(sql, *args)

    def register(self, name, table):
        return self.con.register(name, table)

    def unregister(self, name):
        return self.con.unregister(name)


def test_reloading_a_document_replaces_its_rows(tmp_path):
    con = connect(str(tmp_path / "db.duckdb"))
    load_result(con, result("d1", "Old title", risks=3))
    load_result(con, result("d1", "New title", risks=1))
    assert count(con, "risks", "d1") == 1
    assert con.execute("SELECT title FROM proposals").fetchall() == [("New title",)]


def test_a_load_interrupted_half_way_leaves_the_previous_rows_whole(tmp_path):
    con = connect(str(tmp_path / "db.duckdb"))
    load_result(con, result("d1", "Old title", risks=3))
    with pytest.raises(KeyboardInterrupt):
        load_result(InterruptedConnection(con), result("d1", "New title", risks=1))
    assert count(con, "risks", "d1") == 3
    assert con.execute("SELECT title FROM proposals").fetchall() == [("Old title",)]


def test_a_first_load_interrupted_leaves_no_trace_of_the_document(tmp_path):
    con = connect(str(tmp_path / "db.duckdb"))
    with pytest.raises(KeyboardInterrupt):
        load_result(InterruptedConnection(con), result("d2", "Title"))
    assert loaded_versions(con) == {}
    assert count(con, "items", "d2") == count(con, "proposals", "d2") == 0


def test_prune_removes_every_row_of_documents_not_kept(tmp_path):
    con = connect(str(tmp_path / "db.duckdb"))
    load_result(con, result("keep", "Kept"))
    load_result(con, result("gone", "Gone"))
    assert prune_documents(con, {"keep"}) == ["gone"]
    assert set(loaded_versions(con)) == {"keep"}
    assert all(count(con, t, "gone") == 0 for t in ("items", "proposals", "risks"))
    assert count(con, "risks", "keep") == 2
