"""Compare the database with answer keys (tests/golden), per file and per field.

    report = score_database("data/out/committee.duckdb", "tests/golden")
    print_score(report, verbose=True)
    score_database("x.duckdb", ["tests/golden", "more/keys"])   # folders are read recursively

Each answer-key file names its document by file name (`source`); its document
is the one whose `documents.source_path` has that file name. Every value the
key gives is compared with what the database holds, through SQL only (never
the extractor code), by the rules of tests/golden/FORMAT.md
(`pipeline.score.values`). The parts of a key are scored by:
`proposals`, `forms` (reports, eqias), `tables`,
`checks` modules of this package; the document-level keys and items here.
"""

from __future__ import annotations

import json
import time
from pathlib import Path, PurePath

import duckdb

from pipeline.score.checks import score_checks
from pipeline.score.decisions import score_decisions
from pipeline.score.mapping import DOCUMENT_MEETING_KEYS, UNSCORED_TOP_KEYS
from pipeline.score.meetings import score_document_meeting, score_meetings
from pipeline.score.page_tables import score_page_tables
from pipeline.score.regions import score_not_tables
from pipeline.score.db import Database, DocumentRows
from pipeline.score.eqias import eqia_forms, score_eqias
from pipeline.score.forms import score_reports
from pipeline.score.proposals import score_proposals
from pipeline.score.printing import print_score
from pipeline.score.report import Collector, FieldScore, FileScore, Mismatch, ScoreReport
from pipeline.score.rows import compare_list
from pipeline.score.tables import score_tables
from pipeline.score.values import values_match

__all__ = ["score_database", "score_file", "print_score", "ScoreReport", "FileScore", "FieldScore", "Mismatch"]


def key_files(paths: str | Path | list) -> list[Path]:
    """The answer keys (`*.json`) of each path: a key file itself, or every key in a folder and its subfolders."""
    found: list[Path] = []
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        path = Path(path)
        found.extend([path] if path.is_file() else sorted(p for p in path.rglob("*.json") if p.is_file()))
    return found


def score_database(db_path: str, golden: str | Path | list) -> ScoreReport:
    """Score every answer key under `golden` (a folder, recursively, a key file, or a list of them) against the DuckDB file."""
    started = time.perf_counter()
    label = str(golden) if isinstance(golden, (str, Path)) else " ".join(map(str, golden))
    report = ScoreReport(db_path=str(db_path), golden_dir=label)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        db = Database(con)
        for path in key_files(golden):
            key = json.loads(path.read_text(encoding="utf-8"))
            report.files.append(score_file(db, key, fallback_name=path.name))
    finally:
        con.close()
    report.seconds = round(time.perf_counter() - started, 3)
    return report


#: Top-level parts of a key and the function that scores each (a key carries only the parts its paper prints).
PARTS = ("flavour", "n_pages", "same_document_as", "items", "proposals", "reports", "eqias", "tables", "checks",
         "decisions", "meetings", "not_tables", *DOCUMENT_MEETING_KEYS, *UNSCORED_TOP_KEYS)


def score_file(db: Database, key: dict, fallback_name: str = "") -> FileScore:
    """One answer key against the database. A document missing from it scores 0 on every field."""
    source = key.get("source") or fallback_name
    doc = db.find_document(source)
    score = FileScore(file=source, doc_id=doc["doc_id"] if doc else None, found=doc is not None)
    c = Collector(score)
    rows = DocumentRows(db, score.doc_id)
    if "flavour" in key:
        got = doc.get("flavour") if doc else None
        c.value("flavour", "flavour", key["flavour"], got, doc is not None and values_match("text", key["flavour"], got))
    if "n_pages" in key:
        got = doc.get("n_pages") if doc else None
        c.value("n_pages", "n_pages", key["n_pages"], got, doc is not None and values_match("number", key["n_pages"], got))
    if "same_document_as" in key:
        score_same_document(c, db, doc, key["same_document_as"])
    if "items" in key:
        score_items(c, rows, key["items"], doc is not None)
    if "proposals" in key:
        score_proposals(c, rows, key["proposals"])
    if "reports" in key:
        score_reports(c, rows, key["reports"])
    if "eqias" in key:
        score_eqias(c, rows, key["eqias"])
    if "decisions" in key:
        score_decisions(c, rows, key["decisions"])
    if "meetings" in key:
        score_meetings(c, rows, key["meetings"])
    score_document_meeting(c, rows, key)
    keyed = score_key_tables(c, db, rows, key.get("tables") or [])
    if "not_tables" in key:
        score_not_tables(c, rows, key["not_tables"] or [], keyed)
    if "checks" in key:
        score_checks(c, rows, key["checks"])
    for name in key:
        if name not in PARTS:
            c.skip(name)
    return score


def score_key_tables(c: Collector, db: Database, rows: DocumentRows, tables: list[dict]) -> set:
    """Seed-style tables (no `page`) by kind; real-world tables by the page they start on. Returns the keyed groups."""
    paged = [t for t in tables if "page" in t]
    seed = [t for t in tables if "page" not in t]
    if seed:
        score_tables(c, rows, seed)
    if not paged:
        return set()
    return score_page_tables(c, rows, paged, db.fact_keys())


def score_same_document(c: Collector, db: Database, doc: dict | None, others: list[str]) -> None:
    """`documents.duplicate_of` links this file and each named file, in either direction; [] = linked to none."""
    docs = db.documents()
    if not others:
        linked = doc is not None and (doc.get("duplicate_of") or any(d.get("duplicate_of") == doc["doc_id"] for d in docs))
        c.value("same_document_as", "same_document_as", [], "linked to another document" if linked else [], doc is not None and not linked)
        return
    for i, name in enumerate(others):
        other = next((d for d in docs if PurePath(str(d.get("source_path") or "")).name == name), None)
        ok = (
            doc is not None and other is not None
            and (doc.get("duplicate_of") == other["doc_id"] or other.get("duplicate_of") == doc["doc_id"])
        )
        got = f"duplicate_of={doc.get('duplicate_of')}" if doc else None
        c.value("same_document_as", f"same_document_as[{i}]", name, got, ok, None if other else f"{name} is not in the database")


#: Item keys scored even before a column holds them (a real-world key's `activity` is not stored).
ITEM_KEYS = {"kind", "title", "bp_reference", "proposal"}


def score_items(c: Collector, doc: DocumentRows, keys: list[dict], found: bool) -> None:
    """Items in `seq` order; an item's `bp_reference` is its proposal's, its `proposal` its EqIA's."""
    refs = {p.get("item_id"): p.get("bp_reference") for p in doc.rows("proposals")}
    forms = {f.get("item_id"): f.get("proposal") for f in eqia_forms(doc)}
    items = [{**i, "bp_reference": refs.get(i["item_id"]), "proposal": forms.get(i["item_id"])} for i in doc.rows("items")]
    columns = {**doc.columns("items"), "bp_reference": ("bp_reference", "VARCHAR"), "proposal": ("proposal", "VARCHAR")}
    compare_list(c, keys, items, columns, "items", "items", table="items", parent_found=found, required=ITEM_KEYS)


def mismatch_lines(score: FileScore) -> list[str]:
    """Every mismatch of a file as `file > path: expected ..., got ...`."""
    return [f"{score.file} > {m.describe()}" for m in score.mismatches]
