"""CLI: query's formats, export of every table without Ray, and score --min as a gate."""

from __future__ import annotations

import json

import duckdb
import pytest

from pipeline.cli import main
from tests.test_run import SEEDS

SQL = "SELECT 'a|b' AS label, 12.50::DECIMAL(18,2) AS amount_gbp, DATE '2024-03-03' AS meeting_date, NULL AS note"


def test_query_with_a_mistake_in_the_sql_prints_duckdbs_message_not_a_traceback(extracted_db, capsys):
    assert main(["query", "SELECT no_such_column FROM proposals", "--db", extracted_db]) == 1
    _, err = capsys.readouterr()
    assert "no_such_column" in err and "Traceback" not in err


def test_query_of_a_database_that_is_not_there_says_to_extract_first(tmp_path, capsys):
    assert main(["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "no database at" in err and "run `committee-extract extract" in err and "first" in err


def test_query_as_csv_quotes_values_holding_commas_and_line_breaks(extracted_db, capsys):
    sql = "SELECT 'a, b' AS x, 'line one\nline two' AS y, NULL AS z"
    assert main(["query", sql, "--db", extracted_db, "--format", "csv"]) == 0
    assert capsys.readouterr().out == 'x,y,z\n"a, b","line one\nline two",\n'


def test_query_as_json_gives_an_array_of_objects_with_money_as_numbers_and_dates_as_iso(extracted_db, capsys):
    assert main(["query", SQL, "--db", extracted_db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"label": "a|b", "amount_gbp": 12.5, "meeting_date": "2024-03-03", "note": None}]


def test_query_as_jsonl_gives_one_object_a_line(extracted_db, capsys):
    assert main(["query", "SELECT doc_id FROM documents ORDER BY 1", "--db", extracted_db, "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    con = duckdb.connect(extracted_db, read_only=True)
    assert [json.loads(line)["doc_id"] for line in lines] == [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY 1").fetchall()]
    con.close()


def test_query_as_markdown_escapes_pipes_and_keeps_each_row_on_one_line(extracted_db, capsys):
    assert main(["query", SQL + ", 'one\ntwo' AS body", "--db", extracted_db, "--format", "markdown"]) == 0
    assert capsys.readouterr().out == (
        "| label | amount_gbp | meeting_date | note | body |\n|---|---|---|---|---|\n| a\\|b | 12.50 | 2024-03-03 |  | one<br>two |\n"
    )


@pytest.mark.parametrize("fmt", ["parquet", "csv", "json"])
def test_export_writes_every_table_with_all_its_rows(extracted_db, fmt, tmp_path, capsys):
    out = tmp_path / "export"
    assert main(["export", str(out), "--db", extracted_db, "--format", fmt, "-q"]) == 0
    con = duckdb.connect(extracted_db, read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'").fetchall()]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.{fmt}" for t in tables)
    reader = {"parquet": "read_parquet", "csv": "read_csv_auto", "json": "read_json_auto"}[fmt]
    for table in ("documents", "items", "proposals", "validations"):
        expected = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        assert expected > 0 and con.execute(f"SELECT count(*) FROM {reader}(?)", [str(out / f"{table}.{fmt}")]).fetchone()[0] == expected
    con.close()


def test_score_min_passes_at_or_above_and_exits_1_below_saying_the_score(tmp_path, capsys):
    db = tmp_path / "one.duckdb"
    main(["extract", str(SEEDS / "003_219f3df77203f1ee.txt"), "--db", str(db), "-q"])  # one seed of five: a low score
    capsys.readouterr()
    assert main(["score", "tests/golden", "--db", str(db), "--min", "0", "-q"]) == 0
    percent = float(capsys.readouterr().out.split("%")[0])
    assert 0 < percent < 90
    assert main(["score", "tests/golden", "--db", str(db), "--min", "90", "-q"]) == 1
    assert f"is below --min 90%" in capsys.readouterr().err


def test_score_of_a_folder_that_is_not_there_is_a_usage_error(extracted_db, tmp_path, capsys):
    assert main(["score", str(tmp_path / "keys"), "--db", extracted_db]) == 2
    assert f"no answer keys at {tmp_path / 'keys'}" in capsys.readouterr().err
