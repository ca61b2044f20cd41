"""`committee-extract show`: any id resolves to what was read, and --png draws the row in question on its page."""

from __future__ import annotations

import io

import duckdb
import pdfplumber
import pytest
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.cli import main
from pipeline.page_image import ROW_EDGE, PageUnavailable, page_picture
from pipeline.run import run
from pipeline.show import NotFound, format_shown, look_up

#: A cost table whose first total is 10,000 more than its lines (a council's slip), the second right.
COSTS = [
    ["Cost", "2025-26", "2026-27"],
    ["Staff costs", "£100,000", "£110,000"],
    ["Equipment", "£50,000", "£20,000"],
    ["Total", "£160,000", "£130,000"],
]


def costs_pdf() -> bytes:
    buf = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    table = Table(COSTS)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph("Business Case: Community transport pilot", style), Spacer(1, 12),
        Paragraph("6. What are the costs of the proposal?", style), Spacer(1, 12), table,
    ])
    return buf.getvalue()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("show")
    pdf = folder / "costs.pdf"
    pdf.write_bytes(costs_pdf())
    path = str(folder / "show.duckdb")
    run([str(pdf)], path, workers=1)
    return path, str(pdf)


def _failing(db_path: str) -> dict:
    con = duckdb.connect(db_path, read_only=True)
    try:
        rows = con.execute("SELECT validation_id, page FROM validations WHERE status = 'fail' AND \"check\" = 'costs_total'").fetchall()
    finally:
        con.close()
    assert len(rows) == 1, "the built table has exactly one total that does not add up"
    return {"validation_id": rows[0][0], "page": rows[0][1]}


def _total_row_top(pdf_path: str) -> float:
    with pdfplumber.open(pdf_path) as pdf:
        return next(w["top"] for w in pdf.pages[0].extract_words() if w["text"] == "Total")


def test_a_failing_validation_shows_its_table_and_the_band_of_its_total_row(db):
    db_path, pdf = db
    failing = _failing(db_path)
    con = duckdb.connect(db_path, read_only=True)
    try:
        shown = look_up(con, failing["validation_id"])
    finally:
        con.close()
    assert shown.what == "validation" and shown.fields["status"] == "fail"
    assert shown.grid[0] == COSTS[0] and COSTS[3] in shown.grid
    top, bottom = shown.highlight
    assert top - 2 <= _total_row_top(pdf) <= bottom, "the highlighted band is the Total row"
    assert shown.source_path == pdf and shown.page == 1


def test_every_kind_of_id_resolves_and_an_unknown_one_says_what_ids_look_like(db):
    db_path, _ = db
    con = duckdb.connect(db_path, read_only=True)
    try:
        table_id, item_id, doc_id = con.execute("SELECT table_id, item_id, doc_id FROM extracted_tables").fetchone()
        assert look_up(con, table_id).what == "table"
        assert look_up(con, item_id).what == "item"
        assert look_up(con, doc_id).what == "document"
        assert "Staff costs" in format_shown(look_up(con, table_id))
        with pytest.raises(NotFound, match="validation_id"):
            look_up(con, "nope")
    finally:
        con.close()


def test_png_of_a_validation_draws_the_row_band_in_red(db, tmp_path, capsys):
    db_path, pdf = db
    out = tmp_path / "row.png"
    assert main(["show", _failing(db_path)["validation_id"], "--db", db_path, "--png", str(out)]) == 0
    image = Image.open(out).convert("RGB")
    assert image.size == (round(A4[0] * 2), round(A4[1] * 2))
    y = round((_total_row_top(pdf) + 2) * 2)
    row = [image.getpixel((x, y)) for x in range(image.width)]
    reddish = [p for p in row if p[0] > 200 and p[1] < 200 and p[2] < 200]
    assert reddish, "the total row is tinted red"
    assert "drawn ->" in capsys.readouterr().out


def test_show_of_an_unknown_id_or_a_missing_database_exits_1_with_one_line(db, tmp_path, capsys):
    db_path, _ = db
    assert main(["show", "nope", "--db", db_path]) == 1
    assert main(["show", "nope", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "no document, item, table or validation" in err and "no database" in err
    assert "Traceback" not in err


def test_a_moved_pdf_is_a_clear_error_not_a_crash(tmp_path):
    with pytest.raises(PageUnavailable, match="not there"):
        page_picture(str(tmp_path / "gone.pdf"), 1)


def test_the_crop_keeps_the_table_region_only(db):
    db_path, pdf = db
    con = duckdb.connect(db_path, read_only=True)
    try:
        shown = look_up(con, _failing(db_path)["validation_id"])
    finally:
        con.close()
    whole = page_picture(pdf, 1, shown.bbox, shown.highlight)
    crop = page_picture(pdf, 1, shown.bbox, shown.highlight, crop=True)
    assert crop.width < whole.width and crop.height < whole.height / 3
    assert ROW_EDGE in {crop.getpixel((x, y)) for x in range(0, crop.width, 3) for y in range(0, crop.height, 3)}
