"""`committee-extract report OUT.html`: one self-contained HTML page to review a run.

Per document: its status and warnings, its items, its typed tables, and every
failing validation beside a crop of the page region it was made on (PNG inline
as a data URI, so the file can be mailed or archived on its own). Rendered
with a Jinja2 template (`templates/review.html.j2`), autoescaped.
"""

from __future__ import annotations

import base64
import io
import json
from collections import Counter
from pathlib import Path

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel

from pipeline.page_image import PageUnavailable, page_picture
from pipeline.show import look_up

#: Crops are drawn at this scale (points to pixels): legible, and a few tens of KB each.
CROP_SCALE = 1.5


class FailingCheck(BaseModel):
    validation_id: str | None
    check: str
    expected: str | None
    actual: str | None
    page: int | None
    detail: str | None
    image: str | None = None  # data URI
    image_note: str | None = None  # why there is no picture


class DocumentReview(BaseModel):
    doc_id: str
    source_path: str
    status: str
    error: str | None
    warnings: list[str]
    items: list[dict]
    tables: list[dict]
    failing: list[FailingCheck]


class Review(BaseModel):
    db_path: str
    counts: dict[str, int]
    documents: list[DocumentReview]


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    rel = con.execute(sql, params or [])
    names = [d[0] for d in rel.description]
    return [dict(zip(names, r)) for r in rel.fetchall()]


def _png_data_uri(image) -> str:
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def failing_check(con, v: dict, with_image: bool) -> FailingCheck:
    check = FailingCheck(**{k: v.get(k) for k in ("validation_id", "check", "expected", "actual", "page", "detail")})
    if not with_image:
        return check
    shown = look_up(con, v["validation_id"]) if v.get("validation_id") else None
    if shown is None or shown.source_path is None or shown.page is None:
        check.image_note = "no page to show (a text dump, or a check on no page)"
        return check
    try:
        picture = page_picture(shown.source_path, shown.page, shown.bbox, shown.highlight, scale=CROP_SCALE, crop=True)
        check.image = _png_data_uri(picture)
    except (PageUnavailable, OSError, ValueError) as exc:
        check.image_note = str(exc)
    return check


def review(con: duckdb.DuckDBPyConnection, db_path: str, max_images: int = 300) -> Review:
    """Everything the page shows, read from the database (and the PDFs, for the crops)."""
    docs = _rows(con, "SELECT doc_id, source_path, status, error, warnings FROM documents ORDER BY source_path")
    images_left = max_images
    out = []
    for d in docs:
        items = _rows(con, "SELECT item_id, kind, title, page_start, page_end FROM items WHERE doc_id = ? ORDER BY seq", [d["doc_id"]])
        tables = _rows(con, "SELECT table_id, kind, page, extractor, n_rows, n_cols, is_noise FROM extracted_tables "
                            "WHERE doc_id = ? AND kind IS NOT NULL ORDER BY table_id", [d["doc_id"]])
        failing = []
        for v in _rows(con, 'SELECT validation_id, "check", expected, actual, page, detail FROM validations '
                            "WHERE doc_id = ? AND status = 'fail' ORDER BY validation_id", [d["doc_id"]]):
            failing.append(failing_check(con, v, with_image=images_left > 0))
            images_left -= 1
        out.append(DocumentReview(
            doc_id=d["doc_id"], source_path=d["source_path"], status=d["status"], error=d["error"],
            warnings=json.loads(d["warnings"] or "[]"), items=items, tables=tables, failing=failing,
        ))
    out.sort(key=needs_review_first)
    counts = Counter(d.status for d in out)
    summary = {
        "documents": len(out), "ok": counts["ok"], "partial": counts["partial"], "failed": counts["failed"],
        "with warnings": sum(1 for d in out if d.warnings),
        "failing validations": sum(len(d.failing) for d in out),
    }
    return Review(db_path=db_path, counts=summary, documents=out)


_STATUS_RANK = {"failed": 0, "partial": 1, "ok": 2}


def needs_review_first(doc: DocumentReview) -> tuple:
    """Failed, then partial documents; then those with failing checks or warnings, most first; the rest by path."""
    return (_STATUS_RANK.get(doc.status, 0), -len(doc.failing), -len(doc.warnings), doc.source_path)


def has_findings(doc: DocumentReview) -> bool:
    return doc.status != "ok" or bool(doc.failing or doc.warnings)


def render_review(data: Review) -> str:
    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["html", "j2"]))
    return env.get_template("review.html.j2").render(
        review=data,
        to_review=[d for d in data.documents if has_findings(d)],
        clean=[d for d in data.documents if not has_findings(d)],
    )


def write_review(db_path: str, out_path: str, max_images: int = 300) -> Review:
    con = duckdb.connect(db_path, read_only=True)
    try:
        data = review(con, db_path, max_images)
    finally:
        con.close()
    Path(out_path).write_text(render_review(data), encoding="utf-8")
    return data
